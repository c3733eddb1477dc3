import type { TableId } from '@gongkai/report-format';
import type { PdfStyle } from '../types';
import type { PdfPages } from './pdf-page';
import { wrapText } from './pdf-wrap';
import type { GridCell, GridTable } from './table-grid';

/** A cell placed on the table's grid: row/column of its top-left corner and its spans. */
type Placed = { cell: GridCell; r: number; c: number; rs: number; cs: number; lines: string[]; size: number };

const PAD_X = 3;
const PAD_Y = 3;

/** Column widths in points, as Word sizes the columns of each table. */
function columnWidths(table: TableId, columns: number, width: number, size: number, style: PdfStyle): number[] {
  if (table === 't3') {
    const label = [style.labelColumn * size + 2 * PAD_X, 4.4 * size + 2 * PAD_X, 9.2 * size + 2 * PAD_X];
    const rest = (width - label.reduce((a, b) => a + b, 0)) / (columns - 3);
    return [...label, ...Array<number>(columns - 3).fill(rest)];
  }
  if (table === 't2') return [0.4 * width, ...Array<number>(columns - 1).fill((0.6 * width) / (columns - 1))];
  return Array<number>(columns).fill(width / columns);
}

function place(rows: GridCell[][], widths: number[], pages: PdfPages, size: number, oneLine: boolean): Placed[] {
  const out: Placed[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      if (!cell.merged) {
        const w = widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0) - 2 * PAD_X;
        let cellSize = size;
        let lines: string[];
        if (cell.role === 'value' || oneLine) {
          // Numbers never wrap: a number wider than its column is set smaller, as "shrink to fit"
          // does; so is every cell of a borderless table, whose lines must not run together.
          const natural = pages.measure(cell.text, size);
          if (natural > w) cellSize = Math.floor((size * w * 10) / natural) / 10;
          lines = [cell.text];
        } else lines = wrapText(pages.font, cell.text, w, size, 0, false);
        out.push({ cell, r, c, rs: cell.rowSpan, cs: cell.colSpan, lines, size: cellSize });
      }
      c += cell.colSpan;
    }
  });
  return out;
}

/** Row heights: each row as tall as its tallest one-row cell; a spanning cell stretches its last row. */
function rowHeights(placed: Placed[], rowCount: number, lineHeight: number): number[] {
  const min = lineHeight + 2 * PAD_Y + 2;
  const heights = Array<number>(rowCount).fill(min);
  const need = (p: Placed) => p.lines.length * lineHeight + 2 * PAD_Y;
  for (const p of placed) if (p.rs === 1) heights[p.r] = Math.max(heights[p.r], need(p));
  for (const p of placed.filter((q) => q.rs > 1)) {
    const have = heights.slice(p.r, p.r + p.rs).reduce((a, b) => a + b, 0);
    if (need(p) > have) heights[p.r + p.rs - 1] += need(p) - have;
  }
  return heights;
}

/** Rows at the top made only of header cells: what "repeat header rows" repeats. */
function headerRowCount(rows: GridCell[][]): number {
  let n = 0;
  while (n < rows.length && rows[n].every((c) => c.role === 'header' || c.merged)) n++;
  return n;
}

/** Height of the rows from `r` (at most `span` of them) it takes to hold `text` points of text. */
function rowsHolding(heights: number[], r: number, span: number, text: number): number {
  let h = 0;
  for (let k = r; k < r + span && h < text; k++) h += heights[k];
  return h;
}

type Portion = { p: Placed; y0: number; y1: number; first: boolean };

/**
 * Draws one table at the cursor, breaking it over pages between rows: cells spanning the
 * break are drawn in two parts (the text stays in the first), the header rows are repeated
 * on the next page when the style says so. Borderless tables get no ruling lines at all.
 */
