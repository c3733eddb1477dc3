import { cellKey, getTable, isRequiredRow, TABLE3_COLUMNS, type RowDef, type TableDef, type TableId, type TemplateId } from '@gongkai/report-format';
import type { ReportContext } from '../context';

// Row keys are asked for on every report: built once per row (the catalog's rows are constants).
const keysOfRow = new WeakMap<RowDef, Map<TableId, readonly string[]>>();

/** The canonical keys of a row, in column order (a shared list: do not mutate). */
export function rowKeyList(table: TableId, row: RowDef): readonly string[] {
  let byTable = keysOfRow.get(row);
  if (!byTable) keysOfRow.set(row, (byTable = new Map()));
  let keys = byTable.get(table);
  if (!keys) byTable.set(table, (keys = row.columns.map((c) => cellKey(table, row.key, c.key))));
  return keys;
}

/** The canonical keys of a row, in column order. */
export const rowKeys = (table: TableId, row: RowDef): string[] => [...rowKeyList(table, row)];

/** The template's table with its accepted alternative rows (2021 single-row （六）其他处理). */
export const tableOf = (template: TemplateId, id: TableId): TableDef => getTable(template, id);

/** Every key of a table in template order (required rows only, as the template prints it). */
export const requiredTableKeys = (template: TemplateId, id: TableId): string[] =>
  tableOf(template, id).rows.filter((r) => isRequiredRow(r, template)).flatMap((r) => rowKeys(id, r));

/** Rows of the template table (alternatives included) that have at least one key in the report. */
export const presentRows = (ctx: Pick<ReportContext, 'has'>, template: TemplateId, id: TableId): RowDef[] =>
  tableOf(template, id).rows.filter((r) => rowKeyList(id, r).some((k) => ctx.has(k)));

/** Table 3 applicant columns (the six that add up to `total`). */
export const T3_APPLICANT_COLUMNS = TABLE3_COLUMNS.filter((c) => c.key !== 'total');
export const T3_TOTAL_COLUMN = TABLE3_COLUMNS.find((c) => c.key === 'total')!;

/**
 * The outcome rows of table 3 that the report has, in template order: every row under
 * 三、本年度办理结果 except （七）总计. When a report has both the single （六）其他处理 row
 * and its 2021 sub-rows, the sub-rows count (the single row is then their subtotal).
 */
export function t3OutcomeRows(ctx: Pick<ReportContext, 'has'>, template: TemplateId): RowDef[] {
  return outcomeRowsOf(presentRows(ctx, template, 't3'));
}

/** t3OutcomeRows from table 3's present rows. */
export function outcomeRowsOf(present: readonly RowDef[]): RowDef[] {
  const rows = present.filter((r) => r.group !== undefined && r.key !== 'total');
  const subRows = new Set(rows.flatMap((r) => r.alternativeTo?.rows ?? []));
  const hasSubRows = rows.some((r) => subRows.has(r.key));
  return rows.filter((r) => !(r.alternativeTo && hasSubRows));
}
