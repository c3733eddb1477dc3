import type { EChartsCoreOption } from 'echarts/core';

export type FlagCountRow = { code: string; year: number; count: number };

/** Flags by code over years: one stacked bar per year, one segment per code (codes in `codeOrder`). */
export function buildFlagCountsOption(rows: readonly FlagCountRow[], codeOrder: readonly string[], label: (code: string) => string): EChartsCoreOption {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const codes = codeOrder.filter((c) => rows.some((r) => r.code === c && r.count > 0));
  const count = new Map(rows.map((r) => [`${r.code}|${r.year}`, r.count]));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0, data: codes.map(label) },
    grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: codes.map((c) => ({ name: label(c), type: 'bar', stack: 'flags', emphasis: { focus: 'series' }, data: years.map((y) => count.get(`${c}|${y}`) ?? 0) })),
  };
}
