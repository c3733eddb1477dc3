import { toHalfWidth } from '@gongkai/report-format';

/**
 * One key per agency however its name is spelled: full-width folded, whitespace dropped,
 * every bracket style as ASCII parentheses ("淮北市 公安局（本级）" = "淮北市公安局(本级)").
 */
export function agencyNameKey(name: string): string {
  return toHalfWidth(name)
    .replace(/\s+/g, '')
    .replace(/[（〔【［[]/g, '(')
    .replace(/[）〕】］\]]/g, ')');
}

/** The display spelling: trimmed, inner runs of spaces removed (CJK names carry none). */
export const cleanAgencyName = (name: string): string => name.replace(/\s+/g, '').trim();
