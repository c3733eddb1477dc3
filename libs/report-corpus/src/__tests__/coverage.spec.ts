import { FLAG_CODES } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { generateCorpus, MISTAKES } from '../index';

describe('injected mistakes', () => {
  const docs = [...generateCorpus({ agencies: 300, fromYear: 2019, toYear: 2025, seed: 'coverage' })];

  it('cover every error and warning rule of the checks, and the unit-slip outlier', () => {
    const codes = new Set(docs.flatMap((d) => d.truth.flags.map((f) => f.code)));
    const wanted = FLAG_CODES.filter((f) => f.severity !== 'info').map((f) => f.code);
    for (const code of [...wanted, 'YOY_OUTLIER']) expect(codes, code).toContain(code);
  });

  it('use every kind of mistake and fees printed in 元', () => {
    const used = new Set(docs.flatMap((d) => d.truth.mistakes));
    for (const m of MISTAKES) expect(used, m.id).toContain(m.id);
    expect(docs.some((d) => /本年收费金额[（(](单位：)?元[）)]/.test(Buffer.from(d.bytes).toString('utf8')))).toBe(true);
  });

  it('injects mistakes into about the requested share of reports', () => {
    const originals = docs.filter((d) => !d.truth.duplicateOf);
    const dirty = originals.filter((d) => d.truth.mistakes.length > 0).length / originals.length;
    expect(dirty).toBeGreaterThan(0.11);
    expect(dirty).toBeLessThan(0.19);
  });

  it('records flags with the severity of the catalog', () => {
    const severity = new Map(FLAG_CODES.map((f) => [f.code, f.severity]));
    for (const d of docs) for (const f of d.truth.flags) expect(f.severity).toBe(severity.get(f.code));
  });
});
