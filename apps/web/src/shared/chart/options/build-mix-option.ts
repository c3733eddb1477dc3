import type { EChartsCoreOption } from 'echarts/core';

export type MixRow = { name: string; parts: readonly { name: string; value: number | null }[] };

/** Share of each part per row (100% stacked horizontal bars): the outcome mix of each agency. */
export function buildMixOption(rows: readonly MixRow[]): EChartsCoreOption {
  const partNames = rows[0]?.parts.map((p) => p.name) ?? [];
  const totals = rows.map((r) => r.parts.reduce((s, p) => s + (p.value ?? 0), 0));
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—') },
    legend: { type: 'scroll', bottom: 0, data: partNames },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { width: 180, overflow: 'truncate' } },
    series: partNames.map((name, i) => ({
      name, type: 'bar', stack: 'mix',
      data: rows.map((r, j) => (totals[j] ? Math.round(((r.parts[i]?.value ?? 0) / totals[j]) * 1000) / 10 : 0)),
    })),
  };
}
