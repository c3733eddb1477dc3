import { useQuery } from '@apollo/client/react';
import type { MetricFilter } from '../../../generated/graphql';
import { OverviewTrendsQuery } from '../graphql/overview-trends.query';
import { OverviewQuery } from '../graphql/overview.query';

export type Scope = { regions: string[]; types: string[] };

export const toMetricFilter = ({ regions, types }: Scope): MetricFilter | null =>
  regions.length || types.length ? { regionCodes: regions.length ? regions : null, agencyTypes: types.length ? types : null } : null;

/** KPIs and the region bar for a year, plus the yearly series up to it. */
export function useOverview(year: number | null, fromYear: number | null, scope: Scope, regionMetric: string) {
  const filter = toMetricFilter(scope);
  const skip = year == null || fromYear == null;
  const kpis = useQuery(OverviewQuery, { skip, variables: { year: year ?? 0, previousYear: (year ?? 0) - 1, filter, regionMetric } });
  const trends = useQuery(OverviewTrendsQuery, { skip, variables: { fromYear: fromYear ?? 0, toYear: year ?? 0, filter } });
  return { kpis, trends };
}
