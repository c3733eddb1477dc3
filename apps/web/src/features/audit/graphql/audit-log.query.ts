import { graphql } from '../../../generated';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $action: String, $actor: String, $before: ID) {
    auditLog(first: $first, action: $action, actor: $actor, before: $before) { id at actor action detail }
  }
`);
