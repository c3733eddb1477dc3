import { fail, toParseError } from '../errors';
import { mapDocument } from '../map/map-document';
import { sniffBytes } from '../sniff/sniff-layout';
import type { Layout, ParseError, ParseOptions, ParseResult, RawDocument } from '../types';
import { containPdfJsRejections } from './pdf-rejections';
import { readRawSync } from './read-raw';

function checkInput(bytes: unknown, where?: string): Uint8Array {
  if (!(bytes instanceof Uint8Array)) return fail('UNSUPPORTED_FORMAT', '输入不是字节数组 (Uint8Array)', where);
  return bytes;
}

function finish(raw: RawDocument, notes: string[], where?: string): ParseResult {
  const report = mapDocument(raw, where);
  if (notes.length > 0) report.notes = [...notes, ...report.notes];
  return { ok: true, report };
}

/** Text, HTML and DOCX synchronously; a PDF answers with an error pointing to parseDocument. */
export function parseDocumentSync(bytes: Uint8Array, opts: ParseOptions = {}): ParseResult {
  const where = opts.fileName;
  try {
    const input = checkInput(bytes, where);
    const layout: Layout = opts.layout ?? sniffBytes(input, where);
    if (layout === 'pdf') return { ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: 'PDF 需要异步读取：请使用 parseDocument()', where } };
    const { raw, notes } = readRawSync(input, layout, where);
    return finish(raw, notes, where);
  } catch (e) {
    return { ok: false, error: toParseError(e, where) };
  }
}

/** Every layout, PDF included (its reader is loaded only when a PDF comes). */
export async function parseDocument(bytes: Uint8Array, opts: ParseOptions = {}): Promise<ParseResult> {
  const where = opts.fileName;
  try {
    const input = checkInput(bytes, where);
    const layout: Layout = opts.layout ?? sniffBytes(input, where);
    if (layout !== 'pdf') return parseDocumentSync(input, { ...opts, layout });
    const { readPdf } = await import('../pdf/read-pdf.js');
    const read: RawDocument | ParseError = await containPdfJsRejections(() => readPdf(input));
    // The file's name first, then whatever place inside it the PDF reader names.
    if ('code' in read) return { ok: false, error: where === undefined ? read : { ...read, where: read.where === undefined ? where : `${where}, ${read.where}` } };
    return finish(read, [], where);
  } catch (e) {
    return { ok: false, error: toParseError(e, where) };
  }
}

/** The RawDocument → ParsedReport step alone, as a result. */
export function mapRawDocument(raw: RawDocument, opts: ParseOptions = {}): ParseResult {
  try {
    return finish(raw, [], opts.fileName);
  } catch (e) {
    return { ok: false, error: toParseError(e, opts.fileName) };
  }
}
