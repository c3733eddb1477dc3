import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AuditLogQuery } from '../graphql/audit-log.query';

/** Entries fetched per request; older ones come with `before` = the last id shown. */
export const AUDIT_BATCH = 200;

/** The newest entries matching the filters, and `loadOlder` to append the next batch. */
export function useAuditLog(action: string, actor: string) {
  const variables = { first: AUDIT_BATCH, action: action || null, actor: actor.trim() || null };
  const q = useQuery(AuditLogQuery, { variables });
  // Whether the last batch came back short (no older entries), per filter.
  const key = JSON.stringify(variables);
  const [exhausted, setExhausted] = useState<Record<string, boolean>>({});
  const [loadingOlder, setLoadingOlder] = useState(false);
  const rows = q.data?.auditLog ?? [];
  const hasOlder = rows.length >= AUDIT_BATCH && !exhausted[key];

  const loadOlder = async () => {
    const last = rows[rows.length - 1];
    if (!last) return;
    setLoadingOlder(true);
    try {
      const more = await q.fetchMore({
        variables: { before: last.id },
        updateQuery: (prev, { fetchMoreResult }) => ({ auditLog: [...prev.auditLog, ...fetchMoreResult.auditLog] }),
      });
      if ((more.data?.auditLog.length ?? 0) < AUDIT_BATCH) setExhausted((e) => ({ ...e, [key]: true }));
    } finally {
      setLoadingOlder(false);
    }
  };
  return { ...q, rows, hasOlder, loadOlder, loadingOlder };
}
