import { toParseError } from './errors';
import { decodeTextStrict, type TextEncoding } from './sniff/decode-text';
import { sniffBytes } from './sniff/sniff-layout';
import type { Layout, ParseError } from './types';

export * from './types';
export { parseDocument, parseDocumentSync, mapRawDocument } from './parse/parse-document';
export { readCellValue, type CellValue } from './map/cell-value';
export { LIMITS } from './limits';

export type SniffResult = { ok: true; layout: Layout } | { ok: false; error: ParseError };
export type DecodeResult = { ok: true; text: string; encoding: TextEncoding; notes: string[] } | { ok: false; error: ParseError };

/** The layout of a document from its bytes (ZIP → docx, %PDF → pdf, markup → html, else text). */
export function sniffLayout(bytes: Uint8Array): SniffResult {
  try {
    return { ok: true, layout: sniffBytes(bytes) };
  } catch (e) {
    return { ok: false, error: toParseError(e) };
  }
}

/** Bytes to text: BOM, declared charset, strict UTF-8, then GB18030; UTF-16 with or without BOM. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, ...decodeTextStrict(bytes) };
  } catch (e) {
    return { ok: false, error: toParseError(e) };
  }
}
