import { findAgencyType } from '@gongkai/report-format';
import type { ReportContext } from '../context';
import { makeFlag } from '../util/flag';
import type { ReportRule } from './rule';

type Statement = {
  id: string;
  zh: string;
  en: string;
  /** What must be found (every pattern; the missing ones are named). */
  parts: readonly { zh: string; re: RegExp }[];
  /** When the statement is required and can be judged. */
  applies(ctx: ReportContext): boolean;
};

const GOVERNMENT = findAgencyType('government')!;
const isGovernment = (agency: string | null | undefined): boolean => !!agency && GOVERNMENT.nameMarkers.some((m) => agency.trim().endsWith(m));
// The statistics period and the contact sit in the opening paragraph before 一、总体情况:
// without that text (`preamble` absent) their absence cannot be told.
const hasPreamble = (ctx: ReportContext): boolean => typeof ctx.input.preamble === 'string';

/**
 * The statements checked (README: STATEMENT_MISSING):
 * - `period`: the statistics period ("本报告中所列数据统计期限自…起至…止" or 统计期间/时限, or
 *   "自2022年1月1日起至2022年12月31日"): what makes the tables' numbers one calendar year;
 * - `contact`: whom to ask ("如有疑问，请与…联系", 联系电话, 咨询电话);
 * - `supervision`: a 人民政府's report must give its 工作考核、社会评议和责任追究结果情况
 *   (《条例》第五十条第（四）项; 2021 template: 一、总体情况 · 监督保障).
 */
export const STATEMENTS: readonly Statement[] = [
  {
    id: 'period', zh: '数据统计期限', en: 'the statistics period',
    parts: [{ zh: '统计期限', re: /统计(?:期限|期间|时限|时段|区间|时间|范围|周期)|自\s*\d{4}\s*年\s*1\s*月\s*1\s*日[^。\n]{0,8}(?:至|到)\s*(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日/ }],
    applies: hasPreamble,
  },
  {
    id: 'contact', zh: '咨询联系方式', en: 'a contact for questions',
    parts: [{ zh: '联系方式', re: /(?:疑问|意见|建议|问题)[^。\n]{0,40}联系|联系(?:电话|方式|人|地址|我们)|咨询电话|(?:电话|联系电话)\s*[:：]?\s*[（(]?\d{3,4}/ }],
    applies: hasPreamble,
  },
  {
    id: 'supervision', zh: '工作考核、社会评议和责任追究结果情况', en: 'the results of assessment, public appraisal and accountability',
    parts: [
      { zh: '工作考核', re: /考核/ },
      { zh: '社会评议', re: /评议|测评|评价/ },
      { zh: '责任追究', re: /责任追究|追责|问责|追究/ },
    ],
    applies: (ctx) => isGovernment(ctx.input.agency),
  },
];

/** A statement the template or the 条例 requires, not found anywhere in the report's text. */
export const statementMissing: ReportRule = {
  code: 'STATEMENT_MISSING',
  evaluate(ctx) {
    if (!ctx.template) return [];
    const text = [ctx.input.preamble ?? '', ...ctx.input.sections.map((s) => `${s.heading}\n${s.text}`)].join('\n');
    return STATEMENTS.filter((s) => s.applies(ctx)).flatMap((s) => {
      const missing = s.parts.filter((p) => !p.re.test(text));
      if (missing.length === 0) return [];
      const which = s.parts.length > 1 ? `（缺少：${missing.map((p) => p.zh).join('、')}）` : '';
      return [makeFlag('STATEMENT_MISSING', [], s.zh, null, {
        zh: `报告未说明${s.zh}${which}`,
        en: `The report does not state ${s.en}${s.parts.length > 1 ? ` (missing: ${missing.map((p) => p.zh).join(', ')})` : ''}`,
      })];
    });
  },
};
