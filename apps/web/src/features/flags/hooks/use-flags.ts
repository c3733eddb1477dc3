import { useQuery } from '@apollo/client/react';
import type { FlagFilter } from '../../../generated/graphql';
import { offsetCursor } from '../../../shared/url/offset-cursor';
import { FlagCountsQuery } from '../graphql/flag-counts.query';
import { FlagsQuery } from '../graphql/flags.query';

/** One page of the review queue (page n starts after row (n−1)·size). */
export function useFlagQueue(filter: FlagFilter, page: number, size: number) {
  const q = useQuery(FlagsQuery, { variables: { filter, first: size, after: offsetCursor((page - 1) * size) } });
  return { ...q, rows: q.data?.flags.nodes ?? [], total: q.data?.flags.totalCount ?? 0 };
}

export function useFlagCounts(fromYear: number | null, toYear: number | null, regions: string[]) {
  return useQuery(FlagCountsQuery, {
    skip: fromYear == null || toYear == null,
    variables: { fromYear: fromYear ?? 0, toYear: toYear ?? 0, filter: regions.length ? { regionCodes: regions } : null },
  });
}