export function drawTable(pages: PdfPages, grids: GridTable[], style: PdfStyle): void {
  const table = grids[0].table;
  const columns = grids[0].columns;
  const rows = grids.flatMap((g) => g.rows);
  const size = style.tableSize;
  const lineHeight = Math.round(size * 1.3 * 10) / 10;
  const widths = columnWidths(table, columns, pages.width, size, style);
  const xs = widths.reduce<number[]>((a, w) => [...a, a[a.length - 1] + w], [pages.left]);
  // Without ruling lines a blank or a "—" cell cannot be placed by anyone, reader or person:
  // such tables keep their borders.
  const ruled = !style.borderless.includes(table) || !rows.every((r) => r.every((c) => c.role !== 'value' || /^-?\d+(\.\d+)?$/.test(c.text)));
  const placed = place(rows, widths, pages, size, !ruled);
  const heights = rowHeights(placed, rows.length, lineHeight);
  const header = headerRowCount(rows);
  const textHeight = (p: Placed) => p.lines.length * lineHeight + 2 * PAD_Y;

  // Keep the header rows with the first body row; a borderless table (a few short rows)
  // moves to the next page whole rather than leave its header behind.
  const total = heights.reduce((a, b) => a + b, 0);
  pages.need(ruled ? heights.slice(0, Math.min(rows.length, header + 1)).reduce((a, b) => a + b, 0) : Math.min(total, pages.bottom - pages.top));
  const open = new Map<Placed, Portion>();
  const done: Portion[] = [];
  const closeAll = (y: number) => {
    for (const portion of open.values()) done.push({ ...portion, y1: y });
    open.clear();
  };
  const drawPortions = () => {
    for (const portion of done) drawCell(pages, portion, xs, lineHeight, ruled, style);
    done.length = 0;
  };
  const startRow = (r: number) => {
    for (const p of placed.filter((q) => q.r === r)) open.set(p, { p, y0: pages.y, y1: pages.y, first: true });
    pages.y += heights[r];
    for (const [p, portion] of open) if (p.r + p.rs - 1 <= r) { done.push({ ...portion, y1: pages.y }); open.delete(p); }
  };

  for (let r = 0; r < rows.length; r++) {
    // A row that starts a spanning cell needs room for that cell's text on this page.
    const starting = placed.filter((p) => p.r === r);
    const need = Math.max(heights[r], ...starting.map((p) => rowsHolding(heights, r, p.rs, textHeight(p))));
    if (need > pages.room() && r > 0 && r >= header) {
      closeAll(pages.y);
      drawPortions();
      const carried = [...placed.filter((p) => p.r < r && p.r + p.rs > r)];
      pages.newPage();
      if (style.repeatHeader && ruled && header > 0) {
        for (let h = 0; h < header; h++) {
          const y = pages.y;
          for (const p of placed.filter((q) => q.r === h)) {
            const hh = heights.slice(h, h + p.rs).reduce((a, b) => a + b, 0);
            done.push({ p, y0: y, y1: y + hh, first: true });
          }
          pages.y += heights[h];
        }
        drawPortions();
      }
      // Cells carried over from the previous page continue, empty, from the top of this part.
      for (const p of carried) open.set(p, { p, y0: pages.y, y1: pages.y, first: false });
    }
    startRow(r);
  }
  closeAll(pages.y);
  drawPortions();
}

function drawCell(pages: PdfPages, { p, y0, y1, first }: Portion, xs: number[], lineHeight: number, ruled: boolean, style: PdfStyle): void {
  const x0 = xs[p.c];
  const x1 = xs[p.c + p.cs];
  if (ruled) pages.doc.lineWidth(0.5).rect(x0, y0, x1 - x0, y1 - y0).stroke();
  if (!first || p.cell.text === '') return;
  const block = p.lines.length * lineHeight;
  // Vertically centred in the part on this page (never above its top edge).
  const top = Math.max(y0 + PAD_Y, y0 + (y1 - y0 - block) / 2);
  p.lines.forEach((line, k) => {
    const w = pages.measure(line, p.size);
    let x = x0 + PAD_X;
    const role = p.cell.role;
    if (role === 'header' || (role === 'value' && style.valueAlign === 'centre')) x = (x0 + x1 - w) / 2;
    else if (role === 'value') x = x1 - PAD_X - w;
    pages.text(line, x, top + k * lineHeight + (lineHeight - p.size) / 2, p.size);
  });
}
