import PDFDocument from 'pdfkit';
import type { PdfStyle } from '../types';
import { type CjkFont } from './pdf-font';
import { textWidth, wrapText } from './pdf-wrap';

export type PdfDoc = InstanceType<typeof PDFDocument>;

/** A4 in points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

/** Margins of the two page set-ups printed reports use: Word's default and the 公文 page (GB/T 9704). */
const MARGINS: Record<PdfStyle['page'], { top: number; bottom: number; side: number }> = {
  word: { top: 72, bottom: 72, side: 90 },
  gongwen: { top: 105, bottom: 99, side: 79 },
};

/**
 * A flowing A4 document: a cursor that moves down the page, a new page when content does
 * not fit. Pages are buffered so the page numbers ("第3页 共5页") and the running header are
 * drawn once the page count is known.
 */
export class PdfPages {
  readonly doc: PdfDoc;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  y: number;

  constructor(
    readonly font: CjkFont,
    readonly style: PdfStyle,
    info: Record<string, string | Date>,
  ) {
    const m = MARGINS[style.page];
    this.left = m.side;
    this.right = PAGE_WIDTH - m.side;
    this.top = m.top;
    this.bottom = PAGE_HEIGHT - m.bottom;
    // pdfkit's file /ID is an MD5 of the info dictionary: fixed dates make it (and the file) reproducible.
    // font '': no default Helvetica (pdfkit would parse its AFM metrics for every document).
    this.doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, bufferPages: true, compress: true, info, font: '' });
    // pdfkit takes an already parsed fontkit font; its TypeScript types only list paths and buffers.
    this.doc.registerFont('cjk', font.font as unknown as Buffer);
    this.y = 0;
    this.newPage();
  }

  get width(): number {
    return this.right - this.left;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.doc.font('cjk');
    this.y = this.top;
  }

  /** Room left on this page. */
  room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` fits below the cursor. */
  need(height: number): void {
    if (height > this.room() && this.y > this.top) this.newPage();
  }

  /** One line of text with its top-left corner at (x, y). */
  text(s: string, x: number, y: number, size: number): void {
    if (s === '') return;
    this.doc.fontSize(size).text(s, x, y, { lineBreak: false });
  }

  measure(s: string, size: number): number {
    return textWidth(this.font, s, size);
  }

  /** A paragraph wrapped to the text width, `indent` on its first line; lines flow over pages. */
  paragraph(s: string, size: number, indent: number, lineHeight: number, align: 'left' | 'centre' | 'right' = 'left'): void {
    const lines = wrapText(this.font, s, this.width, size, indent);
    lines.forEach((line, k) => {
      this.need(lineHeight);
      const w = this.measure(line, size);
      const x = align === 'centre' ? (this.left + this.right - w) / 2 : align === 'right' ? this.right - w : this.left + (k === 0 ? indent : 0);
      this.text(line, x, this.y + (lineHeight - size) / 2, size);
      this.y += lineHeight;
    });
  }

  /** Page numbers and the running header, drawn on every page once all pages exist. */
  finish(runningHeader: string): Uint8Array {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const n = i - start + 1;
      if (this.style.runningHeader) {
        const size = 9;
        const w = this.measure(runningHeader, size);
        const y = this.top - 40;
        this.text(runningHeader, (this.left + this.right - w) / 2, y, size);
        this.doc.lineWidth(0.75).moveTo(this.left, y + size + 4).lineTo(this.right, y + size + 4).stroke();
      }
      const label = pageLabel(this.style.pageNumber, n, count);
      const size = 10.5;
      const w = this.measure(label, size);
      const outside = this.style.pageNumberAlign === 'outside';
      const x = !outside ? (PAGE_WIDTH - w) / 2 : n % 2 === 1 ? this.right - w : this.left;
      this.text(label, x, PAGE_HEIGHT - this.style.pageNumberFromBottom, size);
    }
    this.doc.flushPages();
    this.doc.end();
    // pdfkit writes synchronously into its readable buffer; drain it without waiting for events.
    const chunks: Buffer[] = [];
    for (let c = this.doc.read() as Buffer | null; c !== null; c = this.doc.read() as Buffer | null) chunks.push(c);
    return new Uint8Array(Buffer.concat(chunks));
  }
}

/** A page number as WPS and Word print it. */
export function pageLabel(kind: PdfStyle['pageNumber'], n: number, total: number): string {
  switch (kind) {
    case 'dash': return `-${n}-`;
    case 'spaced-dash': return `- ${n} -`;
    case 'em-dash': return `— ${n} —`;
    case 'plain': return String(n);
    case 'di-ye': return `第${n}页`;
    case 'di-gong': return `第${n}页 共${total}页`;
  }
}
