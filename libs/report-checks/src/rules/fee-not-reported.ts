import { SECTIONS } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { fmt } from '../util/numbers';
import type { ReportRule } from './rule';

const UNPAID = 't3.otherProcessing.unpaidFee.total';
/** Section 六 speaks of the fee: 信息处理费 / 信息公开处理费 / 处理费, or fees for requests ("未向申请人收取任何费用"). */
const MENTIONS_FEE = /处理费|(?:信息公开|申请)[^。\n]{0,12}(?:收费|费用)|(?:收费|费用)[^。\n]{0,12}(?:信息公开|申请)/;

/**
 * The 2021 template asks section 六 to report the 信息处理费 collected under 国办函〔2020〕109号
 * (none collected is a statement too). Flagged when a 2021-template report's section 六 never
 * mentions it; `cells` point at table 3's 逾期未缴费 row when it shows fee notices (> 0).
 */
export const feeNotReported: ReportRule = {
  code: 'FEE_NOT_REPORTED',
  evaluate(ctx) {
    if (ctx.template !== '2021') return [];
    const six = ctx.input.sections.filter((s) => s.id === 's6');
    if (six.length === 0 || six.some((s) => MENTIONS_FEE.test(s.text))) return [];
    const unpaid = ctx.cells[UNPAID];
    const charged = unpaid != null && unpaid > 0;
    const def = SECTIONS.find((s) => s.id === 's6')!;
    const heading = `${def.number}、${def.zh}`;
    return [makeFlag('FEE_NOT_REPORTED', charged ? [UNPAID] : [], '信息处理费', charged ? unpaid : null, {
      zh: `“${heading}”未报告信息处理费收取情况${charged ? `，而表三“申请人逾期未按收费通知要求缴纳费用”为 ${fmt(unpaid)} 件，说明本年发出过收费通知` : '（2021 年版格式要求报告，未收取也应说明）'}`,
      en: `Section 6 (${def.en}) does not report information-processing fees${charged ? `, although table 3 shows ${fmt(unpaid)} request(s) dropped for an unpaid fee notice` : ' (the 2021 template asks for it, none collected included)'}`,
    })];
  },
};
