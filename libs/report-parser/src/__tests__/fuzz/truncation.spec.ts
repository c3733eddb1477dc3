/**
 * "Never half a report as if whole": a text or HTML report cut at any byte is either an error,
 * or a report whose cells are the original's, or a report that says what is missing
 * (missingTables / missingRows beyond those of the original). Cuts are drawn anywhere and,
 * half of the time, inside the tables, where a cut is most likely to pass unnoticed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../index';
import { generatedSeeds, realSeeds, type Seed } from './seeds';
import { fcParams, timeoutFor } from './settings';
import { Tally } from './tally';
import { parseChecked } from './well-formed';

const tally = new Tally('truncated reports');
type Base = { seed: Seed; report: ParsedReport; tableStart: number; tableEnd: number };
const bases: Base[] = [];

/** Byte span of the tables: from the first to the last byte of a line holding a cell. */
function tableSpan(seed: Seed, report: ParsedReport): [number, number] {
  const text = Buffer.from(seed.bytes).toString('latin1');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lines = Object.values(report.cellDetails).flatMap((d) => (d.pos.kind === 'line' ? [d.pos.line] : []));
  if (lines.length === 0) return [0, seed.bytes.length];
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return [lineStarts[first - 1] ?? 0, lineStarts[last] ?? seed.bytes.length];
}

beforeAll(async () => {
  const seeds = [realSeeds().huaibei, ...(await generatedSeeds(6, 'cut')).filter((s) => s.layout !== 'docx')];
  for (const seed of seeds) {
    const r = await parseChecked(seed.bytes, seed.name, tally);
    if (!r.ok) throw new Error(`${seed.name}: ${r.error.message}`);
    const [tableStart, tableEnd] = seed.layout === 'text' ? tableSpan(seed, r.report) : [0, seed.bytes.length];
    bases.push({ seed, report: r.report, tableStart, tableEnd });
  }
});
afterAll(() => console.log(tally.line()));

/** What a cut report claims beyond the original: nothing more missing means "I am whole". */
function claimsWhole(cut: ParsedReport, full: ParsedReport): boolean {
  return cut.missingTables.every((t) => full.missingTables.includes(t)) && cut.missingRows.every((r) => full.missingRows.includes(r));
}

describe('a truncated report is never passed off as whole', () => {
  it('text and HTML reports cut at any byte', async () => {
    const cutArb = fc.record({ pick: fc.nat(), at: fc.nat(), inTables: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(cutArb, async ({ pick, at, inTables }) => {
        const b = bases[pick % bases.length];
        const n = b.seed.bytes.length;
        const cut = inTables ? b.tableStart + (at % Math.max(1, b.tableEnd - b.tableStart)) : at % n;
        const r = await parseChecked(b.seed.bytes.subarray(0, cut), `${b.seed.name}~cut@${cut}`, tally);
        if (!r.ok) return;
        const got = r.report;
        // what it gives is right: every cell it has holds the original's value
        const changed = Object.entries(got.cells).filter(([k, v]) => k in b.report.cells && !Object.is(b.report.cells[k], v)).map(([k, v]) => `${k}: ${b.report.cells[k]} → ${v}`);
        expect(changed, `cut at byte ${cut} of ${n} changed values`).toEqual([]);
        // and what it lacks, it says: claiming nothing more missing means having every cell
        if (!claimsWhole(got, b.report)) return;
        const lost = Object.keys(b.report.cells).filter((k) => !(k in got.cells));
        expect(lost, `cut at byte ${cut} of ${n} claims to be whole`).toEqual([]);
      }),
      fcParams(3),
    );
  }, timeoutFor(3));
});
