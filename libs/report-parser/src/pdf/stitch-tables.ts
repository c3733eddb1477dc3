import type { GridCell, PageBlock, PageTable } from './pdf-types';

/** A table as found on one or more consecutive pages. */
export type DocTable = { parts: PageTable[] };
export type DocBlock = { kind: 'line'; line: Extract<PageBlock, { kind: 'line' }>['line'] } | { kind: 'table'; table: DocTable };

/** Left/right borders of two table parts closer than this (points) are the same table. */
const SAME_EDGE = 8;

const squash = (s: string) => s.replace(/\s+/g, '');
const isNumber = (s: string) => /^[-+]?\d[\d,，.]*%?$/.test(squash(s));

export function rowTexts(table: PageTable, row: number): string {
  return table.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.x0 - b.x0)
    .map((c) => squash(c.text))
    .join('|');
}

/** Rows above the first row that holds a number: the table's header. */
function headerRowCount(table: PageTable): number {
  const first = table.cells.filter((c) => isNumber(c.text)).reduce((m, c) => Math.min(m, c.row), table.rowCount);
  return first;
}

/**
 * Joins a table that runs on from the bottom of one page to the top of the next into one
 * table (same left and right borders, nothing but page furniture between them), dropping
 * header rows the next page repeats.
 */
export function stitchTables(pages: PageBlock[][]): DocBlock[] {
  const out: DocBlock[] = [];
  pages.forEach((blocks, p) => {
    blocks.forEach((b, i) => {
      if (b.kind === 'line') return void out.push(b);
      const prev = out[out.length - 1];
      if (i === 0 && p > 0 && prev?.kind === 'table' && continues(prev.table.parts[prev.table.parts.length - 1], b.table)) {
        const last = prev.table.parts[prev.table.parts.length - 1];
        prev.table.parts.push(extendSpans(last, dropRepeatedHeader(prev.table.parts[0], b.table)));
      } else out.push({ kind: 'table', table: { parts: [b.table] } });
    });
  });
  return out;
}

function continues(a: PageTable, b: PageTable): boolean {
  return b.page === a.page + 1 && Math.abs(a.x0 - b.x0) <= SAME_EDGE && Math.abs(a.x1 - b.x1) <= SAME_EDGE;
}

function dropRepeatedHeader(first: PageTable, next: PageTable): PageTable {
  const header = headerRowCount(first);
  for (let k = header; k >= 1; k--) {
    if (next.rowCount <= k) continue;
    for (let s = 0; s + k <= header; s++) {
      let same = true;
      for (let r = 0; r < k && same; r++) same = rowTexts(next, r) !== '' && rowTexts(next, r) === rowTexts(first, s + r);
      const spillsOver = next.cells.some((c) => c.row < k && c.row + c.rowSpan > k);
      if (same && !spillsOver) return shiftRows(next, k);
    }
  }
  return next;
}

function shiftRows(table: PageTable, k: number): PageTable {
  const cells: GridCell[] = table.cells.filter((c) => c.row >= k).map((c) => ({ ...c, row: c.row - k }));
  const y0 = Math.min(...cells.map((c) => c.y0));
  return { ...table, cells, rowCount: table.rowCount - k, y0 };
}

/**
 * Empty cells at the top of a continuation, under a cell that reaches the bottom of the
 * previous page with the same borders, are that cell carried over (a row-spanning label
 * such as "三、本年度办理结果"): they lengthen its rowSpan instead of starting a blank cell.
 */
function extendSpans(last: PageTable, next: PageTable): PageTable {
  const carried = new Set<GridCell>();
  for (const c of next.cells) {
    if (c.row !== 0 || c.text !== '') continue;
    const above = last.cells.find(
      (a) => a.row + a.rowSpan === last.rowCount && Math.abs(a.x0 - c.x0) <= 3 && Math.abs(a.x1 - c.x1) <= 3 && a.text !== '',
    );
    if (!above) continue;
    above.rowSpan += c.rowSpan;
    carried.add(c);
  }
  return carried.size === 0 ? next : { ...next, cells: next.cells.filter((c) => !carried.has(c)) };
}
