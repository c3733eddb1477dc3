/**
 * The pdf layout: byte-identical for the same seed, printed like WPS/Word (A4, page numbers,
 * running headers, tables broken over pages with and without repeated headers, 三、本年度办理
 * 结果 stacked in a narrow column, borderless table 2), and a clear error without a CJK font.
 * PDFs are read back with the parser to see what a reader sees.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedDocument } from '../index';
import { cjkFont, MissingCjkFontError } from '../render/pdf-font';

type Pos = { kind: string; page?: number };
type Parsed = { ok: true; report: { cellDetails: Record<string, { pos: Pos }>; sections: { text: string }[]; preamble: string } } | { ok: false; error: { code: string; message: string } };

const FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const pdfs = (seed: string, agencies = 6) => [...generateCorpus({ agencies, fromYear: 2020, toYear: 2025, seed, layouts: ['pdf'] })];

async function parse(d: GeneratedDocument) {
  const { parseDocument } = (await import('@gongkai/report-parser')) as unknown as { parseDocument: (b: Uint8Array) => Promise<Parsed> };
  const res = await parseDocument(d.bytes);
  if (!res.ok) throw new Error(`${d.file}: ${res.error.code} ${res.error.message}`);
  return res.report;
}

describe.skipIf(!existsSync(FONT))('pdf layout', () => {
  it('gives byte-identical PDFs for the same seed (fixed dates and file ID)', () => {
    const a = pdfs('pdf-determinism', 4);
    const b = pdfs('pdf-determinism', 4);
    expect(a.length).toBeGreaterThanOrEqual(24);
    for (let i = 0; i < a.length; i++) expect(Buffer.from(b[i].bytes).equals(Buffer.from(a[i].bytes)), a[i].file).toBe(true);
    const text = Buffer.from(a[0].bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.3')).toBe(true);
    expect(text).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
    const day = a[0].truth.publishedAt.replace(/-/g, '');
    expect(text).toContain(`(D:${day}`);
    expect(new Set(a.map((d) => Buffer.from(d.bytes).toString('latin1').match(/\/ID \[<([0-9a-f]+)>/)?.[1])).size).toBe(a.length);
  });

  it('prints A4 pages in every style; page furniture is not read as text; table 3 breaks over pages', async () => {
    const docs = pdfs('pdf-render', 12);
    const styles = docs.map((d) => d.truth.style);
    for (const s of ['pn:dash', 'pn:em-dash', 'running-header', 'repeat-header', 'borderless:t2', 'label-col:1', 'split-t2', 'gongwen']) expect(styles.join(' '), s).toContain(s);
    let split = 0;
    let splitRepeated = 0;
    for (const d of docs) {
      const text = Buffer.from(d.bytes).toString('latin1');
      const pages = (text.match(/\/Type \/Page\b/g) ?? []).length;
      expect(pages, d.file).toBeGreaterThanOrEqual(2);
      expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
      const report = await parse(d);
      // Page furniture is recognised as such: no page number or running header in the text.
      const running = [report.preamble, ...report.sections.map((x) => x.text)].join('\n');
      expect(running, d.file).not.toMatch(/(^|\n)[-—\s]*\d+[-—\s]*(\n|$)|第\d+页/);
      // Table 3 read from cells on two pages: the table was broken over a page.
      const t3Pages = new Set(Object.entries(report.cellDetails).filter(([k]) => k.startsWith('t3.')).map(([, c]) => c.pos.page));
      if (t3Pages.size > 1) {
        split++;
        if (d.truth.style.includes('repeat-header')) splitRepeated++;
      }
    }
    expect(split).toBeGreaterThan(5);
    expect(splitRepeated).toBeGreaterThan(0);
    expect(split - splitRepeated).toBeGreaterThan(0);
  }, 60_000);
});

describe('pdf layout without a CJK font', () => {
  it('fails with an error that says which package to install', () => {
    expect(() => cjkFont([{ path: '/nonexistent/font.ttc', postscriptName: 'X' }])).toThrow(MissingCjkFontError);
    expect(() => cjkFont([{ path: '/nonexistent/font.ttc', postscriptName: 'X' }])).toThrow(/apt-get install -y fonts-wqy-zenhei/);
  });
});
