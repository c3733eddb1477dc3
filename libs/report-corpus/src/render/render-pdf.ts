import { Rng } from '../random';
import type { RenderStyle } from '../types';
import type { DocBlock } from './blocks';
import { cjkFont } from './pdf-font';
import { PdfPages } from './pdf-page';
import { pickPdfStyle } from './pdf-style';
import { drawTable } from './pdf-table';

export type PdfMeta = { agency: string; year: number; publishedAt: string };

/** The document info WPS or Word writes; the dates are the publication day, so the file is reproducible. */
function documentInfo(title: string, meta: PdfMeta, style: NonNullable<RenderStyle['pdf']>, rng: Rng): Record<string, string | Date> {
  const [y, m, d] = meta.publishedAt.split('-').map(Number);
  // 09:00–17:59 Beijing time on the publication day (UTC+8, so the UTC date is the same).
  const created = new Date(Date.UTC(y, m - 1, d, rng.int(1, 9), rng.int(0, 59), rng.int(0, 59)));
  const modified = new Date(created.getTime() + rng.int(0, 3600) * 1000);
  const info: Record<string, string | Date> = {
    Creator: style.producer === 'wps' ? 'WPS 文字' : 'Microsoft® Word 2016',
    Producer: style.producer === 'wps' ? '' : 'Microsoft® Word 2016',
    CreationDate: created,
    ModDate: modified,
  };
  if (style.infoTitle === 'title') info.Title = title;
  if (style.infoTitle === 'file') info.Title = `${meta.year}年政府信息公开年报（定稿）.docx`;
  return info;
}

/**
 * The report as printed to PDF from WPS or Word: A4, centred title, wrapped paragraphs,
 * bordered or borderless tables broken over pages, page numbers and sometimes a running
 * header. Needs a CJK system font (see pdf-font.ts); the same input gives the same bytes.
 */
export function renderPdf(blocks: DocBlock[], style: RenderStyle, meta: PdfMeta, seed: string): Uint8Array {
  const rng = new Rng(`${seed}/pdf`);
  const pdf = style.pdf ?? pickPdfStyle(rng.fork('style'));
  const font = cjkFont();
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = titleBlock && titleBlock.kind === 'title' ? titleBlock.lines.join('') : '';
  const pages = new PdfPages(font, pdf, documentInfo(title, meta, pdf, rng));
  const body = pdf.bodySize;
  const lh = Math.round(body * pdf.lineSpacing * 10) / 10;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        for (const line of b.lines) {
          // A title line too long for the page is set smaller rather than wrapped.
          const size = Math.max(12, Math.min(pdf.titleSize, Math.floor(pages.width / Math.max(1, pages.measure(line, 1)))));
          pages.paragraph(line, size, 0, Math.round(size * 1.5), 'centre');
        }
        pages.y += lh * 0.5;
        break;
      case 'heading':
        pages.need(lh * 2); // keep a heading with the first line after it
        pages.paragraph(b.text, body, pdf.headingIndent || !b.section ? 2 * body : 0, lh);
        break;
      case 'para': pages.paragraph(b.text, body, 2 * body, lh); break;
      case 'table':
        pages.y += lh * 0.25;
        if (style.splitT2 && b.grids.length > 1) {
          b.grids.forEach((g, i) => {
            if (i > 0) pages.y += lh * 0.6;
            drawTable(pages, [g], pdf);
          });
        } else drawTable(pages, b.grids, pdf);
        pages.y += lh * 0.5;
        break;
      case 'signature':
        pages.y += lh;
        pages.paragraph(b.agency, body, 0, lh, 'right');
        pages.paragraph(b.date, body, 0, lh, 'right');
        break;
    }
  }
  return pages.finish(title);
}
