import { ReviewInputError } from '../errors';
import type { Rating, RiskCard } from './risk-card';

export type RegionRank = {
  region: string;
  rank: number;
  cards: number;
  red: number;
  amber: number;
  green: number;
  notRated: number;
  /** Mean risk points of the rated cards (red 2, amber 1, green 0); null when none is rated. */
  score: number | null;
};

const POINTS: Partial<Record<Rating, number>> = { red: 2, amber: 1, green: 0 };

/**
 * Regions ranked worst first by the mean of their cards' overall ratings (red 2, amber 1,
 * green 0; cards not rated left out), ties by more red cards, then by name; regions without
 * a rated card come last. Every card must name its region.
 */
export function rankRegions(cards: readonly RiskCard[]): RegionRank[] {
  const by = new Map<string, RegionRank>();
  cards.forEach((c, i) => {
    if (!c.region) throw new ReviewInputError('card has no region', `rankRegions cards[${i}]${c.agency ? ` (${c.agency})` : ''}`);
    let r = by.get(c.region);
    if (!r) by.set(c.region, (r = { region: c.region, rank: 0, cards: 0, red: 0, amber: 0, green: 0, notRated: 0, score: null }));
    r.cards++;
    r[c.overall]++;
  });
  const out = [...by.values()];
  for (const r of out) {
    const rated = r.red + r.amber + r.green;
    r.score = rated === 0 ? null : (r.red * POINTS.red! + r.amber * POINTS.amber!) / rated;
  }
  out.sort((a, b) => {
    if (a.score == null || b.score == null) return a.score == null && b.score == null ? a.region.localeCompare(b.region) : a.score == null ? 1 : -1;
    return b.score - a.score || b.red - a.red || a.region.localeCompare(b.region);
  });
  out.forEach((r, i) => (r.rank = i + 1));
  return out;
}
