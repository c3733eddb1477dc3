import { TABLE3_COLUMNS } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { mapRawDocument, parseDocumentSync } from '../index';
import { buildCase } from './fixtures/cases';
import { expectCells, okReport } from './fixtures/compare';
import { fullWidth, heading } from './fixtures/model';
import { renderDocx, renderHtml, renderText } from './fixtures/render';

const text = (s: string) => new TextEncoder().encode(s);
const layouts = {
  text: (m: Parameters<typeof renderText>[0]) => text(renderText(m, { wrap: true })),
  html: (m: Parameters<typeof renderText>[0]) => renderHtml(m, { chrome: true, nested: true }),
  docx: (m: Parameters<typeof renderText>[0]) => renderDocx(m),
};

describe.each(Object.keys(layouts) as (keyof typeof layouts)[])('variants in %s', (layout) => {
  const render = layouts[layout];

  it('2021 report that keeps the single （六）其他处理 row', () => {
    const c = buildCase({ template: '2021', splitOther: false, year: 2023 });
    const r = okReport(parseDocumentSync(render(c.model)));
    expectCells(r, c.expected);
    expect(r.cells['t3.otherProcessing.total']).toBe(c.expected['t3.otherProcessing.total']);
    expect(r.template).toBe('2021');
    expect(r.missingRows).toEqual([]);
  });

  it('an extra applicant column is ignored', () => {
    const c = buildCase({ template: '2021', t3: { extraColumn: '港澳台及外国人' } });
    const r = okReport(parseDocumentSync(render(c.model)));
    expectCells(r, c.expected);
  });

  it('a missing 总计 column leaves its keys absent', () => {
    const columns = TABLE3_COLUMNS.map((x) => x.key).filter((k) => k !== 'total');
    const c = buildCase({ template: '2021', t3: { columns } });
    const r = okReport(parseDocumentSync(render(c.model)));
    expectCells(r, c.expected);
    expect('t3.granted.total' in r.cells).toBe(false);
    expect(r.notes.join()).toContain('total');
  });

  it('sections renumbered and reordered', () => {
    const headings = [heading(0, () => '一 、'), heading(1, () => '（二）'), heading(2, () => '3.'), heading(3, () => '（4）'), '五、存在的主要问题和改进情况', '6、 其他需要报告的事项'];
    const c = buildCase({ template: '2019', headings, order: [0, 1, 2, 3, 5, 4] });
    const r = okReport(parseDocumentSync(render(c.model)));
    expectCells(r, c.expected);
    expect(r.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's6', 's5']);
    expect(r.sections.find((s) => s.id === 's5')?.heading).toBe('五、存在的主要问题和改进情况');
  });

  it('fees written in 元 are converted to 万元, the unit kept', () => {
    const c = buildCase({ template: '2021', feeHeader: '本年收费金额（单位：元）' });
    const r = okReport(parseDocumentSync(render(c.model)));
    // the table prints 3227.23 under a 元 header: 0.322723 万元
    expect(r.cells['t2.fees.amount']).toBeCloseTo(0.322723, 9);
    expect(r.unitsAsWritten).toEqual({ 't2.fees.amount': '元' });
    expect(r.cellDetails['t2.fees.amount'].raw).toBe('3,227.23');
  });
});

describe('cell values as printed', () => {
  it('blank, dash, full-width, stray spaces, thousands separators and junk', () => {
    const c = buildCase({ template: '2021' });
    const special: Record<string, string> = {
      't3.newRequests.naturalPerson': '',
      't3.newRequests.commercial': '—',
      't3.newRequests.research': '无',
      't3.granted.naturalPerson': fullWidth('12'),
      't3.granted.commercial': '0 ',
      't3.granted.research': ' 3',
      't3.partiallyGranted.total': '1,024',
      't3.total.naturalPerson': '十',
      't3.total.commercial': '1,2,3',
      't3.carriedForward.total': '-2',
    };
    const values: Record<string, number | null> = {
      't3.newRequests.naturalPerson': null, 't3.newRequests.commercial': null, 't3.newRequests.research': null,
      't3.granted.naturalPerson': 12, 't3.granted.commercial': 0, 't3.granted.research': 3,
      't3.partiallyGranted.total': 1024, 't3.total.naturalPerson': null, 't3.total.commercial': null, 't3.carriedForward.total': -2,
    };
    const c2 = buildCase({ template: '2021', t3: { cell: (key) => special[key] ?? String(c.expected[key]) } });
    for (const [bytes, name] of [[renderHtml(c2.model), 'html'], [text(renderText(c2.model)), 'text'], [renderDocx(c2.model), 'docx']] as const) {
      const r = okReport(parseDocumentSync(bytes, { fileName: name }));
      expectCells(r, { ...c2.expected, ...values });
      expect(r.cellDetails['t3.total.naturalPerson']).toMatchObject({ value: null, raw: '十', invalid: true });
      expect(r.cellDetails['t3.total.commercial'].invalid).toBe(true);
      expect(r.cellDetails['t3.newRequests.commercial']).toMatchObject({ value: null, raw: '—' });
      expect(r.cellDetails['t3.newRequests.commercial'].invalid).toBeUndefined();
      expect(r.cellDetails['t3.newRequests.naturalPerson'].raw).toBe('');
    }
  });
});

