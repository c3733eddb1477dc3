import type { ExportTable } from '../export/export-table';
import { pivotSeries, type NamedSeries } from './series';

/** A chart's series as an exportable table: one row per series, one column per year. */
export function seriesToExport(series: readonly NamedSeries[], fileName: string, firstColumn: string): ExportTable {
  const { years, rows } = pivotSeries(series);
  return {
    fileName,
    columns: [{ key: 'name', title: firstColumn }, ...years.map((y) => ({ key: String(y), title: String(y) }))],
    rows: rows.map((r) => Object.fromEntries([['name', r.name], ...years.map((y, i) => [String(y), r.values[i]])])),
  };
}
