import { SECTIONS } from '@gongkai/report-format';
import { contentChars, MEASURE_CUE, PROBLEM_CUE, specificity } from '../text/generic-phrases';
import { makeFlag } from '../util/flag';
import type { ReportRule } from './rule';

/** Why section 五 reads as boilerplate; the flag's `actual`. */
export type BoilerplateReason = 'empty' | 'short' | 'noProblem' | 'noMeasure' | 'generic';

/**
 * The heuristic (README: PROBLEMS_BOILERPLATE), first match wins:
 * - `empty`: fewer than 10 compared characters, or only "无/暂无/没有/不涉及";
 * - `short`: fewer than 60 (a problem and a measure take a sentence each, ≈ 30 characters);
 * - `noProblem` / `noMeasure`: no sentence names a problem (不足, 不够, 滞后 …) / a measure (将, 措施, 整改 …);
 * - `generic`: once the stock phrases are taken out (text/generic-phrases.ts), fewer than 30
 *   characters or less than 30 % of the text is left: nothing names a concrete problem or step.
 */
export const BOILERPLATE_LIMITS = { empty: 10, short: 60, specificChars: 30, specificShare: 0.3 } as const;

/** The reason section 五's text reads as boilerplate, or null (`n`: contentChars(text), when known). */
export function boilerplateReason(text: string, n = contentChars(text)): BoilerplateReason | null {
  if (n < BOILERPLATE_LIMITS.empty || /^\s*(?:无|暂无|没有|不涉及)\S{0,12}$/.test(text.trim())) return 'empty';
  if (n < BOILERPLATE_LIMITS.short) return 'short';
  if (!PROBLEM_CUE.test(text)) return 'noProblem';
  if (!MEASURE_CUE.test(text)) return 'noMeasure';
  const s = specificity(text, n);
  if (s.specific < BOILERPLATE_LIMITS.specificChars || s.share < BOILERPLATE_LIMITS.specificShare) return 'generic';
  return null;
}

const REASON: Record<BoilerplateReason, { zh: string; en: string }> = {
  empty: { zh: '内容为空', en: 'is empty' },
  short: { zh: '内容过短', en: 'is too short to state a problem and a measure' },
  noProblem: { zh: '未说明存在的具体问题', en: 'names no problem' },
  noMeasure: { zh: '未说明改进措施', en: 'names no improvement measure' },
  generic: { zh: '只有通用表述，未写明具体问题和改进措施', en: 'has only stock phrases, no concrete problem or measure' },
};

/** Section 五 empty, too short, or only stock phrases (a missing section is SECTION_MISSING's). */
export const problemsBoilerplate: ReportRule = {
  code: 'PROBLEMS_BOILERPLATE',
  evaluate(ctx) {
    if (!ctx.template) return [];
    const def = SECTIONS.find((s) => s.id === 's5')!;
    const parts = ctx.input.sections.filter((s) => s.id === 's5');
    if (parts.length === 0) return [];
    const text = parts.map((s) => s.text).join('\n');
    const n = contentChars(text);
    const reason = boilerplateReason(text, n);
    if (!reason) return [];
    const heading = `${def.number}、${def.zh}`;
    return [makeFlag('PROBLEMS_BOILERPLATE', [], heading, reason, {
      zh: `“${heading}”部分${REASON[reason].zh}（${n} 字）`,
      en: `Section 5 (${def.en}) ${REASON[reason].en} (${n} characters)`,
    })];
  },
};
