import { toHalfWidth } from '@gongkai/report-format';
import type { RawDocument } from '../types';
import { isoDate } from '../util/dates';

const LABELLED = /(?:发布|发表|公开|成文|印发|生成)(?:日期|时间)\s*[:：]\s*|^\s*日期\s*[:：]\s*/;
const DATE_ONLY = /^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九OＯ]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*$/;

/**
 * The publication date: declared by the source (HTML meta), printed as "发布时间：…", or the
 * date line that closes the report ("2023年1月20日" under the agency's name); failing those, the
 * file's creation date (a PDF made after the deadline cannot have been published before it).
 */
export function findPublishedAt(doc: RawDocument): string | null {
  if (doc.publishedAt) return doc.publishedAt;
  const texts: string[] = [];
  for (const b of doc.blocks) if (b.kind === 'text') texts.push(b.text);
  for (const t of texts) {
    if (t.length > 300) continue;
    const m = LABELLED.exec(t);
    if (!m) continue;
    const d = isoDate(toHalfWidth(t.slice(m.index + m[0].length)));
    if (d) return d;
  }
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 15); i--) {
    if (texts[i].length > 24) continue; // before converting: a 10 MB paragraph is no date line
    const t = toHalfWidth(texts[i]);
    if (DATE_ONLY.test(t)) return isoDate(t);
  }
  return doc.createdAt ?? null;
}
