import { graphql } from '../../generated';

export const RegionsQuery = graphql(`
  query Regions {
    regions { code name level parentCode fullName }
  }
`);
