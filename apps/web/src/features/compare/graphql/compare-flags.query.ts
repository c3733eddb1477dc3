import { graphql } from '../../../generated';

/** Each compared agency's reports with their flag counts: its consistency record. */
export const CompareFlagsQuery = graphql(`
  query CompareFlags($filter: ReportFilter!) {
    reports(filter: $filter, first: 200, sort: YEAR, order: DESC) {
      edges { node { id year agency { id } errorCount warningCount infoCount } }
    }
  }
`);
