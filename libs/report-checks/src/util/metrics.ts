import { findMetric, sumMetricValue, type CellValues, type SumMetric, type TemplateId } from '@gongkai/report-format';

/** The metrics compared across years and among peers (README: YOY_OUTLIER, PEER_OUTLIER). */
export const OUTLIER_METRIC_IDS = ['requests.received', 'items.licensing', 'items.punishment', 'items.coercion', 'fees.amount'] as const;

export const OUTLIER_METRICS: readonly SumMetric[] = OUTLIER_METRIC_IDS.map((id) => {
  const m = findMetric(id);
  if (!m || m.kind !== 'sum') throw new Error(`catalog metric ${id} is not a sum metric`);
  return m;
});

/** The metric's source keys in this template ([] when the template has none). */
export const metricKeys = (metric: SumMetric, template: TemplateId | null): string[] => (template ? [...(metric.sources[template] ?? [])] : []);

/**
 * The metric's value, or null when it is not assessed: no template, no source cell in the
 * report, every source cell blank (blank ≠ a reported zero), or a negative value (invalid).
 */
export function metricValue(metric: SumMetric, template: TemplateId | null, cells: CellValues): number | null {
  if (!template) return null;
  const keys = metricKeys(metric, template);
  if (!keys.some((k) => cells[k] != null)) return null;
  const v = sumMetricValue(metric, template, cells);
  return v == null || v < 0 ? null : v;
}
