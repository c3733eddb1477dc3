import type { ParseError, RawDocument } from '../types';

/** Reads a PDF into the neutral RawDocument (work in progress: real implementation follows). */
export async function readPdf(bytes: Uint8Array): Promise<RawDocument | ParseError> {
  if (bytes.length === 0) return { code: 'EMPTY', message: 'PDF 文件为空' };
  return { code: 'UNSUPPORTED_FORMAT', message: 'PDF 读取尚未实现' };
}
