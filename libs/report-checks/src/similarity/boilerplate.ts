import { getTable, SECTIONS, TEMPLATE_IDS, templateCells, type TableId } from '@gongkai/report-format';

// Text every report must or usually does contain, which is therefore not "copied": the
// statutory opening sentence (根据《中华人民共和国政府信息公开条例》…编制本报告), the statistics
// period, the contact line, the download line, the structure sentence, citations of laws and
// documents (《…》, 〔2021〕30号), and the template's own headings and table labels (from the
// catalog). Each pattern matches a whole sentence or a fixed phrase, never free prose.

/** A sentence containing one of these is template text as a whole (tested sentence by sentence: linear time). */
const SENTENCES: readonly RegExp[] = [
  /根据《中华人民共和国政府信息公开条例》.*?(?:编制|发布|制定|形成|公布).*?报告/,
  /统计(?:期限|期间|时限|时段|区间)/,
  /(?:如|若)(?:对本(?:年度)?报告)?有(?:任何)?(?:疑问|问题|意见).*?联系/,
  /报告(?:的)?电子版/,
  /全文(?:包括|共分|分为)/,
];
/** Fixed phrases inside any sentence: the contact bracket, citations of laws and documents. */
const PHRASES: readonly RegExp[] = [
  /[（(]地址[^（()）]{0,80}电话[^（()）]{0,40}[）)]/g,
  /《[^《》\n]{2,60}》/g,
];
/** 文号: 〔2021〕30号, extended back over its issuer's abbreviation (国办公开办函) and an opening bracket. */
const DOC_NUMBER = /〔\d{4}〕\s*\d+\s*号[）)]?/g;
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const SENTENCE = /[^。！？\n]+[。！？]?/g;

const labelSet = new Set<string>();
for (const s of SECTIONS) labelSet.add(s.zh);
for (const template of TEMPLATE_IDS) {
  for (const table of ['t2', 't3', 't4'] as TableId[]) {
    const t = getTable(template, table);
    labelSet.add(t.zh);
    for (const g of t.groups) labelSet.add(g.zh);
  }
  for (const c of templateCells(template, true)) {
    labelSet.add(c.row.zh);
    labelSet.add(c.column.zh);
  }
}
/** Template labels long enough not to be ordinary words (自然人 is a word; 本年新收政府信息公开申请数量 is a label). */
const LABELS: readonly string[] = [...labelSet].filter((l) => l.length >= 5).sort((a, b) => b.length - a.length);
/** Labels by their first two characters (as one number): one pass over the text finds them all. */
// A small integer key (stays a V8 small integer, no allocation); collisions are settled by startsWith.
const pair = (s: string, i: number) => ((s.charCodeAt(i) << 5) ^ s.charCodeAt(i + 1)) & 0xfffff;
const BY_PREFIX = new Map<number, string[]>();
for (const l of LABELS) {
  const list = BY_PREFIX.get(pair(l, 0));
  if (list) list.push(l);
  else BY_PREFIX.set(pair(l, 0), [l]);
}

/** Ranges [start, end) of the original text that are template boilerplate. */
export function boilerplateRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(SENTENCE)) if (SENTENCES.some((re) => re.test(m[0]))) out.push([m.index, m.index + m[0].length]);
  for (const re of PHRASES) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DOC_NUMBER)) {
    let start = m.index;
    for (let n = 0; n < 8 && start > 0 && isIdeograph(text.charCodeAt(start - 1)); n++) start--;
    if (start > 0 && (text[start - 1] === '（' || text[start - 1] === '(')) start--;
    out.push([start, m.index + m[0].length]);
  }
  for (let i = 0; i + 1 < text.length; i++) {
    const list = BY_PREFIX.get(pair(text, i));
    if (!list) continue;
    const label = list.find((l) => text.startsWith(l, i)); // longest first
    if (label) {
      out.push([i, i + label.length]);
      i += label.length - 1;
    }
  }
  return out;
}
