import {
  ALL_CELL_KEYS, TABLE2_2019, TABLE2_2021, TABLE3, TABLE3_COLUMNS, TABLE3_ORG_HEADER, TABLE4, TABLE4_COLUMNS, TEMPLATES,
  labelForms, normalizeLabel, type ColumnDef, type TableId, type TemplateId,
} from '@gongkai/report-format';
import { FormIndex } from './form-index';

// Everything the table mapper looks up, built once from the catalog at module load.

export type RowEntry = {
  table: TableId;
  key: string;
  /** `table.key`, built once. */
  id: string;
  /** Canonical cell key (`t3.granted.total`) per column key, built once: keys are compared often. */
  cellKeys: ReadonlyMap<string, string>;
  /** Row group in the catalog (`denied`, `otherProcessing`, `litigation`...). */
  group?: string;
  /** Column keys this row has in any template. */
  columns: ReadonlySet<string>;
  /** Column keys per template, in template order (fallback when a header is unreadable). */
  columnsFor: Partial<Record<TemplateId, readonly string[]>>;
  /** Money columns (万元) of this row. */
  money: ReadonlySet<string>;
  /** Item number printed before the label ("1.", "（三）"). */
  number?: string;
};
export type GroupEntry = { table: TableId; key: string };
/** A header cell's meaning. `col` = leaf column, `org` = 法人或其他组织, `rowGroup` = table 4 group. */
export type HeaderToken =
  | { table: TableId; kind: 'col'; key: string }
  | { table: 't3'; kind: 'org' }
  | { table: 't4'; kind: 'rowGroup'; key: string }
  | { table: 't2'; kind: 'group' }
  | { table: TableId; kind: 'labelHeader' };

/**
 * ALL_CELL_KEYS as the engine's own property-name strings (the keys of an object are interned):
 * every report's `cells` and `cellDetails` objects get ~200 of them, and interned keys make
 * those property writes and the sink's Map lookups by key markedly cheaper.
 */
export const CELL_KEYS: readonly string[] = (() => {
  const interned = new Map(Object.keys(Object.fromEntries(ALL_CELL_KEYS.map((k) => [k, true]))).map((k) => [k, k]));
  return ALL_CELL_KEYS.map((k) => interned.get(k) ?? k);
})();

const rowMap = new Map<string, RowEntry>();
// The very strings of CELL_KEYS, so lookups by key compare by identity.
const canonicalKey = new Map(CELL_KEYS.map((k) => [k, k]));
function addRow(table: TableId, template: TemplateId | null, row: { key: string; group?: string; number?: string; columns: readonly ColumnDef[] }): RowEntry {
  const id = `${table}.${row.key}`;
  let e = rowMap.get(id);
  if (!e) {
    e = { table, key: row.key, id, cellKeys: new Map(), group: row.group, number: row.number, columns: new Set(), columnsFor: {}, money: new Set() };
    rowMap.set(id, e);
  }
  for (const c of row.columns) {
    (e.columns as Set<string>).add(c.key);
    const key = `${id}.${c.key}`;
    (e.cellKeys as Map<string, string>).set(c.key, canonicalKey.get(key) ?? key);
    if (c.unit === 'wanYuan') (e.money as Set<string>).add(c.key);
  }
  if (template) e.columnsFor[template] = row.columns.map((c) => c.key);
  return e;
}

/** Row labels of tables 2, 3 and 4 (table 4's rows also serve as its header groups). */
export const ROWS = new FormIndex<RowEntry>(4);
/** Every row spelling with its entry (tables 2 and 3), for similarity matching. */
export const ROW_FORMS: { form: string; entry: RowEntry }[] = [];
const addForms = (forms: string[], e: RowEntry): void => {
  ROWS.add(forms, e);
  if (e.table !== 't4') for (const form of forms) ROW_FORMS.push({ form, entry: e });
};
for (const [tpl, t] of [['2021', TABLE2_2021], ['2019', TABLE2_2019]] as const) for (const r of t.rows) addForms(labelForms(r), addRow('t2', tpl, r));
for (const r of TABLE3.rows) {
  const e = addRow('t3', null, r);
  for (const tpl of ['2019', '2021'] as const) if (r.templates.includes(tpl) || r.alternativeTo?.templates.includes(tpl)) e.columnsFor[tpl] = r.columns.map((c) => c.key);
  addForms(labelForms(r), e);
}
for (const r of TABLE4.rows) {
  const e = addRow('t4', null, r);
  e.columnsFor['2019'] = e.columnsFor['2021'] = r.columns.map((c) => c.key);
  addForms(labelForms(r), e);
}

/** Row entries by `table.rowKey`. */
export const ROW_BY_ID: ReadonlyMap<string, RowEntry> = rowMap;

