import type { RawCell } from '../types';

export type SpannedCell = { text: string; rowSpan: number; colSpan: number };

/**
 * Resolve rowspan/colspan: each origin cell gets the grid column it starts at (the first column
 * not taken by a cell spanning down from the rows above). Rows keep only their origin cells.
 */
export function resolveGrid(rows: readonly (readonly SpannedCell[])[], table: number, maxSpan: number): RawCell[][] {
  // taken[r] = columns of row r already covered by a rowspan from above
  const taken: Set<number>[] = [];
  const out: RawCell[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const busy = taken[r] ?? new Set<number>();
    const cells: RawCell[] = [];
    let col = 0;
    for (const c of rows[r]) {
      while (busy.has(col)) col++;
      const rowSpan = Math.min(Math.max(1, c.rowSpan), maxSpan, rows.length - r);
      const colSpan = Math.min(Math.max(1, c.colSpan), maxSpan);
      const cell: RawCell = { text: c.text, pos: { kind: 'table', table, row: r, col } };
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      if (colSpan > 1) cell.colSpan = colSpan;
      cells.push(cell);
      for (let dr = 1; dr < rowSpan; dr++) {
        const set = (taken[r + dr] ??= new Set<number>());
        for (let dc = 0; dc < colSpan; dc++) set.add(col + dc);
      }
      col += colSpan;
    }
    out.push(cells);
  }
  return out;
}
