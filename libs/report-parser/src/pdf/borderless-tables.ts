import type { Frag, GridCell, PageTable, TextLine } from './pdf-types';
import { joinFrags, joinWrapped, splitFrag } from './text-join';

/** A horizontal gap wider than this many font sizes separates two cells of a line. */
const CELL_GAP = 1.5;
/** Data rows further apart than this many line heights belong to different tables. */
const MAX_ROW_GAP = 3;

/** A numbered section heading ("二、主动公开政府信息情况") right above a table is not its header. */
const SECTION_HEADING = /^[一二三四五六七八九十]+[、.．]/;

type Run = { frags: Frag[]; x0: number; x1: number; text: string; numeric: boolean };
type Row = { line: TextLine; runs: Run[] };
type Interval = { x0: number; x1: number };

const isNumeric = (s: string) => /^[-+]?\d[\d,，.]*%?$/.test(s.replace(/\s+/g, ''));

/** Cells of a line: runs of fragments separated by wide gaps (or by 2+ spaces inside a run). */
function runsOf(line: TextLine): Run[] {
  const pieces = line.frags.flatMap((f) => splitAtSpaces(f)).sort((a, b) => a.x0 - b.x0);
  const runs: Frag[][] = [];
  for (const f of pieces) {
    const cur = runs[runs.length - 1];
    const prev = cur?.[cur.length - 1];
    if (prev && f.x0 - prev.x1 <= CELL_GAP * Math.min(prev.size, f.size)) cur.push(f);
    else runs.push([f]);
  }
  return runs.map((frags) => {
    const text = joinFrags(frags);
    return { frags, text, numeric: isNumeric(text), x0: Math.min(...frags.map((f) => f.x0)), x1: Math.max(...frags.map((f) => f.x1)) };
  });
}

function splitAtSpaces(f: Frag): Frag[] {
  if (!/\S\s{2,}\S/.test(f.text)) return [f];
  // Cut at the middle of each run of 2+ spaces, at its estimated x.
  const cuts: number[] = [];
  const total = Array.from(f.text).length;
  for (const m of f.text.matchAll(/\s{2,}/g)) cuts.push(f.x0 + ((m.index + m[0].length / 2) / total) * (f.x1 - f.x0));
  return splitFrag(f, cuts);
}

/** Numeric columns: x-intervals of numbers in data rows, overlapping ones merged. */
function numericColumns(rows: Row[]): Interval[] {
  const spans = rows.flatMap((r) => r.runs.filter((u) => u.numeric)).map((u) => ({ x0: u.x0, x1: u.x1 })).sort((a, b) => a.x0 - b.x0);
  const cols: Interval[] = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, s.x1);
    else cols.push({ ...s });
  }
  return cols;
}

/**
 * Tables without ruling lines: consecutive lines whose numbers line up in columns. Columns
 * come from the x-extent of the numbers; header lines just above are split over those
 * columns; a line with only a label between two data rows is a wrapped label and joins the
 * row it is closer to (or the row below when that row has no label of its own).
 */
