import { graphql } from '../../../generated';

export const TrendQuery = graphql(`
  query Trend($metric: String!, $fromYear: Int!, $toYear: Int!, $groupBy: GroupBy!, $filter: MetricFilter, $limit: Int) {
    trend(metric: $metric, fromYear: $fromYear, toYear: $toYear, groupBy: $groupBy, filter: $filter, limit: $limit) { ...TrendSeriesFields }
  }
`);
