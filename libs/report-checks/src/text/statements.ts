import { cellKey, TABLE3, TABLE4, type SectionId } from '@gongkai/report-format';
import type { ReportContext } from '../context';
import { t3OutcomeRows } from '../util/rows';
import { OTHER_CHANNELS } from './guards';
import { NUM } from './numbers';

/**
 * A kind of sentence that states a number the tables also hold. Each pattern has exactly one
 * capture group for the number (`NUM`), directly attached to the noun it counts; the guards
 * drop figures of another scope, year or channel, and the statement is only compared when the
 * table has the cells.
 */
export type StatementDef = {
  id: string;
  pattern: RegExp;
  unit: 'count' | 'wanYuan';
  /** The sentence must say this (what the figure is about). */
  sentenceMust?: RegExp;
  /** … and must not say this. */
  sentenceMustNot?: RegExp;
  /** The clause before the match must not say this. */
  prefixMustNot?: RegExp;
  /** The clause before the match, after its last 、 or (, must be exactly one of these words (or empty). */
  prefixOnly?: RegExp;
  /** The rest of the clause after the match must not say this (纠错 after 未发生行政复议 …). */
  restMustNot?: RegExp;
  /** The rest of the sentence after the match must not say this ("…56件，其中涉及政府信息公开的1件"). */
  sentenceRestMustNot?: RegExp;
  /** Only in these sections, or in sentences that say 信息公开 / 依申请 / 政务公开 (review figures of other work are not table 4). */
  sections?: readonly SectionId[];
  /** The cells the figure is compared with (their sum); empty = not comparable in this report. */
  cells(ctx: ReportContext, match: RegExpExecArray): string[];
  /** The stated figure, when not the captured number (a "no review" statement states 0). */
  stated?: (match: RegExpExecArray) => number;
  /** Values of the table that also agree with the statement (besides the sum of `cells`). */
  alsoAccept?: (ctx: ReportContext) => number[];
  /** Compare only the non-zero cells (a "no review, no litigation" statement points at those). */
  nonZeroCells?: boolean;
};

const UNIT_COUNT = String.raw`\s*(?:件|份|个|宗|次)`;
const FILL = String.raw`(?:数量|总数|总量)?(?:共计|总计|合计|累计|共)?(?:为|达|是)?\s*`;
const REQUEST_NOUN = String.raw`(?:依申请公开(?:政府信息)?(?:申请|事项)?|(?:政府)?信息公开申请)`;
const ABOUT_REQUESTS = /申请/;
const ABOUT_DISCLOSURE = /信息公开|依申请|政务公开/;
/** The clause before an outcome figure: nothing, or one of these words ("其中予以公开2件"). */
const OUTCOME_PREFIX = /^(?:其中|依法|已|共|均|另有|另)?\s*$/;

const t3Total = (row: string) => cellKey('t3', row, 'total');
const present = (ctx: ReportContext, keys: string[]) => keys.filter((k) => ctx.has(k));
const t3GroupTotals = (ctx: ReportContext, group: string) => {
  if (!ctx.template) return [];
  return t3OutcomeRows(ctx, ctx.template)
    .filter((r) => r.group === group || r.key === group)
    .map((r) => t3Total(r.key))
    .filter((k) => ctx.has(k));
};
const litigationTotals = TABLE4.rows.filter((r) => r.group === 'litigation').map((r) => cellKey('t4', r.key, 'total'));
const reviewTotal = cellKey('t4', 'review', 'total');
const t2Key = (row: string, col2021: string, col2019?: string) => (ctx: ReportContext) =>
  present(ctx, [ctx.template === '2019' ? (col2019 ? cellKey('t2', row, col2019) : '') : cellKey('t2', row, col2021)].filter(Boolean));

const outcome = (id: string, zh: string, cells: (ctx: ReportContext) => string[]): StatementDef => ({
  id,
  pattern: new RegExp(`${zh}${FILL}${NUM}${UNIT_COUNT}`, 'g'),
  unit: 'count',
  sentenceMust: ABOUT_REQUESTS,
  sentenceMustNot: OTHER_CHANNELS,
  prefixOnly: OUTCOME_PREFIX,
  cells,
});
const row = (key: string) => TABLE3.rows.find((r) => r.key === key)!;
const group = (key: string) => TABLE3.groups.find((g) => g.key === key)!;

