import { graphql } from '../../generated';

/** First and last report year in the store: the newest and oldest report by year. */
export const YearBoundsQuery = graphql(`
  query YearBounds {
    newest: reports(sort: YEAR, order: DESC, first: 1) { edges { node { id year } } }
    oldest: reports(sort: YEAR, order: ASC, first: 1) { edges { node { id year } } }
  }
`);
