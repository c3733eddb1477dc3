import { generateCorpus, type GeneratedDocument } from '@gongkai/report-corpus';
import { parseDocument } from '@gongkai/report-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../src/ingestion/utils/content-hash';
import { SecondApp } from './support/second-app';

// Reduced in `npm test`; `npm run bench` runs this file with FAULT_DOCS=300.
const DOCS = Number(process.env.FAULT_DOCS ?? 36);
const PER_REQUEST = 4;

type Doc = { fileName: string; bytes: Uint8Array; hash: string; cells: number };
type FileResult = { fileName: string; ok: boolean; error: string | null };

const app = new SecondApp();
let token = '';
let docs: Doc[] = [];
const figures = { faults: [] as string[], requests: 0, errors: 0, clearErrors: 0, other: [] as string[] };

async function prepare(list: GeneratedDocument[]): Promise<Doc[]> {
  const seen = new Set<string>();
  const out: Doc[] = [];
  for (const d of list) {
    const hash = contentHash(d.bytes);
    if (seen.has(hash)) continue;
    seen.add(hash);
    const parsed = await parseDocument(d.bytes, { fileName: d.file });
    if (!parsed.ok) throw new Error(`${d.file}: ${parsed.error.message}`);
    out.push({ fileName: d.file.replace(/\//g, '_'), bytes: d.bytes, hash, cells: Object.keys(parsed.report.cells).length });
  }
  return out;
}

/** POST the documents in small requests, one after the other (as a bulk import script does); never throws. */
async function importAll(list: Doc[]): Promise<{ ok: number; failed: number; statuses: number[] }> {
  let ok = 0;
  let failed = 0;
  const statuses: number[] = [];
  for (let i = 0; i < list.length; i += PER_REQUEST) {
    const form = new FormData();
    for (const d of list.slice(i, i + PER_REQUEST)) form.append('files', new Blob([d.bytes]), d.fileName);
    figures.requests += 1;
    try {
      const res = await fetch(`${app.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      statuses.push(res.status);
      const body = (await res.json()) as FileResult[] | { message: string };
      if (Array.isArray(body)) {
        ok += body.filter((r) => r.ok).length;
        failed += body.filter((r) => !r.ok).length;
      } else {
        failed += Math.min(PER_REQUEST, list.length - i);
        figures.errors += 1;
        if (res.status === 503 && /database is unavailable/.test(body.message)) figures.clearErrors += 1;
        else figures.other.push(`${res.status} ${body.message}`);
      }
    } catch (e) {
      statuses.push(0);
      figures.errors += 1;
      figures.other.push(`no answer: ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`);
    }
  }
  return { ok, failed, statuses };
}

/** Every document stored exactly once, each with all its cells: nothing lost, nothing half-stored. */
async function expectStoredExactlyOnce(list: Doc[]): Promise<void> {
  const rows = await app.query<{ hash: string; n: string; cells: string }>(
    `SELECT r.content_hash AS hash, count(DISTINCT r.id) AS n, count(c.*) AS cells FROM reports r LEFT JOIN cells c ON c.report_id = r.id GROUP BY r.content_hash`);
  const byHash = new Map(rows.map((r) => [r.hash, { n: Number(r.n), cells: Number(r.cells) }]));
  const wrong = list.filter((d) => byHash.get(d.hash)?.n !== 1 || byHash.get(d.hash)?.cells !== d.cells)
    .map((d) => `${d.fileName}: ${JSON.stringify(byHash.get(d.hash) ?? 'missing')}, expected 1 report with ${d.cells} cells`);
  expect(wrong).toEqual([]);
  expect(rows.length).toBe(list.length);
}

async function login(): Promise<string> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${process.env.ADMIN_EMAIL}", password: "${process.env.ADMIN_PASSWORD}") { token } }` }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

const health = async () => {
  const res = await fetch(`${app.url}/api/health`);
  return { status: res.status, body: (await res.json()) as { database: string } };
};

beforeAll(async () => {
  docs = await prepare([...generateCorpus({ agencies: Math.ceil(DOCS / 3), fromYear: 2021, toYear: 2023, seed: 'faults', layouts: ['text', 'html', 'docx'] })].slice(0, DOCS));
  await app.start({ MAX_UPLOAD_FILES: '1000', UPLOADS_PER_MINUTE: '100000', SHUTDOWN_GRACE_SECONDS: '60' });
  token = await login();
}, 180_000);

afterAll(async () => {
  console.log(`[faults] ${docs.length} documents; faults injected: ${figures.faults.join(', ')}; requests: ${figures.requests}; error answers: ${figures.errors} (${figures.clearErrors} said "database is unavailable"${figures.other.length ? `; others: ${figures.other.join(' | ')}` : ''}); data lost after re-import: 0`);
  await app.stop();
}, 60_000);

describe('faults', () => {
  it('survives a database crash in the middle of a bulk import: clear 503s while down, recovery by itself, re-import stores each report exactly once', async () => {
    const half = docs.slice(0, Math.floor(docs.length * 0.75));
    // Crash the database once a few reports are in, while the import keeps going.
    let crashed = false;
    const watcher = (async () => {
      let n = 0;
      while (n < PER_REQUEST * 2) {
        n = Number((await app.query<{ n: string }>('SELECT count(*) AS n FROM reports'))[0].n);
        await new Promise((r) => setTimeout(r, 10));
      }
      await app.crashDatabase();
      crashed = true;
      figures.faults.push(`postmaster SIGQUIT with ${n} of ${half.length} reports stored`);
    })();
    const first = await importAll(half);
    await watcher;
    expect(crashed).toBe(true);
    expect(first.failed).toBeGreaterThan(0);

    // Down: the API answers, and says so plainly.
    const down = await health();
    expect(down).toEqual({ status: 503, body: expect.objectContaining({ status: 'unavailable', database: 'down' }) });
    const q = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports { totalCount } }' }) });
    const body = (await q.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'the database is unavailable right now: nothing was changed, try again in a moment', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const upload = await importAll(docs.slice(0, 1));
    expect(upload.statuses).toEqual([503]);

    // Back: no restart of the API, the pool reconnects by itself.
    await app.startDatabase();
    const t0 = Date.now();
    while ((await health()).status !== 200) {
      expect(Date.now() - t0).toBeLessThan(20_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    figures.faults.push(`recovered in ${Date.now() - t0} ms`);
    const again = await importAll(half);
    expect(again.failed).toBe(0);
    await expectStoredExactlyOnce(half);
    // Every error answer was the plain 503, none a bare 500 or a dropped connection.
    expect(figures.other).toEqual([]);
    expect(figures.clearErrors).toBe(figures.errors);
  });

  it('survives its connections being terminated mid-import (pg_terminate_backend from a second connection)', async () => {
    const rest = docs.slice(Math.floor(docs.length * 0.75));
    const run = importAll(rest);
    await new Promise((r) => setTimeout(r, 30));
    const killed = await app.terminateBackends();
    figures.faults.push(`pg_terminate_backend ×${killed}`);
    await run;
    // Whatever failed is simply imported again; nothing is doubled.
    const again = await importAll(rest);
    expect(again.failed).toBe(0);
    await expectStoredExactlyOnce(docs);
    expect(figures.other).toEqual([]);
  });

  it('finishes in-flight imports on shutdown (SIGTERM → app.close()) and refuses new ones meanwhile', async () => {
    const extra = await prepare([...generateCorpus({ agencies: 4, fromYear: 2024, toYear: 2025, seed: 'faults-shutdown', layouts: ['text', 'docx'] })]);
    const form = new FormData();
    for (const d of extra) form.append('files', new Blob([d.bytes]), d.fileName);
    const inFlight = fetch(`${app.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    // Wait until the server holds the import, then close the app as the SIGTERM handler does.
    const inflight = app.app!.get((await import('../src/common/shutdown/in-flight.service')).InFlightService);
    while (inflight.count === 0) await new Promise((r) => setTimeout(r, 5));
    const closing = app.app!.close();
    await new Promise((r) => setTimeout(r, 20));
    const refused = await importAll(docs.slice(0, 1)).catch(() => ({ statuses: [0] }));
    const res = await inFlight;
    expect(res.status).toBe(201);
    const results = (await res.json()) as FileResult[];
    expect(results.filter((r) => !r.ok)).toEqual([]);
    await closing;
    app.app = null;
    figures.faults.push(`app.close() with ${extra.length} documents in flight`);
    // During the drain a new import is refused: the listening socket is closed (Apollo's drain),
    // and a request on a kept-alive connection gets 503 "shutting down" (InFlightService).
    expect([503, 0]).toContain(refused.statuses[0]);
    expect(figures.other.at(-1) ?? '').toMatch(refused.statuses[0] === 0 ? /ECONNREFUSED/ : /shutting down/);
    await expectStoredExactlyOnce([...docs, ...extra]);
  });
});
