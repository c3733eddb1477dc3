import { graphql } from '../../../generated';

export const CompareQuery = graphql(`
  query Compare($agencyIds: [ID!]!, $metrics: [String!]!, $fromYear: Int!, $toYear: Int!) {
    compare(agencyIds: $agencyIds, metrics: $metrics, fromYear: $fromYear, toYear: $toYear) {
      metric agency { id name } points { year value }
    }
  }
`);
