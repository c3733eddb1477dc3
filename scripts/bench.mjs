#!/usr/bin/env node
// `npm run bench [-- --reports N]`: measures parse, ingest, query and web figures on a corpus
// made by the project's own generator. Not part of `npm test`; prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchParse } from './bench/parse.mjs';
import { printTable } from './bench/report.mjs';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100000' },
    'parse-docs': { type: 'string', default: '2000' },
    only: { type: 'string' },
  },
});
const root = join(import.meta.dirname, '..');
const only = values.only ? values.only.split(',') : null;
const want = (part) => !only || only.includes(part);

const built = spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '--outputStyle=static'], {
  cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
if (built.status !== 0) process.exit(built.status ?? 1);

if (want('parse')) await benchParse({ perLayout: Number(values['parse-docs']) });
printTable();
