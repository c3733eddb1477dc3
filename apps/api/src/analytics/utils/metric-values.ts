import { findMetric, type MetricDef } from '@gongkai/report-format';
import { BadRequestException } from '@nestjs/common';

export const metricOrThrow = (id: string): MetricDef => {
  const m = findMetric(id);
  if (!m) throw new BadRequestException(`unknown metric "${id}"`);
  return m;
};

/** The stored sum metrics a metric is computed from (itself, or a ratio's numerator and denominator). */
export const baseMetrics = (m: MetricDef): string[] => (m.kind === 'sum' ? [m.id] : [...new Set([...m.numerator, ...m.denominator])]);

/** A metric's value over a group from the group's sums: ratios as Σnumerator / Σdenominator. */
export function valueFromSums(m: MetricDef, sums: ReadonlyMap<string, number | null>): number | null {
  if (m.kind === 'sum') return sums.get(m.id) ?? null;
  const add = (ids: readonly string[]) => ids.reduce<number | null>((acc, id) => (sums.get(id) == null ? acc : (acc ?? 0) + (sums.get(id) as number)), null);
  const num = add(m.numerator);
  const den = add(m.denominator);
  return num == null || den == null || den === 0 ? null : num / den;
}

/** Σ over years of a series, to rank series (ratios by the size of their denominator). */
export function seriesWeight(m: MetricDef, byYear: ReadonlyMap<number, ReadonlyMap<string, number | null>>): number {
  const ids = m.kind === 'sum' ? [m.id] : m.denominator;
  let total = 0;
  for (const sums of byYear.values()) for (const id of ids) total += sums.get(id) ?? 0;
  return total;
}
