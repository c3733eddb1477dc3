import { crc32, inflateRawSync } from 'node:zlib';
import { fail, ParseFailure } from '../errors';
import { LIMITS } from '../limits';

const WANTED = new Set(['word/document.xml', 'docProps/core.xml']);

export type DocxParts = { document: Uint8Array; core?: Uint8Array };

/** One entry of the ZIP central directory. */
type Entry = { name: string; flags: number; method: number; crc: number; size: number; originalSize: number; offset: number };

const SIG_END = 0x06054b50;
const SIG_DIR = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** The central directory, read from the end record (as Word and fflate read a ZIP). */
function readDirectory(b: Uint8Array, where?: string): Entry[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const stop = Math.max(0, b.length - 22 - 0xffff);
  let end = b.length - 22;
  while (end >= stop && dv.getUint32(end, true) !== SIG_END) end--;
  if (end < stop) return fail('CORRUPT', 'ZIP/DOCX 文件已损坏或被截断（找不到 ZIP 目录）', where);
  const count = dv.getUint16(end + 10, true);
  let at = dv.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || dv.getUint32(at, true) !== SIG_DIR) return fail('CORRUPT', `ZIP/DOCX 文件已损坏或被截断（ZIP 目录第 ${i + 1} 项无效）`, where);
    const flags = dv.getUint16(at + 8, true);
    const nameLen = dv.getUint16(at + 28, true);
    const raw = b.subarray(at + 46, at + 46 + nameLen);
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(raw),
      flags,
      method: dv.getUint16(at + 10, true),
      crc: dv.getUint32(at + 16, true),
      size: dv.getUint32(at + 20, true),
      originalSize: dv.getUint32(at + 24, true),
      offset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLen + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * One part, inflated with its declared size as a hard bound (a ZIP that understates a size
 * stops there instead of inflating gigabytes) and checked against its CRC, so a damaged part
 * that still inflates is refused instead of read as a different document.
 */
function inflateEntry(b: Uint8Array, e: Entry, where?: string): Uint8Array {
  const broken = (why: string): never => fail('CORRUPT', `DOCX 中的 ${e.name} 已损坏（${why}）`, where);
  if (e.flags & 1) return fail('UNSUPPORTED_FORMAT', `DOCX 中的 ${e.name} 已加密，无法读取`, where);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.offset + 30 > b.length || dv.getUint32(e.offset, true) !== SIG_LOCAL) broken('找不到本地文件头，文件被截断或损坏');
  const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  if (start + e.size > b.length) broken('数据被截断');
  const data = b.subarray(start, start + e.size);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.originalSize) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      out = code === 'ERR_BUFFER_TOO_LARGE' ? broken(`解压后超过声明的 ${e.originalSize} 字节`) : broken(`解压失败：${err instanceof Error ? err.message : String(err)}`);
    }
  } else return fail('UNSUPPORTED_FORMAT', `DOCX 中的 ${e.name} 使用不支持的压缩方式 ${e.method}`, where);
  if (out.length !== e.originalSize) broken(`解压后 ${out.length} 字节，与声明的 ${e.originalSize} 字节不符`);
  if (crc32(out) >>> 0 !== e.crc >>> 0) broken('CRC 校验失败');
  return out;
}

/**
 * The parts of a .docx we read. Only those are inflated, each bounded by its declared size,
 * and the declared sizes by the decompression bound, so a zip bomb can make us neither
 * allocate nor inflate more than that bound.
 */
export function unzipDocx(bytes: Uint8Array, where?: string): DocxParts {
  let entries: Entry[];
  try {
    entries = readDirectory(bytes, where);
  } catch (e) {
    if (e instanceof ParseFailure) throw e;
    return fail('CORRUPT', `ZIP/DOCX 文件已损坏或被截断（${e instanceof Error ? e.message : String(e)}）`, where);
  }
  const wanted = new Map<string, Entry>();
  let total = 0;
  for (const e of entries) {
    if (!WANTED.has(e.name)) continue;
    // Two parts of one name: which one Word shows is undefined, so neither is trusted.
    if (wanted.has(e.name)) fail('CORRUPT', `DOCX 中的 ${e.name} 出现了两次（ZIP 条目重复），文件已损坏或被篡改`, where);
    wanted.set(e.name, e);
    total += e.originalSize;
    if (total > LIMITS.maxDecompressedBytes || e.originalSize / Math.max(1, e.size) > 2000) {
      fail('TOO_LARGE', `DOCX 解压后 ${e.name} 为 ${(e.originalSize / 1048576).toFixed(1)} MB（超过 ${LIMITS.maxDecompressedBytes / 1048576} MB 上限或压缩比异常）`, where);
    }
  }
  const doc = wanted.get('word/document.xml');
  if (!doc) {
    const names = entries.map((e) => e.name);
    const kind = names.some((n) => n.startsWith('xl/')) ? 'Excel (.xlsx)' : names.some((n) => n.startsWith('ppt/')) ? 'PowerPoint (.pptx)' : names.includes('content.xml') ? 'OpenDocument' : '普通 ZIP 压缩包';
    return fail('UNSUPPORTED_FORMAT', `ZIP 文件不是 Word 文档：缺少 word/document.xml（看起来是 ${kind}）`, where);
  }
  const core = wanted.get('docProps/core.xml');
  return { document: inflateEntry(bytes, doc, where), core: core ? inflateEntry(bytes, core, where) : undefined };
}
