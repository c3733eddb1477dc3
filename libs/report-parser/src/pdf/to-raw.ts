import type { RawCell, RawTable, SourcePos } from '../types';
import type { Box } from './pdf-types';
import { clusterValues } from './ruled-tables';
import type { DocTable } from './stitch-tables';

const round = (v: number) => Math.round(v * 10) / 10;

export function pagePos(page: number, box: Box): SourcePos {
  return { kind: 'page', page, x: round(box.x0), y: round(box.y0), w: round(box.x1 - box.x0), h: round(box.y1 - box.y0) };
}

/**
 * A (possibly multi-page) table as rows of cells, the way an HTML table reads: each row
 * lists the cells that start in it, left to right, with colSpan/rowSpan where a cell covers
 * more than one grid cell. Columns are the union of all parts' borders, so parts drawn with
 * slightly different grids still line up.
 */
export function toRawTable(table: DocTable): RawTable {
  const xs = clusterValues(table.parts.flatMap((p) => p.colXs), 3);
  const nearest = (x: number) => xs.reduce((best, v, i) => (Math.abs(v - x) < Math.abs(xs[best] - x) ? i : best), 0);
  const rows: RawCell[][] = [];
  for (const part of table.parts) {
    const offset = rows.length;
    for (let r = 0; r < part.rowCount; r++) rows.push([]);
    const cells = [...part.cells].sort((a, b) => a.row - b.row || a.x0 - b.x0);
    for (const c of cells) {
      const col = nearest(c.x0);
      const colSpan = Math.max(1, nearest(c.x1) - col);
      const cell: RawCell = { text: c.text, pos: pagePos(part.page, c) };
      if (colSpan > 1) cell.colSpan = colSpan;
      if (c.rowSpan > 1) cell.rowSpan = c.rowSpan;
      rows[offset + c.row].push(cell);
    }
  }
  const first = table.parts[0];
  return { rows, pos: pagePos(first.page, first) };
}
