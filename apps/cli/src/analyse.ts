import { createHash } from 'node:crypto';
import { checkAcrossYears, checkDuplicates, checkReport, type Flag } from '@gongkai/report-checks';
import { parseDocument, type ParsedReport } from '@gongkai/report-parser';

/** One line of `report parse --json` / `report check --json`. */
export type ResultLine = {
  file: string;
  agency: string | null;
  region: string[];
  year: number | null;
  template: string | null;
  cells: Record<string, number | null>;
  flags: Flag[];
  error: { code: string; message: string } | null;
};

export type Analysed = { line: ResultLine; report: ParsedReport | null; contentHash: string };

/** Parse one document and run the single-report checks. Never throws: errors become the line's `error`. */
export async function analyseFile(file: string, bytes: Uint8Array): Promise<Analysed> {
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const empty: ResultLine = { file, agency: null, region: [], year: null, template: null, cells: {}, flags: [], error: null };
  try {
    const result = await parseDocument(bytes, { fileName: file });
    if (!result.ok) {
      const where = result.error.where ? ` (${result.error.where})` : '';
      return { line: { ...empty, error: { code: result.error.code, message: `${file}: ${result.error.message}${where}` } }, report: null, contentHash };
    }
    const r = result.report;
    const line: ResultLine = {
      file, agency: r.agency, region: r.region, year: r.year, template: r.template, cells: r.cells, flags: checkReport(r), error: null,
    };
    return { line, report: r, contentHash };
  } catch (e) {
    // The parser promises typed errors; anything else is a bug, reported per file all the same.
    return { line: { ...empty, error: { code: 'INTERNAL', message: `${file}: ${(e as Error).message}` } }, report: null, contentHash };
  }
}

const agencyKey = (a: Analysed) => a.line.agency ?? `?${a.line.file}`;

/**
 * Add the flags that need other reports: last year's report of the same agency
 * (carry-over, in-force chain, year-over-year) and a second document for the same agency and year.
 */
export function addCrossReportFlags(all: Analysed[]): void {
  const readable = all.filter((a) => a.report && a.report.year != null);
  const dupes = checkDuplicates(readable.map((a, i) => ({ id: String(i), agencyKey: agencyKey(a), year: a.line.year as number, contentHash: a.contentHash })));
  readable.forEach((a, i) => a.line.flags.push(...(dupes.get(String(i)) ?? [])));

  const byAgencyYear = new Map<string, Analysed>();
  for (const a of readable) {
    const k = `${agencyKey(a)}|${a.line.year}`;
    if (!byAgencyYear.has(k)) byAgencyYear.set(k, a);
  }
  for (const a of readable) {
    const prev = byAgencyYear.get(`${agencyKey(a)}|${(a.line.year as number) - 1}`);
    if (!prev?.report || !a.report) continue;
    a.line.flags.push(...checkAcrossYears(
      { year: a.report.year as number, template: a.report.template, cells: a.report.cells },
      { year: prev.report.year as number, template: prev.report.template, cells: prev.report.cells },
    ));
  }
}
