import { publicationDeadline, SECTIONS, templateCells, templateForYear, type TemplateId } from '@gongkai/report-format';
import type { Rng } from '../random';
import { stateCells } from '../state-cells';
import {
  addFlag, APPLICANT_COLS, balanceCells, bump, num, outcomeRows, outcomeSumCells, rowKeys, t3Rows, T3_COLS,
  type Draft, type PreviousYear,
} from './draft';

/**
 * One kind of mistake real reports make. `apply` edits the draft and records every flag of
 * error or warning severity the checks must raise because of it (and the info flags it can
 * predict); each edit is designed so that nothing else breaks.
 */
export type Mistake = {
  id: string;
  weight: number;
  /** Mistakes that only touch text or metadata can be combined with any other. */
  orthogonal?: boolean;
  applies: (d: Draft, prev: PreviousYear) => boolean;
  apply: (d: Draft, rng: Rng, prev: PreviousYear) => void;
};

const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const t4Keys = (g: string) => T4_COLS.map((c) => `t4.${g}.${c}`);
const DECISIONS = ['t2.licensing.decisions', 't2.punishment.decisions', 't2.coercion.decisions'];
const hasT4 = (d: Draft) => !d.missingTables.includes('t4');

const nonZeroCell = (d: Draft, rng: Rng, rows: string[], cols: string[]): [string, string] | null => {
  const options: [string, string][] = [];
  for (const r of rows) for (const c of cols) if (num(d, `t3.${r}.${c}`) > 0) options.push([r, c]);
  return options.length ? rng.pick(options) : null;
};

