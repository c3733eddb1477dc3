import { describe, expect, it } from 'vitest';
import { baseMetrics, metricOrThrow, valueFromSums } from '../metric-values';

describe('metric values over a group', () => {
  it('aggregates a ratio as Σnumerator / Σdenominator, not a mean of ratios', () => {
    const rate = metricOrThrow('requests.disclosureRate');
    expect(baseMetrics(rate).sort()).toEqual(['outcomes.granted', 'outcomes.partiallyGranted', 'requests.processed']);
    // Two reports: 1/1 and 1/9 → mean of ratios 0.56, Σ/Σ 0.2.
    const sums = new Map<string, number | null>([['outcomes.granted', 2], ['outcomes.partiallyGranted', 0], ['requests.processed', 10]]);
    expect(valueFromSums(rate, sums)).toBeCloseTo(0.2, 10);
    expect(valueFromSums(rate, new Map([['outcomes.granted', 2], ['requests.processed', 0]]))).toBeNull();
  });

  it('reads a sum metric from its own sum and rejects unknown metrics', () => {
    expect(valueFromSums(metricOrThrow('requests.received'), new Map([['requests.received', 42]]))).toBe(42);
    expect(valueFromSums(metricOrThrow('requests.received'), new Map())).toBeNull();
    expect(() => metricOrThrow('nope')).toThrow(/unknown metric "nope"/);
  });
});
