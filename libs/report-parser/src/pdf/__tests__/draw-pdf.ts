import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** Debian `fonts-wqy-zenhei`: the CJK font the generated test PDFs are drawn with. */
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
export const hasCjkFont = existsSync(CJK_FONT);

export type Doc = InstanceType<typeof PDFDocument>;
/** A cell of a drawn table: grid position, spans, and its text as printed lines. */
export type DrawCell = { r: number; c: number; rs?: number; cs?: number; lines: string[]; right?: boolean };

/** Builds a PDF (A4, top-left coordinates in points) page by page. */
export async function makePdf(pages: ((doc: Doc) => void)[], title?: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: title ? { Title: title } : {} });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (hasCjkFont) doc.registerFont('cjk', CJK_FONT, 'WenQuanYiZenHei');
  for (const draw of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    if (hasCjkFont) doc.font('cjk');
    draw(doc);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export function text(doc: Doc, x: number, y: number, s: string, size = 12): void {
  doc.fontSize(size).text(s, x, y, { lineBreak: false });
}

/** Text whose right edge is at x (numbers in a borderless table). */
export function textRight(doc: Doc, x: number, y: number, s: string, size = 12): void {
  doc.fontSize(size);
  doc.text(s, x - doc.widthOfString(s), y, { lineBreak: false });
}

/** Page number centred at the foot of an A4 page. */
export function pageNumber(doc: Doc, label: string): void {
  text(doc, 297 - doc.fontSize(10).widthOfString(label) / 2, 800, label, 10);
}

/**
 * A bordered table: every cell's rectangle is stroked (so shared borders are drawn twice,
 * as word processors do), text at the top-left of the cell, one printed line per entry.
 * `openTop`/`openBottom` leave the outer border off where the table runs over a page break.
 */
export function grid(doc: Doc, x0: number, y0: number, widths: number[], heights: number[], cells: DrawCell[], size = 10): void {
  const xs = widths.reduce<number[]>((a, w) => [...a, a[a.length - 1] + w], [x0]);
  const ys = heights.reduce<number[]>((a, h) => [...a, a[a.length - 1] + h], [y0]);
  doc.lineWidth(0.5);
  for (const cell of cells) {
    const rs = cell.rs ?? 1;
    const cs = cell.cs ?? 1;
    const left = xs[cell.c];
    const top = ys[cell.r];
    const w = xs[cell.c + cs] - left;
    const h = ys[cell.r + rs] - top;
    doc.rect(left, top, w, h).stroke();
    cell.lines.forEach((line, k) => {
      if (cell.right) textRight(doc, left + w - 4, top + 4 + k * (size + 3), line, size);
      else text(doc, left + 4, top + 4 + k * (size + 3), line, size);
    });
  }
}
