import { findCell, getTable, TABLE3, TABLE4, templateCells, type CellDef, type ColumnDef, type RowDef, type TableId, type TemplateId } from '@gongkai/report-format';

export type Text = { zh: string; en: string };

const TABLE_NUMBERS: Record<TableId, Text> = { t2: { zh: '表二', en: 'Table 2' }, t3: { zh: '表三', en: 'Table 3' }, t4: { zh: '表四', en: 'Table 4' } };

/** "表三" / "Table 3": the way supervisors refer to the template tables. */
export const tableName = (id: TableId): Text => TABLE_NUMBERS[id];

/** The table's number and its catalog title: "表三（收到和处理政府信息公开申请情况）". */
export function tableTitle(template: TemplateId, id: TableId): Text {
  const t = getTable(template, id);
  return { zh: `${tableName(id).zh}（${t.zh}）`, en: `${tableName(id).en} (${t.en})` };
}

/** English labels sit inside a sentence: "Table 3, granted: …", not "Table 3, Granted: …". */
const lowerFirst = (en: string): string => (/^[A-Z][a-z]/.test(en) ? en[0].toLowerCase() + en.slice(1) : en);

const pick = (l: { zh: string; en: string; short?: Text }, form: 'short' | 'full'): Text => {
  const t = form === 'short' && l.short ? l.short : l;
  return { zh: t.zh, en: lowerFirst(t.en) };
};

/**
 * A row's label, prefixed with its group where the group is part of the name
 * ("不予公开·属于国家秘密"). `short` (the catalog's message form, "新收") reads better in sums;
 * `full` (the printed label) names a single cell unambiguously.
 */
export function rowLabel(table: TableId, row: RowDef, form: 'short' | 'full' = 'short'): Text {
  const own = pick(row, form);
  if (!row.group || table === 't2') return own;
  const group = (table === 't3' ? TABLE3 : TABLE4).groups.find((g) => g.key === row.group);
  if (!group || group.key === 'outcomes') return own;
  return { zh: `${group.zh}·${own.zh}`, en: `${lowerFirst(group.en)} · ${own.en}` };
}

/** An outcome group's label (不予公开 / denied). */
export const groupText = (g: { zh: string; en: string }): Text => ({ zh: g.zh, en: lowerFirst(g.en) });

export const columnLabel = (column: ColumnDef): Text => pick(column, 'short');

const byTemplate = new Map<TemplateId, Map<string, CellDef>>();
/** A key's definition in the report's template (labels differ: 2019 处理决定数量, 2021 本年处理决定数量). */
export function cellDef(key: string, template: TemplateId | null): CellDef | undefined {
  if (template) {
    let map = byTemplate.get(template);
    if (!map) byTemplate.set(template, (map = new Map(templateCells(template, true).map((c) => [c.key, c]))));
    const hit = map.get(key);
    if (hit) return hit;
  }
  return findCell(key);
}

/** "予以公开 自然人" / "Granted, natural persons" for a canonical key (the key itself if unknown). */
export function cellLabel(key: string, template: TemplateId | null): Text {
  const cell = cellDef(key, template);
  if (!cell) return { zh: key, en: key };
  const r = rowLabel(cell.table, cell.row, 'full');
  const c = columnLabel(cell.column);
  return { zh: `${r.zh} ${c.zh}`, en: `${r.en}, ${c.en}` };
}

/** Same, with the table in front: "表三 予以公开 自然人". */
export function fullCellLabel(key: string, template: TemplateId | null): Text {
  const cell = cellDef(key, template);
  const l = cellLabel(key, template);
  if (!cell) return l;
  return { zh: `${tableName(cell.table).zh} ${l.zh}`, en: `${tableName(cell.table).en}, ${l.en}` };
}
