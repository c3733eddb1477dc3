import { graphql } from '../../../generated';

export const ReportQuery = graphql(`
  query Report($id: ID!) {
    report(id: $id) {
      id year template layout fileName publishedAt status title previousReportId sourceText
      agency { id name typeLabel { zh en } region { fullName } }
      tables {
        id label { zh en }
        columns { key unit label { zh en } }
        rows { key group number label { zh en }
          cells { key value raw previousValue flagged corrected pos { kind line endLine table row col page x y w h } } }
      }
      sections { id heading }
      flags { id code severity cells expected actual status reviewer note reviewedAt message { zh en } }
      versions { id fileName ingestedAt }
    }
  }
`);
