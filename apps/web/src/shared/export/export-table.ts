/** A table as exported: ordered columns and plain rows (what the page shows, not what it renders). */
export type ExportCell = string | number | null | undefined;
export type ExportTable = { fileName: string; columns: readonly { key: string; title: string }[]; rows: readonly Record<string, ExportCell>[] };

// A text cell starting with one of these is run as a formula by spreadsheet programs: uploaded
// report text must never become one (CSV injection), so such cells are prefixed with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(v: string): string {
  return FORMULA_START.test(v) ? `'${v}` : v;
}

/** The rows as arrays of cells, header first. */
export function toMatrix(table: ExportTable): ExportCell[][] {
  return [table.columns.map((c) => c.title), ...table.rows.map((r) => table.columns.map((c) => r[c.key]))];
}
