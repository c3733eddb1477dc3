import { safeText, toMatrix, type ExportCell, type ExportTable } from './export-table';

const csvCell = (v: ExportCell): string => {
  if (v == null) return '';
  const s = typeof v === 'number' ? String(v) : safeText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with CRLF line ends; the caller adds the UTF-8 BOM Excel needs for Chinese. */
export function toCsv(table: ExportTable): string {
  return toMatrix(table).map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
