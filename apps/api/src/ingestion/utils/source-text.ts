import { decodeText, type ParsedReport } from '@gongkai/report-parser';

/**
 * The text a reader is pointed into: the document itself for a text export (cell positions
 * are its line numbers), the running text by section for the other layouts.
 */
export function sourceText(bytes: Uint8Array, report: ParsedReport): string {
  if (report.layout === 'text') {
    const decoded = decodeText(bytes);
    if (decoded.ok) return decoded.text;
  }
  return report.sections.map((s) => `${s.heading}\n${s.text}`).join('\n\n');
}
