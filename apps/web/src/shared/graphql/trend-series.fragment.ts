import { graphql } from '../../generated';

export const TrendSeriesFields = graphql(`
  fragment TrendSeriesFields on TrendSeries { key label points { year value } }
`);
