import { roundMoney, type SectionId } from '@gongkai/report-format';
import { APPROX_BEFORE } from './guards';
import { NUM, parseNumber } from './numbers';
import { foldText } from './spans';

export type Itemization = {
  section: SectionId;
  /** The words that state the total ("新增主动公开政府信息1301条"). */
  totalText: string;
  total: number;
  unit: string;
  items: { label: string; value: number }[];
  sum: number;
};

const UNITS = '人次|万元|亿元|条|件|个|项|份|篇|期|次|起|宗|场|家|元';
/** The total: a figure and its unit right before 其中, a parenthesis ("（含…）") and punctuation allowed between. */
const TOTAL_BEFORE = new RegExp(`${NUM}\\s*(${UNITS})\\s*(?:\\([^()]*\\))?\\s*[,。:;]?\\s*$`);
/** One listed item: a label, then its figure and unit, nothing after. */
const ITEM = new RegExp(`^(.+?)${NUM}\\s*(余|多)?\\s*(${UNITS})(.*)$`);
const LIST_INTRO = /^(?:包括|包含|主要有|主要包括|分别为|分别是|有|为)?\s*[:,]?\s*/;
/** A list of changes, shares or channels (通过网站…、通过新媒体… overlap), not of parts. */
const NOT_PARTS = /较|同比|增长|增加|减少|下降|上升|占|比例|%|百分|通过/;
/** A total that is a change, not an amount. */
const TOTAL_IS_CHANGE = /较|同比|增长|增加|减少|下降|上升|多|少/;
const LIST_END = /[。;!?\n]/;

/**
 * Itemised statements: a total, then "其中" and a list of parts up to the end of the sentence
 * ("新增主动公开政府信息1301条。其中包括：政策法规信息40条，重大决策公开6条，…").
 * Lists that say they are incomplete (等), approximate figures, changes or shares are skipped.
 * `folded`: the texts are already folded (text/spans: foldText).
 */
export function findItemizations(sections: readonly { id: SectionId; text: string }[], folded = false): Itemization[] {
  const out: Itemization[] = [];
  for (const section of sections) {
    const text = folded ? section.text : foldText(section.text);
    for (const m of text.matchAll(/其中/g)) {
      const found = readItemization(text, m.index);
      if (found) out.push({ section: section.id, ...found });
    }
  }
  return out;
}

function readItemization(text: string, at: number): Omit<Itemization, 'section'> | null {
  const before = text.slice(Math.max(0, at - 80), at);
  const t = TOTAL_BEFORE.exec(before);
  if (!t) return null;
  const total = parseNumber(t[1]);
  const unit = t[2];
  if (total == null || total === 0) return null;
  // The clause that states the total, from the previous , ; 。 or line break.
  const clauseStart = Math.max(...[',', '。', ';', ':', '\n'].map((c) => before.lastIndexOf(c, t.index - 1))) + 1;
  const totalClause = before.slice(clauseStart, t.index + t[0].replace(/[\s,。:;]+$/, '').length).replace(/\([^()]*\)\s*$/, '').trim();
  const lead = before.slice(clauseStart, t.index);
  if (APPROX_BEFORE.test(lead) || TOTAL_IS_CHANGE.test(lead)) return null;
  if (/^\s*(?:余|多)/.test(before.slice(t.index + t[1].length))) return null;

  let rest = text.slice(at + 2);
  const end = rest.search(LIST_END);
  rest = (end >= 0 ? rest.slice(0, end) : rest).replace(LIST_INTRO, '');
  rest = rest.replace(/\([^()]*\)/g, '');
  const items: { label: string; value: number }[] = [];
  for (const raw of rest.split(/[,、]/)) {
    const seg = raw.trim();
    if (seg.length === 0 || seg.includes('其中')) break;
    const m = ITEM.exec(seg);
    if (!m) break;
    const [, label, num, approx, itemUnit, tail] = m;
    if (approx || APPROX_BEFORE.test(label)) return null;
    if (NOT_PARTS.test(label)) return null;
    if (!/\p{Script=Han}/u.test(label)) break;
    if (itemUnit !== unit) break;
    const value = parseNumber(num);
    if (value == null) return null;
    const tailText = tail.trim();
    if (tailText.includes('等')) return null; // "…111件等平台": the list says it is incomplete
    items.push({ label: label.trim(), value });
    if (tailText.length > 0) break;
  }
  if (items.length < 2) return null;
  return { totalText: totalClause, total, unit, items, sum: roundMoney(items.reduce((a, b) => a + b.value, 0)) };
}
