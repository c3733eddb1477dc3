import { fail } from '../errors';
import { LIMITS } from '../limits';
import type { Layout } from '../types';
import { latin1 } from './decode-text';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);

// Binary formats we recognise only to name them in the error.
const FOREIGN: readonly { sig: readonly number[]; name: string }[] = [
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: '旧版 Office/WPS 二进制文档 (.doc/.xls/.wps)，请另存为 .docx' },
  { sig: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { sig: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { sig: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { sig: [0x1f, 0x8b], name: 'gzip 压缩文件' },
  { sig: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩文件' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩文件' },
  { sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'RTF 文档' },
];

const HTML_HINT = /<(?:!doctype\s+html|html|head|body|table|meta|div|p|br|span|tr|td|title|article|section)[\s>/]/i;

/** True when decoded text is HTML markup rather than a plain-text export. */
export function looksLikeHtml(head: string): boolean {
  if (!head.includes('<')) return false; // most plain text: no regex scan at all
  return HTML_HINT.test(head.length > 65536 ? head.slice(0, 65536) : head);
}

/**
 * The layout of a document from its bytes (never from its name): ZIP → docx, %PDF → pdf,
 * markup → html, anything else that is text → text. Throws EMPTY / TOO_LARGE /
 * UNSUPPORTED_FORMAT as a ParseFailure.
 */
export function sniffBytes(bytes: Uint8Array, where?: string): Layout {
  if (bytes.length === 0) fail('EMPTY', '文件为空（0 字节）', where);
  if (bytes.length > LIMITS.maxBytes) fail('TOO_LARGE', `文件 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${LIMITS.maxBytes / 1048576} MB 上限`, where);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])) return 'docx';
  if (hasPdfMagic(bytes.subarray(0, 1024))) return 'pdf';
  for (const f of FOREIGN) if (startsWith(bytes, f.sig)) fail('UNSUPPORTED_FORMAT', `不支持的文件格式：${f.name}`, where);
  // UTF-16 markup: check the decoded head instead of the bytes.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 512).includes(0);
  if (utf16) {
    const le = bytes[0] === 0xff || (bytes[1] === 0 && bytes[0] !== 0);
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 65536));
    return looksLikeHtml(text) ? 'html' : 'text';
  }
  // No '<' at all (plain text exports): text, without making a string of the bytes.
  if (bytes.subarray(0, 65536).indexOf(0x3c) < 0) return 'text';
  return looksLikeHtml(latin1(bytes, 65536)) ? 'html' : 'text';
}

/** "%PDF-" anywhere in these bytes. */
function hasPdfMagic(b: Uint8Array): boolean {
  for (let i = b.indexOf(0x25); i >= 0 && i + 5 <= b.length; i = b.indexOf(0x25, i + 1)) {
    if (b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46 && b[i + 4] === 0x2d) return true;
  }
  return false;
}
