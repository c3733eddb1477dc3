import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCell } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { apiUrl, gqlOk, userToken } from './support/api';
import { currentTruth, SHARED_REPORTS } from './support/demo-truth';

type Summary = { id: string; year: number; fileName: string; errorCount: number; warningCount: number; infoCount: number; agency: { name: string } };
type Conn = { reports: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { cursor: string; node: Summary }[] } };
const LIST = `query($f: ReportFilter, $s: ReportSort, $o: SortOrder, $n: Int, $a: String) {
  reports(filter: $f, sort: $s, order: $o, first: $n, after: $a) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { cursor node { id year fileName errorCount warningCount infoCount agency { name } } } } }`;
const truth = currentTruth();
/** Other test files upload reports of 2026–2027: the demo data is 2019–2025. */
const DEMO_YEARS = { fromYear: 2019, toYear: 2025 };

describe('reports list', () => {
  it('pages through the current reports with cursors', async () => {
    const first = await gqlOk<Conn>(LIST, { n: 10, f: DEMO_YEARS });
    expect(first.reports.totalCount).toBe(truth.length);
    expect(first.reports.edges).toHaveLength(10);
    expect(first.reports.pageInfo.hasNextPage).toBe(true);
    const second = await gqlOk<Conn>(LIST, { n: 10, f: DEMO_YEARS, a: first.reports.pageInfo.endCursor });
    const ids = new Set([...first.reports.edges, ...second.reports.edges].map((e) => e.node.id));
    expect(ids.size).toBe(20);
    const years = [...first.reports.edges, ...second.reports.edges].map((e) => e.node.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('filters by year range, search, template and flag code, and sorts by flags', async () => {
    const y = await gqlOk<Conn>(LIST, { f: { fromYear: 2020, toYear: 2021 }, n: 500 });
    expect(y.reports.totalCount).toBe(truth.filter((t) => t.year >= 2020 && t.year <= 2021).length);
    const s = await gqlOk<Conn>(LIST, { f: { search: '淮北市公安局' } });
    expect(s.reports.edges.map((e) => [e.node.agency.name, e.node.year])).toEqual([['淮北市公安局', 2022]]);
    const tpl = await gqlOk<Conn>(LIST, { f: { ...DEMO_YEARS, template: '2019' }, n: 1 });
    expect(tpl.reports.totalCount).toBe(truth.filter((t) => t.template === '2019').length);
    const flagged = await gqlOk<Conn>(LIST, { f: { flagCodes: ['T4_GROUP_TOTAL'] }, n: 500 });
    expect(flagged.reports.edges.map((e) => e.node.agency.name)).toContain('淮安市洪泽区人民政府');
    for (const e of flagged.reports.edges) expect(e.node.errorCount).toBeGreaterThan(0);
    const sorted = await gqlOk<Conn>(LIST, { s: 'FLAGS', o: 'DESC', n: 30 });
    const weights = sorted.reports.edges.map((e) => e.node.errorCount * 1e6 + e.node.warningCount * 1e3 + e.node.infoCount);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('report detail', () => {
  const DETAIL = `query($id: ID!) { report(id: $id) {
    id year template layout fileName contentHash title status publishedAt sourceText previousReportId metrics
    agency { name region { fullName } }
    sections { id heading text }
    tables { id label { zh en } columns { key label { zh } unit } rows { key label { zh en } group number cells { key value raw flagged previousValue pos { kind line table row col page } } } }
    flags { id code severity cells expected actual message { zh en } status report { id } }
    versions { id status } } }`;
  type Detail = { report: { id: string; year: number; template: string; sourceText: string; previousReportId: string | null; metrics: Record<string, number | null>; sections: { id: string }[];
    tables: { id: string; rows: { key: string; label: { zh: string }; cells: { key: string; value: number | null; raw: string; flagged: boolean; previousValue: number | null; pos: { kind: string; line: number | null } | null }[] }[] }[];
    flags: { code: string; cells: string[]; report: { id: string } }[]; versions: unknown[] } };

  const idOf = async (search: string, year?: number) => {
    const d = await gqlOk<Conn>(LIST, { f: { search, ...(year ? { fromYear: year, toYear: year } : {}) }, n: 100 });
    const exact = d.reports.edges.filter((e) => e.node.agency.name === search);
    expect(exact).toHaveLength(1);
    return exact[0].node.id;
  };

  it('gives every cell of the real 淮北市公安局 2022 report with its text, position and catalog labels', async () => {
    const expected = JSON.parse(readFileSync(join(SHARED_REPORTS, 'huaibei-gongan-2022.expected.json'), 'utf8')) as { cells: Record<string, number | null> };
    const d = await gqlOk<Detail>(DETAIL, { id: await idOf('淮北市公安局') });
    const r = d.report;
    expect(r.template).toBe('2021');
    expect(r.tables.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    const cells = new Map(r.tables.flatMap((t) => t.rows.flatMap((row) => row.cells.map((c) => [c.key, c] as const))));
    for (const [key, value] of Object.entries(expected.cells)) {
      const c = cells.get(key);
      expect(c?.value, key).toBe(value);
      expect(c?.pos?.kind, key).toBe('line');
      const line = r.sourceText.split(/\r?\n/)[(c?.pos?.line ?? 0) - 1] ?? '';
      expect(line.replace(/\s/g, ''), key).toContain(c?.raw.replace(/\s/g, ''));
    }
    const row = r.tables[1].rows.find((x) => x.key === 'newRequests');
    expect(row?.label.zh).toBe(findCell('t3.newRequests.total')?.row.zh);
    expect(r.metrics['requests.received']).toBe(expected.cells['t3.newRequests.total']);
    expect(r.flags.map((f) => f.code)).toContain('TEXT_ITEMIZATION');
    expect(r.sections.length).toBeGreaterThanOrEqual(5);
    for (const v of r.versions) expect(v).toMatchObject({ status: 'superseded' });
  });

  it('points flagged cells and last year’s values out', async () => {
    const hz = await gqlOk<Detail>(DETAIL, { id: await idOf('淮安市洪泽区人民政府') });
    const t4 = hz.report.flags.filter((f) => f.code === 'T4_GROUP_TOTAL');
    expect(t4.length).toBe(2);
    const flaggedKeys = hz.report.tables.flatMap((t) => t.rows.flatMap((row) => row.cells.filter((c) => c.flagged).map((c) => c.key)));
    for (const f of t4) for (const key of f.cells) expect(flaggedKeys).toContain(key);
    const withPrev = truth.find((t) => t.year === 2022 && truth.some((p) => p.agency === t.agency && p.year === 2021));
    const d = await gqlOk<Detail>(DETAIL, { id: await idOf(withPrev!.agency, 2022) });
    const prev = truth.find((p) => p.agency === withPrev!.agency && p.year === 2021)!;
    expect(d.report.previousReportId).not.toBeNull();
    const received = d.report.tables[1].rows.find((row) => row.key === 'newRequests')!.cells.find((c) => c.key === 't3.newRequests.total')!;
    expect(received.previousValue).toBe(prev.cells['t3.newRequests.total']);
    expect(received.value).toBe(withPrev!.cells['t3.newRequests.total']);
  });
});

describe('CSV export', () => {
  it('is for analysts and gives one row per current report with its metrics', async () => {
    const url = `${apiUrl()}/api/export/reports.csv?fromYear=2019&toYear=2025`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${await userToken('ANALYST')}` } });
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0].split(',');
    expect(lines.length - 1).toBe(truth.length);
    const col = header.indexOf('requests.received');
    const yearCol = header.indexOf('year');
    const sum2022 = lines.slice(1).map((l) => l.split(',')).filter((c) => c[yearCol] === '2022').reduce((a, c) => a + Number(c[col] || 0), 0);
    expect(sum2022).toBe(truth.filter((t) => t.year === 2022).reduce((a, t) => a + (t.cells['t3.newRequests.total'] ?? 0), 0));
  });
});
