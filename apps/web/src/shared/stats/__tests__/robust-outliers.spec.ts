import { describe, expect, it } from 'vitest';
import { robustOutliers, robustZScores } from '../robust-outliers';

describe('robustOutliers', () => {
  it('flags the one value far from the others (a 元 vs 万元 slip)', () => {
    expect(robustOutliers([12, 15, 11, 14, 13, 1300])).toEqual([false, false, false, false, false, true]);
  });

  it('computes 0.6745·(x − median)/MAD', () => {
    // median 3, deviations 2,1,0,1,2 → MAD 1
    expect(robustZScores([1, 2, 3, 4, 5]).map((z) => Math.round((z ?? 0) * 1e4) / 1e4)).toEqual([-1.349, -0.6745, 0, 0.6745, 1.349]);
  });

  it('falls back to the mean absolute deviation when most values are equal', () => {
    // median 0, MAD 0, mean AD 50/5 = 10 → z(50) = 50 / 12.533 ≈ 3.99
    expect(robustOutliers([0, 0, 0, 0, 50])).toEqual([false, false, false, false, true]);
  });

  it('says nothing about fewer than three values, all-equal values or nulls', () => {
    expect(robustOutliers([1, 1000])).toEqual([false, false]);
    expect(robustOutliers([7, 7, 7])).toEqual([false, false, false]);
    expect(robustZScores([null, 1, 2, 3])[0]).toBeNull();
  });
});
