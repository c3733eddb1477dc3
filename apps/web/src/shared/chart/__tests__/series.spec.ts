import { describe, expect, it } from 'vitest';
import { pivotSeries } from '../series';
import { seriesToExport } from '../series-export';

const series = [
  { key: 'x', name: '公安局', points: [{ year: 2023, value: 12 }, { year: 2021, value: 4 }] },
  { key: 'y', name: '教育局', points: [{ year: 2022, value: 0 }] },
];

describe('pivotSeries / seriesToExport', () => {
  it('makes one row per series and one column per year, as the chart shows', () => {
    expect(pivotSeries(series)).toEqual({
      years: [2021, 2022, 2023],
      rows: [
        { key: 'x', name: '公安局', values: [4, null, 12] },
        { key: 'y', name: '教育局', values: [null, 0, null] },
      ],
    });
  });

  it('exports the same numbers with a header row', () => {
    const t = seriesToExport(series, 'f', '机关');
    expect(t.columns.map((c) => c.title)).toEqual(['机关', '2021', '2022', '2023']);
    expect(t.rows).toEqual([
      { name: '公安局', 2021: 4, 2022: null, 2023: 12 },
      { name: '教育局', 2021: null, 2022: 0, 2023: null },
    ]);
  });
});
