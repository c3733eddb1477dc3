import { isRequiredRow, TEMPLATES, type CellValues, type ColumnDef, type TemplateId } from '@gongkai/report-format';
import { type CellDto, type ReportTableDto, type SourcePosDto } from '../dtos/outputs/report.dto';

export type StoredCell = { value: number | null; raw: string; pos: SourcePosDto | null };

/**
 * The report's tables as the template lays them out (labels from the catalog), each cell
 * with its value, text as printed, source position, last year's value and whether a flag
 * points at it. Rows the template only allows as alternatives appear when the report has them.
 */
/** Each row's cell keys (`table.row.column`), built once per template: a detail page reads ~200 of them. */
const rowKeys = new Map<TemplateId, Map<object, string[]>>();
function keysOf(template: TemplateId): Map<object, string[]> {
  let keys = rowKeys.get(template);
  if (!keys) {
    keys = new Map();
    for (const table of TEMPLATES[template].tables) for (const row of table.rows) keys.set(row, row.columns.map((c) => `${table.id}.${row.key}.${c.key}`));
    rowKeys.set(template, keys);
  }
  return keys;
}

export function buildTables(
  template: TemplateId,
  cells: ReadonlyMap<string, StoredCell>,
  previous: CellValues | null,
  flaggedKeys: ReadonlySet<string>,
): ReportTableDto[] {
  const keys = keysOf(template);
  return TEMPLATES[template].tables.map((table) => {
    const columns = new Map<string, ColumnDef>();
    const rows = table.rows
      .filter((row) => isRequiredRow(row, template) || (keys.get(row) as string[]).some((k) => cells.has(k)))
      .map((row) => {
        for (const c of row.columns) if (!columns.has(c.key)) columns.set(c.key, c);
        const rowKeys = keys.get(row) as string[];
        return {
          key: row.key,
          label: { zh: row.zh, en: row.en },
          group: row.group ?? null,
          number: row.number ?? null,
          cells: row.columns.map((_c, i): CellDto => {
            const key = rowKeys[i];
            const stored = cells.get(key);
            return {
              key,
              value: stored?.value ?? null,
              raw: stored?.raw ?? '',
              pos: stored?.pos ?? null,
              previousValue: previous?.[key] ?? null,
              flagged: flaggedKeys.has(key),
              corrected: false,
            };
          }),
        };
      });
    return {
      id: table.id,
      label: { zh: table.zh, en: table.en },
      columns: [...columns.values()].map((c) => ({ key: c.key, label: { zh: c.zh, en: c.en }, unit: c.unit })),
      rows,
    };
  });
}