export function findBorderlessTables(page: number, lines: TextLine[]): { tables: PageTable[]; lines: TextLine[] } {
  const rows: Row[] = lines.map((line) => ({ line, runs: runsOf(line) }));
  const isData = isDataRow;
  const tables: PageTable[] = [];
  const used = new Set<TextLine>();
  let i = 0;
  while (i < rows.length) {
    if (!isData(rows[i])) {
      i++;
      continue;
    }
    // Grow the region down while data rows keep coming within a few line heights.
    let end = i;
    let lastData = i;
    for (let j = i + 1; j < rows.length; j++) {
      const gap = rows[j].line.y0 - rows[lastData].line.y1;
      if (gap > MAX_ROW_GAP * rows[lastData].line.size) break;
      if (isData(rows[j])) lastData = j;
      else if (rows[j].runs.length !== 1) break;
      end = j;
    }
    const dataRows = rows.slice(i, lastData + 1).filter(isData);
    if (dataRows.length < 2 && !oneRowTable(rows, i)) {
      i = lastData + 1;
      continue;
    }
    const cols = numericColumns(dataRows);
    const labelEdge = cols[0].x0;
    // Label-only lines after the last data row belong to it only if they sit right below it.
    let stop = lastData;
    for (let j = lastData + 1; j <= end; j++) {
      const r = rows[j];
      if (r.runs[0].x1 < labelEdge && r.line.y0 - rows[stop].line.y1 < 0.8 * r.line.size) stop = j;
      else break;
    }
    // Header lines just above the first data row: several cells, or a cell over the numbers.
    let start = i;
    for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
      const r = rows[j];
      const near = rows[start].line.y0 - r.line.y1 < 2.5 * r.line.size;
      const spread = r.runs.length >= 2 || r.runs[0].x1 > labelEdge;
      const body = r.runs.length === 1 && r.line.x1 - r.line.x0 > 0.6 * (cols[cols.length - 1].x1 - r.line.x0);
      if (!near || !spread || body || isData(r) || SECTION_HEADING.test(r.line.text)) break;
      start = j;
    }
    const region = rows.slice(start, stop + 1);
    const table = buildTable(page, region, rows.slice(start, i), cols, isData);
    if (table) {
      tables.push(table);
      region.forEach((r) => used.add(r.line));
    }
    i = stop + 1;
  }
  return { tables, lines: lines.filter((l) => !used.has(l)) };
}

/**
 * A table with a single data row (a 第二十条 block of table 2, table 4's one row of 15
 * figures): taken when the row holds three or more numbers, or when the line just above it
 * is a header of two or more cells.
 */
function oneRowTable(rows: Row[], i: number): boolean {
  const r = rows[i];
  if (r.runs.filter((u) => u.numeric).length >= 3) return true;
  const above = rows[i - 1];
  return above !== undefined && above.runs.length >= 2 && !isDataRow(above) && r.line.y0 - above.line.y1 < 2.5 * r.line.size;
}

const isDataRow = (r: Row) => r.runs.length >= 2 && r.runs.some((u) => u.numeric);

function buildTable(page: number, region: Row[], headers: Row[], cols: Interval[], isData: (r: Row) => boolean): PageTable | null {
  const x0 = Math.min(...region.map((r) => r.line.x0));
  const x1 = Math.max(cols[cols.length - 1].x1, ...region.map((r) => r.line.x1));
  const labelCol: Interval = { x0, x1: cols[0].x0 - 1 };
  // Where the row labels sit (they are left-aligned): header text is placed by its nearest
  // column, this label area included, since headers are centred and numbers may be right-aligned.
  const labelRight = Math.max(x0 + 1, ...region.filter(isData).map((r) => r.runs[0]).filter((u) => !u.numeric && u.x0 < cols[0].x0).map((u) => u.x1));
  const labelArea: Interval = { x0, x1: labelRight };
  const all = [labelCol, ...cols];
  const edges = [x0, ...cols.map((c, k) => (k === 0 ? (labelCol.x1 + c.x0) / 2 : (cols[k - 1].x1 + c.x0) / 2)), x1];

  // Group lines into table rows: headers one per line, data rows with their wrapped label lines.
  const groups: Row[][] = headers.map((h) => [h]);
  const body = region.slice(headers.length);
  const dataIdx = body.map((r, k) => (isData(r) ? k : -1)).filter((k) => k >= 0);
  const owner = new Map<number, number>(dataIdx.map((k) => [k, k]));
  const hasLabel = (r: Row) => r.runs[0].x1 < cols[0].x0;
  body.forEach((r, k) => {
    if (owner.has(k)) return;
    const prev = [...dataIdx].reverse().find((d) => d < k);
    const next = dataIdx.find((d) => d > k);
    if (next === undefined) return void owner.set(k, prev ?? k);
    if (prev === undefined || !hasLabel(body[next])) return void owner.set(k, next);
    const above = r.line.y0 - body[k - 1].line.y1;
    const below = body[k + 1].line.y0 - r.line.y1;
    owner.set(k, above <= below + 0.2 * r.line.size ? prev : k);
  });
  const byOwner = new Map<number, Row[]>();
  body.forEach((r, k) => byOwner.set(owner.get(k)!, [...(byOwner.get(owner.get(k)!) ?? []), r]));
  groups.push(...[...byOwner.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g));

  const cells: GridCell[] = [];
  groups.forEach((group, row) => {
    const y0 = Math.min(...group.map((r) => r.line.y0));
    const y1 = Math.max(...group.map((r) => r.line.y1));
    const header = group.length === 1 && headers.includes(group[0]);
    const texts: string[][] = all.map(() => []);
    const spans: number[] = all.map(() => 1);
    for (const r of group) {
      for (const u of header ? r.runs.flatMap((run) => splitHeaderRun(run, labelArea, cols)) : r.runs) {
        const [first, last] = header ? headerColumns(u, labelArea, cols) : [!u.numeric && u.x0 < cols[0].x0 ? 0 : nearest(all, (u.x0 + u.x1) / 2), -1];
        texts[first].push(u.text);
        if (header) spans[first] = Math.max(spans[first], last - first + 1);
      }
    }
    for (let k = 0; k < all.length; ) {
      const span = spans[k];
      cells.push({ row, col: k, rowSpan: 1, colSpan: span, x0: edges[k], x1: edges[k + span], y0, y1, text: joinWrapped(texts[k]) });
      k += span;
    }
  });
  if (groups.length < 2) return null;
  const y0 = Math.min(...cells.map((c) => c.y0));
  const y1 = Math.max(...cells.map((c) => c.y1));
  return { page, cells, rowCount: groups.length, colXs: edges, ruled: false, x0, x1, y0, y1 };
}

