import { carryOverMismatch } from './rules/carry-over-mismatch';
import { cellBlank } from './rules/cell-blank';
import { duplicateReports } from './rules/duplicate-report';
import { latePublication } from './rules/late-publication';
import { peerOutliers } from './rules/peer-outlier';
import type { CrossYearRule, ReportRule } from './rules/rule';
import { sectionMissing } from './rules/section-missing';
import { t2InForceChain } from './rules/t2-inforce-chain';
import { t3Balance } from './rules/t3-balance';
import { t3OutcomeSum } from './rules/t3-outcome-sum';
import { t3RowTotal } from './rules/t3-row-total';
import { t4GroupTotal } from './rules/t4-group-total';
import { tableMissing } from './rules/table-missing';
import { templateMismatch } from './rules/template-mismatch';
import { textItemization } from './rules/text-itemization';
import { textTableMismatch } from './rules/text-table-mismatch';
import { valueInvalid } from './rules/value-invalid';
import { yoyOutlier } from './rules/yoy-outlier';

/** Rules on one report, in the order of the catalog's FLAG_CODES (flags come out in this order). */
export const REPORT_RULES: readonly ReportRule[] = [
  t3RowTotal,
  t3OutcomeSum,
  t3Balance,
  t4GroupTotal,
  valueInvalid,
  cellBlank,
  tableMissing,
  sectionMissing,
  templateMismatch,
  textTableMismatch,
  textItemization,
  latePublication,
];

/** Rules on a report against the same agency's previous year. */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = [carryOverMismatch, t2InForceChain, yoyOutlier];

/** Rules over a set of reports or documents. */
export const SET_RULES = {
  PEER_OUTLIER: peerOutliers,
  DUPLICATE_REPORT: duplicateReports,
} as const;

/** Every code some rule produces: one rule per catalog flag code (a test holds the two together). */
export const RULE_CODES: readonly string[] = [...REPORT_RULES.map((r) => r.code), ...CROSS_YEAR_RULES.map((r) => r.code), ...Object.keys(SET_RULES)];
