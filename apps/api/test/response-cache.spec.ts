import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, gqlOk } from './support/api';

/**
 * Whole answers of the dashboard's read queries are reused until the data version changes
 * (common/cache/response-cache.plugin); everything else is executed every time.
 */
describe('response cache', () => {
  const db = new Client({ connectionString: inject('databaseUrl') });
  let admin: string;
  beforeAll(async () => {
    await db.connect();
    admin = await adminToken();
  });
  afterAll(() => db.end());

  const TREND = `query { trend(metric: "requests.received", fromYear: 2019, toYear: 2025, groupBy: YEAR) { points { year value } } }`;

  it('answers a repeated dashboard query without running it, until a change is committed', async () => {
    const first = await gqlOk<{ trend: { points: { year: number; value: number }[] }[] }>(TREND);
    const year = first.trend[0].points.at(-1)!.year;
    // A change the triggers do not announce (replication role skips them): the cached answer stays...
    await db.query(`BEGIN; SET LOCAL session_replication_role = replica;
      UPDATE metric_rollups SET total = total + 1000000 WHERE metric = 'requests.received' AND year = ${year} AND level = 1
        AND (region_code, agency_type) = (SELECT region_code, agency_type FROM metric_rollups WHERE metric = 'requests.received' AND year = ${year} AND level = 1 ORDER BY 1, 2 LIMIT 1);
      COMMIT`);
    try {
      expect(await gqlOk(TREND)).toEqual(first);
      // ...and an announced change (any statement on a watched table) makes the next answer fresh.
      await db.query(`UPDATE regions SET name = name WHERE code = (SELECT min(code) FROM regions)`);
      const deadline = Date.now() + 5000;
      let fresh = await gqlOk<typeof first>(TREND);
      while (JSON.stringify(fresh) === JSON.stringify(first) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
        fresh = await gqlOk<typeof first>(TREND);
      }
      expect(fresh.trend[0].points.at(-1)!.value).toBe(first.trend[0].points.at(-1)!.value + 1000000);
    } finally {
      await db.query(`BEGIN; SET LOCAL session_replication_role = replica;
        UPDATE metric_rollups SET total = total - 1000000 WHERE metric = 'requests.received' AND year = ${year} AND level = 1
          AND (region_code, agency_type) = (SELECT region_code, agency_type FROM metric_rollups WHERE metric = 'requests.received' AND year = ${year} AND level = 1 ORDER BY 1, 2 LIMIT 1);
        COMMIT`);
      await db.query(`UPDATE regions SET name = name WHERE code = (SELECT min(code) FROM regions)`);
    }
  });

  it('never keeps answers of queries outside the dashboard data (the audit log)', async () => {
    const AUDIT = `query { auditLog(action: "response-cache-test", first: 5) { id actor } }`;
    const before = await gqlOk<{ auditLog: { id: string }[] }>(AUDIT, {}, admin);
    await db.query(`INSERT INTO audit_log (actor, action) VALUES ('test', 'response-cache-test')`);
    const after = await gqlOk<{ auditLog: { id: string }[] }>(AUDIT, {}, admin);
    expect(after.auditLog.length).toBe(before.auditLog.length + 1);
  });

  it('keeps answers per caller: the same query text as a signed-in admin and anonymously', async () => {
    const ME = `query { me { email role } }`;
    const signedIn = await gqlOk<{ me: { email: string } | null }>(ME, {}, admin);
    expect(signedIn.me?.email).toBe(inject('adminEmail'));
    const FLAGS = `query { flags(first: 3) { totalCount nodes { id } } }`;
    const asAdmin = await gqlOk(FLAGS, {}, admin);
    const anonymous = await gqlOk(FLAGS);
    expect(anonymous).toEqual(asAdmin); // same scope (everything), separate entries
    const bad = await fetch(`${inject('apiUrl')}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' }, body: JSON.stringify({ query: FLAGS }),
    });
    const body = (await bad.json()) as { errors?: unknown[] };
    expect(body.errors?.length).toBeGreaterThan(0); // an invalid token is never answered from the cache
  });
});
