import { toHalfWidth } from '@gongkai/report-format';

// What toHalfWidth changes (it maps char for char): only those runs go through it, the rest of
// the text is copied as it is (folding a whole section char by char makes much garbage).
const FOLDED = /[\uff01-\uff5e\u3000\u00a0]+/g;

/**
 * Text prepared for matching: full-width digits and punctuation folded to ASCII (one char
 * for one char, so offsets stay valid). After folding, clauses end at , ; : and sentences
 * at 。 ; ! ? or a line break.
 */
export const foldText = (text: string): string => text.replace(FOLDED, toHalfWidth);

export type Sentence = { text: string; start: number };

// Sentence ends 。 ; ! ? \n and clause ends (those and , :) by char code: these loops run over every character.
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a;
const isClauseEnd = (c: number): boolean => isSentenceEnd(c) || c === 0x2c || c === 0x3a;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isSentenceEnd(text.charCodeAt(i))) {
      if (i > start) out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** The part of the clause that precedes `index` in `s` (from the last , : ; before it). */
export function clausePrefix(s: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && !isClauseEnd(s.charCodeAt(i))) i--;
  return s.slice(i + 1, index);
}

/** The rest of the clause from `index`. */
export function clauseRest(s: string, index: number): string {
  let i = index;
  while (i < s.length && !isClauseEnd(s.charCodeAt(i))) i++;
  return s.slice(index, i);
}

/** Up to `max` characters of a quote, cut at the start if longer. */
export const quote = (s: string, max = 40): string => {
  const t = s.trim();
  return t.length > max ? `…${t.slice(t.length - max)}` : t;
};
