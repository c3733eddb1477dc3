import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { fail } from '../errors';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'big5';
export type DecodedText = { text: string; encoding: TextEncoding; notes: string[] };

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Node's built-in GB18030 decoder (full ICU) is twice as fast as iconv-lite; small-ICU builds lack it.
const gb18030Native: InstanceType<typeof TextDecoder> | null = (() => {
  try {
    return new TextDecoder('gb18030');
  } catch {
    return null;
  }
})();

/** Charset declared in the first bytes: `<meta charset>`, http-equiv content, or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes.subarray(0, 8192).indexOf(0x3c) < 0) return null; // both forms start with '<'
  const head = latin1(bytes, 8192);
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{2,30})/i.exec(head) ?? /<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-z0-9_.-]{2,30})/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** The first `max` bytes as Latin-1 (enough to find ASCII markup in any ASCII-compatible encoding). */
export function latin1(bytes: Uint8Array, max: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, max)).toString('latin1');
}

const GB = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'euc-cn', 'x-euc-cn', 'windows-936', 'hz-gb-2312']);
const BIG5 = new Set(['big5', 'big5-hkscs', 'x-x-big5', 'cp950']);

/**
 * UTF-16 without a BOM: text files never hold NUL bytes, UTF-16 holds one beside every ASCII
 * character (newlines, digits, tabs), mostly on the same side of the pair. Chinese prose has few
 * ASCII characters, so a handful of lopsided NULs is enough; NULs spread evenly are junk.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  if (bytes.subarray(0, n).indexOf(0) < 0) return null; // no NUL at all: the usual case, found natively
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const zeros = evenZero + oddZero;
  if (zeros < 4 || zeros < (n / 2) * 0.01) return null;
  // The other side has NULs too where a character is U+xx00 (一 is U+4E00): lopsided, not pure.
  if (oddZero > evenZero * 3) return 'utf-16le';
  if (evenZero > oddZero * 3) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(enc).decode(bytes);
}

/**
 * Bytes to text: BOM first, then the declared charset, then strict UTF-8, then GB18030 (a
 * superset of GBK/GB2312, what Chinese government sites and Word "ANSI" exports use).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const notes: string[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', notes };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', notes };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', notes };
  const u16 = utf16WithoutBom(bytes);
  if (u16) return { text: decodeUtf16(bytes, u16), encoding: u16, notes };

  const declared = declaredCharset(bytes);
  let utf8: string | null = null;
  // Validate first: a fatal decoder throwing on every GBK file costs more than the check.
  if (isUtf8(bytes)) {
    try {
      utf8 = utf8Strict.decode(bytes);
    } catch {
      utf8 = null;
    }
  }
  if (utf8 !== null) {
    if (declared && (GB.has(declared) || BIG5.has(declared)) && hasNonAscii(bytes)) notes.push(`页面声明编码 ${declared}，但内容是有效的 UTF-8，按 UTF-8 读取`);
    return { text: utf8, encoding: 'utf-8', notes };
  }
  const nearly = nearlyUtf8(bytes);
  if (nearly) {
    notes.push(`文本是 UTF-8，但有 ${nearly.bad} 处无效字节序列（已替换为 �）`);
    return { text: nearly.text, encoding: 'utf-8', notes };
  }
  if (declared && BIG5.has(declared)) return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5'), encoding: 'big5', notes };
  if (declared && (declared === 'utf-8' || declared === 'utf8')) notes.push('页面声明 UTF-8，但内容不是有效的 UTF-8，按 GB18030 读取');
  const text = gb18030Native ? gb18030Native.decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  return { text, encoding: 'gb18030', notes };
}

const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * UTF-8 with a few broken sequences (a stray byte, a cut character) rather than another
 * encoding: GBK or Big5 bytes read as UTF-8 turn most of their characters into U+FFFD, a
 * damaged UTF-8 file only a handful. Read as GB18030 it would become mojibake throughout.
 */
function nearlyUtf8(bytes: Uint8Array): { text: string; bad: number } | null {
  if (clearlyNotUtf8(bytes)) return null;
  const text = utf8Lenient.decode(bytes);
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return bad > 0 && bad <= nonAscii * 0.01 ? { text, bad } : null;
}

const PROBE_BYTES = 2048;
const utf8Probe = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decided from the first bytes alone: the whole text has at most `bytes.length` non-ASCII
 * characters, so more U+FFFD than 1% of that in a prefix already fails nearlyUtf8's test.
 * (Streamed, so a character cut at the probe's end is not counted.)
 */
function clearlyNotUtf8(bytes: Uint8Array): boolean {
  const head = utf8Probe.decode(bytes.subarray(0, Math.min(bytes.length, PROBE_BYTES)), { stream: true });
  utf8Probe.decode(); // reset the streaming state
  const limit = bytes.length * 0.01;
  let bad = 0;
  for (let i = 0; i < head.length; i++) {
    if (head.charCodeAt(i) === 0xfffd && ++bad > limit) return true;
  }
  return false;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

// The characters junkRatio counts.
const JUNK = /[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]/;

/**
 * Share of characters that no text document contains (C0 controls, NUL, U+FFFD) in the first
 * 16K characters: binary data decoded as text scores high.
 */
export function junkRatio(text: string): number {
  const n = Math.min(text.length, 16384);
  if (n === 0) return 0;
  // Clean text (nearly every document) is recognised by one native scan.
  if (!JUNK.test(n < text.length ? text.slice(0, n) : text)) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / n;
}

/** Decode and refuse bytes that are not text in any encoding we read. */
export function decodeTextStrict(bytes: Uint8Array, where?: string): DecodedText {
  const decoded = decodeBytes(bytes);
  if (junkRatio(decoded.text) > 0.02) {
    fail('ENCODING', `无法识别的文本编码或二进制内容（${decoded.encoding} 解码后含大量控制字符）`, where);
  }
  return decoded;
}
