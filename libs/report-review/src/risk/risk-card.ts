import { findMetric } from '@gongkai/report-format';
import { ReviewInputError } from '../errors';
import { daysBetween, deadlineOf, isoDate } from '../util/dates';
import { resolveThresholds, type DeepPartial, type HigherIsWorse, type LowerIsWorse, type RiskThresholds } from './thresholds';

export type Rating = 'red' | 'amber' | 'green' | 'notRated';
export type RiskMetricId = 'review.correctionRate' | 'litigation.correctionRate' | 'requests.substantiveDisclosureRate' | 'openErrorFlags' | 'lateness';

export type RiskItem = {
  id: RiskMetricId;
  zh: string;
  en: string;
  /** Rates 0…1, counts, days; null when unknown. */
  value: number | null;
  /** What the value rests on: cases, requests; null for counts and days. */
  base: number | null;
  rating: Rating;
  /** Why: the threshold crossed, or why it is not rated. */
  note: { zh: string; en: string };
};

export type RiskCard = { year: number; agency?: string; region?: string; items: RiskItem[]; overall: Rating };

export type RiskCardInput = {
  year: number;
  /** The report's metrics (computeMetrics of the catalog): ids as in METRICS. */
  metrics: Readonly<Record<string, number | null | undefined>>;
  /** Error-severity flags of the report not dismissed. */
  openErrorFlags: number;
  /** yyyy-mm-dd; null = unknown. */
  publishedAt: string | null;
  agency?: string;
  /** Region code or name the card is ranked under (rankRegions). */
  region?: string;
};

const ORDER: Rating[] = ['green', 'amber', 'red'];
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const label = (id: string) => {
  const m = findMetric(id)!;
  return { zh: m.zh, en: m.en };
};

function higher(value: number, t: HigherIsWorse): Rating {
  return value >= t.red ? 'red' : value >= t.amber ? 'amber' : 'green';
}
function lower(value: number, t: LowerIsWorse): Rating {
  return value < t.red ? 'red' : value < t.amber ? 'amber' : 'green';
}
const notRated = (zh: string, en: string) => ({ rating: 'notRated' as const, note: { zh, en } });

function correction(id: 'review.correctionRate' | 'litigation.correctionRate', total: number | null | undefined, rate: number | null | undefined, t: RiskThresholds['reviewCorrection']): RiskItem {
  const l = label(id);
  const base = total ?? null;
  const value = rate ?? null;
  const r = base == null || base < t.minCases || value == null
    ? notRated(`案件 ${base ?? 0} 件，少于 ${t.minCases} 件，不评级`, `${base ?? 0} case(s), fewer than ${t.minCases}: not rated`)
    : { rating: higher(value, t), note: { zh: `纠错率 ${pct(value)}（黄色 ≥ ${pct(t.amber)}，红色 ≥ ${pct(t.red)}）`, en: `correction rate ${pct(value)} (amber ≥ ${pct(t.amber)}, red ≥ ${pct(t.red)})` } };
  return { id, ...l, value, base, ...r };
}

/**
 * A report's risk card: each metric red/amber/green or not rated when its numbers are too
 * small to mean anything; `overall` is the worst rated item (notRated when none is rated).
 */
export function riskCard(input: RiskCardInput, thresholds: DeepPartial<RiskThresholds> = {}): RiskCard {
  const t = resolveThresholds(thresholds);
  if (!Number.isInteger(input.year)) throw new ReviewInputError(`year ${String(input.year)} is not a whole number`, 'riskCard');
  if (!Number.isInteger(input.openErrorFlags) || input.openErrorFlags < 0) throw new ReviewInputError(`openErrorFlags ${String(input.openErrorFlags)} is not a count`, 'riskCard');
  const m = input.metrics;
  const items: RiskItem[] = [
    correction('review.correctionRate', m['review.total'], m['review.correctionRate'], t.reviewCorrection),
    correction('litigation.correctionRate', m['litigation.total'], m['litigation.correctionRate'], t.litigationCorrection),
  ];

  const received = m['requests.received'];
  const requests = received == null && m['requests.carriedOver'] == null ? null : (received ?? 0) + (m['requests.carriedOver'] ?? 0);
  const rate = m['requests.substantiveDisclosureRate'] ?? null;
  const sd = t.substantiveDisclosure;
  items.push({
    id: 'requests.substantiveDisclosureRate', ...label('requests.substantiveDisclosureRate'), value: rate, base: requests,
    ...(requests == null || requests < sd.minRequests || rate == null
      ? notRated(`申请 ${requests ?? 0} 件（新收 + 上年结转），少于 ${sd.minRequests} 件，不评级`, `${requests ?? 0} request(s) (new + carried over), fewer than ${sd.minRequests}: not rated`)
      : { rating: lower(rate, sd), note: { zh: `实质公开率 ${pct(rate)}（黄色 < ${pct(sd.amber)}，红色 < ${pct(sd.red)}）`, en: `substantive disclosure ${pct(rate)} (amber < ${pct(sd.amber)}, red < ${pct(sd.red)})` } }),
  });

  const e = input.openErrorFlags;
  items.push({
    id: 'openErrorFlags', zh: '未整改错误', en: 'Open error flags', value: e, base: null,
    rating: higher(e, t.openErrorFlags),
    note: { zh: `${e} 个错误未整改（黄色 ≥ ${t.openErrorFlags.amber}，红色 ≥ ${t.openErrorFlags.red}）`, en: `${e} open error flag(s) (amber ≥ ${t.openErrorFlags.amber}, red ≥ ${t.openErrorFlags.red})` },
  });

  const deadline = deadlineOf(input.year);
  if (input.publishedAt == null) {
    items.push({ id: 'lateness', zh: '逾期天数', en: 'Days late', value: null, base: null, ...notRated('发布日期不明，不评级', 'publication date unknown: not rated') });
  } else {
    const days = Math.max(0, daysBetween(deadline, isoDate(input.publishedAt, 'riskCard.publishedAt')));
    items.push({
      id: 'lateness', zh: '逾期天数', en: 'Days late', value: days, base: null, rating: higher(days, t.lateDays),
      note: days === 0
        ? { zh: `于 ${deadline} 前发布`, en: `published by ${deadline}` }
        : { zh: `晚于 ${deadline} ${days} 天发布（黄色 ≥ ${t.lateDays.amber} 天，红色 ≥ ${t.lateDays.red} 天）`, en: `published ${days} day(s) after ${deadline} (amber ≥ ${t.lateDays.amber}, red ≥ ${t.lateDays.red})` },
    });
  }

  const rated = items.filter((i) => i.rating !== 'notRated').map((i) => ORDER.indexOf(i.rating));
  const overall: Rating = rated.length === 0 ? 'notRated' : ORDER[Math.max(...rated)];
  return { year: input.year, ...(input.agency ? { agency: input.agency } : {}), ...(input.region ? { region: input.region } : {}), items, overall };
}

export const RATING_LABELS: Record<Rating, { zh: string; en: string }> = {
  red: { zh: '红色', en: 'red' },
  amber: { zh: '黄色', en: 'amber' },
  green: { zh: '绿色', en: 'green' },
  notRated: { zh: '不评级', en: 'not rated' },
};
