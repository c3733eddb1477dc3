import { describe, expect, it } from 'vitest';
import type { OverviewTrendsQuery } from '../../../../generated/graphql';
import { OUTCOME_SERIES, toNamedSeries } from '../overview-series';

const series = (points: [number, number | null][]) => [{ key: 'all', label: 'all', points: points.map(([year, value]) => ({ year, value })) }];
const empty = series([]);

describe('toNamedSeries', () => {
  it('labels each aliased trend with its metric and keeps the API\'s numbers', () => {
    const data = {
      regulations: empty, normative: empty, licensing: empty, punishment: empty, coercion: empty, fees: empty,
      granted: series([[2021, 10], [2022, 12]]), partiallyGranted: series([[2021, 1]]), denied: [...series([[2021, 2]]), ...series([[2021, 3], [2022, null]])],
      unavailable: empty, notProcessed: empty, other: empty,
    } as unknown as OverviewTrendsQuery;
    const named = toNamedSeries(data, OUTCOME_SERIES, (id) => `L:${id}`);
    expect(named.map((s) => s.name)).toEqual(['L:outcomes.granted', 'L:outcomes.partiallyGranted', 'L:outcomes.denied', 'L:outcomes.unavailable', 'L:outcomes.notProcessed', 'L:outcomes.other']);
    expect(named[0].points).toEqual([{ year: 2021, value: 10 }, { year: 2022, value: 12 }]);
    // two series for one metric are summed by year; a null adds nothing
    expect(named[2].points).toEqual([{ year: 2021, value: 5 }, { year: 2022, value: null }]);
  });
});
