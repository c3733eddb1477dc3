import { boilerplateRanges } from './boilerplate';

/** Stands between two runs of text a passage may not cross (boilerplate was cut out there). */
export const BREAK = 0;
/** Every number becomes this one symbol. */
const NUMBER = 0x23;

/**
 * Text as compared: letters, digits and CJK ideographs only (spacing and punctuation vary
 * between copies), full-width forms folded, letters lower-cased, every number (a run of
 * digits, with its decimal point) one '#' so a copy with the year or the counts changed still
 * matches, and boilerplate replaced by a BREAK. `start[i]`/`end[i]` give the original range
 * of normalised character i, for highlighting.
 */
export type Normalized = { codes: number[]; start: number[]; end: number[]; content: number };

const WORD = /[\p{L}\p{N}]/u;
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

export function normalizeForSimilarity(text: string, ignoreBoilerplate = true): Normalized {
  const masked = new Uint8Array(text.length);
  if (ignoreBoilerplate) for (const [a, b] of boilerplateRanges(text)) masked.fill(1, a, b);
  const codes: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let content = 0;
  const push = (c: number, s: number, e: number) => {
    if (c === BREAK) {
      if (codes.length === 0 || codes[codes.length - 1] === BREAK) return;
    } else content++;
    codes.push(c);
    start.push(s);
    end.push(e);
  };
  let i = 0;
  while (i < text.length) {
    if (masked[i]) {
      push(BREAK, i, i + 1);
      i++;
      continue;
    }
    if (isDigit(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && !masked[j] && (isDigit(text.charCodeAt(j)) || ((text[j] === '.' || text[j] === '．') && isDigit(text.charCodeAt(j + 1))))) j++;
      push(NUMBER, i, j);
      i = j;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1; // surrogate pairs (rare ideographs) stay whole
    const folded = fold(cp, text, i, width);
    if (folded >= 0) push(folded, i, i + width);
    i += width;
  }
  if (codes[codes.length - 1] === BREAK) {
    codes.pop();
    start.pop();
    end.pop();
  }
  return { codes, start, end, content };
}

/** The compared code of a letter, digit or ideograph (full-width folded, lower case); -1 for anything else. */
function fold(cp: number, text: string, i: number, width: number): number {
  if (cp >= 0x4e00 && cp <= 0x9fff) return cp;
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) ? cp : -1;
  }
  if (cp >= 0xff01 && cp <= 0xff5e) return fold(cp - 0xfee0, text, i, width);
  if (cp >= 0x3000 && cp <= 0x303f) return cp === 0x3007 ? cp : -1; // CJK punctuation, but 〇 is a numeral
  const ch = text.slice(i, i + width);
  return WORD.test(ch) ? ch.toLowerCase().codePointAt(0)! : -1;
}
