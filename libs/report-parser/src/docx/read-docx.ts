import { fail } from '../errors';
import { LIMITS } from '../limits';
import type { RawBlock, RawCell, RawDocument, RawTable } from '../types';
import { joinWrapped, trimAll } from '../util/text';
import { unzipDocx } from './unzip-docx';
import { attr, decodeEntities, scanXml } from './xml-scan';

type CellBuild = { paras: string[]; span: number; vmerge: 'restart' | 'continue' | null; hmergeContinue: boolean };
type TableBuild = { block: RawTable; index: number; row: RawCell[] | null; col: number; cell: CellBuild | null; origins: Map<number, RawCell> };

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a .docx from its own structure (word/document.xml): body paragraphs become text
 * blocks (position = paragraph number as `line`), w:tbl/w:tr/w:tc become tables with
 * w:gridSpan as colSpan and w:vMerge continuations folded into the origin cell's rowSpan.
 */
export function readDocx(bytes: Uint8Array, where?: string): RawDocument {
  const parts = unzipDocx(bytes, where);
  const xml = utf8.decode(parts.document);
  if (!xml.includes('<w:body')) fail('CORRUPT', 'word/document.xml 中没有 w:body（文档正文缺失或损坏）', where);
  // A part cut short (a ZIP whose sizes lie, a damaged file) must not pass for a whole document.
  if (xml.lastIndexOf('</w:body>') < 0) fail('CORRUPT', 'word/document.xml 不完整（缺少 </w:body>），文件已损坏或被截断', where);

  const blocks: RawBlock[] = [];
  const tables: TableBuild[] = [];
  let tableCount = 0;
  let paraNo = 0;
  let paraDepth = 0;
  let para = '';
  let inText = false;
  let inPPr = 0;
  let skip = 0;
  let cells = 0;

  const top = (): TableBuild | undefined => tables[tables.length - 1];

  scanXml(xml, {
    open(name, attrs, selfClosing) {
      // scanXml reports a close for every open, self-closing tags included
      if (skip > 0) {
        skip++;
        return;
      }
      switch (name) {
        case 'mc:Fallback':
        case 'w:delText':
        case 'w:instrText':
          skip = 1;
          return;
        case 'w:p':
          if (paraDepth++ === 0) {
            para = '';
            if (++paraNo > LIMITS.maxBlocks) fail('TOO_LARGE', `文档超过 ${LIMITS.maxBlocks} 个段落`, where);
          }
          return;
        case 'w:pPr':
          inPPr++;
          return;
        case 'w:t':
          inText = !selfClosing;
          return;
        case 'w:tab':
          if (inPPr === 0 && paraDepth > 0) para += ' ';
          return;
        case 'w:br':
        case 'w:cr':
          if (paraDepth > 0) para += '\n';
          return;
        case 'w:tbl': {
          if (tableCount >= LIMITS.maxBlocks) fail('TOO_LARGE', `文档超过 ${LIMITS.maxBlocks} 个表格`, where);
          const block: RawBlock & RawTable = { kind: 'table', rows: [], pos: { kind: 'table', table: tableCount, row: 0, col: 0 } };
          blocks.push(block);
          tables.push({ block, index: tableCount++, row: null, col: 0, cell: null, origins: new Map() });
          return;
        }
        case 'w:tr': {
          const t = top();
          if (t) {
            t.row = [];
            t.block.rows.push(t.row);
            t.col = 0;
          }
          return;
        }
        case 'w:gridBefore': {
          const t = top();
          const n = Number.parseInt(attr(attrs, 'w:val') ?? '0', 10);
          if (t && Number.isFinite(n) && n > 0) t.col += Math.min(n, LIMITS.maxSpan);
          return;
        }
        case 'w:tc': {
          const t = top();
          if (t) {
            if (++cells > LIMITS.maxCells) fail('TOO_LARGE', `表格单元格超过 ${LIMITS.maxCells} 个`, where);
            t.cell = { paras: [], span: 1, vmerge: null, hmergeContinue: false };
          }
          return;
        }
        case 'w:gridSpan': {
          const t = top();
          if (t?.cell) t.cell.span = clampSpan(attr(attrs, 'w:val'));
          return;
        }
        case 'w:hMerge': {
          // legacy horizontal merge: a continuing cell widens the one before it
          const t = top();
          if (t?.cell && attr(attrs, 'w:val') !== 'restart') t.cell.hmergeContinue = true;
          return;
        }
        case 'w:vMerge': {
          const t = top();
          if (t?.cell) t.cell.vmerge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:pPr':
          if (inPPr > 0) inPPr--;
          return;
        case 'w:p': {
          if (paraDepth === 0 || --paraDepth > 0) return;
          const t = top();
          if (t?.cell) t.cell.paras.push(para);
          else {
            const text = trimAll(para.replace(/\s+/g, ' '));
            if (text) blocks.push({ kind: 'text', text, pos: { kind: 'line', line: paraNo } });
          }
          para = '';
          return;
        }
        case 'w:tc': {
          const t = top();
          if (t?.cell && t.row) endCell(t, t.cell, t.row);
          if (t) t.cell = null;
          return;
        }
        case 'w:tr': {
          const t = top();
          if (t) t.row = null;
          return;
        }
        case 'w:tbl':
          tables.pop();
          return;
        default:
          return;
      }
    },
    text(raw) {
      if (inText && skip === 0 && paraDepth > 0) para += decodeEntities(raw);
    },
  });

  const doc: RawDocument = { layout: 'docx', blocks };
  const title = parts.core ? coreTitle(utf8.decode(parts.core)) : null;
  if (title) doc.title = title;
  return doc;
}

function clampSpan(v: string | null): number {
  const n = v === null ? 1 : Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, LIMITS.maxSpan) : 1;
}

function endCell(t: TableBuild, c: CellBuild, row: RawCell[]): void {
  let text = '';
  for (const p of c.paras) for (const piece of p.split('\n')) text = joinWrapped(text, trimAll(piece.replace(/\s+/g, ' ')));
  const col = t.col;
  t.col += c.span;
  const prev = row[row.length - 1];
  if (c.hmergeContinue && prev && prev.pos.kind === 'table' && prev.pos.col + (prev.colSpan ?? 1) === col) {
    prev.colSpan = (prev.colSpan ?? 1) + c.span;
    return;
  }
  const origin = t.origins.get(col);
  if (c.vmerge === 'continue' && origin) {
    origin.rowSpan = (origin.rowSpan ?? 1) + 1;
    return;
  }
  const cell: RawCell = { text, pos: { kind: 'table', table: t.index, row: t.block.rows.length - 1, col } };
  if (c.span > 1) cell.colSpan = c.span;
  row.push(cell);
  for (let k = 0; k < c.span; k++) t.origins.delete(col + k);
  if (c.vmerge === 'restart') t.origins.set(col, cell);
}

function coreTitle(xml: string): string | null {
  const m = /<dc:title>([^<]{1,300})<\/dc:title>/.exec(xml);
  return m ? trimAll(decodeEntities(m[1])) || null : null;
}
