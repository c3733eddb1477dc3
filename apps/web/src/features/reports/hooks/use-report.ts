import { useQuery } from '@apollo/client/react';
import { ReportQuery } from '../graphql/report.query';

export function useReport(id: string) {
  return useQuery(ReportQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
