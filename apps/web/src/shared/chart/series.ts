/** The chart data model every builder takes: named yearly series, straight from the API's TrendSeries. */
export type YearPoint = { year: number; value: number | null };
export type NamedSeries = { key: string; name: string; points: readonly YearPoint[] };

/** Every year any series has, ascending. */
export function yearsOf(series: readonly NamedSeries[]): number[] {
  const years = new Set<number>();
  for (const s of series) for (const p of s.points) years.add(p.year);
  return [...years].sort((a, b) => a - b);
}

/** One series' values aligned on `years` (null where it has no point). */
export function alignOn(years: readonly number[], points: readonly YearPoint[]): (number | null)[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  return years.map((y) => byYear.get(y) ?? null);
}

/** The underlying table of a chart: one row per series, one column per year. */
export function pivotSeries(series: readonly NamedSeries[]): { years: number[]; rows: { key: string; name: string; values: (number | null)[] }[] } {
  const years = yearsOf(series);
  return { years, rows: series.map((s) => ({ key: s.key, name: s.name, values: alignOn(years, s.points) })) };
}
