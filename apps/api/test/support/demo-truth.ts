import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoCorpus, type TruthRecord } from '@gongkai/report-corpus';
import { inject } from 'vitest';

export const SHARED_REPORTS = join(__dirname, '../../../../../shared/reports');

/** The truth of what the global setup loaded: the first demo documents and the real reports. */
export function loadedTruth(): { cells: Record<string, number | null>; agency: string; year: number; template: string; file: string }[] {
  const limit = inject('demoLimit');
  const out: TruthRecord[] = [];
  for (const doc of demoCorpus()) {
    if (out.length >= limit) break;
    out.push(doc.truth);
  }
  const real = ['huaibei-gongan-2022', 'hongze-2023'].map((n) => JSON.parse(readFileSync(join(SHARED_REPORTS, `${n}.expected.json`), 'utf8')));
  return [...out, ...real];
}

/** The truth of the current report per agency and year: a later document of the same agency-year replaces the earlier. */
export function currentTruth() {
  const byKey = new Map<string, ReturnType<typeof loadedTruth>[number]>();
  for (const t of loadedTruth()) byKey.set(`${t.agency}|${t.year}`, t);
  return [...byKey.values()];
}
