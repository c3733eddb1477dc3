#!/usr/bin/env node
// `npm run --silent report -- <command>`: runs the CLI, building it first on a fresh clone.
// Build output goes to stderr so that `--json` output on stdout stays clean.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'apps', 'cli', 'dist', 'main.js');
if (!existsSync(entry)) {
  const nx = join(root, 'node_modules', '.bin', 'nx');
  const built = spawnSync(nx, ['run', 'cli:build', '--outputStyle=static'], {
    cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const r = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
