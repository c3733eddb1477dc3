import { type ParsedReport } from '@gongkai/report-parser';
import { type CellArrays, type ReportHeader } from '../prepared-report';
import { boolArrayLiteral, numberArrayLiteral, textArrayLiteral } from './pg-array-literal';

/** A parsed report's cells as the array literals of its `report_cells` row. */
export function cellArrays(report: ParsedReport): CellArrays {
  const keys = Object.keys(report.cells);
  const details = keys.map((k) => report.cellDetails[k]);
  return {
    keys,
    values: numberArrayLiteral(keys.map((k) => report.cells[k] ?? null)),
    raws: textArrayLiteral(details.map((d) => d?.raw ?? '')),
    pos: textArrayLiteral(details.map((d) => (d?.pos ? JSON.stringify(d.pos) : null))),
    invalid: boolArrayLiteral(details.map((d) => d?.invalid === true)),
  };
}

export const reportHeader = (r: ParsedReport): ReportHeader => ({
  layout: r.layout, title: r.title, publishedAt: r.publishedAt, sectionsJson: JSON.stringify(r.sections), notesJson: JSON.stringify(r.notes),
});
