import { groupLines } from './lines';
import type { Frag, GridCell, PageTable, Segment } from './pdf-types';
import { joinWrapped, splitFrag } from './text-join';

/** Lines closer than this (points) are the same ruling line. */
const SNAP = 2;
/** A horizontal and a vertical line this close are touching. */
const TOUCH = 3;

/**
 * Bordered tables of one page, rebuilt from the ruling lines: the distinct x of vertical
 * lines and y of horizontal lines give an elementary grid; where a border between two
 * neighbouring grid cells is missing, they are one merged cell (colSpan/rowSpan). Text goes
 * to the cell holding its centre; runs that cross a border are cut at it.
 * Returns the tables and the fragments that are not in any table.
 */
export function findRuledTables(page: number, segments: Segment[], frags: Frag[]): { tables: PageTable[]; rest: Frag[] } {
  const tables: PageTable[] = [];
  let rest = frags;
  for (const component of components(mergeSegments(segments))) {
    const built = buildTable(page, component, rest);
    if (!built) continue;
    tables.push(built.table);
    rest = built.rest;
  }
  tables.sort((a, b) => a.y0 - b.y0);
  return { tables, rest };
}

/** Snaps lines on (almost) the same coordinate together and joins touching pieces. */
export function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const dir of ['h', 'v'] as const) {
    const sorted = segments.filter((s) => s.dir === dir).sort((a, b) => a.at - b.at || a.from - b.from);
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1].at - sorted[j].at <= SNAP) j++;
      const group = sorted.slice(i, j + 1).sort((a, b) => a.from - b.from);
      const at = group.reduce((s, g) => s + g.at, 0) / group.length;
      let cur = { dir, at, from: group[0].from, to: group[0].to };
      for (const g of group.slice(1)) {
        if (g.from <= cur.to + SNAP) cur.to = Math.max(cur.to, g.to);
        else {
          out.push(cur);
          cur = { dir, at, from: g.from, to: g.to };
        }
      }
      out.push(cur);
      i = j + 1;
    }
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Groups of lines that touch each other: each group is a candidate table. */
function components(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const hs = segments.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'h');
  const vs = segments.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'v');
  for (const [h, hi] of hs) for (const [v, vi] of vs) if (touches(h, v)) parent[find(hi)] = find(vi);
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()].filter((g) => g.some((s) => s.dir === 'h') && g.some((s) => s.dir === 'v'));
}

/** Sorted distinct values, those within SNAP of each other averaged into one. */
export function clusterValues(values: number[], tolerance = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function buildTable(page: number, segs: Segment[], frags: Frag[]): { table: PageTable; rest: Frag[] } | null {
  const hs = segs.filter((s) => s.dir === 'h');
  const vs = segs.filter((s) => s.dir === 'v');
  // Outer borders may be missing where a table runs on to the next page: close the box.
  const ys = clusterValues([...hs.map((s) => s.at), Math.min(...vs.map((s) => s.from)), Math.max(...vs.map((s) => s.to))]);
  const xs = clusterValues([...vs.map((s) => s.at), Math.min(...hs.map((s) => s.from)), Math.max(...hs.map((s) => s.to))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || xs[cols] - xs[0] < 20 || ys[rows] - ys[0] < 8) return null;

  const covered = (lines: Segment[], at: number, from: number, to: number) =>
    lines.some((s) => Math.abs(s.at - at) <= SNAP + 0.5 && Math.min(s.to, to) - Math.max(s.from, from) >= 0.5 * (to - from));
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vs, xs[c + 1], ys[r], ys[r + 1])) parent[find(r * cols + c + 1)] = find(r * cols + c);
      if (r + 1 < rows && !covered(hs, ys[r + 1], xs[c], xs[c + 1])) parent[find((r + 1) * cols + c)] = find(r * cols + c);
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number; frags: Frag[] }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const s = spans.get(root);
      if (!s) spans.set(root, { r0: r, r1: r, c0: c, c1: c, frags: [] });
      else Object.assign(s, { r0: Math.min(s.r0, r), r1: Math.max(s.r1, r), c0: Math.min(s.c0, c), c1: Math.max(s.c1, c) });
    }
  }
  if (spans.size < 2) return null; // a framed paragraph, not a table

  const rest: Frag[] = [];
  const cuts = xs.slice(1, -1);
  for (const f of frags) {
    const cy = (f.y0 + f.y1) / 2;
    if (cy < ys[0] || cy > ys[rows] || f.x1 < xs[0] || f.x0 > xs[cols]) {
      rest.push(f);
      continue;
    }
    for (const piece of splitFrag(f, cuts)) {
      const cx = (piece.x0 + piece.x1) / 2;
      const r = indexOf(ys, cy);
      const c = indexOf(xs, cx);
      if (r < 0 || c < 0) rest.push(piece);
      else spans.get(find(r * cols + c))!.frags.push(piece);
    }
  }
  const cells: GridCell[] = [...spans.values()]
    .map((s) => ({
      row: s.r0,
      col: s.c0,
      rowSpan: s.r1 - s.r0 + 1,
      colSpan: s.c1 - s.c0 + 1,
      x0: xs[s.c0],
      x1: xs[s.c1 + 1],
      y0: ys[s.r0],
      y1: ys[s.r1 + 1],
      text: joinWrapped(groupLines(s.frags, page).map((l) => l.text)),
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  if (cells.filter((c) => c.text !== '').length < 2) return null;
  return { table: { page, cells, rowCount: rows, colXs: xs, ruled: true, x0: xs[0], x1: xs[cols], y0: ys[0], y1: ys[rows] }, rest };
}

/** Index of the interval [edges[i], edges[i+1]) holding v, or -1. */
function indexOf(edges: number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i] && v < edges[i + 1]) return i;
  return v === edges[edges.length - 1] ? edges.length - 2 : -1;
}
