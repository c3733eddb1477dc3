import { fail } from '../errors';
import { LIMITS } from '../limits';
import type { RawBlock, RawDocument } from '../types';
import { isoDate } from '../util/dates';
import { collapseSpace, joinWrapped, trimAll } from '../util/text';
import { resolveGrid, type SpannedCell } from './grid';
import { attrValue, scanHtml } from './html-scan';
import { isDateMeta } from './html-meta';

// Elements whose content is never report text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'textarea', 'button', 'map']);
// Elements that end a line of text (a paragraph break).
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main',
  'blockquote', 'pre', 'dl', 'dt', 'dd', 'center', 'form', 'hr', 'address', 'figure', 'figcaption', 'caption', 'body', 'html', 'tbody', 'thead', 'tfoot',
]);
const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

type Item = { kind: 'text'; text: string; offset: number } | { kind: 'block'; block: RawBlock };
/** Where text goes: the page itself or a table cell. */
type Container = { items: Item[]; buf: string; bufStart: number };
type CellBuild = Container & { rowSpan: number; colSpan: number };
type TableBuild = { rows: CellBuild[][]; row: CellBuild[] | null; cell: CellBuild | null; hasNested: boolean; parent: Container };

const newContainer = (): Container => ({ items: [], buf: '', bufStart: -1 });
const span = (v: string | undefined): number => {
  const n = v === undefined ? 1 : Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, LIMITS.maxSpan) : 1;
};

/**
 * Reads an HTML page: running text as one block per paragraph, `<table>`s as tables with
 * rowspan/colspan resolved to grid columns. Tables that hold other tables (page layout) or a
 * single long cell are unwrapped into text. Site header, navigation and footer stay as text
 * blocks; the mapper finds the report inside them.
 */
