import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { currentToken } from './auth/session';

/** One client; the token is read on every request so sign-in and sign-out need no rebuild. */
export function createApolloClient(): ApolloClient {
  const link = new HttpLink({
    uri: '/graphql',
    fetch: (input, init) => {
      const token = currentToken();
      const headers = new Headers(init?.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // Aggregates have no ids: keep them as values of the query that asked for them.
        Overview: { keyFields: false }, KPI: { keyFields: false }, TrendSeries: { keyFields: false },
        Label: { keyFields: false }, Cell: { keyFields: false }, TableRow: { keyFields: false }, ReportTable: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
