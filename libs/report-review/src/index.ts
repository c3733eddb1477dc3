// The supervisor's workbench, pure: copied text (re-exported from @gongkai/report-checks,
// where TEXT_COPIED uses it), risk cards, coverage, notices and their DOCX/PDF rendering.
export {
  buildShingleIndex, checkTextCopied, compareReports, findSimilar, sectionSimilarity, TEXT_COPIED_THRESHOLD,
  type FindSimilarOptions, type IndexedText, type Passage, type ReportComparison, type SectionComparison, type ShingleIndex, type SimilarText, type SimilarityResult, type TextReport,
} from '@gongkai/report-checks';
export { ReviewInputError } from './errors';
export { DEFAULT_RISK_THRESHOLDS, resolveThresholds, type DeepPartial, type RiskThresholds } from './risk/thresholds';
export { RATING_LABELS, riskCard, type Rating, type RiskCard, type RiskCardInput, type RiskItem, type RiskMetricId } from './risk/risk-card';
export { rankRegions, type RegionRank } from './risk/rank-regions';
export { coverageTree, type AgencyRef, type CoverageCounts, type CoverageNode, type CoverageTree, type RegionRef, type ReportRef } from './coverage/coverage-tree';
export { composeNotice, type NoticeData, type NoticeKind } from './notice/compose-notice';
export { composeRegionSummary, type RegionSummaryData, type TrendPoint } from './notice/compose-region-summary';
export { RULE_TEXT } from './notice/rule-text';
export type { NoticeBlock, NoticeDoc } from './notice/types';
export { documentXml, renderDocx } from './render/render-docx';
export { renderPdf, type RenderPdfOptions } from './render/render-pdf';
export { findCjkFont, isFontMissing, type CjkFont, type FontMissing } from './render/find-font';
