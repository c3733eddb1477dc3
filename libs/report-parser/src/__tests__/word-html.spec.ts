import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDocumentSync } from '../index';
import { expectCells, okReport } from './fixtures/compare';

// A county site's page around a report pasted from Word ("save as web page" markup: MsoNormal,
// <o:p>, conditional comments), served as GB2312: layout table around the article, table 2 with
// <br> in its headers and "1 046" / "+6" / "—" cells, table 3 with group and item in one cell,
// table 4 with its groups as rows.
const dir = join(__dirname, 'fixtures');
const html = readFileSync(join(dir, 'sixian-2020.word.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, 'sixian-2020.expected.json'), 'utf8')) as {
  agency: string; region: string[]; year: number; template: string; publishedAt: string; cells: Record<string, number | null>;
};

describe('Word-made web page (GB2312, 2019 template)', () => {
  const r = okReport(parseDocumentSync(new Uint8Array(iconv.encode(html, 'gbk')), { fileName: 'sixian-2020.html' }));

  it('reads every cell', () => {
    expectCells(r, expected.cells);
    expect(r.cellDetails['t2.punishment.decisions'].raw).toBe('1 046');
    expect(r.cellDetails['t2.fees.change']).toMatchObject({ value: null, raw: '—' });
    expect(r.cellDetails['t3.denied.stateSecret.naturalPerson'].pos).toMatchObject({ kind: 'table', row: 7, col: 1 });
  });

  it('identifies the report and its sections', () => {
    expect(r.layout).toBe('html');
    expect(r.title).toBe('泗县人民政府2020年政府信息公开工作年度报告');
    expect(r.agency).toBe(expected.agency);
    expect(r.region).toEqual(expected.region);
    expect(r.year).toBe(expected.year);
    expect(r.template).toBe(expected.template);
    expect(r.publishedAt).toBe(expected.publishedAt);
    expect(r.missingTables).toEqual([]);
    expect(r.missingRows).toEqual([]);
    expect(r.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(r.sections[0].text).toContain('6 254条');
    expect(r.sections[5].text).toBe('本年度未收取信息处理费。');
  });

  it('reads the same page in UTF-8 without a declaration', () => {
    const utf8 = html.replace(/<meta http-equiv[^>]+>/, '');
    expectCells(okReport(parseDocumentSync(new TextEncoder().encode(utf8))), expected.cells);
  });
});
