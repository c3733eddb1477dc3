#!/usr/bin/env node
// `npm start`: build everything, then run the API (which serves the web app on the same port,
// starts the embedded PostgreSQL under ./data unless DATABASE_URL is set, and loads demo data
// on first start).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_NODE_FLAGS } from './api-node-flags.mjs';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const build = spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '--outputStyle=static'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const api = join(root, 'apps', 'api', 'dist', 'main.js');
if (!existsSync(api)) {
  // Until the API exists: the CLI demo on the bundled reports.
  const shared = join(root, '..', 'shared', 'reports');
  const r = spawnSync(process.execPath, [join(root, 'apps', 'cli', 'dist', 'main.js'), 'check', shared], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const child = spawn(process.execPath, [...API_NODE_FLAGS, api], { cwd: root, stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
