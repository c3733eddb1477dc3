import { TABLE3_COLUMNS, type CellValues } from '@gongkai/report-format';

/**
 * An independent reading of the four sum rules of spec/checks.md (blank = 0; a rule with a
 * side entirely blank is not assessed), used to check that every generated document's tables
 * raise exactly the sum flags its truth lists, and none in a clean report.
 */
export type SumFlag = { code: string; cells: string[] };

const COLS = TABLE3_COLUMNS.map((c) => c.key);
const APPLICANT = COLS.filter((c) => c !== 'total');
const OUTCOME = /^(granted|partiallyGranted|denied\.|unavailable\.|notProcessed\.|otherProcessing)/;

function side(cells: CellValues, keys: string[]): { sum: number; allBlank: boolean } {
  let sum = 0;
  let allBlank = true;
  for (const k of keys) {
    const v = cells[k];
    if (typeof v === 'number') { sum += v; allBlank = false; }
  }
  return { sum, allBlank };
}

function rule(out: SumFlag[], code: string, cells: CellValues, left: string[], right: string[], flagCells: string[]): void {
  const l = side(cells, left);
  const r = side(cells, right);
  if (l.allBlank || r.allBlank) return;
  if (Math.abs(l.sum - r.sum) > 1e-9) out.push({ code, cells: flagCells });
}

export function sumRuleFlags(cells: CellValues): SumFlag[] {
  const out: SumFlag[] = [];
  const rows = [...new Set(Object.keys(cells).filter((k) => k.startsWith('t3.')).map((k) => k.slice(3, k.lastIndexOf('.'))))];
  for (const row of rows) {
    const keys = COLS.map((c) => `t3.${row}.${c}`);
    rule(out, 'T3_ROW_TOTAL', cells, keys.slice(0, 6), [keys[6]], keys);
  }
  const outcomes = rows.filter((r) => OUTCOME.test(r));
  if (rows.includes('total')) {
    for (const c of COLS) {
      const parts = outcomes.map((r) => `t3.${r}.${c}`);
      rule(out, 'T3_OUTCOME_SUM', cells, parts, [`t3.total.${c}`], [`t3.total.${c}`, ...parts]);
    }
    for (const c of COLS) {
      const k = (r: string) => `t3.${r}.${c}`;
      rule(out, 'T3_BALANCE', cells, [k('newRequests'), k('carriedOver')], [k('total'), k('carriedForward')], [k('newRequests'), k('carriedOver'), k('total'), k('carriedForward')]);
    }
  }
  for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
    const keys = ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.${g}.${c}`);
    if (keys[0] in cells) rule(out, 'T4_GROUP_TOTAL', cells, keys.slice(0, 4), [keys[4]], keys);
  }
  return out;
}

export const APPLICANT_COLUMNS = APPLICANT;
export const flagKey = (f: { code: string; cells: string[] }): string => `${f.code}|${f.cells.join(',')}`;
