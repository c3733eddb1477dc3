import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { isFontMissing, renderDocx, renderPdf, type NoticeDoc } from '@gongkai/report-review';

export type NoticeFormat = 'docx' | 'pdf';
export const CONTENT_TYPE: Record<NoticeFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** "2023.docx" → year and format; anything else is a 400 naming the segment. */
export function parseYearFile(segment: string): { year: number; format: NoticeFormat } {
  const m = /^(\d{4})\.(docx|pdf)$/.exec(segment);
  if (!m) throw new BadRequestException(`expected <year>.docx or <year>.pdf, got "${segment}"`);
  return { year: Number(m[1]), format: m[2] as NoticeFormat };
}

/** The document's bytes; a PDF without a CJK font installed is a 503 saying which package to install. */
export async function renderNotice(doc: NoticeDoc, format: NoticeFormat): Promise<Uint8Array> {
  if (format === 'docx') return renderDocx(doc);
  const out = await renderPdf(doc);
  if (isFontMissing(out)) throw new ServiceUnavailableException(`PDF needs a CJK font: ${out.message}`);
  return out;
}

/** yyyy-mm-dd of a date in China (UTC+8), plus days. */
export function chinaDate(days = 0, now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** RFC 6266 filename* for a Chinese file name. */
export const attachment = (name: string) => `attachment; filename="notice"; filename*=UTF-8''${encodeURIComponent(name)}`;
