import { graphql } from '../../../generated';

export const RankingQuery = graphql(`
  query Ranking($metric: String!, $year: Int!, $filter: MetricFilter, $order: SortOrder, $limit: Int) {
    ranking(metric: $metric, year: $year, filter: $filter, order: $order, limit: $limit) {
      rank value agency { id name type typeLabel { zh en } region { code fullName } }
    }
  }
`);
