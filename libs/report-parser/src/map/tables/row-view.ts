import type { RawCell } from '../../types';
import { readCellValue, type CellValue } from '../cell-value';
import { norm, normWithoutSuffix } from '../label-text';

/** One cell as the mapper sees it: text, label form and number reading, computed once. */
export type CellView = {
  cell: RawCell;
  raw: string;
  /** normalizeLabel(raw) */
  n: string;
  /** Label form without a trailing bracketed unit ('' when none). */
  n2: string;
  num: CellValue;
  /** A number (not blank, not invalid). */
  numeric: boolean;
  /** Nothing or a blank mark (—, 无, /). */
  blank: boolean;
};

export type RowView = { cells: CellView[]; block: number; row: number };

export function viewCell(cell: RawCell): CellView {
  const raw = cell.text.trim();
  const num = readCellValue(raw);
  const numeric = num.value !== null;
  const isText = !numeric && !num.blank;
  return { cell, raw, n: isText ? norm(raw) : '', n2: isText ? normWithoutSuffix(raw) : '', num, numeric, blank: num.blank };
}

export function viewRow(cells: readonly RawCell[], block: number, row: number): RowView {
  return { cells: cells.map(viewCell), block, row };
}

/** The table number a cell sits in when its position is a grid position. */
export function gridOf(c: RawCell): { table: number; col: number; span: number } | null {
  return c.pos.kind === 'table' ? { table: c.pos.table, col: c.pos.col, span: c.colSpan ?? 1 } : null;
}