/** Group labels: table 3 （三）不予公开..., table 2 第二十条第（一）项..., table 4 行政诉讼. */
export const GROUPS = new FormIndex<GroupEntry>(4);
for (const g of TABLE3.groups) GROUPS.add(labelForms(g), { table: 't3', key: g.key });
for (const g of [...TABLE2_2019.groups]) GROUPS.add(labelForms(g), { table: 't2', key: g.key });
for (const g of TABLE4.groups) GROUPS.add(labelForms(g), { table: 't4', key: g.key });

/** Header cell spellings → meaning, for all three tables. */
export const HEADER = new FormIndex<HeaderToken>(3);
const t2Cols = new Map<string, ColumnDef>();
for (const t of [TABLE2_2021, TABLE2_2019]) for (const r of t.rows) for (const c of r.columns) t2Cols.set(`${c.key}:${c.zh}`, c);
for (const c of t2Cols.values()) HEADER.add(labelForms(c), { table: 't2', kind: 'col', key: c.key });
HEADER.add(['信息内容'].map(normalizeLabel), { table: 't2', kind: 'labelHeader' });
for (const g of TABLE2_2019.groups) HEADER.add(labelForms(g), { table: 't2', kind: 'group' });
for (const c of TABLE3_COLUMNS) HEADER.add(labelForms(c), { table: 't3', kind: 'col', key: c.key });
HEADER.add(labelForms({ zh: TABLE3_ORG_HEADER.zh, en: TABLE3_ORG_HEADER.en, variants: TABLE3_ORG_HEADER.variants }), { table: 't3', kind: 'org' });
HEADER.add(['申请人情况'].map(normalizeLabel), { table: 't3', kind: 'labelHeader' });
for (const c of TABLE4_COLUMNS) HEADER.add(labelForms(c), { table: 't4', kind: 'col', key: c.key });
for (const r of TABLE4.rows) HEADER.add(labelForms(r), { table: 't4', kind: 'rowGroup', key: r.key });
for (const g of TABLE4.groups) HEADER.add(labelForms(g), { table: 't4', kind: 'rowGroup', key: g.key });

/** Header spellings that belong to more than one table ("其他", "总计"): they do not vote. */
export function isAmbiguousHeader(tokens: readonly HeaderToken[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].table !== tokens[0].table) return true;
  return false;
}

export const T3_ORG_CHILDREN: readonly string[] = TABLE3_ORG_HEADER.columns;
export const T3_COLUMN_KEYS: readonly string[] = TABLE3_COLUMNS.map((c) => c.key);
export const T4_COLUMN_KEYS: readonly string[] = TABLE4_COLUMNS.map((c) => c.key);
export const T4_GROUP_KEYS: readonly string[] = TABLE4.rows.map((r) => r.key);

/** Table 4 leaf keys when its groups are columns (`review.upheld`) → the row entry and column. */
export const T4_LEAVES = new Map<string, { entry: RowEntry; col: string }>();
const t4LeafKeys = new Map<string, Map<string, string>>();
for (const g of T4_GROUP_KEYS) {
  const entry = rowMap.get(`t4.${g}`);
  const byCol = new Map<string, string>();
  t4LeafKeys.set(g, byCol);
  for (const c of T4_COLUMN_KEYS) {
    const key = `${g}.${c}`;
    byCol.set(c, key);
    if (entry) T4_LEAVES.set(key, { entry, col: c });
  }
}

/** `${group}.${column}`, the same string every time for the template's groups and columns. */
export function t4LeafKey(group: string, column: string): string {
  return t4LeafKeys.get(group)?.get(column) ?? `${group}.${column}`;
}

/** Table 2 column keys that only one template has: they tell the template. */
export const T2_TEMPLATE_OF_COLUMN: ReadonlyMap<string, TemplateId> = (() => {
  const m = new Map<string, TemplateId>();
  const k2021 = new Set(TABLE2_2021.rows.flatMap((r) => r.columns.map((c) => c.key)));
  const k2019 = new Set(TABLE2_2019.rows.flatMap((r) => r.columns.map((c) => c.key)));
  for (const k of k2021) if (!k2019.has(k)) m.set(k, '2021');
  for (const k of k2019) if (!k2021.has(k)) m.set(k, '2019');
  return m;
})();

/** Table 2 rows that only one template has. */
export const T2_TEMPLATE_OF_ROW: ReadonlyMap<string, TemplateId> = (() => {
  const m = new Map<string, TemplateId>();
  const r2021 = new Set(TABLE2_2021.rows.map((r) => r.key));
  const r2019 = new Set(TABLE2_2019.rows.map((r) => r.key));
  for (const k of r2019) if (!r2021.has(k)) m.set(k, '2019');
  for (const k of r2021) if (!r2019.has(k)) m.set(k, '2021');
  return m;
})();

/** Rows of each template's tables, for missing-row reports. */
export const TEMPLATE_TABLES = TEMPLATES;