describe('tables found by content', () => {
  it('tables in an unexpected order and table 2 split into its four items', () => {
    const c = buildCase({ template: '2021' });
    // table 4 first, then table 3, then the four parts of table 2 in one page
    const parts = c.model.parts.filter((p) => p.kind === 'p');
    const model = { parts: [...parts.slice(0, 2), { kind: 'table' as const, table: c.t4 }, { kind: 'table' as const, table: c.t3 }, ...c.t2.map((table) => ({ kind: 'table' as const, table })), ...parts.slice(2)] };
    for (const bytes of [renderHtml(model), renderDocx(model), text(renderText(model))]) {
      expectCells(okReport(parseDocumentSync(bytes)), c.expected);
    }
  });

  it('a report without table 4 lists it as missing', () => {
    const c = buildCase({ template: '2021' });
    const model = { parts: c.model.parts.filter((p) => !(p.kind === 'table' && p.table === c.t4)) };
    const r = okReport(parseDocumentSync(renderHtml(model)));
    expect(r.missingTables).toEqual(['t4']);
    expect(Object.keys(r.cells).some((k) => k.startsWith('t4.'))).toBe(false);
  });

  it('a table 3 without its 不予公开 rows lists them', () => {
    const c = buildCase({ template: '2021' });
    c.t3.rows.splice(7, 8); // the eight 不予公开 rows
    const r = okReport(parseDocumentSync(renderHtml(c.model)));
    expect(r.missingRows).toEqual([
      't3.denied.stateSecret', 't3.denied.lawProhibited', 't3.denied.securityStability', 't3.denied.thirdPartyRights',
      't3.denied.internalAffairs', 't3.denied.processInfo', 't3.denied.enforcementFiles', 't3.denied.inquiryMatters',
    ]);
    expect(r.cells['t3.unavailable.notHeld.total']).toBe(c.expected['t3.unavailable.notHeld.total']);
  });
});

describe('table 4 header', () => {
  it('falls back to the template order when the header is garbled', () => {
    const c = buildCase({ template: '2021' });
    c.t4.rows.splice(0, 3, [{ text: '复议诉讼情况', colSpan: 15 }]);
    for (const bytes of [renderHtml(c.model), renderDocx(c.model), text(renderText(c.model))]) {
      const r = okReport(parseDocumentSync(bytes));
      expectCells(r, c.expected);
      expect(r.notes.join()).toContain('表四');
    }
  });

  it('reads groups in the order the header gives them', () => {
    const c = buildCase({ template: '2021' });
    // header lists 复议后起诉 before 未经复议直接起诉; the values follow the header
    const [r0, r1] = c.t4.rows;
    r1.splice(5, 2, r1[6], r1[5]);
    const values = c.t4.rows[3];
    c.t4.rows[3] = [...values.slice(0, 5), ...values.slice(10, 15), ...values.slice(5, 10)];
    expect(r0).toHaveLength(2);
    for (const bytes of [renderHtml(c.model), text(renderText(c.model))]) expectCells(okReport(parseDocumentSync(bytes)), c.expected);
  });
});

describe('mapRawDocument', () => {
  it('maps a reader-neutral document with page positions (as a PDF reader builds it)', () => {
    const at = (y: number) => ({ kind: 'page' as const, page: 2, x: 72, y, w: 40, h: 12 });
    const cell = (t: string, y: number) => ({ text: t, pos: at(y) });
    const raw = {
      layout: 'pdf' as const,
      blocks: [
        { kind: 'text' as const, text: '某县教育局2022年政府信息公开工作年度报告', pos: at(10) },
        { kind: 'text' as const, text: '三、收到和处理政府信息公开申请情况', pos: at(20) },
        {
          kind: 'table' as const,
          pos: at(30),
          rows: [
            ['自然人', '法人或其他组织', '总计'].map((t) => cell(t, 30)),
            ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t, 40)),
            ['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '0', '6'].map((t) => cell(t, 50)),
            ['（三）不予公开', '1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1'].map((t) => cell(t, 60)),
            ['2.其他法律行政止公开', '0', '0', '0', '0', '2', '0', '2'].map((t) => cell(t, 70)),
          ],
        },
      ],
    };
    const r = okReport(mapRawDocument(raw));
    expect(r.layout).toBe('pdf');
    expect(r.agency).toBe('某县教育局');
    expect(r.cells['t3.newRequests.total']).toBe(6);
    expect(r.cells['t3.denied.stateSecret.naturalPerson']).toBe(1);
    expect(r.cells['t3.denied.lawProhibited.legalService']).toBe(2);
    expect(r.cellDetails['t3.denied.lawProhibited.total'].pos).toEqual(at(70));
    expect(r.missingTables).toEqual(['t2', 't4']);
    expect(r.notes.join()).toContain('2.其他法律行政止公开');
  });
});
