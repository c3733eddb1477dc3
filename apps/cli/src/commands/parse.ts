import { addCrossReportFlags, analyseFile, type Analysed } from '../analyse';
import { formatText } from '../format-text';
import { listFiles, readBytes } from '../read-files';

export type OutputOptions = { json?: boolean };

/** Parse every file (or folder, recursively), print one result per file; exit 1 when any file could not be read. */
export async function analyseAll(paths: string[], opts: OutputOptions & { crossReport: boolean }): Promise<number> {
  const files = await listFiles(paths);
  const all: Analysed[] = [];
  for (const file of files) {
    const bytes = await readBytes(file);
    if ('error' in bytes) {
      all.push({ line: { file, agency: null, region: [], year: null, template: null, cells: {}, flags: [], error: { code: 'UNREADABLE', message: bytes.error } }, report: null, contentHash: '' });
      continue;
    }
    all.push(await analyseFile(file, bytes));
  }
  if (opts.crossReport) addCrossReportFlags(all);
  for (const a of all) process.stdout.write(`${opts.json ? JSON.stringify(a.line) : formatText(a.line)}\n`);
  if (!opts.json) {
    const failed = all.filter((a) => a.line.error).length;
    process.stdout.write(`\n${all.length - failed} 份已读取 read, ${failed} 份无法读取 unreadable\n`);
  }
  return all.some((a) => a.line.error) || files.length === 0 ? 1 : 0;
}
