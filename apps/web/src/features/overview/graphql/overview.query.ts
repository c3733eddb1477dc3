import { graphql } from '../../../generated';

/** KPIs of the chosen year and scope, with last year's counts for the change figures. */
export const OverviewQuery = graphql(`
  query Overview($year: Int!, $previousYear: Int!, $filter: MetricFilter, $regionMetric: String!) {
    current: overview(year: $year, filter: $filter) {
      year reports agencies openFlags
      kpis { metric label { zh en } value previous change }
      byRegion(metric: $regionMetric) { value region { code name fullName } }
    }
    previous: overview(year: $previousYear, filter: $filter) { year reports agencies openFlags }
  }
`);
