// Dashboard latency over HTTP: each query the web app sends, 20 clients at once (a bounded
// loop of fetch on loopback), p50/p95/p99 and errors; and each rollup-backed query against
// its naive form over the raw cells (direct SQL), as a ratio of medians.
import { METRICS } from '@gongkai/report-format';
import pg from 'pg';
import { naiveQuery } from './naive.mjs';
import { figure } from './report.mjs';

const SERIES = 'key label points { year value }';
const Q = {
  overview: `query Overview($year: Int!, $previousYear: Int!, $regionMetric: String!) {
    current: overview(year: $year) { year reports agencies openFlags kpis { metric value previous change } byRegion(metric: $regionMetric) { value region { code name fullName } } }
    previous: overview(year: $previousYear) { year reports agencies openFlags } }`,
  trend: `query Trend($metric: String!, $groupBy: GroupBy!, $limit: Int) { trend(metric: $metric, fromYear: 2019, toYear: 2025, groupBy: $groupBy, limit: $limit) { ${SERIES} } }`,
  compare: `query Compare($ids: [ID!]!) { compare(agencyIds: $ids, metrics: ["requests.received", "requests.disclosureRate"], fromYear: 2019, toYear: 2025) { agency { id name } metric points { year value } } }`,
  ranking: `query Ranking($year: Int!) { ranking(metric: "requests.received", year: $year, limit: 20) { rank value agency { id name region { fullName } } } }`,
  flags: `query Flags { flags(first: 50) { totalCount pageInfo { endCursor hasNextPage } nodes { id code severity cells expected actual status message { zh en } report { id year agency { id name region { fullName } } } } } }`,
  report: `query Report($id: ID!) { report(id: $id) { id year template title sourceText agency { id name region { fullName } }
    tables { id rows { key cells { key value raw previousValue flagged pos { kind line table row col } } } } flags { id code severity cells } versions { id } } }`,
};

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function post(url, query, variables) {
  const t = performance.now();
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  const ms = performance.now() - t;
  if (!r.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? r.status).slice(0, 300));
  return { ms, data: body.data };
}

