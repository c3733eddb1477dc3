import { graphql } from '../../../generated';

export const ReportSimilarityQuery = graphql(`
  query ReportSimilarity($reportId: ID!) {
    reportSimilarity(reportId: $reportId) {
      reportId overallPrevious
      sections {
        sectionId heading text
        previous { reportId agencyName year heading score text passages { aStart aEnd bStart bEnd } }
        peers { reportId agencyName year heading score text passages { aStart aEnd bStart bEnd } }
      }
    }
  }
`);
