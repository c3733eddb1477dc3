import { useQuery } from '@apollo/client/react';
import { YearBoundsQuery } from '../graphql/year-bounds.query';

/** The first and last report year in the store (null while unknown or when there are no reports). */
export function useYearBounds() {
  const { data, loading, error } = useQuery(YearBoundsQuery, { fetchPolicy: 'cache-first' });
  const max = data?.newest.edges[0]?.node.year ?? null;
  const min = data?.oldest.edges[0]?.node.year ?? null;
  return { min, max, loading, error };
}
