import { graphql } from '../../../generated';

export const FlagCountsQuery = graphql(`
  query FlagCounts($fromYear: Int!, $toYear: Int!, $filter: MetricFilter) {
    flagCounts(fromYear: $fromYear, toYear: $toYear, filter: $filter) { code year count }
  }
`);
