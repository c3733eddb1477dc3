import { useQuery } from '@apollo/client/react';
import type { GroupBy } from '../../../generated/graphql';
import { toMetricFilter, type Scope } from '../../overview/hooks/use-overview';
import { TrendQuery } from '../graphql/trend.query';

export function useTrend(metric: string, fromYear: number | null, toYear: number | null, groupBy: GroupBy, scope: Scope, limit: number) {
  return useQuery(TrendQuery, {
    skip: fromYear == null || toYear == null,
    variables: { metric, fromYear: fromYear ?? 0, toYear: toYear ?? 0, groupBy, filter: toMetricFilter(scope), limit },
  });
}
