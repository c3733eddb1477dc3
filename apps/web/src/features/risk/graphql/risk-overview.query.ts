import { graphql } from '../../../generated';

export const RiskOverviewQuery = graphql(`
  query RiskOverview($year: Int!, $regionCode: String, $agencyTypes: [String!], $rating: RiskRating) {
    riskOverview(year: $year, regionCode: $regionCode, agencyTypes: $agencyTypes, rating: $rating) {
      year thresholds
      cards { agencyId agencyName agencyType regionCode reportId year overall items { metric label { zh en } value base rating note { zh en } } }
      ranking { rank cards red amber green notRated score region { code name fullName level } }
    }
  }
`);
