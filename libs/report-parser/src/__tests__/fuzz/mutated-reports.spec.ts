/**
 * Property-based fuzzing of parseDocument with real and generated reports, damaged at random:
 * truncation, byte flips and insertions, shuffled and duplicated lines, hostile numbers,
 * markup and invalid UTF-8 spliced in, DOCX parts and ZIP entries corrupted, duplicated or
 * renamed, PDFs cut and flipped. Whatever comes in, the parser answers with a well-formed
 * result in bounded time, and damage it cannot see never changes a value silently.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCell } from '@gongkai/report-format';
import { readCellValue, type ParsedReport, type ParseResult } from '../../index';
import { MONEY_UNITS } from '../../map/cell-value';
import { applyMutations, describeMutations, HOSTILE_NUMBERS, mutationsArb } from './mutate-bytes';
import { asInProduction } from './own-rejections';
import { generatedSeeds, realSeeds, type Seed } from './seeds';
import { fcParams, timeoutFor } from './settings';
import { Tally } from './tally';
import { parseChecked } from './well-formed';
import { docxEntries, entryData, writeZip } from './zip-tools';

const tally = new Tally('mutated reports');
let seeds: Seed[] = [];
let docxSeeds: Seed[] = [];
const clean = new Map<string, ParseResult>();

beforeAll(async () => {
  seeds = [realSeeds().huaibei, ...(await generatedSeeds(4))];
  docxSeeds = seeds.filter((s) => s.layout === 'docx');
  for (const s of seeds) clean.set(s.name, await parseChecked(s.bytes, s.name, tally));
});
afterAll(() => console.log(tally.line()));

/** Cells of an ok result equal to the clean parse of the seed (damage that changed nothing). */
function sameCells(seed: Seed, r: ParseResult): void {
  const base = clean.get(seed.name);
  if (!r.ok || !base?.ok) return;
  expect(r.report.cells).toEqual(base.report.cells);
}

describe('fuzzing parseDocument with damaged reports', () => {
  it('seeds parse cleanly to the cells they print', () => {
    for (const s of seeds) {
      const r = clean.get(s.name);
      expect(r?.ok, s.name).toBe(true);
      if (r?.ok && s.name.startsWith('huaibei')) expect(r.report.cells).toEqual(s.cells);
    }
  });

  it('text, HTML and DOCX bytes with random damage: a well-formed answer in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutationsArb, async (pick, muts) => {
        const seed = seeds[pick % seeds.length];
        await parseChecked(applyMutations(seed.bytes, muts), `${seed.name}~${describeMutations(muts)}`, tally);
      }),
      fcParams(4),
    );
  }, timeoutFor(4));

  it('DOCX whose word/document.xml is damaged and re-zipped: a well-formed answer in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutationsArb, async (pick, muts) => {
        const seed = docxSeeds[pick % docxSeeds.length];
        const parts: Record<string, Uint8Array> = unzipSync(seed.bytes);
        parts['word/document.xml'] = applyMutations(parts['word/document.xml'], muts);
        await parseChecked(zipSync(parts), `${seed.name}~xml-${describeMutations(muts)}`, tally);
      }),
      fcParams(2),
    );
  }, timeoutFor(2));

  it('DOCX cut at any byte is an error, never a report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), async (pick, at) => {
        const seed = docxSeeds[pick % docxSeeds.length];
        const r = await parseChecked(seed.bytes.subarray(0, at % seed.bytes.length), `${seed.name}~cut`, tally);
        expect(r.ok).toBe(false);
      }),
      fcParams(1),
    );
  }, timeoutFor(1));

  it('a flipped byte inside a DOCX part: an error, or the very same cells', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), fc.constantFrom('word/document.xml', 'docProps/core.xml'), async (pick, at, mask, part) => {
        const seed = docxSeeds[pick % docxSeeds.length];
        const range = entryData(seed.bytes, part);
        if (!range || range.end === range.start) return;
        const bytes = seed.bytes.slice();
        bytes[range.start + (at % (range.end - range.start))] ^= mask;
        sameCells(seed, await parseChecked(bytes, `${seed.name}~flip-${part}`, tally));
      }),
      fcParams(1),
    );
  }, timeoutFor(1));

  it('ZIP entries duplicated, renamed to traversal paths or added: read by the bytes, never half', async () => {
    const hostileNames = ['../../evil', '/etc/passwd', '..\\..\\evil.xml', 'word/../../evil', 'C:\\evil', '/word/document.xml', './word/document.xml', 'word//document.xml', 'WORD/DOCUMENT.XML', 'word/document.xml\u0000.txt'];
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...hostileNames), fc.constantFrom('add', 'rename', 'duplicate', 'duplicate-other'), async (pick, name, how) => {
        const seed = docxSeeds[pick % docxSeeds.length];
        const entries = docxEntries(seed.bytes);
        const doc = entries.find((e) => e.name === 'word/document.xml');
        if (!doc) throw new Error(`${seed.name} has no document.xml`);
        const other = strToU8('<w:document><w:body><w:p><w:r><w:t>别的报告</w:t></w:r></w:p></w:body></w:document>');
        const zip =
          how === 'add' ? writeZip([...entries, { name, data: doc.data }])
          : how === 'rename' ? writeZip(entries.map((e) => (e === doc ? { ...e, name } : e)))
          : how === 'duplicate' ? writeZip([...entries, { ...doc }])
          : writeZip([...entries, { name: 'word/document.xml', data: other }]);
        const r = await parseChecked(zip, `${seed.name}~zip-${how}`, tally);
        if (how === 'add') sameCells(seed, r);
        else expect(r.ok ? 'ok' : r.error.code).toBe(how === 'rename' ? 'UNSUPPORTED_FORMAT' : 'CORRUPT');
      }),
      fcParams(0.5),
    );
  }, timeoutFor(0.5));
});

