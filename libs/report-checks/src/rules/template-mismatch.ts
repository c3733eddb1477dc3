import { templateForYear, TEMPLATES } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import type { ReportRule } from './rule';

/** The tables follow the other template than the report year requires (2021 on 2019 or the reverse). */
export const templateMismatch: ReportRule = {
  code: 'TEMPLATE_MISMATCH',
  evaluate({ input }) {
    if (input.year == null || input.template == null) return [];
    const required = templateForYear(input.year);
    if (!required || required === input.template) return [];
    const want = TEMPLATES[required];
    const have = TEMPLATES[input.template];
    return [makeFlag('TEMPLATE_MISMATCH', [], required, input.template, {
      zh: `${input.year} 年度报告应使用${want.zh}（${want.source}），但表格为${have.zh}（${have.source}）`,
      en: `A ${input.year} report must use the ${want.en} (${want.source}), but its tables follow the ${have.en} (${have.source})`,
    })];
  },
};
