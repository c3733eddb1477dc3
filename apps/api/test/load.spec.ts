import { describe, expect, inject, it } from 'vitest';
// The same runner `npm run bench` uses at full size (100 clients × 60 s).
import { scriptModule } from './support/scripts';
import { apiUrl, gqlOk } from './support/api';

type LoadResult = { requests: number; errors: number; firstErrors: string[]; rssBeforeMb: number; rssAfterMb: number; p95: number; perSecond: number };
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 20);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);

describe('load', () => {
  it(`serves the dashboard queries to ${CLIENTS} concurrent clients for ${SECONDS} s without an error, memory stable`, async () => {
    const d = await gqlOk<{ reports: { edges: { node: { year: number } }[] } }>(`{ reports(first: 1, sort: YEAR, order: DESC) { edges { node { year } } } }`);
    const r = (await (await scriptModule('load-test.mjs')).runLoad({ url: apiUrl(), clients: CLIENTS, seconds: SECONDS, pid: inject('apiPid'), year: d.reports.edges[0].node.year })) as LoadResult;
    console.log(`[load] ${CLIENTS} clients × ${SECONDS} s: ${r.requests} requests (${r.perSecond}/s), ${r.errors} errors, p95 ${r.p95} ms; RSS ${r.rssBeforeMb} MB before, ${r.rssAfterMb} MB after`);
    expect(r.firstErrors).toEqual([]);
    expect(r.errors).toBe(0);
    expect(r.requests).toBeGreaterThan(CLIENTS * SECONDS);
    // Stable: no more than 150 MB of growth under load (the process also hosts the test runner).
    expect(r.rssAfterMb - r.rssBeforeMb).toBeLessThan(150);
  }, 120_000);
});
