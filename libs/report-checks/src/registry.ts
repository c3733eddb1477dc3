import { carryOverMismatch } from './rules/carry-over-mismatch';
import { cellBlank } from './rules/cell-blank';
import { duplicateReports } from './rules/duplicate-report';
import { feeNotReported } from './rules/fee-not-reported';
import { latePublication } from './rules/late-publication';
import { peerOutliers } from './rules/peer-outlier';
import { problemsBoilerplate } from './rules/problems-boilerplate';
import type { CrossYearRule, ReportRule } from './rules/rule';
import { sectionMissing } from './rules/section-missing';
import { statementMissing } from './rules/statement-missing';
import { t2InForceChain } from './rules/t2-inforce-chain';
import { t3Balance } from './rules/t3-balance';
import { t3OutcomeSum } from './rules/t3-outcome-sum';
import { t3RowTotal } from './rules/t3-row-total';
import { t4GroupTotal } from './rules/t4-group-total';
import { tableMissing } from './rules/table-missing';
import { templateMismatch } from './rules/template-mismatch';
import { textCopied } from './rules/text-copied';
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
  // Narrative checks (issue 10): info, after the catalog's original codes.
  problemsBoilerplate,
  feeNotReported,
  statementMissing,
];

/** Rules on a report against the same agency's previous year. */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = [carryOverMismatch, t2InForceChain, yoyOutlier];

/** Rules over a set of reports or documents. */
export const SET_RULES = {
  PEER_OUTLIER: peerOutliers,
  DUPLICATE_REPORT: duplicateReports,
} as const;

/** Rules on a report's text against another report's (the same agency's previous year, or a peer's). */
export const COMPARISON_RULES = {
  TEXT_COPIED: textCopied,
} as const;

/** Every code some rule produces: one rule per catalog flag code (a test holds the two together). */
export const RULE_CODES: readonly string[] = [...REPORT_RULES.map((r) => r.code), ...CROSS_YEAR_RULES.map((r) => r.code), ...Object.keys(SET_RULES), ...Object.keys(COMPARISON_RULES)];
