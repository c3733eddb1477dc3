import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, apiUrl, gql, gqlOk, uploadGraphql, userToken } from './support/api';
import { minimalXlsx } from './support/minimal-xlsx';
import { PUBLISHED_2033, REPEATED_PASSAGE, SHARED_PASSAGE, sql, workbenchDocs, type FixtureDoc } from './support/workbench-fixture';

type Counts = { agencies: number; published: number; onTime: number; late: number; undated: number; missing: number };
type CovAgency = { agencyId: string; name: string; status: string; publishedAt: string | null };
type Coverage = { year: number; deadline: string; totals: Counts; nodes: { code: string; parentCode: string | null; counts: Counts; agencies: CovAgency[] }[]; missing: CovAgency[] };
const COVERAGE = `query($y: Int!, $r: String) { coverage(year: $y, regionCode: $r) { year deadline totals { agencies published onTime late undated missing }
  nodes { code parentCode counts { agencies published onTime late undated missing } agencies { agencyId name status publishedAt } } missing { agencyId name status publishedAt } } }`;

const docs: FixtureDoc[] = workbenchDocs();
let admin: string;
let supervisor: string;
/** report id per `agency:year`, agency ids and names by fixture index, their region chains. */
const reportId = new Map<string, string>();
const agencies: { id: number; name: string; regionCodes: string[] }[] = [];

const get = (path: string, token?: string) => fetch(`${apiUrl()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  admin = await adminToken();
  supervisor = await userToken('SUPERVISOR', 'workbench-supervisor@test.local');
  const up = await uploadGraphql(docs.map((d) => ({ fileName: d.fileName, bytes: d.bytes })), admin);
  const results = up.data?.uploadReports ?? [];
  expect(results.map((r) => r.error)).toEqual(docs.map(() => null));
  docs.forEach((d, i) => reportId.set(`${d.agency}:${d.year}`, results[i].reportId!));
  for (let a = 0; a < 4; a++) {
    const [row] = await sql<{ id: number; name: string; region_codes: string[] }>(
      `SELECT a.id, a.name, a.region_codes FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = $1`, [Number(reportId.get(`${a}:2034`))]);
    agencies.push({ id: row.id, name: row.name, regionCodes: row.region_codes });
  }
});

describe('coverage', () => {
  it('counts on time, late and missing per region node, and lists the agencies to chase', async () => {
    const { coverage } = await gqlOk<{ coverage: Coverage }>(COVERAGE, { y: 2033 }, supervisor);
    expect(coverage.deadline).toBe('2034-01-31');
    // Nobody else publishes for 2033: every other agency of the directory is missing.
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM agencies`);
    expect(coverage.totals).toEqual({ agencies: n, published: 3, onTime: 2, late: 1, undated: 0, missing: n - 3 });
    const status = new Map(coverage.nodes.flatMap((x) => x.agencies).map((a) => [Number(a.agencyId), a]));
    expect(agencies.map((a) => status.get(a.id)?.status)).toEqual(['ON_TIME', 'LATE', 'ON_TIME', 'MISSING']);
    expect(agencies.map((a) => status.get(a.id)?.publishedAt)).toEqual([...PUBLISHED_2033]);
    expect(coverage.missing.map((m) => Number(m.agencyId))).toContain(agencies[3].id);
    expect(coverage.missing.map((m) => Number(m.agencyId))).not.toContain(agencies[0].id);
    // Each fixture agency's own region node: its counts are its directory minus what our fixture published there.
    for (const [i, a] of agencies.entries()) {
      const code = a.regionCodes[a.regionCodes.length - 1];
      const node = coverage.nodes.find((x) => x.code === code)!;
      const [{ m }] = await sql<{ m: number }>(`SELECT count(*)::int AS m FROM agencies WHERE $1 = ANY(region_codes)`, [code]);
      const published = agencies.filter((b, j) => j < 3 && b.regionCodes.includes(code)).length;
      expect(node.counts.agencies, `agency ${i} region ${code}`).toBe(m);
      expect(node.counts.published).toBe(published);
      expect(node.counts.missing).toBe(m - published);
    }
    // A region query is that region's subtree only.
    const province = agencies[0].regionCodes[0];
    const sub = (await gqlOk<{ coverage: Coverage }>(COVERAGE, { y: 2033, r: province }, supervisor)).coverage;
    expect(sub.nodes[0].code).toBe(province);
    const [{ p }] = await sql<{ p: number }>(`SELECT count(*)::int AS p FROM agencies WHERE $1 = ANY(region_codes)`, [province]);
    expect(sub.totals.agencies).toBe(p);
  });

  it('is for supervisors and above', async () => {
    const r = await gql(COVERAGE, { y: 2033 }, await userToken('ANALYST'));
    expect(r.errors?.[0].message).toMatch(/SUPERVISOR/);
  });
});

