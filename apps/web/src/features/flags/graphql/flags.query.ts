import { graphql } from '../../../generated';

export const FlagsQuery = graphql(`
  query Flags($filter: FlagFilter, $first: Int, $after: String) {
    flags(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id code severity cells expected actual status reviewer note reviewedAt message { zh en }
        report { id year agency { id name region { fullName } } }
      }
    }
  }
`);
