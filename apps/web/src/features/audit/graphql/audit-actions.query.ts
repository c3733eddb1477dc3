import { graphql } from '../../../generated';

export const AuditActionsQuery = graphql(`
  query AuditActions {
    auditActions
  }
`);
