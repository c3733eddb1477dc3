import { describe, expect, it } from 'vitest';
import { flagRecords, metricSeries, outcomeTotals, outlierGrid } from '../compare-model';

const agencies = [{ id: '1', name: '甲' }, { id: '2', name: '乙' }, { id: '3', name: '丙' }, { id: '4', name: '丁' }];
const row = (id: string, metric: string, points: { year: number; value: number | null }[]) => ({ metric, agency: { id, name: id }, points });

describe('compare model', () => {
  const rows = [
    row('1', 'requests.received', [{ year: 2022, value: 10 }, { year: 2023, value: 11 }]),
    row('2', 'requests.received', [{ year: 2022, value: 12 }, { year: 2023, value: 9 }]),
    row('3', 'requests.received', [{ year: 2022, value: 11 }, { year: 2023, value: 10 }]),
    row('4', 'requests.received', [{ year: 2022, value: 900 }, { year: 2023, value: 12 }]),
    row('1', 'outcomes.granted', [{ year: 2022, value: 3 }, { year: 2023, value: 4 }]),
    row('1', 'outcomes.denied', [{ year: 2022, value: null }, { year: 2023, value: 1 }]),
  ];

  it('builds one series per agency in the order picked, empty when the API has none', () => {
    const s = metricSeries(rows, 'requests.received', agencies);
    expect(s.map((x) => x.name)).toEqual(['甲', '乙', '丙', '丁']);
    expect(metricSeries(rows, 'outcomes.granted', agencies)[1].points).toEqual([]);
  });

  it('marks the outlier of each year across agencies', () => {
    expect(outlierGrid(metricSeries(rows, 'requests.received', agencies))).toEqual([[false, false], [false, false], [false, false], [true, false]]);
  });

  it('sums outcomes over the years; null when an agency has no value at all', () => {
    const mix = outcomeTotals(rows, ['outcomes.granted', 'outcomes.denied'], agencies.slice(0, 2));
    expect(mix).toEqual([
      { name: '甲', parts: [{ metric: 'outcomes.granted', value: 7 }, { metric: 'outcomes.denied', value: 1 }] },
      { name: '乙', parts: [{ metric: 'outcomes.granted', value: null }, { metric: 'outcomes.denied', value: null }] },
    ]);
  });

  it('adds up each agency\'s flag counts over its reports', () => {
    const reports = [
      { agency: { id: '1' }, errorCount: 1, warningCount: 2, infoCount: 0 },
      { agency: { id: '1' }, errorCount: 0, warningCount: 1, infoCount: 3 },
      { agency: { id: '3' }, errorCount: 5, warningCount: 0, infoCount: 0 },
    ];
    expect(flagRecords(reports, ['1', '2', '3'])).toEqual([
      { id: '1', reports: 2, errors: 1, warnings: 3, infos: 3 },
      { id: '2', reports: 0, errors: 0, warnings: 0, infos: 0 },
      { id: '3', reports: 1, errors: 5, warnings: 0, infos: 0 },
    ]);
  });
});
