import { SECTIONS } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import type { ReportRule } from './rule';

/** One of the six sections is missing (free-form reports before 2019 have no fixed sections). */
export const sectionMissing: ReportRule = {
  code: 'SECTION_MISSING',
  evaluate(ctx) {
    if (!ctx.template) return [];
    const have = new Set(ctx.input.sections.map((s) => s.id));
    return SECTIONS.filter((s) => !have.has(s.id)).map((s) => {
      const heading = `${s.number}、${s.zh}`;
      const n = SECTIONS.indexOf(s) + 1;
      return makeFlag('SECTION_MISSING', [], heading, null, {
        zh: `报告缺少“${heading}”部分`,
        en: `Section ${n} (${s.en}) is missing`,
      });
    });
  },
};
