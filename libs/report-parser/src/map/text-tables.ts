import type { RawBlock, RawCell, RawDocument } from '../types';
import { readCellValue } from './cell-value';
import { GROUPS, HEADER, ROWS } from './catalog-index';
import { norm } from './label-text';

const SPLIT = /[ \t\u3000\u00a0]+/;

function isLabel(token: string): boolean {
  const n = norm(token);
  return n !== '' && (ROWS.find(n).length > 0 || GROUPS.find(n).length > 0);
}

/** A line that reads as a table row: row label(s) then numbers, or a row of column names. */
function asRow(text: string): string[] | null {
  if (text.length > 400) return null;
  const tokens = text.trim().split(SPLIT);
  if (tokens.length < 2) return null;
  const numbers = tokens.filter((t) => readCellValue(t).value !== null || readCellValue(t).blank).length;
  if (numbers >= 1 && isLabel(tokens[0])) return tokens;
  if (numbers >= 5 && numbers === tokens.length) return tokens;
  const headers = tokens.filter((t) => HEADER.findExact(norm(t)).length > 0).length;
  if (headers >= 2 && headers >= tokens.length - 1) return tokens;
  return null;
}

/**
 * Tables written as text with spaces between the columns (copied out of a PDF or a web page):
 * runs of lines that read as table rows become a table. Used only when a document's real
 * tables yielded nothing.
 */
export function textTables(doc: RawDocument): RawDocument | null {
  const blocks: RawBlock[] = [];
  let current: (RawBlock & { kind: 'table' }) | null = null;
  for (const b of doc.blocks) {
    if (b.kind !== 'text') continue;
    const tokens = asRow(b.text);
    if (!tokens) {
      current = null;
      continue;
    }
    if (!current) {
      current = { kind: 'table', rows: [], pos: b.pos };
      blocks.push(current);
    }
    current.rows.push(tokens.map((text): RawCell => ({ text, pos: b.pos })));
  }
  return blocks.length > 0 ? { ...doc, blocks } : null;
}
