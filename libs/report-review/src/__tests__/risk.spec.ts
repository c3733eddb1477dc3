import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_THRESHOLDS, rankRegions, riskCard, type RiskCard, type RiskCardInput } from '../index';

/** Metrics as computeMetrics gives them, for a report with the given counts. */
function metrics(o: { received?: number; carriedOver?: number; disclosed?: number; review?: [number, number]; litigation?: [number, number] }) {
  const received = o.received ?? 100;
  const carriedOver = o.carriedOver ?? 0;
  const [rt, rc] = o.review ?? [0, 0];
  const [lt, lc] = o.litigation ?? [0, 0];
  const base = received + carriedOver;
  return {
    'requests.received': received, 'requests.carriedOver': carriedOver,
    'requests.substantiveDisclosureRate': base === 0 ? null : (o.disclosed ?? 60) / base,
    'review.total': rt, 'review.corrected': rc, 'review.correctionRate': rt === 0 ? null : rc / rt,
    'litigation.total': lt, 'litigation.corrected': lc, 'litigation.correctionRate': lt === 0 ? null : lc / lt,
  };
}
const input = (m: Parameters<typeof metrics>[0], over: Partial<RiskCardInput> = {}): RiskCardInput => ({ year: 2022, metrics: metrics(m), openErrorFlags: 0, publishedAt: '2023-01-20', ...over });
const rating = (card: RiskCard, id: string) => card.items.find((i) => i.id === id)!.rating;

describe('riskCard', () => {
  it('rates a clean, busy agency green on everything', () => {
    const card = riskCard(input({ disclosed: 60, review: [10, 0], litigation: [5, 0] }));
    expect(card.items.map((i) => [i.id, i.value, i.base, i.rating])).toEqual([
      ['review.correctionRate', 0, 10, 'green'],
      ['litigation.correctionRate', 0, 5, 'green'],
      ['requests.substantiveDisclosureRate', 0.6, 100, 'green'],
      ['openErrorFlags', 0, null, 'green'],
      ['lateness', 0, null, 'green'],
    ]);
    expect(card.overall).toBe('green');
  });

  it('correction rates: amber from 10 %, red from 25 %, exactly at the boundaries', () => {
    const at = (total: number, corrected: number) => rating(riskCard(input({ review: [total, corrected] })), 'review.correctionRate');
    expect([at(20, 1), at(10, 1), at(20, 4), at(20, 5), at(4, 1)]).toEqual(['green', 'amber', 'amber', 'red', 'notRated']);
    const lit = (total: number, corrected: number) => rating(riskCard(input({ litigation: [total, corrected] })), 'litigation.correctionRate');
    expect([lit(5, 0), lit(5, 1), lit(8, 2), lit(4, 4)]).toEqual(['green', 'amber', 'red', 'notRated']);
  });

  it('substantive disclosure: not rated under 30 requests (new + carried over), amber under 50 %, red under 30 %', () => {
    const at = (received: number, carriedOver: number, disclosed: number) => rating(riskCard(input({ received, carriedOver, disclosed })), 'requests.substantiveDisclosureRate');
    expect([at(29, 0, 0), at(25, 5, 0), at(100, 0, 50), at(100, 0, 49), at(100, 0, 30), at(100, 0, 29)]).toEqual(['notRated', 'red', 'green', 'amber', 'amber', 'red']);
    const card = riskCard(input({ received: 12, disclosed: 1 }));
    expect(card.items[2]).toMatchObject({ rating: 'notRated', base: 12, note: { zh: '申请 12 件（新收 + 上年结转），少于 30 件，不评级' } });
  });

  it('open error flags: 1 is amber, 3 is red', () => {
    expect([0, 1, 2, 3].map((n) => riskCard(input({}, { openErrorFlags: n })).overall)).toEqual(['green', 'amber', 'amber', 'red']);
  });

  it('lateness in days after 31 January: on the day green, a day late amber, 31 days red, unknown not rated', () => {
    const late = (publishedAt: string | null) => riskCard(input({}, { publishedAt })).items[4];
    expect(late('2023-01-31')).toMatchObject({ value: 0, rating: 'green' });
    expect(late('2023-02-01')).toMatchObject({ value: 1, rating: 'amber' });
    expect(late('2023-03-02')).toMatchObject({ value: 30, rating: 'amber' });
    expect(late('2023-03-03')).toMatchObject({ value: 31, rating: 'red', note: { zh: '晚于 2023-01-31 31 天发布（黄色 ≥ 1 天，红色 ≥ 31 天）' } });
    expect(late(null)).toMatchObject({ value: null, rating: 'notRated' });
    expect(() => late('2023-02-30')).toThrow(/riskCard.publishedAt: "2023-02-30" is not a calendar date/);
  });

  it('overall is the worst rated item; nothing rated → not rated', () => {
    expect(riskCard(input({ received: 100, disclosed: 40, review: [10, 3] })).overall).toBe('red');
    const none = riskCard({ year: 2022, metrics: {}, openErrorFlags: 0, publishedAt: null });
    // Open error flags are always rated (0 is green): a report with no numbers at all is still green there.
    expect(none.items.filter((i) => i.rating !== 'notRated').map((i) => i.id)).toEqual(['openErrorFlags']);
    expect(none.overall).toBe('green');
  });

  it('takes configured thresholds and rejects inconsistent ones', () => {
    const strict = riskCard(input({ received: 100, disclosed: 55 }), { substantiveDisclosure: { amber: 0.7 } });
    expect(rating(strict, 'requests.substantiveDisclosureRate')).toBe('amber');
    expect(rating(riskCard(input({ received: 10, disclosed: 9 }), { substantiveDisclosure: { minRequests: 10 } }), 'requests.substantiveDisclosureRate')).toBe('green');
    expect(() => riskCard(input({}), { lateDays: { amber: 40 } })).toThrow(/thresholds.lateDays: amber \(40\) must not exceed red \(31\)/);
    expect(() => riskCard(input({}), { substantiveDisclosure: { red: 0.6 } })).toThrow(/lower is worse/);
    expect(DEFAULT_RISK_THRESHOLDS.substantiveDisclosure.minRequests).toBe(30);
  });
});

describe('rankRegions', () => {
  const card = (region: string, overall: RiskCard['overall']): RiskCard => ({ year: 2022, region, items: [], overall });

  it('ranks worst first by mean points (red 2, amber 1), ties by red count, unrated regions last', () => {
    const cards = [
      card('相山区', 'green'), card('相山区', 'red'),                        // (2 + 0) / 2 = 1
      card('杜集区', 'amber'), card('杜集区', 'amber'), card('杜集区', 'notRated'), // 1, no red
      card('烈山区', 'red'), card('烈山区', 'red'), card('烈山区', 'green'), // 4/3
      card('濉溪县', 'notRated'),
    ];
    expect(rankRegions(cards).map((r) => [r.rank, r.region, r.score, r.red, r.amber, r.green, r.notRated])).toEqual([
      [1, '烈山区', 4 / 3, 2, 0, 1, 0],
      [2, '相山区', 1, 1, 0, 1, 0],
      [3, '杜集区', 1, 0, 2, 0, 1],
      [4, '濉溪县', null, 0, 0, 0, 1],
    ]);
  });

  it('rejects a card without a region', () => {
    expect(() => rankRegions([{ year: 2022, agency: '某局', items: [], overall: 'red' }])).toThrow(/cards\[0\] \(某局\): card has no region/);
  });
});