describe('fuzzing parseDocument with damaged PDFs (fewer runs: pdf.js is slow)', () => {
  const { hongze } = realSeeds();
  let base: ParseResult;
  beforeAll(async () => {
    base = await parseChecked(hongze.bytes, hongze.name, tally, 10_000);
  });

  it('the 洪泽区 2023 PDF cut at any byte: an error, or the very same cells', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        const r = await parseChecked(hongze.bytes.subarray(0, at % hongze.bytes.length), `${hongze.name}~cut`, tally);
        if (r.ok && base.ok) expect(r.report.cells).toEqual(base.report.cells);
      }),
      fcParams(0.2),
    );
  }, timeoutFor(0.2, 800));

  it('the 洪泽区 2023 PDF with random damage: a well-formed answer in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(mutationsArb, async (muts) => {
        // pdf.js leaks rejections on some damaged files: they must be contained, not crash us
        await asInProduction(() => parseChecked(applyMutations(hongze.bytes, muts), `${hongze.name}~${describeMutations(muts)}`, tally, 5000));
      }),
      fcParams(0.1),
    );
  }, timeoutFor(0.1, 800));

  it('garbage behind a %PDF header is a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), fc.boolean(), async (junk, eof) => {
        const bytes = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), junk, Buffer.from(eof ? '\n%%EOF\n' : '')]));
        const r = await parseChecked(bytes, 'garbage.pdf', tally);
        expect(r.ok).toBe(false);
      }),
      fcParams(0.3),
    );
  }, timeoutFor(0.3));
});

describe('hostile numbers in a cell', () => {
  const { huaibei } = realSeeds();
  const lines = Buffer.from(huaibei.bytes).toString('utf8').split('\n');
  const tokens = HOSTILE_NUMBERS.filter((t) => !/[\t\n]/.test(t));
  let base: ParsedReport;
  beforeAll(async () => {
    const r = await parseChecked(huaibei.bytes, huaibei.name, tally);
    if (!r.ok) throw new Error(r.error.message);
    base = r.report;
  });

  it('change that one cell only, to a finite exact number or null', async () => {
    const keys = Object.keys(huaibei.cells ?? {});
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...tokens), fc.integer({ min: -1e6, max: 1e6 }).map(String)), async (key, token) => {
        const pos = base.cellDetails[key].pos;
        if (pos.kind !== 'line') throw new Error(`${key} has no line`);
        const edited = [...lines];
        edited[pos.line - 1] = `\t${token}`;
        const r = await parseChecked(new TextEncoder().encode(edited.join('\n')), `${huaibei.name}~${key}=${token.slice(0, 20)}`, tally);
        if (!r.ok) throw new Error(`${key} = ${token}: ${r.error.message}`);
        const { [key]: got, ...others } = r.report.cells;
        const { [key]: _was, ...baseOthers } = base.cells;
        expect(others).toEqual(baseOthers);
        const read = readCellValue(token);
        // a money cell converts a written unit to 万元 ("3亿元" → 30000)
        const money = findCell(key)?.column.unit === 'wanYuan' && read.unit !== undefined && read.value !== null;
        const expected = money ? Math.round((read.value as number) * MONEY_UNITS[read.unit as string] * 1e6) / 1e6 : read.value;
        expect(Object.is(got, expected), `${key} = ${JSON.stringify(token)} read as ${got}, expected ${expected}`).toBe(true);
        if (got !== null) expect(Math.abs(got)).toBeLessThan(1e15);
        if (!/[0-9０-９]/.test(token)) expect(got).toBeNull();
      }),
      fcParams(1),
    );
  }, timeoutFor(1));

  it('hostile spellings read as they should', () => {
    const read = (t: string) => readCellValue(t).value;
    expect([read('99999999999999999999'), read('1e309'), read('-1e309'), read('NaN'), read('Infinity'), read('0x1F'), read('12345678901234567890123456789.5')]).toEqual([null, null, null, null, null, null, null]);
    expect(Object.is(read('-0'), 0)).toBe(true);
    expect([read('１２３'), read('１２，３４５．６７'), read('+7'), read('.5'), read('999999999999999')]).toEqual([123, 12345.67, 7, 0.5, 999999999999999]);
  });
});
