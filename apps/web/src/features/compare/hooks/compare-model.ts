import type { CompareQuery } from '../../../generated/graphql';
import type { NamedSeries } from '../../../shared/chart/series';
import { alignOn, yearsOf } from '../../../shared/chart/series';
import { robustOutliers } from '../../../shared/stats/robust-outliers';

type CompareRow = CompareQuery['compare'][number];
type Agency = { id: string; name: string };

/** One metric's series, one per agency in the order picked. */
export function metricSeries(rows: readonly CompareRow[], metric: string, agencies: readonly Agency[]): NamedSeries[] {
  return agencies.map((a) => {
    const row = rows.find((r) => r.metric === metric && r.agency.id === a.id);
    return { key: a.id, name: a.name, points: row?.points ?? [] };
  });
}

/** Outlier marks per [agency][year]: each year's values across the agencies, robust z-score. */
export function outlierGrid(series: readonly NamedSeries[]): boolean[][] {
  const years = yearsOf(series);
  const grid = series.map(() => years.map(() => false));
  years.forEach((y, j) => {
    const column = series.map((s) => alignOn([y], s.points)[0]);
    robustOutliers(column).forEach((isOut, i) => { grid[i][j] = isOut; });
  });
  return grid;
}

/** Sum of each outcome over the years, per agency: the outcome mix. */
export function outcomeTotals(rows: readonly CompareRow[], outcomeMetrics: readonly string[], agencies: readonly Agency[]): { name: string; parts: { metric: string; value: number | null }[] }[] {
  return agencies.map((a) => ({
    name: a.name,
    parts: outcomeMetrics.map((m) => {
      const row = rows.find((r) => r.metric === m && r.agency.id === a.id);
      const vals = (row?.points ?? []).map((p) => p.value).filter((v): v is number => v != null);
      return { metric: m, value: vals.length ? vals.reduce((s, v) => s + v, 0) : null };
    }),
  }));
}

export type FlagRecord = { id: string; reports: number; errors: number; warnings: number; infos: number };

/** Flag counts of each agency's reports, summed. */
export function flagRecords(reports: readonly { agency: { id: string }; errorCount: number; warningCount: number; infoCount: number }[], ids: readonly string[]): FlagRecord[] {
  return ids.map((id) => {
    const mine = reports.filter((r) => r.agency.id === id);
    return {
      id, reports: mine.length,
      errors: mine.reduce((s, r) => s + r.errorCount, 0),
      warnings: mine.reduce((s, r) => s + r.warningCount, 0),
      infos: mine.reduce((s, r) => s + r.infoCount, 0),
    };
  });
}
