import { clean, shingleHash } from './hash';
import { normalizeForSimilarity, type Normalized } from './normalize';

/** A repeated passage: ranges [start, end) in the original texts, and the text as it stands in `a`. */
export type Passage = { aStart: number; aEnd: number; bStart: number; bEnd: number; text: string };

export type SimilarityResult = {
  /** Share of a's compared characters that lie in passages repeated from b (0…1). */
  score: number;
  /** Compared characters of a (letters, digits, ideographs; numbers count 1; boilerplate excluded). */
  chars: number;
  /** Of these, the ones inside repeated passages. */
  copiedChars: number;
  passages: Passage[];
};

export type SimilarityOptions = {
  /** Shortest passage that counts, in compared characters (default 20: a clause, not a stock phrase). */
  minPassage?: number;
  /** Leave the template's fixed sentences and labels out (default true). */
  ignoreBoilerplate?: boolean;
};

/** Seed length: a passage is found from any 8 characters it shares, then extended as far as the texts agree. */
const SEED = 8;
/** A seed that occurs more often than this in b is a stock phrase; its first places are enough. */
const MAX_CANDIDATES = 64;

/**
 * How much of text `a` repeats text `b`, and where: greedy string tiling from 8-character
 * seeds, each extended to the longest common passage, scanned left to right through a; a
 * passage counts when it is at least `minPassage` compared characters long. Linear in the
 * texts' length for ordinary prose (hash lookups, each character of a covered once).
 */
export function sectionSimilarity(a: string, b: string, opts: SimilarityOptions = {}): SimilarityResult {
  const ignore = opts.ignoreBoilerplate ?? true;
  return similarityOfNormalized(a, normalizeForSimilarity(a, ignore), normalizeForSimilarity(b, ignore), opts.minPassage ?? 20);
}

/** The same on texts already normalised (compareReports normalises each section once). */
export function similarityOfNormalized(aText: string, a: Normalized, b: Normalized, minPassage: number): SimilarityResult {
  const min = Math.max(minPassage, SEED);
  const seeds = new Map<number, number[]>();
  for (let j = 0; j + SEED <= b.codes.length; j++) {
    if (!clean(b.codes, j, SEED)) continue;
    const h = shingleHash(b.codes, j, SEED);
    const list = seeds.get(h);
    if (!list) seeds.set(h, [j]);
    else if (list.length < MAX_CANDIDATES) list.push(j);
  }
  const passages: Passage[] = [];
  let copied = 0;
  let i = 0;
  while (i + SEED <= a.codes.length) {
    const list = clean(a.codes, i, SEED) ? seeds.get(shingleHash(a.codes, i, SEED)) : undefined;
    let best = 0;
    let bestJ = -1;
    for (const j of list ?? []) {
      let len = 0;
      while (i + len < a.codes.length && j + len < b.codes.length && a.codes[i + len] === b.codes[j + len] && a.codes[i + len] !== 0) len++;
      if (len > best) {
        best = len;
        bestJ = j;
      }
    }
    if (best >= min) {
      const aStart = a.start[i];
      const aEnd = a.end[i + best - 1];
      passages.push({ aStart, aEnd, bStart: b.start[bestJ], bEnd: b.end[bestJ + best - 1], text: aText.slice(aStart, aEnd) });
      copied += best;
      i += best;
    } else i++;
  }
  const score = a.content === 0 ? 0 : copied / a.content;
  return { score, chars: a.content, copiedChars: copied, passages };
}
