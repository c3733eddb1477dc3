import { graphql } from '../../generated';

export const SearchAgenciesQuery = graphql(`
  query SearchAgencies($search: String, $regionCodes: [String!], $types: [String!], $limit: Int) {
    agencies(search: $search, regionCodes: $regionCodes, types: $types, limit: $limit) {
      id name type typeLabel { zh en } reportCount region { code name fullName }
    }
  }
`);
