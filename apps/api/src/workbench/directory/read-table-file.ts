import { DirectoryInputError } from './directory.errors';

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), UTF-8 with or without a BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** The first sheet of an .xlsx, or a .csv, as rows of trimmed strings. */
export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const lower = fileName.toLowerCase();
  let rows: unknown[][];
  if (lower.endsWith('.xlsx')) {
    const { readSheet } = await import('read-excel-file/node');
    try {
      rows = await readSheet(Buffer.from(bytes));
    } catch (e) {
      throw new DirectoryInputError(fileName, null, `not a readable .xlsx workbook: ${(e as Error).message}`);
    }
  } else if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) throw new DirectoryInputError(fileName, null, 'the CSV is not UTF-8 (save it as "CSV UTF-8")');
    rows = parseCsv(text);
  } else {
    throw new DirectoryInputError(fileName, null, 'only .csv and .xlsx files can be imported');
  }
  return rows.map((r) => r.map((c) => (c == null ? '' : String(c).trim())));
}
