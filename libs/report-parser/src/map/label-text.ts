import { normalizeLabel } from '@gongkai/report-format';

const cache = new Map<string, string>();

/** normalizeLabel with a cache (labels repeat across rows and reports). Long text is not a label. */
export function norm(raw: string): string {
  if (raw.length > 200) return '';
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const n = normalizeLabel(raw);
  if (cache.size > 20000) cache.clear();
  cache.set(raw, n);
  return n;
}

// A trailing unit or note in brackets: "结果维持（件）", "本年收费金额（单位：元）".
const SUFFIX = /[（(][^（()）]{0,12}[)）]\s*$/;

/** The label without a trailing bracketed unit, normalised; '' when there is none to strip. */
export function normWithoutSuffix(raw: string): string {
  if (raw.length > 200 || !SUFFIX.test(raw)) return '';
  return norm(raw.replace(SUFFIX, ''));
}
