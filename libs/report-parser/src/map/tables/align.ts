import type { RawCell } from '../../types';
import { gridOf, type CellView } from './row-view';

/** A leaf column of a table header: canonical column key (null = a column we do not know). */
export type Leaf = { key: string | null; cell?: RawCell; unit?: string | null };

export type Alignment = { cells: (CellView | null)[]; how: 'zip' | 'grid' | 'trimmed' | 'short' };

/**
 * Pair a row's value cells with the header's leaf columns: one for one when the counts agree,
 * by grid column when both come from the same HTML/DOCX table, else by order from the left
 * after dropping blank padding.
 */
export function alignValues(values: readonly CellView[], leaves: readonly Leaf[]): Alignment {
  if (values.length === leaves.length) return { cells: [...values], how: 'zip' };
  const byGrid = alignByGrid(values, leaves);
  if (byGrid) return { cells: byGrid, how: 'grid' };
  let v = values.slice();
  while (v.length > leaves.length && v[v.length - 1].blank && v[v.length - 1].raw === '') v.pop();
  while (v.length > leaves.length && v[0].blank && v[0].raw === '') v.shift();
  if (v.length > leaves.length) v = v.slice(0, leaves.length);
  const cells: (CellView | null)[] = leaves.map((_, i) => v[i] ?? null);
  return { cells, how: v.length === leaves.length ? 'trimmed' : 'short' };
}

function alignByGrid(values: readonly CellView[], leaves: readonly Leaf[]): (CellView | null)[] | null {
  if (values.length === 0) return null;
  const first = gridOf(values[0].cell);
  if (!first) return null;
  const spans: { col: number; end: number }[] = [];
  for (const l of leaves) {
    const g = l.cell ? gridOf(l.cell) : null;
    if (!g || g.table !== first.table) return null;
    spans.push({ col: g.col, end: g.col + g.span });
  }
  const out: (CellView | null)[] = leaves.map(() => null);
  let hits = 0;
  for (const v of values) {
    const g = gridOf(v.cell);
    if (!g) continue;
    const i = spans.findIndex((s) => g.col >= s.col && g.col < s.end);
    if (i >= 0 && out[i] === null) {
      out[i] = v;
      hits++;
    }
  }
  return hits > 0 ? out : null;
}
