import { unzipSync } from 'fflate';
import { fail, ParseFailure } from '../errors';
import { LIMITS } from '../limits';

const WANTED = new Set(['word/document.xml', 'docProps/core.xml']);

export type DocxParts = { document: Uint8Array; core?: Uint8Array };

/**
 * The parts of a .docx we read. Only those are inflated, each into a buffer of its declared
 * size, so a zip bomb cannot make us allocate more than the decompression bound.
 */
export function unzipDocx(bytes: Uint8Array, where?: string): DocxParts {
  let total = 0;
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (names.length < 10_000) names.push(file.name);
        if (!WANTED.has(file.name)) return false;
        total += file.originalSize;
        if (total > LIMITS.maxDecompressedBytes || file.originalSize / Math.max(1, file.size) > 2000) {
          fail('TOO_LARGE', `DOCX 解压后 ${file.name} 为 ${(file.originalSize / 1048576).toFixed(1)} MB（超过 ${LIMITS.maxDecompressedBytes / 1048576} MB 上限或压缩比异常）`, where);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ParseFailure) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    return fail('CORRUPT', `ZIP/DOCX 文件已损坏或被截断（${msg}）`, where);
  }
  const document = files['word/document.xml'];
  if (!document) {
    const kind = names.some((n) => n.startsWith('xl/')) ? 'Excel (.xlsx)' : names.some((n) => n.startsWith('ppt/')) ? 'PowerPoint (.pptx)' : names.includes('content.xml') ? 'OpenDocument' : '普通 ZIP 压缩包';
    return fail('UNSUPPORTED_FORMAT', `ZIP 文件不是 Word 文档：缺少 word/document.xml（看起来是 ${kind}）`, where);
  }
  return { document, core: files['docProps/core.xml'] };
}
