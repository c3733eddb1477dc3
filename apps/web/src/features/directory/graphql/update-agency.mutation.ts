import { graphql } from '../../../generated';

export const UpdateAgencyMutation = graphql(`
  mutation UpdateAgency($id: ID!, $input: AgencyUpdate!) {
    updateAgency(id: $id, input: $input) { id name type typeLabel { zh en } level regionCode regionName parentId parentName reportCount }
  }
`);
