import { graphql } from '../../generated';

export const AgencyTypesQuery = graphql(`
  query AgencyTypes {
    agencyTypes { id label { zh en } }
  }
`);
