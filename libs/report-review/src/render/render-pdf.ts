import PDFDocument from 'pdfkit';
import type { NoticeBlock, NoticeDoc } from '../notice/types';
import { findCjkFont, isFontMissing, type FontMissing } from './find-font';

export type RenderPdfOptions = {
  /** A CJK font file; default: the first Debian CJK font found under /usr/share/fonts. */
  fontPath?: string;
  /** PostScript name of the face when fontPath is a collection (.ttc) not among the known ones. */
  fontFamily?: string;
};

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = 72;
const BODY = 14;

function drawTable(doc: Doc, header: string[], rows: string[][]): void {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  // The last column (notes, reasons) gets the room the others do not need.
  const n = header.length;
  const narrow = n > 2 ? Math.min(width / n, 80) : width / n;
  const widths = header.map((_, i) => (i === n - 1 && n > 2 ? width - narrow * (n - 1) : narrow));
  const pad = 4;
  doc.fontSize(10);
  for (const [r, cells] of [header, ...rows].entries()) {
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, y, widths[i], h).lineWidth(0.5).stroke();
      doc.text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, lineGap: 0 });
      x += widths[i];
    });
    doc.x = left;
    doc.y = y + h;
    if (r === 0) doc.fontSize(10);
  }
  doc.fontSize(BODY).moveDown(0.5);
}

function draw(doc: Doc, b: NoticeBlock): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.x = MARGIN;
  switch (b.kind) {
    case 'title':
      doc.fontSize(20).text(b.text, { width, align: 'center' }).moveDown(0.8);
      break;
    case 'subtitle':
      doc.fontSize(BODY).text(b.text, { width, align: 'center' }).moveDown(0.5);
      break;
    case 'addressee':
      doc.fontSize(BODY).text(b.text, { width }).moveDown(0.3);
      break;
    case 'heading':
      doc.fontSize(BODY + 1).text(b.text, { width, indent: 2 * BODY }).moveDown(0.3);
      break;
    case 'paragraph':
      doc.fontSize(BODY).text(b.text, { width, indent: 2 * BODY, align: 'justify', lineGap: 4 }).moveDown(0.3);
      break;
    case 'item':
      doc.fontSize(BODY).text(`${b.number}. ${b.text}`, { width, indent: 2 * BODY, align: 'justify', lineGap: 4 });
      doc.fontSize(BODY - 2);
      for (const d of b.details) doc.text(d, MARGIN + 2 * BODY, doc.y, { width: width - 2 * BODY, indent: 2 * BODY, align: 'justify', lineGap: 3 });
      doc.x = MARGIN;
      doc.moveDown(0.3);
      break;
    case 'table':
      drawTable(doc, b.header, b.rows);
      break;
    case 'signature':
      doc.moveDown(1);
      for (const l of b.lines) doc.fontSize(BODY).text(l, MARGIN, doc.y, { width, align: 'right' });
      break;
  }
}

/**
 * The document as a PDF (A4) drawn with a CJK font from the system; a FontMissing value (not
 * a throw) when there is none, naming the Debian package to install.
 */
export async function renderPdf(doc: NoticeDoc, opts: RenderPdfOptions = {}): Promise<Uint8Array | FontMissing> {
  const font = findCjkFont(opts);
  if (isFontMissing(font)) return font;
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: doc.title, CreationDate: new Date(Date.UTC(2000, 0, 1)) } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  pdf.registerFont('cjk', font.path, font.family);
  pdf.font('cjk');
  for (const b of doc.blocks) draw(pdf, b);
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
