import { graphql } from '../../../generated';

export const ReviewFlagMutation = graphql(`
  mutation ReviewFlag($id: ID!, $decision: ReviewStatus!, $note: String) {
    reviewFlag(id: $id, decision: $decision, note: $note) { id status reviewer note reviewedAt }
  }
`);
