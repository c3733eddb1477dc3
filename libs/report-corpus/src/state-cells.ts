import { templateCells, type CellValues, type TemplateId } from '@gongkai/report-format';
import { APPLICANT_COLUMNS, T3_OUTCOME_ROWS, T4_GROUPS, T4_PARTS, type YearState } from './simulate';

const OTHER_SUBROWS = ['otherProcessing.noCorrection', 'otherProcessing.unpaidFee', 'otherProcessing.other'];

/** True when the row is printed in a report of this template (and this choice of （六） row). */
export function rowInReport(rowKey: string, template: TemplateId, singleOtherRow: boolean): boolean {
  if (template === '2019') return !OTHER_SUBROWS.includes(rowKey);
  if (rowKey === 'otherProcessing') return singleOtherRow;
  if (OTHER_SUBROWS.includes(rowKey)) return !singleOtherRow;
  return true;
}

/** The canonical keys a clean report of this template prints, in template order. */
export function reportKeys(template: TemplateId, singleOtherRow: boolean): string[] {
  return templateCells(template, true)
    .filter((c) => c.table !== 't3' || rowInReport(c.row.key, template, singleOtherRow))
    .map((c) => c.key);
}

function t3Row(state: YearState, row: string): number[] {
  if (row === 'otherProcessing') return APPLICANT_COLUMNS.map((_, c) => OTHER_SUBROWS.reduce((a, r) => a + state.t3[r][c], 0));
  if (row === 'total') return APPLICANT_COLUMNS.map((_, c) => T3_OUTCOME_ROWS.reduce((a, r) => a + state.t3[r][c], 0));
  const values = state.t3[row];
  if (!values) throw new Error(`no simulated values for table 3 row ${row}`);
  return values;
}

function t2Value(state: YearState, row: string, col: string): number {
  if (row === 'regulations' || row === 'normativeDocs') {
    const r = state[row];
    if (col === 'made' || col === 'published') return r.issued;
    if (col === 'totalPublished') return r.inForce;
    return r[col as 'issued' | 'repealed' | 'inForce'];
  }
  if (row === 'procurement') return state.procurement[col as 'items' | 'amount'];
  if (row === 'fees') return state.fees[col as 'previousItems' | 'change' | 'amount'];
  const items = state[row as 'licensing' | 'otherServices' | 'punishment' | 'coercion'];
  if (!items) throw new Error(`no simulated values for table 2 row ${row}`);
  return items[col as 'previousItems' | 'change' | 'decisions'];
}

/** Every cell of a clean report of this template, in template order; all rules hold. */
export function stateCells(state: YearState, template: TemplateId, singleOtherRow: boolean): CellValues {
  const out: CellValues = {};
  for (const c of templateCells(template, true)) {
    if (c.table === 't3' && !rowInReport(c.row.key, template, singleOtherRow)) continue;
    if (c.table === 't2') out[c.key] = t2Value(state, c.row.key, c.column.key);
    else if (c.table === 't3') {
      const values = t3Row(state, c.row.key);
      const i = APPLICANT_COLUMNS.indexOf(c.column.key as (typeof APPLICANT_COLUMNS)[number]);
      out[c.key] = i >= 0 ? values[i] : values.reduce((a, b) => a + b, 0);
    } else {
      const g = state.t4[c.row.key];
      if (!T4_GROUPS.includes(c.row.key as (typeof T4_GROUPS)[number])) throw new Error(`unknown table 4 group ${c.row.key}`);
      const i = T4_PARTS.indexOf(c.column.key as (typeof T4_PARTS)[number]);
      out[c.key] = i >= 0 ? g[i] : g.reduce((a, b) => a + b, 0);
    }
  }
  return out;
}
