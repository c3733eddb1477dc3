import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentSync } from '../index';
import { buildCase } from './fixtures/cases';
import { expectCells, okReport } from './fixtures/compare';
import { renderDocx, renderHtml, renderText } from './fixtures/render';

const pageTitle = (c: { year: number }) => `淮安市洪泽区人民政府${c.year}年政府信息公开工作年度报告_淮安市洪泽区人民政府`;

describe.each(['2021', '2019'] as const)('template %s', (template) => {
  const c = buildCase({ template });
  const check = (bytes: Uint8Array, layout: string) => {
    const r = okReport(parseDocumentSync(bytes, { fileName: `case.${layout}` }));
    expect(r.layout).toBe(layout);
    expectCells(r, c.expected);
    expect(r.template).toBe(template);
    expect(r.year).toBe(c.year);
    expect(r.agency).toBe('淮安市洪泽区人民政府');
    expect(r.region).toEqual(['江苏省', '淮安市', '洪泽区']);
    expect(r.missingTables).toEqual([]);
    expect(r.missingRows).toEqual([]);
    expect(r.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(r.publishedAt).toBe(`${c.year + 1}-01-20`);
    return r;
  };

  it('Word text export (wrapped header cells, bookmarks)', () => {
    check(new TextEncoder().encode(renderText(c.model, { wrap: true, bookmarks: true })), 'text');
  });

  it('Word text export in GB18030 with CRLF line ends', () => {
    const text = renderText(c.model).replace(/\n/g, '\r\n');
    check(new Uint8Array(iconv.encode(text, 'gb18030')), 'text');
  });

  it('UTF-8 HTML page with nested tags, site chrome and a table split in two', () => {
    const bytes = renderHtml(c.model, { encoding: 'utf-8', chrome: true, nested: true, pageTitle: pageTitle(c), splitAt: new Map([[c.t3, 8]]) });
    const r = check(bytes, 'html');
    expect(r.sections[5].text).not.toContain('版权所有');
  });

  it('GBK HTML page without <meta charset>', () => {
    check(renderHtml(c.model, { encoding: 'gbk', meta: false, chrome: true, pageTitle: pageTitle(c) }), 'html');
  });

  it('GBK HTML page declared gb2312, with a PubDate meta', async () => {
    const bytes = renderHtml(c.model, { encoding: 'gbk', chrome: true, pubDate: `${c.year + 1}-01-20` });
    const r = okReport(await parseDocument(bytes));
    expectCells(r, c.expected);
  });

  it('UTF-16 HTML with a BOM', () => {
    const html = new TextDecoder().decode(renderHtml(c.model, { meta: false }));
    const body = Buffer.from(html, 'utf16le');
    check(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body])), 'html');
  });

  it('DOCX with gridSpan and vMerge', () => {
    check(renderDocx(c.model, pageTitle(c)), 'docx');
  });

  it('positions point into the grid of the right table', () => {
    const r = okReport(parseDocumentSync(renderHtml(c.model)));
    // table 3 is the first table after the table 2 parts; its header has 3 rows
    const first = r.cellDetails['t3.newRequests.naturalPerson'].pos;
    expect(first).toEqual({ kind: 'table', table: c.t2.length, row: 3, col: 3 });
    expect(r.cellDetails['t4.litigationAfterReview.total'].pos).toEqual({ kind: 'table', table: c.t2.length + 1, row: 3, col: 14 });
  });
});
