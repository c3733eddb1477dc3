const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Robust z-scores (Iglewicz–Hoaglin): 0.6745·(x − median) / MAD. When more than half the values
 * are equal (MAD = 0), the mean absolute deviation stands in (scaled by 1.2533). Nulls stay null;
 * fewer than 3 values give no scores, since two values cannot say which one is odd.
 */
export function robustZScores(values: readonly (number | null)[]): (number | null)[] {
  const xs = values.filter((v): v is number => v != null && Number.isFinite(v));
  if (xs.length < 3) return values.map(() => null);
  const med = median(xs);
  const mad = median(xs.map((x) => Math.abs(x - med)));
  const meanAd = xs.reduce((s, x) => s + Math.abs(x - med), 0) / xs.length;
  return values.map((v) => {
    if (v == null || !Number.isFinite(v)) return null;
    if (mad > 0) return (0.6745 * (v - med)) / mad;
    if (meanAd > 0) return (v - med) / (1.2533 * meanAd);
    return 0;
  });
}

/** Which values are outliers: |robust z| ≥ threshold (3.5 is the usual cut-off). */
export const robustOutliers = (values: readonly (number | null)[], threshold = 3.5): boolean[] =>
  robustZScores(values).map((z) => z != null && Math.abs(z) >= threshold);
