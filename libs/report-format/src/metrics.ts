import { templateCells } from './templates';
import type { CellValues, TemplateId } from './types';

export type MetricUnit = 'count' | 'wanYuan' | 'ratio';
export type MetricCategory = 'requests' | 'outcomes' | 'items' | 'docs' | 'fees' | 'review' | 'litigation';

type MetricBase = { id: string; zh: string; en: string; unit: MetricUnit; category: MetricCategory };
/** Sum of cells; the cells may differ between templates (2019 `made` is 2021 `issued`). */
export type SumMetric = MetricBase & { kind: 'sum'; sources: Partial<Record<TemplateId, readonly string[]>> };
/** Ratio of two sum metrics; aggregated as Σnumerator / Σdenominator, never as a mean of ratios. */
export type RatioMetric = MetricBase & { kind: 'ratio'; numerator: readonly string[]; denominator: readonly string[] };
export type MetricDef = SumMetric | RatioMetric;

const rowTotals = (prefix: string, template: TemplateId): string[] =>
  templateCells(template, true)
    .filter((c) => c.table === 't3' && c.column.key === 'total' && (c.row.key === prefix || c.row.key.startsWith(`${prefix}.`)))
    .map((c) => c.key);

const both = (...keys: string[]) => ({ '2019': keys, '2021': keys });
const sum = (id: string, zh: string, en: string, category: MetricCategory, sources: SumMetric['sources'], unit: MetricUnit = 'count'): SumMetric =>
  ({ id, zh, en, unit, category, kind: 'sum', sources });
const ratio = (id: string, zh: string, en: string, category: MetricCategory, numerator: string[], denominator: string[]): RatioMetric =>
  ({ id, zh, en, unit: 'ratio', category, kind: 'ratio', numerator, denominator });

const outcome = (id: string, zh: string, en: string, row: string): SumMetric =>
  sum(id, zh, en, 'outcomes', { '2019': rowTotals(row, '2019'), '2021': rowTotals(row, '2021') });

