/**
 * The truth against @gongkai/report-checks without the parser in between: each planned
 * report is handed to the checks as a parser would see it (cells, sections of the narrative,
 * missing tables/rows, publication date), and the error/warning flags must be exactly the
 * truth's. This separates "the checks disagree with the truth" from "the parser misread".
 */
import { FLAG_CODES, type SectionId } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { composeDocument, planCorpus, type PlannedDocument } from '../index';
import { flagKey } from './support/sum-rules';

type Flag = { code: string; cells: string[]; expected: unknown; actual: unknown };
const SEVERITY = new Map(FLAG_CODES.map((f) => [f.code, f.severity]));
const measured = (f: { code: string }) => SEVERITY.get(f.code) !== 'info';

function asParsed(p: PlannedDocument) {
  const sections: { id: SectionId; heading: string; text: string }[] = [];
  for (const b of composeDocument(p.model, p.style)) {
    if (b.kind === 'heading' && b.section) sections.push({ id: b.section, heading: b.text, text: '' });
    else if (sections.length && (b.kind === 'heading' || b.kind === 'para')) {
      const s = sections[sections.length - 1];
      s.text += `${s.text ? '\n' : ''}${b.text}`;
    }
  }
  const cellDetails: Record<string, { raw: string; invalid?: boolean }> = {};
  for (const [k, raw] of Object.entries(p.model.cellText)) cellDetails[k] = { raw, invalid: true };
  return {
    year: p.truth.year, template: p.truth.template, cells: p.truth.cells, cellDetails, sections,
    missingTables: p.model.missingTables, missingRows: p.model.missingRows, publishedAt: p.truth.publishedAt,
  };
}

describe('truth vs report-checks (no parser)', () => {
  it('the checks raise exactly the error/warning flags the truth lists', async () => {
    const checks = (await import('@gongkai/report-checks')) as Record<string, unknown>;
    const checkReport = checks.checkReport as (r: unknown) => Flag[];
    const checkAcrossYears = checks.checkAcrossYears as (c: unknown, p: unknown) => Flag[];
    const checkDuplicates = checks.checkDuplicates as (d: unknown[]) => Map<string, Flag[]>;
    const plans = [...planCorpus({ agencies: 300, fromYear: 2019, toYear: 2025, seed: 'round-trip' })];
    const first = new Map<string, PlannedDocument>();
    for (const p of plans) if (!first.has(`${p.truth.agencyId}:${p.truth.year}`)) first.set(`${p.truth.agencyId}:${p.truth.year}`, p);
    const dups = checkDuplicates(plans.map((p) => ({ id: p.truth.file, agencyKey: p.truth.agency, year: p.truth.year, contentHash: p.truth.file })));
    let tp = 0;
    const problems: string[] = [];
    for (const p of plans) {
      const got = [...checkReport(asParsed(p)), ...(dups.get(p.truth.file) ?? [])];
      const prev = first.get(`${p.truth.agencyId}:${p.truth.year - 1}`);
      if (prev) got.push(...checkAcrossYears({ year: p.truth.year, template: p.truth.template, cells: p.truth.cells }, { year: prev.truth.year, template: prev.truth.template, cells: prev.truth.cells }));
      const want = p.truth.flags.filter(measured).map(flagKey).sort();
      const have = got.filter(measured).map(flagKey).sort();
      const missing = want.filter((k) => { const i = have.indexOf(k); if (i < 0) return true; have.splice(i, 1); tp++; return false; });
      for (const k of missing) problems.push(`FN ${p.truth.file} [${p.truth.mistakes.join(',')}] ${k}`);
      for (const k of have) {
        const f = got.find((x) => flagKey(x) === k);
        problems.push(`FP ${p.truth.file} [${p.truth.mistakes.join(',')}] ${k} expected=${String(f?.expected)} actual=${String(f?.actual)}`);
      }
    }
    console.log(`truth vs checks: ${plans.length} reports, ${tp} flags matched, ${problems.length} disagreements\n${problems.slice(0, 40).join('\n')}`);
    expect(problems).toEqual([]);
    expect(tp).toBeGreaterThan(300);
  }, 120_000);
});
