import type { ParseError, RawDocument } from '../types';
import { findBorderlessTables } from './borderless-tables';
import { groupLines } from './lines';
import { pageMapper, readPage } from './page-content';
import { dropFurniture, isPageNumber } from './page-furniture';
import { toRawBlocks } from './paragraphs';
import type { PageBlock, PageTable, TextLine } from './pdf-types';
import { documentOptions, loadPdfjs, skipFontLoading } from './pdfjs-loader';
import { findRuledTables } from './ruled-tables';
import { stitchTables } from './stitch-tables';

/** Beyond this many pages a file is not an annual report. */
const MAX_PAGES = 300;
/** Wall-clock bound for one document. */
const DEADLINE_MS = 60_000;
/** Fewer visible characters than this (page numbers aside) in the whole file: a scan. */
const MIN_TEXT_CHARS = 10;

type PageRead = { page: number; width: number; height: number; tables: PageTable[]; lines: TextLine[] };

/**
 * Reads a PDF into the neutral RawDocument: running text as paragraphs, tables rebuilt from
 * ruling lines (or from the alignment of numbers where there are none), page furniture
 * dropped, tables that run over a page break joined. Never throws: bad input is a ParseError.
 */
export async function readPdf(bytes: Uint8Array): Promise<RawDocument | ParseError> {
  try {
    return await read(bytes);
  } catch (e) {
    return { code: 'CORRUPT', message: `PDF 文件无法读取：${e instanceof Error ? e.message : String(e)}` };
  }
}

function hasAscii(bytes: Uint8Array, from: number, to: number, needle: string): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, from), Math.min(bytes.length, to))).includes(needle, 0, 'latin1');
}

async function read(bytes: Uint8Array): Promise<RawDocument | ParseError> {
  if (bytes.length === 0) return { code: 'EMPTY', message: 'PDF 文件为空' };
  if (!hasAscii(bytes, 0, 1024, '%PDF-')) return { code: 'CORRUPT', message: '不是 PDF 文件（缺少 %PDF- 文件头）' };
  // pdf.js repairs a cut-off file silently and would hand back part of it as if whole.
  if (!hasAscii(bytes, bytes.length - 2048, bytes.length, '%%EOF')) return { code: 'CORRUPT', message: 'PDF 文件不完整（被截断，缺少 %%EOF 结尾）' };

  const started = Date.now();
  const { pdfjs, worker } = await loadPdfjs();
  const task = pdfjs.getDocument(documentOptions(new Uint8Array(bytes), worker));
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (name === 'PasswordException') return { code: 'UNSUPPORTED_FORMAT', message: 'PDF 有密码保护，无法读取' };
      return { code: 'CORRUPT', message: `PDF 文件已损坏：${e instanceof Error ? e.message : String(e)}` };
    }
    skipFontLoading(doc);
    if (doc.numPages > MAX_PAGES) return { code: 'TOO_LARGE', message: `PDF 有 ${doc.numPages} 页，超过 ${MAX_PAGES} 页上限` };

    // One pass per page over its operator list gives text, rules and vertical labels. Pages
    // are read concurrently so pdf.js's asynchronous stream inflation overlaps with parsing.
    const numbers = Array.from({ length: doc.numPages }, (_, k) => k + 1);
    const pages = await Promise.all(
      numbers.map(async (n) => {
        const page = await doc.getPage(n);
        const mapper = pageMapper(page);
        const content = await readPage(page, pdfjs.OPS, mapper.toPage, pdfjs.normalizeUnicode);
        page.cleanup();
        return { page: n, mapper, ...content };
      }),
    );
    const visible = pages
      .flatMap((p) => [...p.frags, ...p.vertical])
      .filter((f) => !isPageNumber(f.text))
      .reduce((s, f) => s + f.text.replace(/\s/g, '').length, 0);
    if (visible < MIN_TEXT_CHARS) {
      return { code: 'SCANNED_PDF', message: `PDF 共 ${doc.numPages} 页但没有可提取的文字，可能是扫描件（图片），需要先做文字识别（OCR）` };
    }
    if (Date.now() - started > DEADLINE_MS) return { code: 'TIMEOUT', message: 'PDF 读取超时' };

    const read: PageRead[] = pages.map(({ page, mapper, segments, frags, vertical }) => {
      const { tables, rest } = findRuledTables(page, segments, [...frags, ...vertical]);
      return { page, width: mapper.width, height: mapper.height, tables, lines: groupLines(rest, page) };
    });

    const kept = dropFurniture(read);
    const pageBlocks: PageBlock[][] = read.map((p, i) => {
      const borderless = findBorderlessTables(p.page, kept[i]);
      const blocks: PageBlock[] = [
        ...borderless.lines.map((line) => ({ kind: 'line' as const, line })),
        ...[...p.tables, ...borderless.tables].map((table) => ({ kind: 'table' as const, table })),
      ];
      return blocks.sort((a, b) => top(a) - top(b));
    });

    const meta = await doc.getMetadata().catch(() => undefined);
    const info = (meta?.info ?? {}) as { Title?: unknown; CreationDate?: unknown };
    const result: RawDocument = { layout: 'pdf', blocks: toRawBlocks(stitchTables(pageBlocks), (n) => read[n - 1]?.width ?? 595) };
    const title = typeof info.Title === 'string' ? info.Title.trim() : '';
    if (title && !/\.(docx?|wps|pdf|xlsx?)$|^Microsoft Word/i.test(title)) result.title = title;
    const created = typeof info.CreationDate === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
    if (created) result.createdAt = `${created[1]}-${created[2]}-${created[3]}`;
    return result;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function top(b: PageBlock): number {
  return b.kind === 'line' ? b.line.y0 : b.table.y0;
}
