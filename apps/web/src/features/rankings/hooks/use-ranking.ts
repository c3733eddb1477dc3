import { useQuery } from '@apollo/client/react';
import type { SortOrder } from '../../../generated/graphql';
import { toMetricFilter, type Scope } from '../../overview/hooks/use-overview';
import { RankingQuery } from '../graphql/ranking.query';

export function useRanking(metric: string, year: number | null, scope: Scope, order: SortOrder, limit: number) {
  return useQuery(RankingQuery, { skip: year == null, variables: { metric, year: year ?? 0, filter: toMetricFilter(scope), order, limit } });
}
