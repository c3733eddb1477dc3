import { describe, expect, it } from 'vitest';
import { parseDocumentSync } from '../index';
import { buildCase } from './fixtures/cases';
import { expectCells, okReport } from './fixtures/compare';
import { slots } from './fixtures/render';
import type { ReportModel } from './fixtures/model';

const enc = (s: string) => new TextEncoder().encode(s);

/** The model as text with one line per table row, cells joined by `sep` (merged cells left out). */
function rowsAsLines(model: ReportModel, sep: string): string {
  const out: string[] = [];
  for (const p of model.parts) {
    if (p.kind === 'p') out.push(p.text);
    else for (const row of slots(p.table)) out.push(row.filter((s) => s.kind === 'origin').map((s) => s.cell.text || '0').join(sep));
  }
  return out.join('\n');
}

describe('tables as lines of text', () => {
  const c = buildCase({ template: '2021' });
  const expected = Object.fromEntries(Object.entries(c.expected).map(([k, v]) => [k, v ?? 0]));

  it('tab-separated rows, one per line (WPS / spreadsheet copy)', () => {
    const r = okReport(parseDocumentSync(enc(rowsAsLines(c.model, '\t'))));
    expectCells(r, expected);
    expect(r.cellDetails['t3.granted.total'].pos.kind).toBe('line');
  });

  it('space-separated rows copied out of a PDF', () => {
    const r = okReport(parseDocumentSync(enc(rowsAsLines(c.model, '  '))));
    expectCells(r, expected);
    expect(r.notes.join()).toContain('空格');
  });
});
