import type { EChartsCoreOption } from 'echarts/core';
import { alignOn, yearsOf, type NamedSeries } from '../series';
import { valueFormatter } from './value-formatter';

export type TrendOptionInput = { series: readonly NamedSeries[]; kind: 'line' | 'bar'; unit: string; stacked?: boolean };

/** Years on the x axis, one line or bar series per named series; stacked bars for parts of a whole. */
export function buildTrendOption({ series, kind, unit, stacked = false }: TrendOptionInput): EChartsCoreOption {
  const years = yearsOf(series);
  const fmt = valueFormatter(unit);
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    legend: { type: 'scroll', bottom: 0, data: series.map((s) => s.name) },
    grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: fmt } },
    series: series.map((s) => ({
      name: s.name,
      type: kind,
      stack: stacked ? 'total' : undefined,
      connectNulls: false,
      emphasis: { focus: 'series' },
      data: alignOn(years, s.points),
    })),
  };
}
