import { generateCorpus } from '@gongkai/report-corpus';
import { computeMetrics } from '@gongkai/report-format';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, gqlOk, login, uploadGraphql, uploadHttp, userToken } from './support/api';
import { loadedTruth } from './support/demo-truth';
import { sql } from './support/workbench-fixture';

/**
 * The dashboard's result cache (common/cache): answers are reused until the data changes, and
 * a change is seen by the next query whether it came through the API (upload, review) or from
 * another process writing to the database (the import command), and never across region scopes.
 */

/** A year nobody else uploads (demo data 2019–2025, other suites 2026–2027 and 2033–2034). */
const YEAR = 2041;
const demoAgencies = new Set(loadedTruth().map((t) => t.agency));
const docs = [...generateCorpus({ agencies: 4, fromYear: YEAR, toYear: YEAR, seed: 'api-result-cache-test', mistakeRate: 0 })]
  .filter((d) => !demoAgencies.has(d.truth.agency) && !d.truth.duplicateOf);

const OVERVIEW = `query($y: Int!, $f: MetricFilter) { overview(year: $y, filter: $f) { reports openFlags kpis { metric value } } }`;
const FLAGS = `query($f: FlagFilter) { flags(first: 50, filter: $f) { totalCount nodes { id status } } }`;
const TREND = `query($y: Int!) { trend(metric: "requests.received", fromYear: $y, toYear: $y, groupBy: YEAR) { points { year value } } }`;
const REVIEW = `mutation($id: ID!, $d: ReviewStatus!) { reviewFlag(id: $id, decision: $d) { status } }`;

type Overview = { overview: { reports: number; openFlags: number; kpis: { metric: string; value: number | null }[] } };
type Flags = { flags: { totalCount: number; nodes: { id: string; status: string }[] } };
type Trend = { trend: { points: { year: number; value: number | null }[] }[] };

