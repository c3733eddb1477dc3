#!/usr/bin/env node
// `npm test`: build, lint, every Vitest project (unit, database, HTTP) and the browser tests,
// then one closing line "N passed, N failed" summed over all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackages } from './support/debian-packages.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const out = join(root, 'tmp', 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: 'true', FORCE_COLOR: '0' };
const run = (cmd, args) => {
  console.log(`\n$ ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;
};

const pwConfig = join(root, 'test', 'e2e', 'playwright.config.ts');
const { chromium } = ensureDebianPackages({ browser: existsSync(pwConfig) });

let passed = 0;
let failed = 0;
const stepFailed = (name) => { console.error(`step failed: ${name}`); failed += 1; };

if (run(bin('nx'), ['run-many', '-t', 'build', '--outputStyle=static']) !== 0) stepFailed('build');
if (run(bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static']) !== 0) stepFailed('lint');

const vitestJson = join(out, 'vitest.json');
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (vitestStatus !== 0 && r.numFailedTests === 0) stepFailed('vitest (suite error)');
} else stepFailed('vitest (no report)');

if (chromium) {
  env.CHROMIUM_PATH = chromium;
  const pwJson = join(out, 'playwright.json');
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = pwJson;
  const pwStatus = run(bin('playwright'), ['test', '--config', pwConfig, '--reporter=list,json']);
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    if (pwStatus !== 0 && s.unexpected === 0) stepFailed('playwright (suite error)');
  } else stepFailed('playwright (no report)');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
