/**
 * The acceptance test: a generated corpus of ≥ 2,000 reports in every layout of the default
 * mix is parsed by @gongkai/report-parser and checked by @gongkai/report-checks. Every cell
 * must come back exactly, and the error/warning flags must match the truth (code + cells)
 * with precision and recall 1.0. PDFs have their own round trip (round-trip-pdf.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedDocument } from '../index';
import { loadParser, roundTrip } from './support/round-trip';

describe('round trip: generate → parse → check', () => {
  it('reads every cell back exactly and raises exactly the injected flags', async () => {
    const { parseAsync, parseSync } = await loadParser();
    const docs: GeneratedDocument[] = [...generateCorpus({ agencies: 300, fromYear: 2019, toYear: 2025, seed: 'round-trip' })];
    const rt = await roundTrip(docs, parseSync ?? parseAsync);
    console.log(rt.report);
    expect(docs.length).toBeGreaterThanOrEqual(2000);
    expect([...rt.layouts.keys()].sort()).toEqual(['docx', 'html', 'text']);
    expect(rt.failures).toEqual([]);
    expect(rt.accuracy).toBe(1);
    expect(rt.precision).toBe(1);
    expect(rt.recall).toBe(1);
  }, 300_000);
});
