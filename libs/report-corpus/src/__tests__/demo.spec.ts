import { describe, expect, it } from 'vitest';
import { demoCorpus } from '../index';

describe('demo corpus', () => {
  it('has a few hundred agencies over 2019–2025 in every layout, with some mistakes', () => {
    const agencies = new Set<string>();
    const layouts = new Set<string>();
    const years = new Set<number>();
    let docs = 0;
    let flagged = 0;
    for (const d of demoCorpus()) {
      docs++;
      agencies.add(d.truth.agencyId);
      layouts.add(d.truth.layout);
      years.add(d.truth.year);
      if (d.truth.flags.length) flagged++;
    }
    expect(agencies.size).toBe(300);
    expect([...layouts].sort()).toEqual(['docx', 'html', 'text']);
    expect([...years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(docs).toBeGreaterThanOrEqual(2100);
    expect(flagged / docs).toBeGreaterThan(0.08);
    expect(flagged / docs).toBeLessThan(0.3);
  }, 60_000);
});
