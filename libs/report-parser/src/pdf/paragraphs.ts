import type { RawBlock } from '../types';
import type { Box, TextLine } from './pdf-types';
import type { DocBlock } from './stitch-tables';
import { joinWrapped } from './text-join';
import { pagePos, toRawTable } from './to-raw';

/** Lines that open a numbered heading or item: "一、", "（二）", "(3)", "4、", "5." */
const HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、．]|\d+\.(?!\d))/;

type Margins = { left: number; right: number; pageWidth: (page: number) => number };

/** The body text's left edge (most common line start) and right edge (where full lines end). */
function margins(lines: TextLine[], pageWidth: (page: number) => number): Margins {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x0), (counts.get(Math.round(l.x0)) ?? 0) + 1);
  const left = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  // Few lines say little about the right edge: then assume margins as wide as the left one.
  const right = ends.length >= 20 ? ends[Math.floor(ends.length * 0.9)] : pageWidth(lines[0]?.page ?? 1) - left;
  return { left, right, pageWidth };
}

/** A line set in the middle of the page (title lines), not starting at the left margin. */
function centred(l: TextLine, m: Margins): boolean {
  const width = m.pageWidth(l.page);
  return l.x0 - m.left > 2 * l.size && l.x1 < m.right - l.size && Math.abs(l.x0 - (width - l.x1)) < 1.5 * l.size;
}

/** Does `next` carry on the paragraph that `prev` is in? */
function continues(prev: TextLine, next: TextLine, m: Margins): boolean {
  if (Math.abs(prev.size - next.size) > 1) return false;
  if (centred(prev, m) || centred(next, m)) return centred(prev, m) && centred(next, m) && next.page === prev.page && next.y0 - prev.y1 < 1.5 * next.size;
  if (prev.x1 < m.right - 1.5 * prev.size) return false; // the previous line stopped short
  if (next.x0 > m.left + 0.8 * next.size || HEADING.test(next.text)) return false; // an indented or numbered start
  return next.page !== prev.page || next.y0 - prev.y1 < 1.5 * next.size;
}

/**
 * Running text as paragraphs (wrapped lines joined, also across a page break; centred title
 * lines joined into one), tables as RawTable, in document order.
 */
export function toRawBlocks(blocks: DocBlock[], pageWidth: (page: number) => number): RawBlock[] {
  const m = margins(
    blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : [])),
    pageWidth,
  );
  const out: RawBlock[] = [];
  let para: TextLine[] = [];
  const flush = () => {
    if (para.length === 0) return;
    const onFirstPage = para.filter((l) => l.page === para[0].page);
    const box: Box = {
      x0: Math.min(...onFirstPage.map((l) => l.x0)),
      y0: Math.min(...onFirstPage.map((l) => l.y0)),
      x1: Math.max(...onFirstPage.map((l) => l.x1)),
      y1: Math.max(...onFirstPage.map((l) => l.y1)),
    };
    out.push({ kind: 'text', text: joinWrapped(para.map((l) => l.text)), pos: pagePos(para[0].page, box) });
    para = [];
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      flush();
      out.push({ kind: 'table', ...toRawTable(b.table) });
      continue;
    }
    const prev = para[para.length - 1];
    if (prev && !continues(prev, b.line, m)) flush();
    para.push(b.line);
  }
  flush();
  return out;
}
