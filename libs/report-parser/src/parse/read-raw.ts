import { readDocx } from '../docx/read-docx';
import { fail } from '../errors';
import { readHtml } from '../html/read-html';
import { decodeTextStrict } from '../sniff/decode-text';
import { looksLikeHtml } from '../sniff/sniff-layout';
import { readText } from '../text/read-text';
import type { Layout, RawDocument } from '../types';

export type RawRead = { raw: RawDocument; notes: string[] };

/** Text, HTML or DOCX bytes to the neutral RawDocument (PDF is read asynchronously elsewhere). */
export function readRawSync(bytes: Uint8Array, layout: Exclude<Layout, 'pdf'>, where?: string): RawRead {
  if (layout === 'docx') return { raw: readDocx(bytes, where), notes: [] };
  const decoded = decodeTextStrict(bytes, where);
  if (decoded.text.trim() === '') fail('EMPTY', '文件只有空白字符', where);
  const notes = [...decoded.notes];
  if (decoded.encoding !== 'utf-8') notes.push(`文本编码：${decoded.encoding}`);
  // Markup is read as HTML even when the caller forced 'text': the content decides.
  const html = layout === 'html' || looksLikeHtml(decoded.text);
  return { raw: html ? readHtml(decoded.text) : readText(decoded.text), notes };
}
