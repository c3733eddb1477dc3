import { graphql } from '../../../generated';

export const SetRiskThresholdsMutation = graphql(`
  mutation SetRiskThresholds($thresholds: JSON!) { setRiskThresholds(thresholds: $thresholds) }
`);
