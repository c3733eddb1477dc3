import type { EChartsCoreOption } from 'echarts/core';
import { valueFormatter } from './value-formatter';

export type BarOptionInput = { categories: readonly string[]; values: readonly (number | null)[]; name: string; unit: string; horizontal?: boolean };

/** One bar per category (regions, ranked agencies); horizontal bars keep long Chinese names readable. */
export function buildBarOption({ categories, values, name, unit, horizontal = false }: BarOptionInput): EChartsCoreOption {
  if (categories.length !== values.length) throw new Error(`bar chart: ${categories.length} categories but ${values.length} values`);
  const fmt = valueFormatter(unit);
  const category = { type: 'category', data: [...categories], inverse: horizontal, axisLabel: { interval: 0, width: 160, overflow: 'truncate', rotate: horizontal || categories.length <= 8 ? 0 : 30 } };
  const value = { type: 'value', axisLabel: { formatter: fmt } };
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ name, type: 'bar', data: [...values], barMaxWidth: 28, label: { show: categories.length <= 20, position: horizontal ? 'right' : 'top', formatter: (p: { value: unknown }) => fmt(p.value) } }],
  };
}
