import { createHash } from 'node:crypto';
import { flagCode } from '@gongkai/report-format';
import { type Flag } from '@gongkai/report-checks';

/** A flag as stored: with its scope and a fingerprint that identifies it across rechecks. */
export type FlagRow = {
  code: string;
  severity: string;
  scope: string;
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  messageZh: string;
  messageEn: string;
  fingerprint: string;
};

/**
 * The fingerprint ties a flag to the document (content hash), the rule and what it points
 * at, so a review decision finds the same flag after a recheck or a re-ingest of the bytes.
 */
export function toFlagRows(flags: readonly Flag[], documentHash: string): FlagRow[] {
  const seen = new Map<string, number>();
  return flags.map((f) => {
    const base = createHash('sha1')
      .update(JSON.stringify([documentHash, f.code, f.cells, f.expected ?? null, f.actual ?? null]))
      .digest('hex');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      code: f.code,
      severity: f.severity,
      scope: flagCode(f.code).scope,
      cells: f.cells,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      messageZh: f.message.zh,
      messageEn: f.message.en,
      fingerprint: n === 1 ? base : `${base}#${n}`,
    };
  });
}

export const countBySeverity = (rows: readonly FlagRow[]) => ({
  error: rows.filter((r) => r.severity === 'error').length,
  warning: rows.filter((r) => r.severity === 'warning').length,
  info: rows.filter((r) => r.severity === 'info').length,
});
