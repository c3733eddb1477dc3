import type { Messages } from './zh-cn';
import { auditEn } from './audit-en';
import { workbenchEn } from './workbench-en';

export const enUS: Messages = {
  app: { title: 'Gongkai Lens', subtitle: 'Government information disclosure annual reports', print: 'Print', logout: 'Sign out', language: '中文' },
  nav: { overview: 'Overview', trends: 'Trends', compare: 'Compare', rankings: 'Rankings', reports: 'Reports', flags: 'Flags', import: 'Import', coverage: 'Coverage', risk: 'Risk', notices: 'Notices', directory: 'Directory', audit: 'Audit log' },
  role: { VIEWER: 'Viewer', ANALYST: 'Analyst', SUPERVISOR: 'Supervisor', ADMIN: 'Admin' },
  login: { title: 'Sign in', email: 'Email', password: 'Password', submit: 'Sign in', failed: 'Sign-in failed: {{message}}', required: 'Enter your {{field}}' },
  common: {
    year: 'Year', allYears: 'All years', fromYear: 'From', toYear: 'To', region: 'Region', agencyType: 'Agency type', agency: 'Agency', metric: 'Metric',
    allRegions: 'All regions', allTypes: 'All types', search: 'Search', reset: 'Reset', loading: 'Loading…', empty: 'No data',
    error: 'Could not load', retry: 'Retry', value: 'Value', total: 'Total', chart: 'Chart', table: 'Table', line: 'Line', bar: 'Bar',
    exportCsv: 'CSV', exportXlsx: 'Excel', exportPng: 'PNG', yes: 'Yes', no: 'No', notFound: 'Page not found', totalItems: '{{n}} in all',
    forbidden: 'Your role cannot open this page', backHome: 'Back to overview', unit: { count: 'items', wanYuan: '10k yuan', ratio: '%' },
  },
  overview: {
    title: 'Overview', reports: 'Reports', agencies: 'Agencies', requests: 'Requests received', disclosureRate: 'Disclosure rate', fees: 'Fee revenue', openFlags: 'Open flags',
    vsLastYear: 'vs last year', noPrevious: 'no data last year', items: 'Proactively disclosed items', outcomes: 'Request outcomes', feeTrend: 'Administrative fees (10k yuan)',
    byRegion: 'By region', scope: 'Scope',
  },
  trends: { title: 'Trends', groupBy: 'Group by', group: { YEAR: 'Total', REGION: 'Region', AGENCY_TYPE: 'Agency type', AGENCY: 'Agency' }, limit: 'Series', series: 'Series' },
  compare: {
    title: 'Compare', pick: 'Pick 2–10 agencies (search by name, filter by region and type)', tooFew: 'Pick at least 2 agencies', tooMany: 'Pick at most 10 agencies',
    metrics: 'Metrics', outcomeMix: 'Outcome mix', consistency: 'Consistency record (flags)', outliers: 'Outliers', outlierHint: 'Red: far from the other agencies picked (robust z-score ≥ 3.5)',
    errors: 'Errors', warnings: 'Warnings', infos: 'Info', reports: 'Reports',
  },
  rankings: { title: 'Rankings', top: 'Top', bottom: 'Bottom', rank: 'Rank', limit: 'Count' },
  reports: {
    title: 'Reports', search: 'Search agency or file name', fileName: 'File', template: 'Template', publishedAt: 'Published', status: 'Status', flags: 'Flags',
    errors: 'Errors', warnings: 'Warnings', infos: 'Info', ingestedAt: 'Imported', open: 'Open',
  },
  report: {
    title: 'Report', notFound: 'Report not found', flags: 'Flags', noFlags: 'No flags', source: 'Source text', previous: 'Last year', previousReport: 'Last year\'s report',
    cellPos: 'Position', line: 'line {{line}}', lines: 'lines {{line}}–{{endLine}}', page: 'page {{page}}', tablePos: 'table {{table}}, row {{row}}, column {{col}} of the document', clickCell: 'Click a cell to see it in the source', noPos: 'This cell is not in the source (missing or blank)',
    expected: 'Expected', actual: 'Actual', versions: 'Versions', blank: '(blank)', selectedCell: 'Selected cell', back: 'Back to list', showPrevious: 'Show last year',
  },
  flags: {
    title: 'Flags', code: 'Code', severity: 'Severity', status: 'Status', message: 'Message', cells: 'Cells', report: 'Report', review: 'Review',
    confirm: 'Confirm', dismiss: 'Dismiss', note: 'Reason', noteRequired: 'A dismissal needs a reason', reviewed: 'Reviewed', byCodeOverYears: 'Flags by code over years',
    reviewer: 'Reviewer', reviewedAt: 'Reviewed at', reviewTitle: 'Review flag', saved: 'Review saved',
    sev: { ERROR: 'Error', WARNING: 'Warning', INFO: 'Info' }, st: { OPEN: 'Open', CONFIRMED: 'Confirmed', DISMISSED: 'Dismissed' },
  },
  import: {
    title: 'Import', drop: 'Drop annual report files (TXT, PDF, HTML, DOCX) or a ZIP here, or click to choose', hint: 'Files are parsed and checked at once; the same file uploaded twice is stored once',
    uploading: 'Uploading', progress: 'Progress', done: 'Done', failed: 'Failed', duplicate: 'Duplicate', replaced: 'Replaced', flagCount: 'Flags', openReport: 'Open report', result: 'Result',
  },
  ...workbenchEn,
  ...auditEn,
};
