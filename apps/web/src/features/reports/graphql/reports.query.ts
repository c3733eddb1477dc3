import { graphql } from '../../../generated';

export const ReportsQuery = graphql(`
  query Reports($filter: ReportFilter, $sort: ReportSort, $order: SortOrder, $first: Int, $after: String) {
    reports(filter: $filter, sort: $sort, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node {
        id year template layout fileName publishedAt status errorCount warningCount infoCount ingestedAt
        agency { id name typeLabel { zh en } region { code fullName } }
      } }
    }
  }
`);
