import { graphql } from '../../../generated';

export const ReportCorrectionsQuery = graphql(`
  query ReportCorrections($id: ID!) {
    report(id: $id) { id corrections { id key label { zh en } originalValue originalRaw previousValue value reason correctedBy correctedAt } }
  }
`);
