import { describe, expect, it } from 'vitest';
import { parseSearch, writeSearch } from '../search-state';

const defaults = { year: 0, metric: 'requests.received', regions: [] as string[], bar: false };

describe('parseSearch', () => {
  it('reads values with the defaults\' types and falls back on missing or bad ones', () => {
    expect(parseSearch(new URLSearchParams('year=2022&regions=340000,340600&bar=1'), defaults))
      .toEqual({ year: 2022, metric: 'requests.received', regions: ['340000', '340600'], bar: true });
    expect(parseSearch(new URLSearchParams('year=abc&metric='), defaults)).toEqual(defaults);
  });
});

describe('writeSearch', () => {
  it('round-trips a patch and drops values equal to the default', () => {
    const next = writeSearch(new URLSearchParams('other=keep'), defaults, { year: 2023, regions: ['340000'], metric: 'requests.received' });
    expect(next.toString()).toBe('other=keep&year=2023&regions=340000');
    expect(parseSearch(next, defaults)).toEqual({ ...defaults, year: 2023, regions: ['340000'] });
    expect(writeSearch(next, defaults, { regions: [], year: 0 }).toString()).toBe('other=keep');
  });
});
