import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MetricsQuery as MetricsResult } from '../../generated/graphql';
import { MetricsQuery } from '../graphql/metrics.query';

export type Metric = MetricsResult['metrics'][number];

/** The API's metric catalog, by id. */
export function useMetrics() {
  const { data, loading, error } = useQuery(MetricsQuery, { fetchPolicy: 'cache-first' });
  const byId = useMemo(() => new Map((data?.metrics ?? []).map((m) => [m.id, m])), [data]);
  return { metrics: data?.metrics ?? [], byId, loading, error };
}
