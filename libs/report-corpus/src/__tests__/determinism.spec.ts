import { describe, expect, it } from 'vitest';
import { generateCorpus, truthLine } from '../index';

const run = (seed: number | string) => [...generateCorpus({ agencies: 30, fromYear: 2019, toYear: 2025, seed, mistakeRate: 0.3 })];

describe('determinism', () => {
  it('gives byte-identical documents and truth for the same seed', () => {
    const a = run(42);
    const b = run(42);
    expect(a.length).toBeGreaterThanOrEqual(210);
    expect(b.map((d) => d.file)).toEqual(a.map((d) => d.file));
    for (let i = 0; i < a.length; i++) {
      expect(Buffer.from(b[i].bytes).equals(Buffer.from(a[i].bytes)), a[i].file).toBe(true);
      expect(truthLine(b[i].truth)).toBe(truthLine(a[i].truth));
    }
  });

  it('gives a different corpus for another seed', () => {
    const a = run(42);
    const c = run('another seed');
    expect(c.map((d) => d.file)).not.toEqual(a.map((d) => d.file));
  });
});