export function readHtml(html: string): RawDocument {
  const root = newContainer();
  const tables: TableBuild[] = [];
  let skipDepth = 0;
  let tableCount = 0;
  let cellCount = 0;
  let title = '';
  let inTitle = false;
  let publishedAt: string | undefined;

  const container = (): Container => {
    const t = tables[tables.length - 1];
    if (!t) return root;
    return t.cell ?? t.parent;
  };
  let itemCount = 0;
  const flush = (c: Container): void => {
    if (c.buf === '') return;
    const text = trimAll(collapseSpace(c.buf));
    if (text !== '') {
      // Millions of <br>-separated scraps are no report, and would take seconds to map.
      if (++itemCount > LIMITS.maxBlocks + LIMITS.maxCells) fail('TOO_LARGE', `页面超过 ${LIMITS.maxBlocks + LIMITS.maxCells} 段文字`);
      c.items.push({ kind: 'text', text, offset: c.bufStart });
    }
    c.buf = '';
    c.bufStart = -1;
  };
  const closeCell = (t: TableBuild): void => {
    if (!t.cell) return;
    flush(t.cell);
    t.cell = null;
  };
  const closeTable = (cut = false): void => {
    const t = tables.pop();
    if (!t) return;
    closeCell(t);
    const cells = t.rows.flat();
    const textLength = cells.reduce((n, c) => n + c.items.reduce((m, i) => m + (i.kind === 'text' ? i.text.length : 0), 0), 0);
    const layout = t.hasNested || (cells.length === 1 && textLength > 300) || (cells.length > 0 && cells.length <= 3 && textLength > 3000);
    flush(t.parent);
    if (layout) {
      for (const c of cells) t.parent.items.push(...c.items);
      return;
    }
    if (t.rows.length === 0) return;
    const rows: SpannedCell[][] = t.rows.map((r) =>
      r.map((c) => ({
        text: c.items.reduce((s, i) => (i.kind === 'text' ? joinWrapped(s, i.text) : s), ''),
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
      })),
    );
    const index = tableCount++;
    const block: RawBlock = { kind: 'table', rows: resolveGrid(rows, index, LIMITS.maxSpan), pos: { kind: 'table', table: index, row: 0, col: 0 } };
    if (cut) block.cut = true;
    t.parent.items.push({ kind: 'block', block });
    // A nested table makes its parent a layout table.
    const parentTable = tables[tables.length - 1];
    if (parentTable && t.parent !== root) parentTable.hasNested = true;
  };

  // Skipped subtree: the element name and how deep we are in elements of that name.
  let skipName = '';
  scanHtml(html, {
    open(name, attrs) {
      if (skipDepth > 0) {
        if (name === skipName) skipDepth++;
        return;
      }
      if (SKIP.has(name) || (attrs.length > 10 && HIDDEN.test(attrs) && HIDDEN.test(attrValue(attrs, 'style') ?? ''))) {
        skipName = name;
        skipDepth = 1;
        return;
      }
      if (name === 'title') {
        inTitle = true;
        return;
      }
      if (name === 'meta') {
        if (!publishedAt && isDateMeta(attrValue(attrs, 'name') ?? attrValue(attrs, 'property'))) publishedAt = isoDate(attrValue(attrs, 'content') ?? '') ?? undefined;
        return;
      }
      if (name === 'table') {
        flush(container());
        if (tables.length + tableCount >= LIMITS.maxBlocks) fail('TOO_LARGE', `页面超过 ${LIMITS.maxBlocks} 个表格`);
        tables.push({ rows: [], row: null, cell: null, hasNested: false, parent: container() });
        return;
      }
      const t = tables[tables.length - 1];
      if (t && name === 'tr') {
        closeCell(t);
        t.row = [];
        t.rows.push(t.row);
        return;
      }
      if (t && (name === 'td' || name === 'th')) {
        closeCell(t);
        if (!t.row) {
          t.row = [];
          t.rows.push(t.row);
        }
        if (++cellCount > LIMITS.maxCells) fail('TOO_LARGE', `表格单元格超过 ${LIMITS.maxCells} 个`);
        const cell: CellBuild = { items: [], buf: '', bufStart: -1, rowSpan: span(attrValue(attrs, 'rowspan')), colSpan: span(attrValue(attrs, 'colspan')) };
        t.row.push(cell);
        t.cell = cell;
        return;
      }
      if (BLOCK.has(name)) flush(container());
    },
    close(name) {
      if (skipDepth > 0) {
        if (name === skipName) skipDepth--;
        return;
      }
      if (name === 'title') {
        inTitle = false;
        return;
      }
      if (name === 'table') {
        closeTable();
        return;
      }
      const t = tables[tables.length - 1];
      if (t && (name === 'td' || name === 'th')) {
        closeCell(t);
        return;
      }
      if (t && name === 'tr') {
        closeCell(t);
        t.row = null;
        return;
      }
      if (BLOCK.has(name)) flush(container());
    },
    text(text, offset) {
      if (skipDepth > 0) return;
      if (inTitle) {
        title += text;
        return;
      }
      const c = container();
      if (c.bufStart < 0) {
        if (trimAll(text) === '') return;
        c.bufStart = offset;
      }
      c.buf += text;
    },
  });
  // A table still open at the end of the page: the file was cut short inside it.
  while (tables.length > 0) closeTable(true);
  flush(root);

  const lineOf = lineIndex(html);
  const blocks: RawBlock[] = [];
  for (const item of root.items) {
    if (item.kind === 'block') blocks.push(item.block);
    else blocks.push({ kind: 'text', text: item.text, pos: { kind: 'line', line: lineOf(item.offset) } });
  }
  const doc: RawDocument = { layout: 'html', blocks };
  const cleanTitle = trimAll(collapseSpace(title));
  if (cleanTitle) doc.title = cleanTitle;
  if (publishedAt) doc.publishedAt = publishedAt;
  return doc;
}

/** Offset → 1-based line number, by binary search over the newline offsets. */
function lineIndex(s: string): (offset: number) => number {
  let newlines: number[] | null = null;
  return (offset: number) => {
    if (!newlines) {
      newlines = [];
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) newlines.push(i);
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
