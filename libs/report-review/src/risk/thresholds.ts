import { ReviewInputError } from '../errors';

/** Worse as the value grows: ≥ red is red, ≥ amber is amber, below amber green. */
export type HigherIsWorse = { amber: number; red: number };
/** Worse as the value falls: < red is red, < amber is amber, from amber up green. */
export type LowerIsWorse = { amber: number; red: number };

export type RiskThresholds = {
  /** 行政复议纠错率 (corrected / total of table 4's review group); not rated under `minCases` cases. */
  reviewCorrection: HigherIsWorse & { minCases: number };
  /** 行政诉讼纠错率 (both litigation groups); not rated under `minCases` cases. */
  litigationCorrection: HigherIsWorse & { minCases: number };
  /** 实质公开率 (granted + partially granted) / (received + carried over); not rated under `minRequests`. */
  substantiveDisclosure: LowerIsWorse & { minRequests: number };
  /** Error flags of the report still open (not dismissed). */
  openErrorFlags: HigherIsWorse;
  /** Days published after 31 January of the next year. */
  lateDays: HigherIsWorse;
};

/**
 * Defaults, and why (all configurable: the API may store a supervisor's own):
 * - Correction rates: amber from 10 %, red from 25 %. A corrected case means the agency's
 *   answer was unlawful or improper; across all matters the courts and review bodies correct
 *   on the order of one decision in ten, so an agency at that level is worth a look and one
 *   corrected in a quarter of its cases or more is clearly out of line. Under 5 cases one
 *   decision moves the rate by 20 points or more: not rated.
 * - Substantive disclosure: amber under 50 %, red under 30 %. Half the requests answered with
 *   information is a common level for agencies that handle requests properly (the rest are
 *   legitimately 无法提供/不予处理); under 30 % most applicants get nothing. Under 30 requests
 *   (the floor) one request moves the rate by more than 3 points: not rated.
 * - Open error flags: any error means the report cannot be right as published (amber);
 *   3 or more is a report that needs redoing (red).
 * - Lateness: a day late breaks the statutory deadline (amber); more than 30 days, i.e.
 *   after the end of February, is red.
 */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  reviewCorrection: { minCases: 5, amber: 0.1, red: 0.25 },
  litigationCorrection: { minCases: 5, amber: 0.1, red: 0.25 },
  substantiveDisclosure: { minRequests: 30, amber: 0.5, red: 0.3 },
  openErrorFlags: { amber: 1, red: 3 },
  lateDays: { amber: 1, red: 31 },
};

/** Defaults overridden by a partial config; inconsistent thresholds are an error, not a silent mis-rating. */
export function resolveThresholds(partial: DeepPartial<RiskThresholds> = {}): RiskThresholds {
  const t: RiskThresholds = {
    reviewCorrection: { ...DEFAULT_RISK_THRESHOLDS.reviewCorrection, ...partial.reviewCorrection },
    litigationCorrection: { ...DEFAULT_RISK_THRESHOLDS.litigationCorrection, ...partial.litigationCorrection },
    substantiveDisclosure: { ...DEFAULT_RISK_THRESHOLDS.substantiveDisclosure, ...partial.substantiveDisclosure },
    openErrorFlags: { ...DEFAULT_RISK_THRESHOLDS.openErrorFlags, ...partial.openErrorFlags },
    lateDays: { ...DEFAULT_RISK_THRESHOLDS.lateDays, ...partial.lateDays },
  };
  for (const [name, v] of Object.entries(t) as [string, Record<string, number>][]) {
    for (const [k, x] of Object.entries(v)) if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) throw new ReviewInputError(`${k} must be a non-negative number, got ${String(x)}`, `thresholds.${name}`);
  }
  for (const name of ['reviewCorrection', 'litigationCorrection', 'openErrorFlags', 'lateDays'] as const) {
    if (t[name].amber > t[name].red) throw new ReviewInputError(`amber (${t[name].amber}) must not exceed red (${t[name].red})`, `thresholds.${name}`);
  }
  if (t.substantiveDisclosure.red > t.substantiveDisclosure.amber) {
    throw new ReviewInputError(`red (${t.substantiveDisclosure.red}) must not exceed amber (${t.substantiveDisclosure.amber}): lower is worse`, 'thresholds.substantiveDisclosure');
  }
  return t;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
