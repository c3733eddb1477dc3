import { describe, expect, it } from 'vitest';
import { approximateSize } from '../approximate-size';

describe('approximateSize', () => {
  it('grows with the strings and the number of values an answer holds, within a small factor of its JSON', () => {
    const small = { a: 1, b: 'x' };
    const big = { rows: Array.from({ length: 200 }, (_, i) => ({ key: `t3.granted.${i}`, value: i, raw: String(i), pos: { line: i, col: 3 } })) };
    expect(approximateSize(big)).toBeGreaterThan(approximateSize(small) * 100);
    const json = JSON.stringify(big).length;
    expect(approximateSize(big)).toBeGreaterThan(json / 3);
    expect(approximateSize(big)).toBeLessThan(json * 3);
    expect(approximateSize('汉字'.repeat(1000))).toBeGreaterThanOrEqual(2000);
    expect(approximateSize(null)).toBe(8);
  });
});