const REGULATIONS = String.raw`(?:政府|部门)?规章(?!制度)`;
const NORMATIVE = String.raw`(?:行政)?规范性文件`;
const ISSUE = String.raw`(?:新制定|新出台|新制发|制发|制定|出台|印发)(?:了)?`;
const DOCS_PREFIX = /累计|其中|清理|审核|审查|备案|起草|参与|代拟|会签|评估|解读/;
/** Cases the agency handled as the review body, or a figure narrowed down afterwards: not table 4. */
const CASES_PREFIX = /纠错|纠正|维持|败诉|胜诉|撤销|办理|审理|受理|承办|其中/;
const CASES_NARROWED = /其中/;

/** The statements TEXT_TABLE_MISMATCH compares (labels of outcome rows come from the catalog). */
export const STATEMENTS: readonly StatementDef[] = [
  {
    id: 'requests.received',
    pattern: new RegExp(`(?:收到|受理|接收|接到|新收)(?:了)?(?:各类)?(?:的)?${REQUEST_NOUN}${FILL}${NUM}${UNIT_COUNT}`, 'g'),
    unit: 'count',
    sentenceMustNot: OTHER_CHANNELS,
    prefixMustNot: /其中/,
    cells: (ctx) => present(ctx, [t3Total('newRequests')]),
    // "共收到申请8件（含上年结转2件）": some reports count the carried-over requests in.
    alsoAccept: (ctx) => [(ctx.cells[t3Total('newRequests')] ?? 0) + (ctx.cells[t3Total('carriedOver')] ?? 0)],
  },
  {
    id: 'requests.carriedOver',
    pattern: new RegExp(`上年度?结转(?:的)?(?:政府信息公开)?(?:申请)?${FILL}${NUM}${UNIT_COUNT}`, 'g'),
    unit: 'count',
    sentenceMust: ABOUT_REQUESTS,
    sentenceMustNot: OTHER_CHANNELS,
    cells: (ctx) => present(ctx, [t3Total('carriedOver')]),
  },
  {
    id: 'requests.carriedForward',
    pattern: new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?${FILL}${NUM}${UNIT_COUNT}`, 'g'),
    unit: 'count',
    sentenceMust: ABOUT_REQUESTS,
    sentenceMustNot: OTHER_CHANNELS,
    cells: (ctx) => present(ctx, [t3Total('carriedForward')]),
  },
  {
    id: 'requests.processed',
    pattern: new RegExp(`办结(?:了)?(?:${REQUEST_NOUN}|申请)?${FILL}${NUM}${UNIT_COUNT}`, 'g'),
    unit: 'count',
    sentenceMust: /依申请|信息公开申请/,
    sentenceMustNot: OTHER_CHANNELS,
    prefixMustNot: /其中|按时|按期|当场|当日|限期|延期/,
    cells: (ctx) => present(ctx, [t3Total('total')]),
  },
  outcome('outcomes.granted', row('granted').zh, (ctx) => present(ctx, [t3Total('granted')])),
  outcome('outcomes.partiallyGranted', row('partiallyGranted').short!.zh, (ctx) => present(ctx, [t3Total('partiallyGranted')])),
  outcome('outcomes.denied', group('denied').zh, (ctx) => t3GroupTotals(ctx, 'denied')),
  outcome('outcomes.unavailable', group('unavailable').zh, (ctx) => t3GroupTotals(ctx, 'unavailable')),
  outcome('outcomes.notProcessed', group('notProcessed').zh, (ctx) => t3GroupTotals(ctx, 'notProcessed')),
  outcome('outcomes.other', group('otherProcessing').zh, (ctx) => t3GroupTotals(ctx, 'otherProcessing')),
  {
    // "未发生依申请公开行政复议、行政诉讼情况": zero cases; compared with the table 4 group totals.
    id: 'review.none',
    pattern: /(?:未发生|没有发生|未出现|没有出现|未产生|未收到|没有收到|未有|无(?=因|涉及|政府信息|依申请|信息公开|相关|行政复议|行政诉讼))([^\d,;:。!?\n]{0,24}?)(行政复议|行政诉讼)(?:(?:[、和及与或]|以及)(行政复议|行政诉讼))?/g,
    unit: 'count',
    restMustNot: /纠错|纠正|败诉|撤销|确认违法|被改变|变更/,
    sections: ['s4'],
    stated: () => 0,
    nonZeroCells: true,
    cells: (ctx, m) => {
      const said = new Set([m[2], m[3]]);
      const keys = [...(said.has('行政复议') ? [reviewTotal] : []), ...(said.has('行政诉讼') ? litigationTotals : [])];
      return present(ctx, keys);
    },
  },
  {
    id: 'review.andLitigation',
    pattern: new RegExp(`行政复议(?:[、和及与]|以及)行政诉讼(?:案件)?${FILL}${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
    unit: 'count',
    prefixMustNot: CASES_PREFIX,
    sentenceRestMustNot: CASES_NARROWED,
    sections: ['s4'],
    cells: (ctx) => present(ctx, [reviewTotal, ...litigationTotals]),
  },
  {
    id: 'review.count',
    pattern: new RegExp(`行政复议(?:申请|案件)?${FILL}${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
    unit: 'count',
    prefixMustNot: CASES_PREFIX,
    sentenceRestMustNot: CASES_NARROWED,
    sections: ['s4'],
    cells: (ctx) => present(ctx, [reviewTotal]),
  },
  {
    id: 'litigation.count',
    pattern: new RegExp(`(?<!行政复议(?:[、和及与]|以及))行政诉讼(?:案件)?${FILL}${NUM}\\s*(?:件|起|宗|个|次)`, 'g'),
    unit: 'count',
    prefixMustNot: CASES_PREFIX,
    sentenceRestMustNot: CASES_NARROWED,
    sections: ['s4'],
    cells: (ctx) => present(ctx, litigationTotals),
  },
  {
    id: 'fees.amount',
    pattern: new RegExp(`(?:行政事业性收费(?:金额|总额|收入|总计|合计)?|收费金额|收费总额)${FILL}${NUM}\\s*(万元|亿元|元)`, 'g'),
    unit: 'wanYuan',
    sentenceMustNot: /处理费|依申请/,
    cells: t2Key('fees', 'amount'),
  },
  {
    id: 'docs.regulationsIssued',
    pattern: new RegExp(`${ISSUE}${REGULATIONS}${FILL}${NUM}\\s*(?:件|部|个|项|份)`, 'g'),
    unit: 'count',
    prefixMustNot: DOCS_PREFIX,
    cells: t2Key('regulations', 'issued', 'made'),
  },
  {
    id: 'docs.normativeIssued',
    pattern: new RegExp(`${ISSUE}${NORMATIVE}${FILL}${NUM}\\s*(?:件|份|个)`, 'g'),
    unit: 'count',
    prefixMustNot: DOCS_PREFIX,
    cells: t2Key('normativeDocs', 'issued', 'made'),
  },
  {
    id: 'docs.normativeRepealed',
    pattern: new RegExp(`废止(?:了)?${NORMATIVE}${FILL}${NUM}\\s*(?:件|份|个)`, 'g'),
    unit: 'count',
    prefixMustNot: DOCS_PREFIX,
    cells: t2Key('normativeDocs', 'repealed'),
  },
  {
    id: 'docs.normativeInForce',
    pattern: new RegExp(`现行有效(?:的)?${NORMATIVE}${FILL}${NUM}\\s*(?:件|份|个)`, 'g'),
    unit: 'count',
    prefixMustNot: DOCS_PREFIX,
    cells: t2Key('normativeDocs', 'inForce'),
  },
  {
    id: 'docs.regulationsInForce',
    pattern: new RegExp(`现行有效(?:的)?${REGULATIONS}${FILL}${NUM}\\s*(?:件|部|个|项|份)`, 'g'),
    unit: 'count',
    prefixMustNot: DOCS_PREFIX,
    cells: t2Key('regulations', 'inForce'),
  },
];

export { ABOUT_DISCLOSURE };
