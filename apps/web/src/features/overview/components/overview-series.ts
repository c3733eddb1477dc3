import type { OverviewTrendsQuery } from '../../../generated/graphql';
import type { NamedSeries } from '../../../shared/chart/series';

type Trends = Omit<OverviewTrendsQuery, '__typename'>;
export type TrendAlias = keyof Trends;

/** The overview's chart groups: which aliased trend (and so which metric) feeds which chart. */
export const ITEM_SERIES = [
  ['regulations', 'docs.regulationsIssued'], ['normative', 'docs.normativeIssued'], ['licensing', 'items.licensing'],
  ['punishment', 'items.punishment'], ['coercion', 'items.coercion'],
] as const satisfies readonly (readonly [TrendAlias, string])[];
export const OUTCOME_SERIES = [
  ['granted', 'outcomes.granted'], ['partiallyGranted', 'outcomes.partiallyGranted'], ['denied', 'outcomes.denied'],
  ['unavailable', 'outcomes.unavailable'], ['notProcessed', 'outcomes.notProcessed'], ['other', 'outcomes.other'],
] as const satisfies readonly (readonly [TrendAlias, string])[];
export const FEE_SERIES = [['fees', 'fees.amount']] as const satisfies readonly (readonly [TrendAlias, string])[];

/**
 * Named series for one chart; grouped by YEAR the API answers one series per metric (several are
 * summed by year, should a scope split them).
 */
export function toNamedSeries(data: Trends, pairs: readonly (readonly [TrendAlias, string])[], label: (metricId: string) => string): NamedSeries[] {
  return pairs.map(([alias, metric]) => {
    const byYear = new Map<number, number | null>();
    for (const s of data[alias]) {
      for (const p of s.points) {
        const prev = byYear.get(p.year);
        byYear.set(p.year, p.value == null ? (prev ?? null) : (prev ?? 0) + p.value);
      }
    }
    return { key: metric, name: label(metric), points: [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year) };
  });
}