/** `total` requests from `clients` concurrent loops; latencies in ms. */
async function load(url, query, variables, clients, total) {
  const lat = [];
  let errors = 0;
  let firstError = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < total) {
      const i = next++;
      try {
        lat.push((await post(url, query, typeof variables === 'function' ? variables(i) : variables)).ms);
      } catch (e) {
        errors += 1;
        firstError ??= e.message;
      }
    }
  }));
  lat.sort((a, b) => a - b);
  return { p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), errors, firstError, rps: total / ((performance.now() - started) / 1000) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchQueries(url, databaseUrl, { clients = 20, perCase = 200, naiveRuns = 3 } = {}) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const year = Number((await db.query(`SELECT max(year) AS y FROM reports WHERE status = 'current'`)).rows[0].y);
  const agencyIds = (await db.query(`SELECT agency_id FROM reports WHERE status = 'current' AND year = $1 ORDER BY agency_id LIMIT 10`, [year])).rows.map((r) => String(r.agency_id));
  // 200 reports for the measured requests (each asked once or so: cache misses) and 40 others to warm up with.
  const sample = (await db.query(`SELECT id FROM reports WHERE status = 'current' ORDER BY random() LIMIT 240`)).rows.map((r) => String(r.id));
  const reportIds = sample.slice(0, 200);
  const warmIds = sample.slice(200);
  const cases = [
    { name: 'overview', group: 'overview', query: Q.overview, vars: { year, previousYear: year - 1, regionMetric: 'requests.received' }, naive: ['overview', { year }] },
    ...METRICS.flatMap((m) => ['YEAR', 'REGION'].map((g) => ({
      name: `trend.${m.id}.${g}`, group: 'trend', query: Q.trend, vars: { metric: m.id, groupBy: g, limit: 10 }, naive: [`trend.${g}`, { metric: m.id }],
    }))),
    { name: 'trend.requests.received.AGENCY', group: 'trend', query: Q.trend, vars: { metric: 'requests.received', groupBy: 'AGENCY', limit: 10 }, naive: ['trend.AGENCY', { metric: 'requests.received' }] },
    { name: 'trend.requests.received.AGENCY_TYPE', group: 'trend', query: Q.trend, vars: { metric: 'requests.received', groupBy: 'AGENCY_TYPE', limit: 10 } },
    { name: 'compare.10agencies', group: 'other', query: Q.compare, vars: { ids: agencyIds }, naive: ['compare', { agencyIds: agencyIds.map(Number) }] },
    { name: 'ranking', group: 'other', query: Q.ranking, vars: { year }, naive: ['ranking', { year }] },
    { name: 'flags.first50', group: 'other', query: Q.flags, vars: {} },
    { name: 'report.detail', group: 'other', query: Q.report, vars: (i) => ({ id: reportIds[i % reportIds.length] }), warm: (i) => ({ id: warmIds[i % warmIds.length] }) },
  ];
  // The server in a steady state (JIT-compiled paths, connection pool, plans) before anything is measured.
  for (const c of cases) {
    const warm = c.warm ?? (typeof c.vars === 'function' ? c.vars : () => c.vars);
    for (let i = 0; i < 20; i++) await post(url, c.query, warm(i));
  }
  const invalidate = async () => {
    await db.query(`UPDATE regions SET name = name WHERE code = (SELECT min(code) FROM regions)`);
    await new Promise((r) => setTimeout(r, 30)); // the change notification reaches the API
  };
  const worst = { overview: 0, trend: 0, other: 0 };
  let slowest = { name: '', p95: 0 };
  let errors = 0;
  for (const c of cases) {
    const vars = c.warm ?? (typeof c.vars === 'function' ? c.vars : () => c.vars);
    // "Alone" = uncached: a no-op write to a watched table first, so the API's caches start over.
    const single = [];
    for (let i = 0; i < 7; i++) {
      await invalidate();
      single.push((await post(url, c.query, vars(20 + i))).ms);
    }
    for (let i = 0; i < 5; i++) await post(url, c.query, vars(i)); // and warm again
    const r = await load(url, c.query, c.vars, clients, perCase);
    errors += r.errors;
    worst[c.group] = Math.max(worst[c.group], r.p95);
    if (r.p95 > slowest.p95) slowest = { name: c.name, p95: r.p95 };
    let note = `p50 ${r.p50.toFixed(1)} p99 ${r.p99.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ''}`;
    if (c.naive && naiveRuns > 0) {
      const times = [];
      for (let i = 0; i < naiveRuns; i++) {
        const t = performance.now();
        await naiveQuery(db, c.naive[0], c.naive[1]);
        times.push(performance.now() - t);
      }
      const ratio = median(times) / median(single);
      note += `; naive over cells ${median(times).toFixed(0)} ms vs ${median(single).toFixed(1)} ms alone, uncached = ×${ratio.toFixed(0)}`;
      figure(`query.${c.name}.naiveRatio`, ratio, 'x', 1);
    }
    figure(`query.${c.name}.p95Ms`, r.p95, 'ms', clients, note);
  }
  figure('query.overview.p95Ms', worst.overview, 'ms', clients, 'target ≤ 50');
  figure('query.trend.p95Ms', worst.trend, 'ms', clients, 'worst trend (every metric by YEAR and REGION, top-10 AGENCY, AGENCY_TYPE); target ≤ 50');
  figure('query.other.p95Ms', worst.other, 'ms', clients, 'worst of compare, ranking, flags, report; target ≤ 150');
  figure('query.slowest.p95Ms', slowest.p95, 'ms', clients, slowest.name);
  figure('query.errors', errors, 'count', clients, 'must be 0');
  await db.end();
}
