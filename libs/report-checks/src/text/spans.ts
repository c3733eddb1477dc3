import { toHalfWidth } from '@gongkai/report-format';

/**
 * Text prepared for matching: full-width digits and punctuation folded to ASCII (one char
 * for one char, so offsets stay valid). After folding, clauses end at , ; : and sentences
 * at 。 ; ! ? or a line break.
 */
export const foldText = (text: string): string => toHalfWidth(text);

export type Sentence = { text: string; start: number };

const SENTENCE_END = /[。;!?\n]/;
const CLAUSE_END = /[,:;。!?\n]/;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i])) {
      if (i > start) out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** The part of the clause that precedes `index` in `s` (from the last , : ; before it). */
export function clausePrefix(s: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && !CLAUSE_END.test(s[i])) i--;
  return s.slice(i + 1, index);
}

/** The rest of the clause from `index`. */
export function clauseRest(s: string, index: number): string {
  let i = index;
  while (i < s.length && !CLAUSE_END.test(s[i])) i++;
  return s.slice(index, i);
}

/** Up to `max` characters of a quote, cut at the start if longer. */
export const quote = (s: string, max = 40): string => {
  const t = s.trim();
  return t.length > max ? `…${t.slice(t.length - max)}` : t;
};
