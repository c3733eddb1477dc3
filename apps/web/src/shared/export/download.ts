import type { ExportTable } from './export-table';
import { toCsv } from './to-csv';

/** Save `href` as `fileName` the way a user's click on a download link would. */
function clickDownload(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(table: ExportTable): void {
  downloadBlob(new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.fileName}.csv`);
}

/** XLSX through write-excel-file, loaded only when someone exports. */
export async function downloadXlsx(table: ExportTable): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const { toSheetData } = await import('./to-sheet-data');
  const blob = await writeXlsxFile(toSheetData(table), { sheet: 'Sheet1' }).toBlob();
  downloadBlob(blob, `${table.fileName}.xlsx`);
}

export function downloadDataUrl(dataUrl: string, fileName: string): void {
  clickDownload(dataUrl, fileName);
}
