#!/usr/bin/env node
// Bounded load test of the dashboard queries (loopback only, stops by itself).
//   node scripts/load-test.mjs [--clients 100] [--seconds 60] [--demo-limit 700]
// starts the built API (apps/api/dist) on a throwaway embedded PostgreSQL, waits for the demo
// data, runs the clients, prints requests, errors, latency and the server's RSS before/after,
// stops the server and removes its data. Exit status 1 when any request failed.
// `runLoad()` is also used by apps/api/test/load.spec.ts (reduced size, against the test API).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const TREND = 'key label points { year value }';
/** What the dashboard views ask (overview, trends, rankings, reports, flags), with the year filled in. */
export const dashboardQueries = (year) => [
  {
    query: `query($y: Int!, $p: Int!) { current: overview(year: $y) { year reports agencies openFlags kpis { metric label { zh en } value previous change } byRegion(metric: "requests.received") { value region { code name } } } previous: overview(year: $p) { year reports } }`,
    variables: { y: year, p: year - 1 },
  },
  {
    query: `query($f: Int!, $t: Int!) { a: trend(metric: "requests.received", fromYear: $f, toYear: $t, groupBy: YEAR) { ${TREND} } b: trend(metric: "outcomes.granted", fromYear: $f, toYear: $t, groupBy: YEAR) { ${TREND} } c: trend(metric: "outcomes.denied", fromYear: $f, toYear: $t, groupBy: REGION) { ${TREND} } }`,
    variables: { f: year - 6, t: year },
  },
  { query: `query($y: Int!) { ranking(metric: "requests.received", year: $y, limit: 20) { rank value agency { id name } } }`, variables: { y: year } },
  { query: `{ reports(first: 20, sort: FLAGS, order: DESC) { totalCount edges { node { id year fileName errorCount warningCount agency { name region { name } } } } } }`, variables: {} },
  { query: `query($y: Int!) { flags(first: 20, filter: { fromYear: $y, toYear: $y }) { totalCount nodes { id code severity status cells report { id agency { name } } } } }`, variables: { y: year } },
];

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/**
 * `clients` loops, each sending the dashboard queries one after another for `seconds`; a request
 * is an error when it is not HTTP 200 or carries GraphQL errors. Loopback URLs only.
 */
export async function runLoad({ url, clients, seconds, pid, year }) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(url)) throw new Error(`load test is for loopback only, not ${url}`);
  const queries = dashboardQueries(year);
  const post = async (q) => {
    const t = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) });
    const body = await res.json();
    return { ms: performance.now() - t, ok: res.status === 200 && !body.errors, detail: body.errors?.[0]?.message ?? `HTTP ${res.status}` };
  };
  for (const q of queries) {
    const r = await post(q); // warm-up, and a wrong query fails here, loudly
    if (!r.ok) throw new Error(`warm-up failed: ${r.detail}`);
  }
  const rssBefore = pid ? rssMb(pid) : NaN;
  const latencies = [];
  const errors = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = c; Date.now() < deadline; i++) {
      try {
        const r = await post(queries[i % queries.length]);
        latencies.push(r.ms);
        if (!r.ok) errors.push(r.detail);
      } catch (e) {
        errors.push(String(e?.cause ?? e));
      }
    }
  }));
  const rssAfter = pid ? rssMb(pid) : NaN;
  latencies.sort((a, b) => a - b);
  const pct = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN);
  return {
    clients, seconds, requests: latencies.length, errors: errors.length, firstErrors: [...new Set(errors)].slice(0, 3),
    perSecond: Math.round(latencies.length / seconds), p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), rssBeforeMb: rssBefore, rssAfterMb: rssAfter,
  };
}

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

async function main() {
  const { values } = parseArgs({ options: { clients: { type: 'string', default: '100' }, seconds: { type: 'string', default: '60' }, 'demo-limit': { type: 'string', default: '700' } } });
  const root = join(import.meta.dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-load-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as its own user and must enter it
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), PG_PORT: String(await freePort()), DATA_DIR: join(dir, 'data'), DEMO_LIMIT: values['demo-limit'], EMIT_SCHEMA: 'false', NODE_ENV: 'production' },
  });
  try {
    // The demo accounts are created last: once the admin signs in, the data is in.
    const deadline = Date.now() + 300_000;
    for (;;) {
      const ok = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(email: "admin@demo.local", password: "demo12345") { token } }' }) })
        .then((r) => r.json()).then((b) => Boolean(b.data?.login)).catch(() => false);
      if (ok) break;
      if (Date.now() > deadline || server.exitCode != null) throw new Error('the API did not come up with its demo data');
      await new Promise((r) => setTimeout(r, 1000));
    }
    const y = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports(first: 1, sort: YEAR, order: DESC) { edges { node { year } } } }' }) }).then((r) => r.json());
    const result = await runLoad({ url, clients: Number(values.clients), seconds: Number(values.seconds), pid: server.pid, year: y.data.reports.edges[0].node.year });
    console.log(JSON.stringify({ load: result }));
    console.log(`load: ${result.clients} clients × ${result.seconds} s: ${result.requests} requests (${result.perSecond}/s), ${result.errors} errors, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms; server RSS ${result.rssBeforeMb} MB before, ${result.rssAfterMb} MB after`);
    process.exitCode = result.errors === 0 ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode != null ? r() : server.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await main();
