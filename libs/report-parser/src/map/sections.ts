import { SECTIONS, labelForms, normalizeLabel, type SectionId } from '@gongkai/report-format';
import { LIMITS } from '../limits';
import type { RawDocument, ReportSection, SourcePos } from '../types';
import { memoByText } from '../util/memo';

// Heading numbers: 一、 / 一 、 / 第一部分 are top level; 6、 / 6. are top level too when they
// name a section; （一） / （1） / (1) are sub-headings and only count when the report uses no
// other numbering for its sections.
const NUMBERED = /^\s*(?:([一二三四五六七八九十]{1,3})\s*[、.．,，:：]|第([一二三四五六七八九十]{1,3})\s*(?:部分|章)[、.．:：]?|(\d{1,2})\s*[、.．:：](?!\d)|[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）][、.．]?)\s*/;
const CN = '一二三四五六七八九十';
// Page chrome after the report on a web page ends the last section.
const CHROME = /^(?:版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|分享到|相关链接|上一篇|下一篇)|ICP备|公网安备/;

type Kind = 'top' | 'sub' | 'none';
type Candidate = { id: SectionId; block: number; heading: string; pos: SourcePos; score: number; kind: Kind };

const FORMS = SECTIONS.map((s) => ({ id: s.id, number: s.number, zh: normalizeLabel(s.zh), forms: labelForms(s) }));

// A heading run into its first sentence: "一、总体情况。2022年，我局……"
const RUN_IN = /^(.{2,40}?)[。：:]/;

function headingCandidate(text: string, block: number, pos: SourcePos): Candidate | null {
  const whole = text.length > LIMITS.maxHeadingChars ? null : lineCandidate(text, block, pos);
  if (whole) return whole;
  const head = NUMBERED.test(text.slice(0, 12)) ? RUN_IN.exec(text.slice(0, 60)) : null;
  const c = head ? lineCandidate(head[1], block, pos) : null;
  return c && c.kind === 'top' ? { ...c, heading: head ? head[1] : c.heading, score: c.score - 1 } : null;
}

type Match = { id: SectionId; score: number; kind: Kind };

// Headings and short lines repeat from report to report: what a line reads as, by its text.
const matchOf = memoByText(5000, lineMatch);

function lineCandidate(text: string, block: number, pos: SourcePos): Candidate | null {
  const m = matchOf(text);
  return m ? { id: m.id, block, heading: text, pos, score: m.score, kind: m.kind } : null;
}

function lineMatch(text: string): Match | null {
  const m = NUMBERED.exec(text);
  const kind: Kind = !m ? 'none' : m[4] !== undefined ? 'sub' : 'top';
  const num = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
  const rest = normalizeLabel(m ? text.slice(m[0].length) : text);
  if (rest.length < 2) return null;
  let best: Match | null = null;
  for (const f of FORMS) {
    let score = 0;
    if (rest === f.zh) score = 4;
    else if (f.forms.includes(rest)) score = 3;
    else if (f.forms.some((x) => x.length >= 4 && rest.startsWith(x) && rest.length - x.length <= 6)) score = 2;
    else continue;
    if (kind === 'top') score += 3;
    else if (kind === 'sub') score -= 1;
    else if (score < 3) continue; // an unnumbered line must be the heading itself
    if (num !== undefined && (num === f.number || Number(num) === CN.indexOf(f.number) + 1)) score += 1;
    if (!best || score > best.score) best = { id: f.id, score, kind };
  }
  return best;
}

/**
 * The six sections by their headings, tolerant of renumbering ("6、"), reordering, spacing and
 * wording variants. Each section's text is the running text up to the next section heading.
 */
export function findSections(doc: RawDocument): { sections: ReportSection[]; preamble: string } {
  const candidates: Candidate[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'text') return;
    const c = headingCandidate(b.text, i, b.pos);
    if (c) candidates.push(c);
  });
  // A （一）-numbered line counts only for a section no top-level heading names, and, when the
  // report numbers its sections 一、二、…, only if it is the official heading itself (so the
  // sub-heading "（1）主动公开情况" under 一、总体情况 is not taken for section 二).
  const topLevel = new Set(candidates.filter((c) => c.kind !== 'sub').map((c) => c.id));
  const usable = candidates.filter((c) => c.kind !== 'sub' || (!topLevel.has(c.id) && (topLevel.size < 3 || c.score >= 3)));
  const chosen = new Map<SectionId, Candidate>();
  for (const c of usable) {
    const prev = chosen.get(c.id);
    if (!prev || c.score > prev.score) chosen.set(c.id, c);
  }
  const heads = [...chosen.values()].sort((a, b) => a.block - b.block);
  const sections = heads.map((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1].block : doc.blocks.length;
    const parts: string[] = [];
    const own = doc.blocks[h.block];
    // a heading run into its first sentence: the sentence belongs to the section
    if (own.kind === 'text' && own.text !== h.heading) parts.push(own.text.slice(h.heading.length).replace(/^[。：:\s]+/, ''));
    for (let i = h.block + 1; i < end; i++) {
      const b = doc.blocks[i];
      if (b.kind !== 'text') continue;
      if (k + 1 === heads.length && CHROME.test(b.text)) break;
      parts.push(b.text);
    }
    return { id: h.id, heading: h.heading, text: parts.join('\n'), pos: h.pos };
  });
  return { sections, preamble: preambleText(doc, heads.length ? heads[0].block : doc.blocks.length) };
}

/**
 * The text before section 一 (title, legal basis, statistics period, contact): kept apart
 * because the mandatory statements usually stand there. Bounded: on a web page it also holds
 * the site's navigation.
 */
function preambleText(doc: RawDocument, end: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; i < end && size < LIMITS.maxPreambleChars; i++) {
    const b = doc.blocks[i];
    if (b.kind !== 'text') continue;
    parts.push(b.text);
    size += b.text.length;
  }
  return parts.join('\n').slice(0, LIMITS.maxPreambleChars);
}