export const MISTAKES: readonly Mistake[] = [
  {
    // A count typed into the wrong row: two row totals no longer add up, columns still do.
    id: 't3-row-shift', weight: 3,
    applies: (d) => outcomeRows(d).some((r) => APPLICANT_COLS.some((c) => num(d, `t3.${r}.${c}`) > 0)),
    apply: (d, rng) => {
      const rows = outcomeRows(d);
      const [from, col] = nonZeroCell(d, rng, rows, APPLICANT_COLS) as [string, string];
      const to = rng.pick(rows.filter((r) => r !== from));
      const by = rng.int(1, num(d, `t3.${from}.${col}`));
      bump(d, `t3.${from}.${col}`, -by);
      bump(d, `t3.${to}.${col}`, by);
      for (const r of rows.filter((x) => x === from || x === to)) addFlag(d, 'T3_ROW_TOTAL', rowKeys(r));
    },
  },
  {
    // A count typed into the wrong column: two column outcome sums break, row totals hold.
    id: 't3-col-shift', weight: 3,
    applies: (d) => outcomeRows(d).some((r) => APPLICANT_COLS.some((c) => num(d, `t3.${r}.${c}`) > 0)),
    apply: (d, rng) => {
      const [row, from] = nonZeroCell(d, rng, outcomeRows(d), APPLICANT_COLS) as [string, string];
      const to = rng.pick(APPLICANT_COLS.filter((c) => c !== from));
      const by = rng.int(1, num(d, `t3.${row}.${from}`));
      bump(d, `t3.${row}.${from}`, -by);
      bump(d, `t3.${row}.${to}`, by);
      for (const c of APPLICANT_COLS.filter((x) => x === from || x === to)) addFlag(d, 'T3_OUTCOME_SUM', outcomeSumCells(d, c));
    },
  },
  {
    // （七）总计 mistyped in one column and its row total: outcome sum and balance break in both.
    id: 't3-total-typo', weight: 2,
    applies: () => true,
    apply: (d, rng) => {
      const col = rng.pick(APPLICANT_COLS);
      const by = rng.int(1, 9);
      bump(d, `t3.total.${col}`, by);
      bump(d, 't3.total.total', by);
      for (const c of [col, 'total']) {
        addFlag(d, 'T3_OUTCOME_SUM', outcomeSumCells(d, c));
        addFlag(d, 'T3_BALANCE', balanceCells(c));
      }
    },
  },
  {
    // 本年新收 overstated in one column and its total: received ≠ handled + carried forward.
    id: 't3-new-typo', weight: 2,
    applies: () => true,
    apply: (d, rng) => {
      const col = rng.pick(APPLICANT_COLS);
      const by = rng.int(1, 20);
      bump(d, `t3.newRequests.${col}`, by);
      bump(d, 't3.newRequests.total', by);
      addFlag(d, 'T3_BALANCE', balanceCells(col));
      addFlag(d, 'T3_BALANCE', balanceCells('total'));
    },
  },
  {
    // 表四 总计 that is not the sum of its group (洪泽区 2023: 维持 10 + 纠正 1, 总计 0).
    id: 't4-total', weight: 3,
    applies: hasT4,
    apply: (d, rng) => {
      const g = rng.pick(T4_GROUPS);
      const key = `t4.${g}.total`;
      if (num(d, key) > 0 && rng.chance(0.5)) d.cells[key] = 0;
      else bump(d, key, rng.int(1, 5));
      addFlag(d, 'T4_GROUP_TOTAL', t4Keys(g));
    },
  },
  {
    id: 'value-negative', weight: 1,
    applies: (d) => DECISIONS.some((k) => k in d.cells),
    apply: (d, rng) => {
      const key = rng.pick(DECISIONS.filter((k) => k in d.cells));
      d.cells[key] = -rng.int(1, 60);
      addFlag(d, 'VALUE_INVALID', [key], null, d.cells[key]);
    },
  },
  {
    id: 'value-fraction', weight: 1,
    applies: (d) => DECISIONS.some((k) => k in d.cells),
    apply: (d, rng) => {
      const key = rng.pick(DECISIONS.filter((k) => k in d.cells));
      d.cells[key] = num(d, key) + 0.5;
      addFlag(d, 'VALUE_INVALID', [key], null, d.cells[key]);
    },
  },
  {
    id: 'value-text', weight: 1,
    applies: (d) => DECISIONS.some((k) => k in d.cells),
    apply: (d, rng) => {
      const key = rng.pick(DECISIONS.filter((k) => k in d.cells));
      // Not "—" or "/": those stand for "none" in real reports and read as blank cells.
      const text = rng.pick(['十二', '2O', '1,2,3']);
      d.cells[key] = null;
      d.cellText[key] = text;
      addFlag(d, 'VALUE_INVALID', [key], null, text);
    },
  },
  {
    // One zero cell left blank.
    id: 'blank-cell', weight: 2,
    applies: (d) => Object.values(d.cells).some((v) => v === 0),
    apply: (d, rng) => {
      const key = rng.pick(Object.keys(d.cells).filter((k) => d.cells[k] === 0));
      d.cells[key] = null;
      addFlag(d, 'CELL_BLANK', [key], null, 1);
    },
  },
  {
    // Zeros left blank everywhere ("blank means none"): one CELL_BLANK per table.
    id: 'zeros-blank', weight: 3,
    applies: (d) => Object.values(d.cells).some((v) => v === 0),
    apply: (d) => {
      for (const t of ['t2', 't3', 't4']) {
        const keys = Object.keys(d.cells).filter((k) => k.startsWith(`${t}.`) && d.cells[k] === 0);
        for (const k of keys) d.cells[k] = null;
        if (keys.length) addFlag(d, 'CELL_BLANK', keys, null, keys.length);
      }
    },
  },
  {
    id: 'table-missing', weight: 2,
    applies: () => true,
    apply: (d, rng) => {
      const table = rng.pick(['t2', 't4'] as const);
      const keys = templateCells(d.template).filter((c) => c.table === table).map((c) => c.key);
      for (const k of keys) delete d.cells[k];
      d.missingTables.push(table);
      addFlag(d, 'TABLE_MISSING', keys);
    },
  },
  {
    // A row of zeros left out of table 3.
    id: 'row-missing', weight: 2,
    applies: (d) => zeroRows(d).length > 0,
    apply: (d, rng) => {
      const row = rng.pick(zeroRows(d));
      const keys = rowKeys(row);
      for (const k of keys) delete d.cells[k];
      d.missingRows.push(`t3.${row}`);
      addFlag(d, 'TABLE_MISSING', keys);
    },
  },
  {
    id: 'section-missing', weight: 2, orthogonal: true,
    applies: (d) => d.missingSections.length === 0,
    apply: (d, rng) => {
      const id = rng.pick(['s5', 's6'] as const);
      d.missingSections.push(id);
      addFlag(d, 'SECTION_MISSING', [], SECTIONS.find((s) => s.id === id)?.zh ?? id, null);
    },
  },
  {
    // The tables of the other template (an old Word file reused, or the new one used early).
    id: 'template-mismatch', weight: 2,
    applies: () => true,
    apply: (d) => {
      const required = templateForYear(d.year) as TemplateId;
      const other: TemplateId = required === '2021' ? '2019' : '2021';
      d.template = other;
      d.singleOtherRow = false;
      d.cells = stateCells(d.state, other, false);
      addFlag(d, 'TEMPLATE_MISMATCH', [], required, other);
    },
  },
  {
    id: 'text-new-requests', weight: 2,
    applies: () => true,
    apply: (d, rng) => {
      const actual = num(d, 't3.newRequests.total');
      // Never new + carried over: the checks accept that sum ("共收到8件（含上年结转2件）").
      const withCarried = actual + num(d, 't3.carriedOver.total');
      let stated = actual + (actual > 3 && rng.chance(0.5) ? -rng.int(1, Math.min(actual, 9)) : rng.int(1, 30));
      if (stated === withCarried) stated += 1;
      d.textOverrides.newRequests = stated;
      addFlag(d, 'TEXT_TABLE_MISMATCH', ['t3.newRequests.total'], stated, actual);
    },
  },
  {
    // "未发生行政复议、行政诉讼" although table 4 has cases.
    id: 'text-no-review', weight: 2,
    applies: hasT4,
    apply: (d, rng) => {
      if (T4_GROUPS.every((g) => num(d, `t4.${g}.total`) === 0)) {
        const g = rng.pick(T4_GROUPS);
        bump(d, `t4.${g}.${rng.pick(['upheld', 'pending'])}`, 1);
        bump(d, `t4.${g}.total`, 1);
      }
      d.textOverrides.claimNone = true;
      const keys = T4_GROUPS.map((g) => `t4.${g}.total`).filter((k) => num(d, k) !== 0);
      addFlag(d, 'TEXT_TABLE_MISMATCH', keys, 0, keys.reduce((a, k) => a + num(d, k), 0));
    },
  },
  {
    id: 'text-review-count', weight: 1,
    applies: hasT4,
    apply: (d, rng) => {
      const actual = num(d, 't4.review.total');
      const stated = actual + rng.int(1, 4);
      d.textOverrides.reviewCount = stated;
      d.textOverrides.claimNone = false;
      addFlag(d, 'TEXT_TABLE_MISMATCH', ['t4.review.total'], stated, actual);
    },
  },
  {
    // 新增主动公开政府信息1301条, but the listed items add up to 1233 (淮北市公安局 2022).
    id: 'text-itemization', weight: 2, orthogonal: true,
    applies: () => true,
    apply: (d, rng) => {
      const sum = d.itemization.items.reduce((a, [, n]) => a + n, 0);
      // A total equal to the sum of the first few items reads as a list that moved on to
      // another breakdown: choose a total that no prefix of the list adds up to.
      const prefixes = new Set(d.itemization.items.map((_, i) => d.itemization.items.slice(0, i + 1).reduce((a, [, n]) => a + n, 0)));
      // Off by a little: a list well under half its total reads as examples, not a breakdown.
      let stated = sum + (sum > 10 && rng.chance(0.4) ? -rng.int(1, 9) : rng.int(1, Math.max(1, Math.min(99, Math.floor(sum / 3)))));
      while (prefixes.has(stated)) stated += 1;
      d.itemization.total = stated;
      addFlag(d, 'TEXT_ITEMIZATION', [], stated, sum);
    },
  },
  {
    id: 'late-publication', weight: 2, orthogonal: true,
    applies: () => true,
    apply: (d, rng) => {
      const month = rng.int(2, 6);
      d.publishedAt = `${d.year + 1}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      addFlag(d, 'LATE_PUBLICATION', [], publicationDeadline(d.year), d.publishedAt);
    },
  },
  {
    // 上年结转 that is not last year's 结转下年度: the report itself still balances
    // (the extra cases are counted as granted), the chain across years breaks.
    id: 'carry-over', weight: 2,
    applies: (d, prev) => prev !== null && ['total', 'naturalPerson'].every((c) => typeof prev.cells[`t3.carriedForward.${c}`] === 'number'),
    apply: (d, rng, prev) => {
      const cols = APPLICANT_COLS.filter((c) => typeof prev?.cells[`t3.carriedForward.${c}`] === 'number');
      const col = rng.pick(cols);
      const by = rng.int(1, 6);
      for (const row of ['carriedOver', 'granted', 'total']) {
        bump(d, `t3.${row}.${col}`, by);
        bump(d, `t3.${row}.total`, by);
      }
      // The CARRY_OVER_MISMATCH flags are derived by comparing the two published years.
    },
  },
  {
    // Fee revenue in 元 left under the 万元 header: ×10000, only a year-over-year outlier.
    id: 'fee-wan-slip', weight: 1,
    applies: (d) => num(d, 't2.fees.amount') > 0 && d.feeUnit === '万元',
    apply: (d, _rng, prev) => {
      d.cells['t2.fees.amount'] = Math.round(num(d, 't2.fees.amount') * 10000);
      const last = prev?.template === '2021' ? prev.cells['t2.fees.amount'] : null;
      if (typeof last === 'number' && last > 0) addFlag(d, 'YOY_OUTLIER', ['t2.fees.amount'], last, d.cells['t2.fees.amount']);
    },
  },
  {
    // The same report published twice (another layout on another page).
    id: 'duplicate', weight: 2, orthogonal: true,
    applies: (d) => !d.duplicate,
    apply: (d) => { d.duplicate = true; },
  },
];

function zeroRows(d: Draft): string[] {
  return t3Rows(d).filter((r) => /^(denied|unavailable|notProcessed)\./.test(r) && rowKeys(r).every((k) => d.cells[k] === 0));
}

export const T3_COLUMN_KEYS = T3_COLS;
