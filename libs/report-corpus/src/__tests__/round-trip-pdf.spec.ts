/**
 * The round trip for PDFs: ≥ 500 generated reports printed to PDF in every style (bordered
 * and borderless tables, tables broken over pages with and without repeated headers, page
 * numbers, running headers, stacked vertical labels), with mistakes injected at the usual
 * rate, are parsed and checked. Every cell must come back exactly; error/warning flags with
 * precision and recall 1.0. Needs the CJK font of `fonts-wqy-zenhei`.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedDocument } from '../index';
import { loadParser, roundTrip } from './support/round-trip';

const AGENCIES = Number(process.env.PDF_ROUND_TRIP_AGENCIES ?? 75);

describe('round trip of PDFs: generate → parse → check', () => {
  it('reads every cell of every PDF back exactly and raises exactly the injected flags', async () => {
    const { parseAsync } = await loadParser();
    const docs: GeneratedDocument[] = [...generateCorpus({ agencies: AGENCIES, fromYear: 2019, toYear: 2025, seed: 'round-trip-pdf', layouts: ['pdf'] })];
    const rt = await roundTrip(docs, parseAsync);
    console.log(rt.report);
    console.log(`pdf round trip: ${(docs.length / rt.parseSeconds).toFixed(1)} PDFs/s parsed (one thread, generation excluded)`);
    const styles = docs.map((d) => d.truth.style).join(' ');
    for (const s of ['split-t2', 'running-header', 'repeat-header', 'borderless:', 'word', 'gongwen', 'label-col:1', 'label-col:3', 'pn:dash', 'pn:em-dash', 'pn:di-gong']) expect(styles, s).toContain(s);
    if (AGENCIES >= 75) expect(docs.length).toBeGreaterThanOrEqual(500);
    expect(new Set(docs.map((d) => d.truth.agencyId)).size).toBe(AGENCIES);
    expect(docs.some((d) => d.truth.mistakes.length > 0)).toBe(true);
    expect(rt.failures).toEqual([]);
    expect(rt.accuracy).toBe(1);
    expect(rt.precision).toBe(1);
    expect(rt.recall).toBe(1);
  }, 300_000);
});
