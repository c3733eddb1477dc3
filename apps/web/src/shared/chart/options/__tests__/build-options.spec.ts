import { describe, expect, it } from 'vitest';
import { buildBarOption } from '../build-bar-option';
import { buildFlagCountsOption } from '../build-flag-counts-option';
import { buildMixOption } from '../build-mix-option';
import { buildTrendOption } from '../build-trend-option';
import { valueFormatter } from '../value-formatter';

type Series = { name: string; type: string; stack?: string; data: unknown[] };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const axisData = (o: unknown, axis: 'xAxis' | 'yAxis') => (o as Record<string, { data?: string[] }>)[axis].data;

describe('buildTrendOption', () => {
  const series = [
    { key: 'a', name: '合肥市', points: [{ year: 2022, value: 5 }, { year: 2020, value: 3 }] },
    { key: 'b', name: '淮北市', points: [{ year: 2021, value: 7 }, { year: 2022, value: null }] },
  ];

  it('puts every year of any series on the x axis in order and aligns values, null where missing', () => {
    const o = buildTrendOption({ series, kind: 'line', unit: 'count' });
    expect(axisData(o, 'xAxis')).toEqual(['2020', '2021', '2022']);
    expect(seriesOf(o).map((s) => [s.name, s.type, s.data])).toEqual([
      ['合肥市', 'line', [3, null, 5]],
      ['淮北市', 'line', [null, 7, null]],
    ]);
  });

  it('stacks bars only when asked', () => {
    expect(seriesOf(buildTrendOption({ series, kind: 'bar', unit: 'count', stacked: true })).every((s) => s.stack === 'total' && s.type === 'bar')).toBe(true);
    expect(seriesOf(buildTrendOption({ series, kind: 'bar', unit: 'count' })).every((s) => s.stack === undefined)).toBe(true);
  });

  it('gives an empty chart for no series', () => {
    const o = buildTrendOption({ series: [], kind: 'line', unit: 'count' });
    expect(axisData(o, 'xAxis')).toEqual([]);
    expect(seriesOf(o)).toEqual([]);
  });
});

describe('buildBarOption', () => {
  it('keeps categories and values paired, horizontally with the category axis on y', () => {
    const o = buildBarOption({ categories: ['甲', '乙'], values: [10, null], name: 'n', unit: 'count', horizontal: true });
    expect(axisData(o, 'yAxis')).toEqual(['甲', '乙']);
    expect(seriesOf(o)[0].data).toEqual([10, null]);
    const v = buildBarOption({ categories: ['甲'], values: [1], name: 'n', unit: 'count' });
    expect(axisData(v, 'xAxis')).toEqual(['甲']);
  });

  it('rejects categories and values of different lengths', () => {
    expect(() => buildBarOption({ categories: ['a'], values: [1, 2], name: 'n', unit: 'count' })).toThrow(/1 categories but 2 values/);
  });
});

describe('buildFlagCountsOption', () => {
  it('stacks one series per code that has flags, in catalog order, zero-filled per year', () => {
    const rows = [
      { code: 'T3_BALANCE', year: 2022, count: 2 },
      { code: 'T3_ROW_TOTAL', year: 2021, count: 1 },
      { code: 'T3_ROW_TOTAL', year: 2022, count: 4 },
      { code: 'CELL_BLANK', year: 2022, count: 0 },
    ];
    const o = buildFlagCountsOption(rows, ['T3_ROW_TOTAL', 'T3_OUTCOME_SUM', 'T3_BALANCE', 'CELL_BLANK'], (c) => `L:${c}`);
    expect(axisData(o, 'xAxis')).toEqual(['2021', '2022']);
    expect(seriesOf(o).map((s) => [s.name, s.data])).toEqual([
      ['L:T3_ROW_TOTAL', [1, 4]],
      ['L:T3_BALANCE', [0, 2]],
    ]);
  });
});

describe('buildMixOption', () => {
  it('turns each row into shares of its total, in percent with one decimal', () => {
    const o = buildMixOption([
      { name: '甲', parts: [{ name: '公开', value: 2 }, { name: '不予公开', value: 1 }] },
      { name: '乙', parts: [{ name: '公开', value: 0 }, { name: '不予公开', value: null }] },
    ]);
    expect(axisData(o, 'yAxis')).toEqual(['甲', '乙']);
    expect(seriesOf(o).map((s) => s.data)).toEqual([[66.7, 0], [33.3, 0]]);
  });
});

describe('valueFormatter', () => {
  it('shows ratios as percent and other numbers with grouping', () => {
    expect(valueFormatter('ratio')(0.8766)).toBe('87.7%');
    expect(valueFormatter('count')(12345)).toBe('12,345');
    expect(valueFormatter('count')(null)).toBe('—');
  });
});
