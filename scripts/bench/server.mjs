// A throwaway API (embedded PostgreSQL under a temp DATA_DIR) for the ingest and query figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../api-node-flags.mjs';

export const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

export async function benchEnvironment(root) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-db-'));
  const pgPort = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PG_PORT: String(pgPort), DEMO_DATA: 'false', EMIT_SCHEMA: 'false' };
  delete env.DATABASE_URL;
  const databaseUrl = () => `postgres://postgres:${encodeURIComponent(readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim())}@127.0.0.1:${pgPort}/gongkai`;
  return { root, dataDir, env, databaseUrl, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** Runs a node script to its end; resolves with its exit code, stdout and wall time. */
export function runNode(script, args, env, cwd) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.on('exit', (code) => resolve({ code, out, ms: performance.now() - started }));
  });
}

/** Starts the API on a free port and waits until GraphQL answers. */
export async function startApi(e) {
  const port = await freePort();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, join(e.root, 'apps/api/dist/main.js')], {
    env: { ...e.env, PORT: String(port), NODE_ENV: 'production' }, cwd: e.root, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode != null) throw new Error(`the API exited (${child.exitCode})`);
    try {
      const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ metrics { id } }' }) });
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('the API did not start within 3 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); setTimeout(() => child.kill('SIGKILL'), 20_000).unref(); }),
  };
}
