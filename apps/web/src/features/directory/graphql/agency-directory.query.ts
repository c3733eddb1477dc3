import { graphql } from '../../../generated';

export const AgencyDirectoryQuery = graphql(`
  query AgencyDirectory($search: String, $regionCode: String, $limit: Int, $offset: Int) {
    agencyDirectory(search: $search, regionCode: $regionCode, limit: $limit, offset: $offset) {
      totalCount
      nodes { id name type typeLabel { zh en } level regionCode regionName parentId parentName reportCount }
    }
  }
`);
