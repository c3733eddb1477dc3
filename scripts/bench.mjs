#!/usr/bin/env node
// `npm run bench [-- --reports N]`: measures parse, ingest, query and web figures on a corpus
// made by the project's own generator. Not part of `npm test`; prints figures, asserts nothing.
// Prints one JSON line per figure ({"name","value","unit","cores"}) as measured, then a table.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchFuzz } from './bench/fuzz.mjs';
import { benchIngest } from './bench/ingest.mjs';
import { benchParse } from './bench/parse.mjs';
import { benchQueries } from './bench/queries.mjs';
import { printTable } from './bench/report.mjs';
import { benchEnvironment, startApi } from './bench/server.mjs';
import { benchWeb } from './bench/web.mjs';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100000' },
    'parse-docs': { type: 'string', default: '2000' },
    'fuzz-runs': { type: 'string', default: '2000' },
    'per-query': { type: 'string', default: '200' },
    clients: { type: 'string', default: '20' },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const root = join(import.meta.dirname, '..');
const only = values.only ? values.only.split(',') : null;
const want = (part) => !only || only.includes(part);

if (!values['skip-build']) {
  const built = spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '--outputStyle=static'], {
    cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

if (want('parse')) await benchParse({ perLayout: Number(values['parse-docs']) });
// Issue 8, bad input (parser fuzzing helper): the fuzz properties with FUZZ_RUNS inputs each.
if (want('fuzz')) benchFuzz({ root, runs: Number(values['fuzz-runs']) });

if (want('ingest') || want('query') || want('web')) {
  const e = await benchEnvironment(root);
  let api = null;
  try {
    if (want('ingest') || want('query')) await benchIngest(e, Number(values.reports));
    if (want('query') || want('web')) api = await startApi(e);
    if (want('query')) await benchQueries(api.url, e.databaseUrl(), { clients: Number(values.clients), perCase: Number(values['per-query']), naiveRuns: Number(values.reports) >= 20000 ? 1 : 3 });
    if (want('web')) await benchWeb(root, api?.url);
  } finally {
    await api?.stop();
    e.cleanup();
  }
}

// Issue 8 at full size (security helper): load test (100 clients × 60 s, own server) and the fault tests (300 documents).
if (want('load')) spawnSync(process.execPath, [join(root, 'scripts', 'load-test.mjs'), '--clients', '100', '--seconds', '60'], { cwd: root, stdio: 'inherit' });
if (want('faults')) {
  spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'api', 'test/faults.spec.ts'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, FAULT_DOCS: '300' },
  });
}
printTable();
