import { SECTIONS } from '@gongkai/report-format';
import { compareReports, type SectionTexts } from '../similarity/compare-reports';
import type { Flag } from '../types';
import { makeFlag } from '../util/flag';

/** A report as TEXT_COPIED compares it: its id, year, agency and running text by section. */
export type TextReport = SectionTexts & { id: string; year: number | null; agency?: string | null };

/**
 * When a section counts as copied (README: TEXT_COPIED). A section is flagged when at least
 * 60 % of its compared characters lie in passages of ≥ 20 characters found in the source
 * report. Why these numbers: 20 characters is a full clause in Chinese, longer than any stock
 * phrase (进一步加强政府信息公开工作 is 12), so chance matches between two honest texts stay
 * rare; and an honest re-write that keeps a few sentences (a standing mechanism, an address)
 * repeats well under half of a section, while a copy with the year and the numbers changed
 * repeats nearly all of it (numbers are normalised, so it scores ≈ 1). Sections with fewer
 * than 80 compared characters (after boilerplate) are not assessed: "本年度未收取信息处理费"
 * may rightly be the same every year.
 */
export const TEXT_COPIED_THRESHOLD = { score: 0.6, minPassage: 20, minChars: 80 } as const;

const pct = (x: number) => Math.round(x * 100);

/** Sections of `current` that repeat `source` (the same agency's previous report, or another agency's). */
export function textCopied(current: TextReport, source: TextReport): Flag[] {
  const { sections } = compareReports(current, source, { minPassage: TEXT_COPIED_THRESHOLD.minPassage });
  const sameAgency = !current.agency || !source.agency || current.agency === source.agency;
  const zhSource = `${sameAgency ? '' : source.agency}${source.year ?? ''}年报告（${source.id}）`;
  const enSource = `the ${sameAgency ? '' : `${source.agency} `}${source.year ?? ''} report (${source.id})`.replace(/\s+/g, ' ');
  return sections
    .filter((s) => s.chars >= TEXT_COPIED_THRESHOLD.minChars && s.score >= TEXT_COPIED_THRESHOLD.score)
    .map((s) => {
      const def = SECTIONS.find((d) => d.id === s.sectionId)!;
      const n = SECTIONS.indexOf(def) + 1;
      const score = Math.round(s.score * 100) / 100;
      return makeFlag('TEXT_COPIED', [], source.id, score, {
        zh: `“${def.number}、${def.zh}”部分 ${pct(s.score)}% 的文字（${s.chars} 字中的 ${s.copiedChars} 字，${s.passages.length} 段）与${zhSource}相同`,
        en: `Section ${n} (${def.en}): ${pct(s.score)}% of the text (${s.copiedChars} of ${s.chars} characters, ${s.passages.length} passage${s.passages.length > 1 ? 's' : ''}) repeats ${enSource}`,
      });
    });
}
