export { checkReport } from './check-report';
export { checkAcrossYears, checkDuplicates, checkPeers } from './check-across';
export { CheckInputError } from './errors';
export { CROSS_YEAR_RULES, REPORT_RULES, RULE_CODES } from './registry';
export { OUTLIER_METRIC_IDS } from './util/metrics';
export type { CheckInput, CheckOptions, DocumentRef, Flag, PeerReport, YearFacts } from './types';
