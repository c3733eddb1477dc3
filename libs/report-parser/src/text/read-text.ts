import { fail } from '../errors';
import { LIMITS } from '../limits';
import type { RawBlock, RawCell, RawDocument, RawTable } from '../types';
import { joinWrapped, splitTabs, stripBookmarks, trimAll, trimFrom } from '../util/text';

/**
 * Reads a Word document exported to plain text: every table cell is a line that starts with
 * a tab, rows end at a blank line, a vertically merged cell is an empty tab line, and a line
 * without a tab right after a cell continues that cell's text (wrapped). Everything else is
 * running text, one block per line. Positions are 1-based line numbers.
 */
export function readText(text: string): RawDocument {
  const blocks: RawBlock[] = [];
  let table: RawTable | null = null;
  let row: RawCell[] | null = null;
  let last: RawCell | null = null;
  let lineNo = 0;
  let start = 0;
  let cellCount = 0;
  // The same bound as HTML and DOCX: a line of millions of tabs would otherwise take seconds.
  const count = (n: number): void => {
    cellCount += n;
    if (cellCount > LIMITS.maxCells) fail('TOO_LARGE', `表格单元格超过 ${LIMITS.maxCells} 个（第 ${lineNo} 行）`);
  };
  // Millions of one-character lines are no report either, and would take seconds to map.
  const push = (b: RawBlock): void => {
    if (blocks.length >= LIMITS.maxBlocks) fail('TOO_LARGE', `文本超过 ${LIMITS.maxBlocks} 个段落或表格（第 ${lineNo} 行）`);
    blocks.push(b);
  };
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    start = end + 1;
    lineNo++;
    const rowOpen = row !== null;
    let tableLine = false;
    // A paragraph indented with a tab (prose, alone between non-table lines) is text, not a cell.
    const prose = line.startsWith('\t') && !row && line.length > 80 && /[。！？；]/.test(line) && !text.startsWith('\t', start) && !line.slice(1).includes('\t');
    if (line.startsWith('\t') && !prose) {
      tableLine = true;
      if (!table) {
        const block: RawBlock & RawTable = { kind: 'table', rows: [], pos: { kind: 'line', line: lineNo } };
        push(block);
        table = block;
      }
      if (!row) {
        row = [];
        table.rows.push(row);
      }
      // A line normally holds one cell; tabs inside it separate further cells.
      if (line.indexOf('\t', 1) < 0) {
        count(1);
        const text1 = line.includes('[bookmark', 1) ? trimAll(stripBookmarks(line.slice(1))) : trimFrom(line, 1);
        last = { text: text1, pos: { kind: 'line', line: lineNo } };
        row.push(last);
      } else {
        const parts = splitTabs(line, 1, LIMITS.maxCells + 1);
        count(parts.length);
        for (const part of parts) {
          last = { text: trimAll(stripBookmarks(part)), pos: { kind: 'line', line: lineNo } };
          row.push(last);
        }
      }
    } else {
      const content = trimAll(stripBookmarks(line));
      if (content === '') {
        row = null;
        last = null;
      } else if (last) {
        tableLine = true;
        last.text = joinWrapped(last.text, content);
        last.pos = { kind: 'line', line: (last.pos as { line: number }).line, endLine: lineNo };
      } else if (isTabRow(line, table !== null)) {
        // "规章\t0\t0\t0": a row per line with tab-separated cells (WPS and spreadsheet copies)
        tableLine = true;
        if (!table) {
          const block: RawBlock & RawTable = { kind: 'table', rows: [], pos: { kind: 'line', line: lineNo } };
          push(block);
          table = block;
        }
        const parts = splitTabs(line, 0, LIMITS.maxCells + 1);
        count(parts.length);
        table.rows.push(parts.map((part) => ({ text: trimAll(stripBookmarks(part)), pos: { kind: 'line', line: lineNo } })));
        row = null;
      } else {
        table = null;
        row = null;
        push({ kind: 'text', text: content, pos: { kind: 'line', line: lineNo } });
      }
    }
    if (end === n) {
      // The text ends inside a table (a last line without its newline, or a row that no blank
      // line closes): the file was cut short there, and its last row may be incomplete.
      if (table && (tableLine || (line === '' && rowOpen))) table.cut = true;
      break;
    }
  }
  return { layout: 'text', blocks };
}

/** A line of tab-separated cells: two tabs, or one inside a tab table or before a number. */
function isTabRow(line: string, inTable: boolean): boolean {
  const first = line.indexOf('\t');
  if (first < 0 || line.length > 2000) return false;
  if (inTable || line.indexOf('\t', first + 1) >= 0) return true;
  return /^[\s\d,.+\-－—]+$/.test(line.slice(first + 1)) && /\d/.test(line.slice(first + 1));
}