describe('agency directory', () => {
  it('imports a CSV (name, region, type, parent), counts the new agencies as missing, and edits one', async () => {
    const province = agencies[0].regionCodes[0];
    const csv = `名称,地区,类型,上级机关\r\n工作台测试市档案局,${province},,\r\n"工作台测试市档案局,第一分局",${province},档案,工作台测试市档案局\r\n`;
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation($f: Upload!) { importAgencies(file: $f) { rows added updated } }', variables: { f: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([csv]), 'directory.csv');
    const res = await fetch(`${apiUrl()}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
    expect(await res.json()).toEqual({ data: { importAgencies: { rows: 2, added: 2, updated: 0 } } });
    const rows = await sql<{ id: number; name: string; type: string; parent: string | null }>(
      `SELECT a.id, a.name, a.type, p.name AS parent FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id WHERE a.name LIKE '工作台测试市档案局%' ORDER BY a.id`);
    expect(rows.map((r) => [r.name, r.type, r.parent])).toEqual([['工作台测试市档案局', 'archives', null], ['工作台测试市档案局,第一分局', 'archives', '工作台测试市档案局']]);
    const cov = (await gqlOk<{ coverage: Coverage }>(COVERAGE, { y: 2033, r: province }, supervisor)).coverage;
    expect(cov.missing.map((m) => m.name)).toEqual(expect.arrayContaining(['工作台测试市档案局', '工作台测试市档案局,第一分局']));

    const bad = new FormData();
    bad.append('operations', JSON.stringify({ query: 'mutation($f: Upload!) { importAgencies(file: $f) { rows } }', variables: { f: null } }));
    bad.append('map', JSON.stringify({ 0: ['variables.f'] }));
    bad.append('0', new Blob(['name,region,type\n某机关,,\n']), 'bad.csv');
    const badRes = (await (await fetch(`${apiUrl()}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: bad })).json()) as { errors: { message: string }[] };
    expect(badRes.errors[0].message).toMatch(/bad\.csv:2: 某机关 has no region/);

    const edited = await gqlOk<{ updateAgency: { name: string; type: string; parentName: string | null } }>(
      `mutation($id: ID!, $i: AgencyUpdate!) { updateAgency(id: $id, input: $i) { name type parentName } }`,
      { id: String(rows[1].id), i: { name: '工作台测试市档案局第一分局', parentId: null } }, admin);
    expect(edited.updateAgency).toEqual({ name: '工作台测试市档案局第一分局', type: 'archives', parentName: null });
    expect((await gql(`mutation { updateAgency(id: "${rows[0].id}", input: { type: "x" }) { id } }`, {}, supervisor)).errors?.[0].message).toMatch(/ADMIN/);
  });
});