/** The metrics the dashboard and analysts query: derived from cells, never parsed. */
export const METRICS: readonly MetricDef[] = [
  sum('requests.received', '本年新收申请', 'Requests received', 'requests', both('t3.newRequests.total')),
  sum('requests.carriedOver', '上年结转申请', 'Requests carried over', 'requests', both('t3.carriedOver.total')),
  sum('requests.processed', '办理结果总计', 'Requests processed', 'requests', both('t3.total.total')),
  sum('requests.carriedForward', '结转下年度', 'Requests carried forward', 'requests', both('t3.carriedForward.total')),
  outcome('outcomes.granted', '予以公开', 'Granted', 'granted'),
  outcome('outcomes.partiallyGranted', '部分公开', 'Partially granted', 'partiallyGranted'),
  outcome('outcomes.denied', '不予公开', 'Denied', 'denied'),
  outcome('outcomes.unavailable', '无法提供', 'Unable to provide', 'unavailable'),
  outcome('outcomes.notProcessed', '不予处理', 'Not processed', 'notProcessed'),
  outcome('outcomes.other', '其他处理', 'Other handling', 'otherProcessing'),
  ratio('requests.disclosureRate', '公开率', 'Disclosure rate', 'requests', ['outcomes.granted', 'outcomes.partiallyGranted'], ['requests.processed']),
  ratio('requests.substantiveDisclosureRate', '实质公开率', 'Substantive disclosure rate', 'requests', ['outcomes.granted', 'outcomes.partiallyGranted'], ['requests.received', 'requests.carriedOver']),
  ratio('requests.denialRate', '不予公开率', 'Denial rate', 'requests', ['outcomes.denied'], ['requests.processed']),
  ratio('requests.unavailableRate', '无法提供率', 'Unable-to-provide rate', 'requests', ['outcomes.unavailable'], ['requests.processed']),
  ratio('requests.notProcessedRate', '不予处理率', 'Not-processed rate', 'requests', ['outcomes.notProcessed'], ['requests.processed']),
  sum('items.licensing', '行政许可决定', 'Licensing decisions', 'items', both('t2.licensing.decisions')),
  sum('items.punishment', '行政处罚决定', 'Punishment decisions', 'items', both('t2.punishment.decisions')),
  sum('items.coercion', '行政强制决定', 'Coercion decisions', 'items', both('t2.coercion.decisions')),
  sum('docs.regulationsIssued', '规章制发', 'Rules issued', 'docs', { '2019': ['t2.regulations.made'], '2021': ['t2.regulations.issued'] }),
  sum('docs.regulationsInForce', '现行有效规章', 'Rules in force', 'docs', { '2019': ['t2.regulations.totalPublished'], '2021': ['t2.regulations.inForce'] }),
  sum('docs.normativeIssued', '规范性文件制发', 'Normative documents issued', 'docs', { '2019': ['t2.normativeDocs.made'], '2021': ['t2.normativeDocs.issued'] }),
  sum('docs.normativeInForce', '现行有效规范性文件', 'Normative documents in force', 'docs', { '2019': ['t2.normativeDocs.totalPublished'], '2021': ['t2.normativeDocs.inForce'] }),
  sum('fees.amount', '行政事业性收费金额', 'Fee revenue', 'fees', { '2021': ['t2.fees.amount'] }, 'wanYuan'),
  sum('review.total', '行政复议总计', 'Administrative reviews', 'review', both('t4.review.total')),
  sum('review.corrected', '行政复议纠正', 'Reviews corrected', 'review', both('t4.review.corrected')),
  ratio('review.correctionRate', '行政复议纠错率', 'Review correction rate', 'review', ['review.corrected'], ['review.total']),
  sum('litigation.total', '行政诉讼总计', 'Lawsuits', 'litigation', both('t4.litigationDirect.total', 't4.litigationAfterReview.total')),
  sum('litigation.corrected', '行政诉讼纠正', 'Lawsuits corrected', 'litigation', both('t4.litigationDirect.corrected', 't4.litigationAfterReview.corrected')),
  ratio('litigation.correctionRate', '行政诉讼纠错率', 'Litigation correction rate', 'litigation', ['litigation.corrected'], ['litigation.total']),
];

const byId = new Map(METRICS.map((m) => [m.id, m]));
export const findMetric = (id: string): MetricDef | undefined => byId.get(id);
export const SUM_METRICS = METRICS.filter((m): m is SumMetric => m.kind === 'sum');
export const RATIO_METRICS = METRICS.filter((m): m is RatioMetric => m.kind === 'ratio');

/**
 * Value of a sum metric for one report: blank cells count as 0; null when the template has
 * none of the metric's cells or every one of them is absent from the report.
 */
export function sumMetricValue(metric: SumMetric, template: TemplateId, cells: CellValues): number | null {
  const keys = metric.sources[template];
  if (!keys) return null;
  let seen = false;
  let total = 0;
  for (const k of keys) {
    if (!(k in cells)) continue;
    seen = true;
    total += cells[k] ?? 0;
  }
  return seen ? roundMoney(total) : null;
}

/** Value of a ratio from already computed sums; null when the denominator is 0 or unknown. */
export function ratioValue(metric: RatioMetric, sums: Readonly<Record<string, number | null>>): number | null {
  const add = (ids: readonly string[]) => ids.reduce<number | null>((acc, id) => (sums[id] == null ? acc : (acc ?? 0) + (sums[id] as number)), null);
  const num = add(metric.numerator);
  const den = add(metric.denominator);
  if (num == null || den == null || den === 0) return null;
  return num / den;
}

/** Every metric of one report. */
export function computeMetrics(template: TemplateId, cells: CellValues): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of SUM_METRICS) out[m.id] = sumMetricValue(m, template, cells);
  for (const m of RATIO_METRICS) out[m.id] = ratioValue(m, out);
  return out;
}

/** Money sums keep two decimals of 万元 (one yuan is 0.0001): avoid 0.1 + 0.2 drift. */
export const roundMoney = (n: number): number => Math.round(n * 10000) / 10000;
