import { graphql } from '../../../generated';

export const CorrectCellMutation = graphql(`
  mutation CorrectCell($reportId: ID!, $key: String!, $value: Float, $reason: String!) {
    correctCell(reportId: $reportId, key: $key, value: $value, reason: $reason) {
      id key label { zh en } originalValue originalRaw previousValue value reason correctedBy correctedAt
    }
  }
`);
