import type { SectionId } from '@gongkai/report-format';
import { normalizeForSimilarity } from './normalize';
import { similarityOfNormalized, type Passage, type SimilarityOptions } from './section-similarity';

/** A report's running text as the parser gives it (a ParsedReport is assignable). */
export type SectionTexts = { sections: readonly { id: SectionId; heading: string; text: string }[] };

export type SectionComparison = {
  sectionId: SectionId;
  /** The heading as printed in the current report. */
  heading: string;
  score: number;
  chars: number;
  copiedChars: number;
  passages: Passage[];
};

export type ReportComparison = {
  sections: SectionComparison[];
  /** Copied characters over compared characters, all compared sections together. */
  overall: number;
};

/**
 * Each section of `current` against the same section of `previous` (sections one report
 * lacks are not compared). Passages: a* ranges in the current section's text, b* in the
 * previous one's.
 */
export function compareReports(current: SectionTexts, previous: SectionTexts, opts: SimilarityOptions = {}): ReportComparison {
  const ignore = opts.ignoreBoilerplate ?? true;
  const minPassage = opts.minPassage ?? 20;
  const before = new Map(previous.sections.map((s) => [s.id, s]));
  const sections: SectionComparison[] = [];
  for (const s of current.sections) {
    const p = before.get(s.id);
    if (!p) continue;
    const r = similarityOfNormalized(s.text, normalizeForSimilarity(s.text, ignore), normalizeForSimilarity(p.text, ignore), minPassage);
    sections.push({ sectionId: s.id, heading: s.heading, score: r.score, chars: r.chars, copiedChars: r.copiedChars, passages: r.passages });
  }
  const chars = sections.reduce((a, s) => a + s.chars, 0);
  const copied = sections.reduce((a, s) => a + s.copiedChars, 0);
  return { sections, overall: chars === 0 ? 0 : copied / chars };
}