/** Polls `read` until `ok` holds (a notification from another connection arrives within milliseconds). */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A plain connection, as the import command (another process) would write with. */
async function withClient<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: inject('databaseUrl') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** An open flag of a current demo report, with the numbers the API must give around it. */
type Target = { id: string; fingerprint: string; reportId: string; year: number };
async function openFlag(skip = 0): Promise<Target> {
  const rows = await sql<Target>(
    `SELECT f.id::text AS id, f.fingerprint, f.report_id::text AS "reportId", r.year FROM flags f JOIN reports r ON r.id = f.report_id
     LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint
     WHERE r.status = 'current' AND r.year BETWEEN 2019 AND 2025 AND v.fingerprint IS NULL ORDER BY f.id OFFSET $1 LIMIT 1`,
    [skip],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}
/** Open flags of the year's current reports, straight from the database. */
const openFlagsOf = async (year: number) =>
  Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM flags f JOIN reports r ON r.id = f.report_id LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint
    WHERE r.status = 'current' AND r.year = $1 AND v.fingerprint IS NULL`, [year]))[0].n);

let admin: string;
beforeAll(async () => {
  admin = await adminToken();
});

describe('result cache', () => {
  let cleanup: string | null = null;
  afterAll(async () => {
    if (cleanup) await sql(`DELETE FROM flag_reviews WHERE fingerprint = $1`, [cleanup]);
  });

  it('reuses answers until another process commits a change, then answers from the new data', async () => {
    const t = await openFlag();
    const reportFlags = { reportId: t.reportId };
    const before = await gqlOk<Overview>(OVERVIEW, { y: t.year });
    expect(before.overview.openFlags).toBe(await openFlagsOf(t.year));
    const flagsBefore = await gqlOk<Flags>(FLAGS, { f: reportFlags });
    expect(flagsBefore.flags.nodes.find((n) => n.id === t.id)?.status).toBe('OPEN');
    // Asked again: the same answer.
    expect(await gqlOk<Overview>(OVERVIEW, { y: t.year })).toEqual(before);

    // A write that bypasses the change triggers: the cached answer stays (proof the cache answers).
    cleanup = t.fingerprint;
    await withClient(async (c) => {
      await c.query('BEGIN');
      await c.query(`SET LOCAL session_replication_role = replica`);
      await c.query(`INSERT INTO flag_reviews (fingerprint, status, reviewer, note) VALUES ($1, 'CONFIRMED', 'import-cli', 'cache test')`, [t.fingerprint]);
      await c.query('COMMIT');
    });
    expect(await gqlOk<Overview>(OVERVIEW, { y: t.year })).toEqual(before);
    expect(await gqlOk<Flags>(FLAGS, { f: reportFlags })).toEqual(flagsBefore);

    // The same kind of write as the import command's (triggers on): the next answers follow.
    await withClient((c) => c.query(`UPDATE flag_reviews SET note = 'reviewed elsewhere' WHERE fingerprint = $1`, [t.fingerprint]));
    const after = await eventually(() => gqlOk<Overview>(OVERVIEW, { y: t.year }), (o) => o.overview.openFlags !== before.overview.openFlags);
    expect(after.overview.openFlags).toBe(before.overview.openFlags - 1);
    expect(after.overview.openFlags).toBe(await openFlagsOf(t.year));
    const flagsAfter = await gqlOk<Flags>(FLAGS, { f: reportFlags });
    expect(flagsAfter.flags.nodes.find((n) => n.id === t.id)?.status).toBe('CONFIRMED');

    await withClient((c) => c.query(`DELETE FROM flag_reviews WHERE fingerprint = $1`, [t.fingerprint]));
    cleanup = null;
    const back = await eventually(() => gqlOk<Overview>(OVERVIEW, { y: t.year }), (o) => o.overview.openFlags === before.overview.openFlags);
    expect(back).toEqual(before);
    expect(await gqlOk<Flags>(FLAGS, { f: reportFlags })).toEqual(flagsBefore);
  });

  it('shows an upload (GraphQL or HTTP) in the very next overview and trend', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(2);
    const empty = await gqlOk<Overview>(OVERVIEW, { y: YEAR });
    expect(empty.overview.reports).toBe(0);
    expect((await gqlOk<Trend>(TREND, { y: YEAR })).trend).toEqual([]);
    expect(await gqlOk<Overview>(OVERVIEW, { y: YEAR })).toEqual(empty);

    const first = await uploadGraphql([{ fileName: 'cache-1.txt', bytes: docs[0].bytes }], admin);
    expect(first.data?.uploadReports.map((r) => r.ok)).toEqual([true]);
    expect((await gqlOk<Overview>(OVERVIEW, { y: YEAR })).overview.reports).toBe(1);
    const received = (d: (typeof docs)[number]) => computeMetrics(d.truth.template, d.truth.cells)['requests.received'] ?? null;
    expect(received(docs[0])).toBeGreaterThan(0);
    expect((await gqlOk<Trend>(TREND, { y: YEAR })).trend[0].points).toEqual([{ year: YEAR, value: received(docs[0]) }]);

    const second = await uploadHttp([{ fileName: 'cache-2.txt', bytes: docs[1].bytes }], admin);
    expect(second.status).toBe(201);
    expect((await gqlOk<Overview>(OVERVIEW, { y: YEAR })).overview.reports).toBe(2);
    expect((await gqlOk<Trend>(TREND, { y: YEAR })).trend[0].points).toEqual([{ year: YEAR, value: received(docs[0])! + received(docs[1])! }]);
  });

  it('shows a flag review in the very next flags list and overview', async () => {
    const supervisor = await userToken('SUPERVISOR', 'cache-supervisor@test.local');
    const t = await openFlag(1);
    const reportFlags = { reportId: t.reportId, statuses: ['OPEN'] };
    const before = await gqlOk<Flags>(FLAGS, { f: reportFlags });
    const overview = await gqlOk<Overview>(OVERVIEW, { y: t.year });
    expect(await gqlOk<Flags>(FLAGS, { f: reportFlags })).toEqual(before);

    cleanup = t.fingerprint;
    await gqlOk(REVIEW, { id: t.id, d: 'CONFIRMED' }, supervisor);
    const open = await gqlOk<Flags>(FLAGS, { f: reportFlags });
    expect(open.flags.totalCount).toBe(before.flags.totalCount - 1);
    expect(open.flags.nodes.map((n) => n.id)).not.toContain(t.id);
    expect((await gqlOk<Overview>(OVERVIEW, { y: t.year })).overview.openFlags).toBe(overview.overview.openFlags - 1);

    await gqlOk(REVIEW, { id: t.id, d: 'OPEN' }, supervisor);
    cleanup = null;
    expect(await gqlOk<Flags>(FLAGS, { f: reportFlags })).toEqual(before);
    expect(await gqlOk<Overview>(OVERVIEW, { y: t.year })).toEqual(overview);
  });

  it('never gives one region scope the answer of another', async () => {
    const year = 2024;
    const [{ code }] = await sql<{ code: string }>(
      `SELECT a.region_codes[1] AS code FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.year = $1 AND r.status = 'current'
       GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [year]);
    const r = await gqlOk<{ createUser: { id: string } }>(`mutation($e: String!, $c: [String!]) { createUser(email: $e, password: "password-123", role: VIEWER, regionCodes: $c) { id } }`,
      { e: 'cache-scoped@test.local', c: [code] }, admin);
    expect(r.createUser.id).toBeTruthy();
    const scoped = await login('cache-scoped@test.local', 'password-123');
    const inRegion = await gqlOk<Overview>(OVERVIEW, { y: year, f: { regionCodes: [code] } }, admin);
    const everywhere = await gqlOk<Overview>(OVERVIEW, { y: year }, admin);
    expect(inRegion.overview.reports).toBeGreaterThan(0);
    expect(inRegion.overview.reports).toBeLessThan(everywhere.overview.reports);
    const flagsIn = await gqlOk<Flags>(FLAGS, { f: { regionCodes: [code], fromYear: year, toYear: year } }, admin);
    const flagsAll = await gqlOk<Flags>(FLAGS, { f: { fromYear: year, toYear: year } }, admin);
    expect(flagsIn.flags.totalCount).toBeLessThan(flagsAll.flags.totalCount);
    // Alternate callers with identical arguments: each gets its own scope's answer, cached or not.
    for (let i = 0; i < 2; i++) {
      expect(await gqlOk<Overview>(OVERVIEW, { y: year }, scoped)).toEqual(inRegion);
      expect(await gqlOk<Overview>(OVERVIEW, { y: year })).toEqual(everywhere);
      expect(await gqlOk<Flags>(FLAGS, { f: { fromYear: year, toYear: year } }, scoped)).toEqual(flagsIn);
      expect(await gqlOk<Flags>(FLAGS, { f: { fromYear: year, toYear: year } })).toEqual(flagsAll);
    }
  });

  it('drops everything when the change listener loses its connection (changes may have been missed)', async () => {
    const t = await openFlag(2);
    const before = await gqlOk<Overview>(OVERVIEW, { y: t.year });
    expect(await gqlOk<Overview>(OVERVIEW, { y: t.year })).toEqual(before);
    const listener = async () => (await sql<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'gongkai-cache-listener'`)).map((x) => x.pid);
    const [old] = await listener();
    expect(old).toBeGreaterThan(0);
    cleanup = t.fingerprint;
    // Cut the listener, then commit a change while nobody listens: its notification is lost.
    await sql(`SELECT pg_terminate_backend($1)`, [old]);
    await eventually(listener, (pids) => !pids.includes(old));
    await sql(`INSERT INTO flag_reviews (fingerprint, status, reviewer) VALUES ($1, 'DISMISSED', 'import-cli')`, [t.fingerprint]);
    const pids = await eventually(listener, (p) => p.length === 1 && p[0] !== old, 10_000);
    expect(pids).toHaveLength(1);
    expect((await gqlOk<Overview>(OVERVIEW, { y: t.year })).overview.openFlags).toBe(before.overview.openFlags - 1);
    await sql(`DELETE FROM flag_reviews WHERE fingerprint = $1`, [t.fingerprint]);
    cleanup = null;
    expect(await eventually(() => gqlOk<Overview>(OVERVIEW, { y: t.year }), (o) => o.overview.openFlags === before.overview.openFlags)).toEqual(before);
  });
});