/**
 * Header cells of neighbouring columns can sit closer than the cell gap and read as one run
 * ("本年新制发件数本年废止件数"): a run drawn as pieces that are apart (half an em or more)
 * and nearest to different numeric columns is cut back into those pieces.
 */
function splitHeaderRun(u: Run, labelArea: Interval, cols: Interval[]): Run[] {
  if (u.frags.length < 2) return [u];
  const frags = [...u.frags].sort((a, b) => a.x0 - b.x0);
  const column = (f: Frag) => nearest([labelArea, ...cols], (f.x0 + f.x1) / 2);
  const pieces: Frag[][] = [[frags[0]]];
  for (let k = 1; k < frags.length; k++) {
    const prev = frags[k - 1];
    const f = frags[k];
    if (f.x0 - prev.x1 >= 0.5 * Math.min(f.size, prev.size) && column(f) !== column(prev)) pieces.push([f]);
    else pieces[pieces.length - 1].push(f);
  }
  if (pieces.length === 1) return [u];
  return pieces.map((p) => {
    const text = joinFrags(p);
    return { frags: p, x0: Math.min(...p.map((f) => f.x0)), x1: Math.max(...p.map((f) => f.x1)), text, numeric: isNumeric(text) };
  });
}

/**
 * Columns (0 = labels, k = k-th numeric column) a header cell sits over: the numeric columns
 * whose middle it spans, else the nearest column (the label area counting as column 0).
 */
function headerColumns(u: Run, labelArea: Interval, cols: Interval[]): [number, number] {
  const hit = cols.map((c, k) => [k + 1, (c.x0 + c.x1) / 2] as const).filter(([, mid]) => u.x0 <= mid && u.x1 >= mid);
  if (hit.length > 0) return [hit[0][0], hit[hit.length - 1][0]];
  const k = nearest([labelArea, ...cols], (u.x0 + u.x1) / 2);
  return [k, k];
}

function nearest(cols: Interval[], x: number): number {
  let best = 0;
  cols.forEach((c, k) => {
    if (Math.abs((c.x0 + c.x1) / 2 - x) < Math.abs((cols[best].x0 + cols[best].x1) / 2 - x)) best = k;
  });
  return best;
}
