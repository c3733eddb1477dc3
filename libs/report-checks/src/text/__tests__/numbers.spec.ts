import { describe, expect, it } from 'vitest';
import { parseNumber } from '../numbers';

describe('parseNumber', () => {
  it.each([
    ['6', 6], ['1301', 1301], ['3227.23', 3227.23], ['六', 6], ['十', 10], ['十二', 12], ['二十', 20], ['一百零三', 103], ['两千', 2000], ['一万二千', 12000], ['零', 0],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it('refuses digit strings and other text', () => {
    expect(parseNumber('一二')).toBeNull();
    expect(parseNumber('6件')).toBeNull();
  });
});
