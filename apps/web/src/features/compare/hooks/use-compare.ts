import { useQuery } from '@apollo/client/react';
import { CompareFlagsQuery } from '../graphql/compare-flags.query';
import { CompareQuery } from '../graphql/compare.query';

export const OUTCOME_METRICS = ['outcomes.granted', 'outcomes.partiallyGranted', 'outcomes.denied', 'outcomes.unavailable', 'outcomes.notProcessed', 'outcomes.other'];

/** The chosen agencies' metrics (plus the outcome mix) over the years, and their flag record. */
export function useCompare(ids: string[], metrics: string[], fromYear: number | null, toYear: number | null) {
  const skip = ids.length < 2 || fromYear == null || toYear == null;
  const values = useQuery(CompareQuery, {
    skip,
    variables: { agencyIds: ids, metrics: [...new Set([...metrics, ...OUTCOME_METRICS])], fromYear: fromYear ?? 0, toYear: toYear ?? 0 },
  });
  const flags = useQuery(CompareFlagsQuery, { skip, variables: { filter: { agencyIds: ids, fromYear, toYear } } });
  return { values, flags };
}
