import { graphql } from '../../../generated';

export const CoverageQuery = graphql(`
  query Coverage($year: Int!, $regionCode: String) {
    coverage(year: $year, regionCode: $regionCode) {
      year deadline
      totals { agencies published onTime late undated missing }
      nodes { code name parentCode depth counts { agencies published onTime late undated missing } agencies { agencyId name status publishedAt reportId } }
      missing { agencyId name regionCode }
    }
  }
`);
