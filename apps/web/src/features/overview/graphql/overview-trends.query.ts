import { graphql } from '../../../generated';

/** The yearly series of the overview charts: disclosed items, request outcomes, fee revenue. */
export const OverviewTrendsQuery = graphql(`
  query OverviewTrends($fromYear: Int!, $toYear: Int!, $filter: MetricFilter) {
    regulations: trend(metric: "docs.regulationsIssued", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    normative: trend(metric: "docs.normativeIssued", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    licensing: trend(metric: "items.licensing", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    punishment: trend(metric: "items.punishment", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    coercion: trend(metric: "items.coercion", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    granted: trend(metric: "outcomes.granted", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    partiallyGranted: trend(metric: "outcomes.partiallyGranted", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    denied: trend(metric: "outcomes.denied", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    unavailable: trend(metric: "outcomes.unavailable", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    notProcessed: trend(metric: "outcomes.notProcessed", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    other: trend(metric: "outcomes.other", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
    fees: trend(metric: "fees.amount", fromYear: $fromYear, toYear: $toYear, groupBy: YEAR, filter: $filter) { ...TrendSeriesFields }
  }
`);
