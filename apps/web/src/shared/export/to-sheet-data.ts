import { safeText, toMatrix, type ExportTable } from './export-table';

type SheetCell = { value: string | number; fontWeight?: 'bold' } | null;

/** Sheet rows for write-excel-file: bold header, numbers stay numbers, text guarded against formulas. */
export function toSheetData(table: ExportTable): SheetCell[][] {
  return toMatrix(table).map((row, i) =>
    row.map((v) => {
      if (v == null || v === '') return null;
      const value = typeof v === 'number' ? v : safeText(v);
      return i === 0 ? { value, fontWeight: 'bold' as const } : { value };
    }),
  );
}
