import { TABLE2_2019, TABLE2_2021, TABLE3, TABLE4 } from './tables';
import type { CellDef, RowDef, TableDef, TableId, TemplateId } from './types';

export type TemplateDef = {
  id: TemplateId;
  zh: string;
  en: string;
  /** The circular that fixed the template. */
  source: string;
  /** First and last report years the template applies to (inclusive; null = still in force). */
  years: readonly [number, number | null];
  tables: readonly TableDef[];
};

const onlyFor = (table: TableDef, template: TemplateId): TableDef => ({
  ...table,
  rows: table.rows.filter((r) => r.templates.includes(template) || r.alternativeTo?.templates.includes(template)),
});

export const TEMPLATES: Readonly<Record<TemplateId, TemplateDef>> = {
  '2019': {
    id: '2019', zh: '2019年版格式', en: '2019 template', source: '国办公开办函〔2019〕60号', years: [2019, 2020],
    tables: [TABLE2_2019, onlyFor(TABLE3, '2019'), TABLE4],
  },
  '2021': {
    id: '2021', zh: '2021年版格式', en: '2021 template', source: '国办公开办函〔2021〕30号', years: [2021, null],
    tables: [TABLE2_2021, onlyFor(TABLE3, '2021'), TABLE4],
  },
};

/** The template a report of this year should use (free-form before 2019: null). */
export function templateForYear(year: number): TemplateId | null {
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return null;
}

export function getTable(template: TemplateId, table: TableId): TableDef {
  const found = TEMPLATES[template].tables.find((t) => t.id === table);
  if (!found) throw new Error(`table ${table} is not in template ${template}`);
  return found;
}

export const cellKey = (table: TableId, row: string, column: string): string => `${table}.${row}.${column}`;

/** True when the row is required in the template (not only an accepted alternative). */
export const isRequiredRow = (row: RowDef, template: TemplateId): boolean => row.templates.includes(template);

const cellCache = new Map<string, readonly CellDef[]>();

/**
 * Every cell of a template, in document order. With `includeAlternatives`, rows that may
 * stand in for others (2021 single-row （六）其他处理) are listed too.
 */
export function templateCells(template: TemplateId, includeAlternatives = false): readonly CellDef[] {
  const cacheKey = `${template}:${includeAlternatives}`;
  const hit = cellCache.get(cacheKey);
  if (hit) return hit;
  const cells: CellDef[] = [];
  for (const table of TEMPLATES[template].tables) {
    for (const row of table.rows) {
      if (!includeAlternatives && !isRequiredRow(row, template)) continue;
      for (const column of row.columns) {
        cells.push({ key: cellKey(table.id, row.key, column.key), table: table.id, row, column, templates: row.templates });
      }
    }
  }
  cellCache.set(cacheKey, cells);
  return cells;
}

const allCells = new Map<string, CellDef>();
for (const t of ['2019', '2021'] as const) for (const c of templateCells(t, true)) if (!allCells.has(c.key)) allCells.set(c.key, c);

/** Look up any canonical cell key of either template. */
export function findCell(key: string): CellDef | undefined {
  return allCells.get(key);
}

/** Every canonical key of both templates (the union), in document order. */
export const ALL_CELL_KEYS: readonly string[] = [...allCells.keys()];
