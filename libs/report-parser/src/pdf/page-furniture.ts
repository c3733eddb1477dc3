import type { TextLine } from './pdf-types';

/** Page numbers as printed: "3", "-3-", "— 3 —", "第3页 共5页", "共5页 第3页", "3/5", "Page 3 of 5". */
const PAGE_NUMBER = [
  /^[-—–―－~～·•\s]*\d{1,4}[-—–―－~～·•\s]*$/,
  /^第\s*\d{1,4}\s*页\s*[,，、/]?\s*(共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，、/]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];
/** Share of the page height at the top and bottom where headers and footers live. */
const TOP_MARGIN = 0.12;
const BOTTOM_MARGIN = 0.15;

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

function inMargin(line: TextLine, height: number): boolean {
  return line.y1 <= height * TOP_MARGIN || line.y0 >= height * (1 - BOTTOM_MARGIN);
}

/**
 * Drops page numbers and running headers/footers: lines in the top or bottom margin that
 * are a page number, or whose text (digits aside) recurs at the same height on most pages.
 */
export function dropFurniture(pages: { height: number; lines: TextLine[] }[]): TextLine[][] {
  const key = (l: TextLine) => `${l.text.replace(/\d+/g, '#')}@${Math.round(l.y0 / 6)}`;
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set(p.lines.filter((l) => inMargin(l, p.height)).map(key));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // Two pages: a margin line on both is furniture; more pages: on at least three and half of them.
  const needed = pages.length === 2 ? 2 : Math.max(3, pages.length / 2);
  const recurring = (l: TextLine) => pages.length >= 2 && (counts.get(key(l)) ?? 0) >= needed;
  return pages.map((p) => p.lines.filter((l) => !(inMargin(l, p.height) && (isPageNumber(l.text) || recurring(l)))));
}
