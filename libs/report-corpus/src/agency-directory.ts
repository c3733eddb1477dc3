import type { AgencyLevel } from '@gongkai/report-format';
import { AGENCY_TYPES } from '@gongkai/report-format';
import { agencyName, LEVEL_SIZE, TYPE_PROFILE } from './agency-names';
import { gazetteer, type Region } from './gazetteer';
import { Rng } from './random';
import type { Agency } from './types';

const LEVELS: readonly (readonly [AgencyLevel, number])[] = [['province', 0.1], ['city', 0.32], ['county', 0.58]];

/**
 * A directory of `count` distinct agencies across provinces, cities and counties with real
 * region names and codes. The same seed gives the same directory.
 */
export function buildAgencyDirectory(count: number, seed: number | string): Agency[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`agency count must be a non-negative integer, got ${count}`);
  const rng = new Rng(seed).fork('directory');
  const { provinces, cities, counties } = gazetteer();
  const pools: Record<AgencyLevel, Region[]> = { province: provinces, city: cities, county: counties };
  const types = AGENCY_TYPES.filter((t) => TYPE_PROFILE[t.key]).map((t) => [t.key, TYPE_PROFILE[t.key].weight] as const);
  const seen = new Set<string>();
  const agencies: Agency[] = [];
  let attempts = 0;
  while (agencies.length < count) {
    if (++attempts > count * 50 + 1000) throw new Error(`could not find ${count} distinct agencies`);
    const level = rng.weighted(LEVELS);
    const region = rng.pick(pools[level]);
    const type = rng.weighted(types);
    const name = agencyName(type, level, region);
    if (seen.has(name)) continue;
    seen.add(name);
    const size = LEVEL_SIZE[level] * Math.exp(0.55 * rng.normal());
    agencies.push({
      id: `a${String(agencies.length + 1).padStart(5, '0')}`,
      name, type, level, region: region.path, regionCode: region.code6,
      size: Math.round(size * 1000) / 1000,
    });
  }
  return agencies;
}