describe('agency directory from XLSX', () => {
  it('reads the first sheet of a workbook', async () => {
    const region = agencies[1].regionCodes[agencies[1].regionCodes.length - 1];
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation($f: Upload!) { importAgencies(file: $f) { rows added updated } }', variables: { f: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([minimalXlsx([['机关名称', '地区代码', '机关类型'], ['工作台测试XLSX公安分局', region, '公安']])]), 'directory.xlsx');
    const res = await fetch(`${apiUrl()}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
    expect(await res.json()).toEqual({ data: { importAgencies: { rows: 1, added: 1, updated: 0 } } });
    const [row] = await sql<{ type: string; region_code: string }>(`SELECT type, region_code FROM agencies WHERE name = '工作台测试XLSX公安分局'`);
    expect(row).toEqual({ type: 'publicSecurity', region_code: region });
  });
});

describe('region scope', () => {
  it('a user limited to one province never sees another, through lists, aggregates, details and exports', async () => {
    const province = agencies[0].regionCodes[0];
    const other = (await sql<{ code: string }>(`SELECT DISTINCT region_codes[1] AS code FROM agencies WHERE region_codes[1] <> $1`, [province]))[0].code;
    const created = await gql(`mutation($r: [String!]) { createUser(email: "workbench-scoped@test.local", password: "password-123", role: SUPERVISOR, regionCodes: $r) { id } }`, { r: [province] }, admin);
    expect(created.errors).toBeUndefined();
    const scoped = (await gqlOk<{ login: { token: string } }>(`mutation { login(email: "workbench-scoped@test.local", password: "password-123") { token } }`)).login.token;
    const inProvince = async (ids: number[]) => {
      const rows = await sql<{ id: number; ok: boolean }>(`SELECT id, $2 = ANY(region_codes) AS ok FROM agencies WHERE id = ANY($1)`, [ids, province]);
      return rows.every((r) => r.ok) && rows.length === new Set(ids).size;
    };

    const list = `query($f: ReportFilter) { reports(filter: $f, first: 500) { totalCount edges { node { agency { id } } } } }`;
    const mine = (await gqlOk<{ reports: { totalCount: number; edges: { node: { agency: { id: string } } }[] } }>(list, {}, scoped)).reports;
    const adminInProvince = (await gqlOk<{ reports: { totalCount: number } }>(list, { f: { regionCodes: [province] } }, admin)).reports;
    const adminAll = (await gqlOk<{ reports: { totalCount: number } }>(list, {}, admin)).reports;
    expect(mine.totalCount).toBe(adminInProvince.totalCount);
    expect(mine.totalCount).toBeLessThan(adminAll.totalCount);
    expect(await inProvince(mine.edges.map((e) => Number(e.node.agency.id)))).toBe(true);
    expect((await gqlOk<{ reports: { totalCount: number } }>(list, { f: { regionCodes: [other] } }, scoped)).reports.totalCount).toBe(0);

    // Aggregates: the overview and the trend are the province's sums, never the country's.
    const overview = `query($y: Int!, $f: MetricFilter) { overview(year: $y, filter: $f) { reports agencies openFlags kpis { metric value } } }`;
    const [a, b, c] = await Promise.all([
      gqlOk<{ overview: unknown }>(overview, { y: 2034 }, scoped),
      gqlOk<{ overview: unknown }>(overview, { y: 2034, f: { regionCodes: [province] } }, admin),
      gqlOk<{ overview: { reports: number } }>(overview, { y: 2034 }, admin),
    ]);
    expect(a.overview).toEqual(b.overview);
    expect((a.overview as { reports: number }).reports).toBeLessThan(c.overview.reports);
    expect((await gqlOk<{ overview: { reports: number } }>(overview, { y: 2034, f: { regionCodes: [other] } }, scoped)).overview.reports).toBe(0);
    const trend = `query($f: MetricFilter) { trend(metric: "requests.received", fromYear: 2019, toYear: 2034, groupBy: YEAR, filter: $f) { points { year value } } }`;
    expect((await gqlOk(trend, {}, scoped)).trend).toEqual((await gqlOk(trend, { f: { regionCodes: [province] } }, admin)).trend);
    const ranking = (await gqlOk<{ ranking: { agency: { id: string } }[] }>(`{ ranking(metric: "requests.received", year: 2034, limit: 1000) { agency { id } } }`, {}, scoped)).ranking;
    expect(ranking.length).toBeGreaterThan(0);
    expect(await inProvince(ranking.map((r) => Number(r.agency.id)))).toBe(true);

    // Another province's report by id, its flags, its coverage and the CSV export.
    const [foreign] = await sql<{ id: number; agency_id: number }>(`SELECT r.id, r.agency_id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.status = 'current' AND a.region_codes[1] = $1 LIMIT 1`, [other]);
    expect((await gqlOk<{ report: unknown }>(`{ report(id: "${foreign.id}") { id } }`, {}, scoped)).report).toBeNull();
    const flags = (await gqlOk<{ flags: { nodes: { report: { agency: { id: string } } }[] } }>(`{ flags(first: 500) { nodes { report { agency { id } } } } }`, {}, scoped)).flags.nodes;
    expect(await inProvince(flags.map((f) => Number(f.report.agency.id)))).toBe(true);
    const cov = (await gqlOk<{ coverage: Coverage }>(COVERAGE, { y: 2034 }, scoped)).coverage;
    expect(cov.nodes.filter((n) => n.parentCode == null).map((n) => n.code)).toEqual([province]);
    const csv = await (await get(`/api/export/reports.csv`, scoped)).text();
    const ids = csv.trim().split('\r\n').slice(1).map((l) => Number(l.split(',')[0]));
    expect(ids.length).toBe(adminInProvince.totalCount);
    const exported = await sql<{ agency_id: number }>(`SELECT agency_id FROM reports WHERE id = ANY($1)`, [ids]);
    expect(await inProvince(exported.map((r) => r.agency_id))).toBe(true);
    expect((await get(`/api/notices/${foreign.agency_id}/2034.docx`, scoped)).status).toBe(404);
  });
});

describe('corrections', () => {
  const key = 't3.newRequests.total';
  const detail = `query($id: ID!) { report(id: $id) { flags { id code cells status } tables { rows { cells { key value corrected } } }
    corrections { key originalValue previousValue value reason correctedBy } } }`;
  type Detail = { report: { flags: { id: string; code: string; cells: string[]; status: string }[]; tables: { rows: { cells: { key: string; value: number | null; corrected: boolean }[] }[] }[]; corrections: Record<string, unknown>[] } };
  const cellOf = (d: Detail) => d.report.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.key === key)!;

  it('keeps the original and every version, uses the new value in the trend, reruns the checks, and survives a re-ingest', async () => {
    const id = reportId.get('0:2034')!;
    const doc = docs.find((d) => d.agency === 0 && d.year === 2034)!;
    const original = doc.plan.truth.cells[key] as number;
    const agencyFilter = { f: { agencyIds: [String(agencies[0].id)] } };
    const trend = `query($f: MetricFilter) { trend(metric: "requests.received", fromYear: 2034, toYear: 2034, groupBy: YEAR, filter: $f) { points { value } } }`;
    expect((await gqlOk<{ trend: { points: { value: number }[] }[] }>(trend, agencyFilter, admin)).trend[0].points[0].value).toBe(original);
    const before = await gqlOk<Detail>(detail, { id }, supervisor);
    expect(before.report.flags.filter((f) => f.cells.includes(key))).toEqual([]);

    const correct = `mutation($id: ID!, $v: Float, $r: String!) { correctCell(reportId: $id, key: "${key}", value: $v, reason: $r) { key originalValue previousValue value reason } }`;
    expect((await gql(correct, { id, v: 1, r: 'x' }, await userToken('ANALYST'))).errors?.[0].message).toMatch(/SUPERVISOR/);
    expect((await gql(correct, { id, v: 1, r: '  ' }, supervisor)).errors?.[0].message).toMatch(/reason/);
    await gqlOk(correct, { id, v: original + 1000, r: '原文笔误' }, supervisor);
    const history = (await gqlOk<{ correctCell: unknown[] }>(correct, { id, v: original + 7, r: '电话核实' }, supervisor)).correctCell;
    expect(history).toEqual([
      { key, originalValue: original, previousValue: original, value: original + 1000, reason: '原文笔误' },
      { key, originalValue: original, previousValue: original + 1000, value: original + 7, reason: '电话核实' },
    ]);
    expect((await gqlOk<{ trend: { points: { value: number }[] }[] }>(trend, agencyFilter, admin)).trend[0].points[0].value).toBe(original + 7);

    const after = await gqlOk<Detail>(detail, { id }, supervisor);
    expect(cellOf(after)).toEqual({ key, value: original + 7, corrected: true });
    const raised = after.report.flags.filter((f) => f.cells.includes(key));
    expect(raised.length).toBeGreaterThan(0);
    await gqlOk(`mutation($id: ID!) { reviewFlag(id: $id, decision: CONFIRMED, note: "核实") { status } }`, { id: raised[0].id }, supervisor);

    // The same bytes again: a duplicate; a recheck re-reads them and applies the correction again.
    const again = await uploadGraphql([{ fileName: doc.fileName, bytes: doc.bytes }], admin);
    expect(again.data?.uploadReports[0]).toMatchObject({ ok: true, duplicate: true, reportId: id });
    await gqlOk(`mutation($ids: [ID!]) { recheck(reportIds: $ids) }`, { ids: [id] }, admin);
    const rechecked = await gqlOk<Detail>(detail, { id }, supervisor);
    expect(cellOf(rechecked)).toEqual({ key, value: original + 7, corrected: true });
    expect(rechecked.report.corrections).toHaveLength(2);
    const kept = rechecked.report.flags.find((f) => f.code === raised[0].code && f.cells.join() === raised[0].cells.join());
    expect(kept?.status).toBe('CONFIRMED');
    expect((await gqlOk<{ trend: { points: { value: number }[] }[] }>(trend, agencyFilter, admin)).trend[0].points[0].value).toBe(original + 7);
  });
});

describe('corrections across years', () => {
  it('rechecks the next year against the corrected figure', async () => {
    const key = 't3.carriedForward.total';
    const doc = docs.find((d) => d.agency === 2 && d.year === 2033)!;
    const forward = doc.plan.truth.cells[key] as number;
    const next = reportId.get('2:2034')!;
    const carry = `query($id: ID!) { flags(filter: { reportId: $id, codes: [CARRY_OVER_MISMATCH] }) { nodes { cells expected actual } } }`;
    expect((await gqlOk<{ flags: { nodes: unknown[] } }>(carry, { id: next }, supervisor)).flags.nodes).toEqual([]);
    await gqlOk(`mutation($id: ID!, $v: Float) { correctCell(reportId: $id, key: "${key}", value: $v, reason: "电话核实") { id } }`, { id: reportId.get('2:2033'), v: forward + 5 }, supervisor);
    const flags = (await gqlOk<{ flags: { nodes: { cells: string[]; expected: number; actual: number }[] } }>(carry, { id: next }, supervisor)).flags.nodes;
    expect(flags).toEqual([{ cells: ['t3.carriedOver.total'], expected: forward + 5, actual: forward }]);
  });
});

describe('copied text', () => {
  type Sim = { reportSimilarity: { overallPrevious: number | null; sections: { sectionId: string; text: string; previous: { score: number; passages: { aStart: number; aEnd: number }[] } | null; peers: { agencyName: string; score: number; text: string; passages: { aStart: number; aEnd: number; bStart: number; bEnd: number }[] }[] }[] } };
  const SIM = `query($id: ID!) { reportSimilarity(reportId: $id) { overallPrevious sections { sectionId text previous { score passages { aStart aEnd } }
    peers { agencyName score text passages { aStart aEnd bStart bEnd } } } } }`;

  it('finds the passage another agency copied in the same year, with its place in both texts', async () => {
    const s = (await gqlOk<Sim>(SIM, { id: reportId.get('0:2033') }, supervisor)).reportSimilarity;
    const section = s.sections.find((x) => x.text.includes(SHARED_PASSAGE))!;
    const peer = section.peers.find((p) => p.agencyName === agencies[2].name)!;
    expect(peer).toBeDefined();
    const copied = peer.passages.map((p) => section.text.slice(p.aStart, p.aEnd)).join('');
    const there = peer.passages.map((p) => peer.text.slice(p.bStart, p.bEnd)).join('');
    expect(copied.length).toBeGreaterThanOrEqual(SHARED_PASSAGE.length * 0.9);
    expect(SHARED_PASSAGE).toContain(copied.slice(0, 40));
    expect(there).toContain(copied.slice(0, 40));
    expect(s.sections.every((x) => x.peers.every((p) => p.agencyName !== agencies[0].name))).toBe(true);
  });

  it('compares with the previous report and stores TEXT_COPIED as an info flag', async () => {
    const id = reportId.get('1:2034')!;
    const s = (await gqlOk<Sim>(SIM, { id }, supervisor)).reportSimilarity;
    const section = s.sections.find((x) => x.text.includes(REPEATED_PASSAGE))!;
    expect(section.previous!.score).toBeGreaterThanOrEqual(0.6);
    expect(section.previous!.passages.map((p) => section.text.slice(p.aStart, p.aEnd)).join('')).toContain(REPEATED_PASSAGE.slice(0, 200));
    const flags = (await gqlOk<{ flags: { nodes: { code: string; severity: string }[] } }>(`query($id: ID!) { flags(filter: { reportId: $id, codes: [TEXT_COPIED] }) { nodes { code severity } } }`, { id }, supervisor)).flags.nodes;
    expect(flags).toContainEqual({ code: 'TEXT_COPIED', severity: 'INFO' });
  });
});

describe('risk cards', () => {
  const RISK = `query($ids: [ID!]) { riskOverview(year: 2033, agencyIds: $ids) { cards { agencyId overall items { metric rating value base } } ranking { region { code } rank cards } thresholds } }`;
  type Risk = { riskOverview: { cards: { agencyId: string; overall: string; items: { metric: string; rating: string; value: number | null; base: number | null }[] }[]; ranking: { region: { code: string }; rank: number; cards: number }[] } };
  const item = (r: Risk, agency: number, id: string) => r.riskOverview.cards.find((c) => c.agencyId === String(agencies[agency].id))!.items.find((i) => i.metric === id)!;

  it('rates lateness by the configured thresholds and leaves small numbers not rated', async () => {
    const ids = agencies.slice(0, 3).map((a) => String(a.id));
    const before = await gqlOk<Risk>(RISK, { ids }, supervisor);
    expect(item(before, 1, 'lateness')).toMatchObject({ value: 33, rating: 'RED' });
    expect(item(before, 0, 'lateness')).toMatchObject({ value: 0, rating: 'GREEN' });
    expect(item(before, 2, 'lateness')).toMatchObject({ value: 0, rating: 'GREEN' });
    expect(before.riskOverview.ranking.reduce((n, r) => n + r.cards, 0)).toBe(3);

    await gqlOk(`mutation($t: JSON!) { setRiskThresholds(thresholds: $t) }`, { t: { lateDays: { amber: 1, red: 60 }, substantiveDisclosure: { minRequests: 1e9 } } }, admin);
    const after = await gqlOk<Risk>(RISK, { ids }, supervisor);
    expect(item(after, 1, 'lateness').rating).toBe('AMBER');
    expect(ids.map((_, i) => item(after, i, 'requests.substantiveDisclosureRate').rating)).toEqual(['NOT_RATED', 'NOT_RATED', 'NOT_RATED']);
    const bad = await gql(`mutation($t: JSON!) { setRiskThresholds(thresholds: $t) }`, { t: { lateDays: { amber: 40, red: 10 } } }, admin);
    expect(bad.errors?.[0].message).toMatch(/amber \(40\) must not exceed red \(10\)/);
    expect((await gql(`mutation { setRiskThresholds(thresholds: {}) }`, {}, supervisor)).errors?.[0].message).toMatch(/ADMIN/);
    await gqlOk(`mutation { setRiskThresholds(thresholds: {}) }`, {}, admin);
    expect(item(await gqlOk<Risk>(RISK, { ids }, supervisor), 1, 'lateness').rating).toBe('RED');
  });
});

describe('notices', () => {
  it('writes the confirmed flags with their numbers into the DOCX, for supervisors only', async () => {
    const res = await get(`/api/notices/${agencies[0].id}/2034.docx`, supervisor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    const [flag] = await sql<{ message_zh: string; expected: unknown; actual: unknown }>(
      `SELECT f.message_zh, f.expected, f.actual FROM flags f JOIN flag_reviews v ON v.fingerprint = f.fingerprint WHERE f.report_id = $1 AND v.status = 'CONFIRMED'`,
      [Number(reportId.get('0:2034'))]);
    expect(text).toContain('整改通知');
    expect(text).toContain(agencies[0].name);
    expect(text).toContain(String(flag.expected));
    expect(text).toContain(String(flag.actual));
    expect((await get(`/api/notices/${agencies[0].id}/2034.docx`, await userToken('ANALYST'))).status).toBe(403);
    expect((await get(`/api/notices/${agencies[0].id}/2034.txt`, supervisor)).status).toBe(400);
    expect((await get(`/api/notices/${agencies[3].id}/2033.docx`, supervisor)).status).toBe(404);
    const pdf = await get(`/api/notices/${agencies[0].id}/2034.pdf`, supervisor);
    if (pdf.status === 200) expect(strFromU8(new Uint8Array(await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    else expect(await pdf.text()).toMatch(/fonts-wqy-zenhei/);
  });

  it('writes the region summary with its coverage', async () => {
    const province = agencies[0].regionCodes[0];
    const res = await get(`/api/notices/regions/${province}/2033.docx`, supervisor);
    expect(res.status).toBe(200);
    const text = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']).replace(/<[^>]+>/g, '');
    const cov = (await gqlOk<{ coverage: Coverage }>(COVERAGE, { y: 2033, r: province }, supervisor)).coverage;
    expect(text).toContain(`应发布年度报告的机关 ${cov.totals.agencies} 家，已发布 ${cov.totals.published} 家`);
  });
});
