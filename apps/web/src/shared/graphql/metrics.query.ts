import { graphql } from '../../generated';

/** Metric ids, labels and units: the API takes them from the catalog. */
export const MetricsQuery = graphql(`
  query Metrics {
    metrics { id unit category kind label { zh en } }
  }
`);
