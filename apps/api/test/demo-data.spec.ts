import { computeMetrics, findMetric, METRICS, type RatioMetric, type TemplateId } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { gqlOk } from './support/api';
import { currentTruth } from './support/demo-truth';

type Series = { key: string; label: string; points: { year: number; value: number | null }[] };
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const truth = currentTruth();
const metricsOf = (t: (typeof truth)[number]) => computeMetrics(t.template as TemplateId, t.cells);
/** Σ of a sum metric over the current truth of a year. */
const truthSum = (metric: string, year: number, pick: (t: (typeof truth)[number]) => boolean = () => true) =>
  truth.filter((t) => t.year === year && pick(t)).reduce((acc, t) => acc + (metricsOf(t)[metric] ?? 0), 0);
const close = (a: number | null, b: number) => expect(a).toBeCloseTo(b, 6);

const TREND = `query($m: String!, $g: GroupBy!, $f: MetricFilter, $l: Int) {
  trend(metric: $m, fromYear: 2019, toYear: 2025, groupBy: $g, filter: $f, limit: $l) { key label points { year value } } }`;

describe('dashboard numbers on the demo data', () => {
  it('returns seven points for the acceptance query', async () => {
    const d = await gqlOk<{ trend: Series[] }>(`{ trend(metric: "requests.received", fromYear: 2019, toYear: 2025, groupBy: YEAR) { key label points { year value } } }`);
    expect(d.trend).toHaveLength(1);
    expect(d.trend[0].points.map((p) => p.year)).toEqual(YEARS);
    for (const p of d.trend[0].points) expect(p.value).not.toBeNull();
  });

  it('sums requests.received by year exactly as the generator truth', async () => {
    const d = await gqlOk<{ trend: Series[] }>(TREND, { m: 'requests.received', g: 'YEAR' });
    expect(d.trend[0].points).toEqual(YEARS.map((year) => ({ year, value: truthSum('requests.received', year) })));
  });

  it('aggregates ratios as Σnumerator / Σdenominator', async () => {
    const rate = findMetric('requests.disclosureRate') as RatioMetric;
    const d = await gqlOk<{ trend: Series[] }>(TREND, { m: rate.id, g: 'YEAR' });
    for (const p of d.trend[0].points) {
      const num = rate.numerator.reduce((a, id) => a + truthSum(id, p.year), 0);
      const den = rate.denominator.reduce((a, id) => a + truthSum(id, p.year), 0);
      close(p.value, num / den);
    }
  });

  it.each(['REGION', 'AGENCY_TYPE', 'AGENCY'])('splits the yearly total into %s series that add up', async (groupBy) => {
    const total = await gqlOk<{ trend: Series[] }>(TREND, { m: 'requests.received', g: 'YEAR' });
    const d = await gqlOk<{ trend: Series[] }>(TREND, { m: 'requests.received', g: groupBy, l: 1000 });
    expect(d.trend.length).toBeGreaterThan(1);
    for (const [i, year] of YEARS.entries()) {
      const sum = d.trend.reduce((a, s) => a + (s.points[i].value ?? 0), 0);
      expect(sum).toBe(total.trend[0].points[i].value);
      expect(year).toBe(d.trend[0].points[i].year);
    }
    for (const s of d.trend) expect(s.label).not.toBe('');
  });

  it('filters by region and groups one level down', async () => {
    const huaibei = truth.find((t) => t.agency === '淮北市公安局');
    expect(huaibei).toBeDefined();
    const anhui = await gqlOk<{ agencies: { region: { code: string; parentCode: string } }[] }>(`{ agencies(search: "淮北市公安局") { region { code parentCode } } }`);
    const province = anhui.agencies[0].region.parentCode;
    const d = await gqlOk<{ trend: Series[] }>(TREND, { m: 'requests.received', g: 'REGION', f: { regionCodes: [province] }, l: 100 });
    expect(d.trend.map((s) => s.key)).toContain(anhui.agencies[0].region.code);
    const p2022 = d.trend.reduce((a, s) => a + (s.points[3].value ?? 0), 0);
    expect(p2022).toBe(truthSum('requests.received', 2022, (t) => JSON.stringify(t).includes('安徽省')));
  });

  it('ranks agencies and compares them year by year', async () => {
    const r = await gqlOk<{ ranking: { rank: number; value: number; agency: { id: string; name: string } }[] }>(
      `{ ranking(metric: "requests.received", year: 2022, limit: 5) { rank value agency { id name } } }`);
    const expected = truth.filter((t) => t.year === 2022).map((t) => metricsOf(t)['requests.received'] ?? 0).sort((a, b) => b - a).slice(0, 5);
    expect(r.ranking.map((x) => x.value)).toEqual(expected);
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    const ids = r.ranking.slice(0, 2).map((x) => x.agency.id);
    const c = await gqlOk<{ compare: { agency: { id: string; name: string }; metric: string; points: { year: number; value: number | null }[] }[] }>(
      `query($ids: [ID!]!) { compare(agencyIds: $ids, metrics: ["requests.received", "requests.denialRate"], fromYear: 2019, toYear: 2025) { agency { id name } metric points { year value } } }`, { ids });
    expect(c.compare).toHaveLength(4);
    for (const row of c.compare.filter((x) => x.metric === 'requests.received')) {
      for (const p of row.points) {
        const t = truth.find((x) => x.agency === row.agency.name && x.year === p.year);
        expect(p.value).toBe(t ? metricsOf(t)['requests.received'] : null);
      }
    }
  });

  it('gives the overview of a year with KPIs, counts and values by region', async () => {
    const d = await gqlOk<{ overview: { year: number; reports: number; agencies: number; openFlags: number; kpis: { metric: string; value: number | null; previous: number | null; change: number | null }[]; byRegion: { region: { code: string; level: number }; value: number | null }[] } }>(
      `{ overview(year: 2022) { year reports agencies openFlags kpis { metric value previous change } byRegion(metric: "requests.received") { region { code level } value } } }`);
    const o = d.overview;
    expect(o.reports).toBe(truth.filter((t) => t.year === 2022).length);
    expect(o.agencies).toBe(o.reports);
    const received = o.kpis.find((k) => k.metric === 'requests.received');
    expect(received?.value).toBe(truthSum('requests.received', 2022));
    expect(received?.previous).toBe(truthSum('requests.received', 2021));
    close(received?.change ?? null, truthSum('requests.received', 2022) / truthSum('requests.received', 2021) - 1);
    expect(o.byRegion.reduce((a, r) => a + (r.value ?? 0), 0)).toBe(received?.value);
    for (const r of o.byRegion) expect(r.region.level).toBe(1);
    const flags = await gqlOk<{ flags: { totalCount: number } }>(`{ flags(filter: { fromYear: 2022, toYear: 2022, statuses: [OPEN] }) { totalCount } }`);
    expect(o.openFlags).toBe(flags.flags.totalCount);
  });

  it('counts flags by code and year consistently with the flag list', async () => {
    const d = await gqlOk<{ flagCounts: { code: string; year: number; count: number }[]; flags: { totalCount: number } }>(
      `{ flagCounts(fromYear: 2019, toYear: 2025) { code year count } flags(filter: { fromYear: 2019, toYear: 2025 }) { totalCount } }`);
    expect(d.flagCounts.length).toBeGreaterThan(0);
    expect(d.flagCounts.reduce((a, c) => a + c.count, 0)).toBe(d.flags.totalCount);
    const one = d.flagCounts[0];
    const list = await gqlOk<{ flags: { totalCount: number; nodes: { code: string; report: { year: number } }[] } }>(
      `query($c: [FlagCode!]) { flags(filter: { codes: $c, fromYear: ${one.year}, toYear: ${one.year} }, first: 500) { totalCount nodes { code report { year } } } }`, { c: [one.code] });
    expect(list.flags.totalCount).toBe(one.count);
    for (const n of list.flags.nodes) expect([n.code, n.report.year]).toEqual([one.code, one.year]);
  });

  it('serves the catalog: metrics, agency types, regions, agencies', async () => {
    const d = await gqlOk<{ metrics: { id: string; label: { zh: string } }[]; agencyTypes: { id: string }[]; regions: { code: string; level: number }[]; agencies: { name: string; type: string; typeLabel: { zh: string }; region: { fullName: string }; reportCount: number }[] }>(
      `{ metrics { id label { zh } } agencyTypes { id } regions { code level } agencies(search: "淮北市 公安局", limit: 5) { name type typeLabel { zh } region { fullName } reportCount } }`);
    expect(d.metrics.map((m) => m.id)).toEqual(METRICS.map((m) => m.id));
    expect(d.agencyTypes.map((t) => t.id)).toContain('publicSecurity');
    for (const r of d.regions) expect(r.level).toBe(1);
    const hb = (await gqlOk<{ agencies: { name: string; type: string; region: { fullName: string }; reportCount: number }[] }>(`{ agencies(search: "淮北市公安局") { name type region { fullName } reportCount } }`)).agencies;
    expect(hb).toEqual([{ name: '淮北市公安局', type: 'publicSecurity', region: { fullName: '安徽省淮北市' }, reportCount: 1 }]);
  });
});
