import { useQuery } from '@apollo/client/react';
import type { ReportFilter, ReportSort, SortOrder } from '../../../generated/graphql';
import { offsetCursor } from '../../../shared/url/offset-cursor';
import { ReportsQuery } from '../graphql/reports.query';

/** One page of the report list (page n starts after row (n−1)·size). */
export function useReports(filter: ReportFilter, sort: ReportSort, order: SortOrder, page: number, size: number) {
  const q = useQuery(ReportsQuery, { variables: { filter, sort, order, first: size, after: offsetCursor((page - 1) * size) } });
  return { ...q, rows: (q.data?.reports.edges ?? []).map((e) => e.node), total: q.data?.reports.totalCount ?? 0 };
}
