import type { workbenchZh } from './workbench-zh';

/** UI strings of the supervisor's workbench, in English. */
export const workbenchEn: typeof workbenchZh = {
  coverage: {
    title: 'Coverage', deadline: 'On time means by {{date}}', agencies: 'Must publish', published: 'Published', onTime: 'On time', late: 'Late', undated: 'Undated',
    missing: 'Missing', missingList: 'Missing agencies (to chase)', region: 'Region / agency', status: { ON_TIME: 'On time', LATE: 'Late', UNDATED: 'Undated', MISSING: 'Missing' },
    summary: 'Region summary', publishedAt: 'Published', onTimeRate: 'On-time rate', allRegions: 'All regions',
  },
  directory: {
    title: 'Agency directory', import: 'Import directory (CSV / XLSX)', importHint: 'Header: name, region (code or "province/city/county" names), type (optional), parent (optional)',
    imported: 'Imported {{rows}} rows: {{added}} added, {{updated}} updated', name: 'Name', type: 'Type', region: 'Region', parent: 'Parent agency', reports: 'Reports',
    edit: 'Edit', save: 'Save', cancel: 'Cancel', saved: 'Saved', regionCode: 'Region code or names', noParent: '(none)',
  },
  risk: {
    title: 'Risk ratings', overall: 'Overall', ranking: 'Regions ranked', rank: 'Rank', cards: 'Agencies', score: 'Risk score', rating: 'Rating',
    r: { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NOT_RATED: 'Not rated' }, allRatings: 'All ratings', notice: 'Notice', drill: 'Drill down',
    thresholds: 'Thresholds', saveThresholds: 'Save thresholds', thresholdsSaved: 'Thresholds saved',
  },
  notices: {
    title: 'Notices', agency: 'Agency', kind: 'Document', kinds: { auto: 'Automatic (rectification when flags are confirmed)', rectification: 'Rectification notice', assessment: 'Assessment opinion' },
    docx: 'Download Word', pdf: 'Download PDF', regionSummary: 'Region summary (for leadership)', region: 'Region', pickAgency: 'Pick an agency', failed: 'Could not generate: {{message}}',
    hint: 'The notice lists the confirmed flags of the agency\'s report (cells, numbers, rule) and its risk card.',
  },
  corrections: {
    title: 'Correct cell', value: 'Corrected value (empty = blank)', reason: 'Reason', reasonRequired: 'Give a reason', history: 'Corrections', original: 'Original',
    from: 'From', to: 'To', by: 'By', at: 'At', saved: 'Corrected and rechecked', note: '{{n}} cell(s) of this report were corrected by hand (marked ✎); statistics and checks use the corrected values.',
    corrected: 'Corrected', open: 'Correct', none: 'No corrections yet',
  },
  similarity: {
    tab: 'Copied text', previous: 'Against this agency\'s previous report', peers: 'Against other agencies this year', score: 'Similarity', none: 'No notable copying found', noPrevious: 'No previous report',
    thisReport: 'This report', other: 'Other report', section: 'Section',
  },
};
