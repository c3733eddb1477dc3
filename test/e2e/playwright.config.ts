// Browser tests: the real API (embedded PostgreSQL, demo data) serving the built web app, driven
// by Debian's chromium. `npm test` (test/run-all.mjs) builds everything first and sets CHROMIUM_PATH.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const root = resolve(__dirname, '..', '..');
const port = Number(process.env.E2E_PORT ?? 3310);
// One fresh data dir per run, shared with the workers through the environment. The server still
// runs at teardown, so each run removes the dirs that earlier runs (over an hour ago) left behind.
if (!process.env.E2E_DATA_DIR) {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('gongkai-e2e-'))) {
    const dir = join(tmpdir(), name);
    if (Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
  // Not created here: the API makes it readable for the PostgreSQL user it runs the database as.
  process.env.E2E_DATA_DIR = join(tmpdir(), `gongkai-e2e-${Date.now()}-${process.pid}`);
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  globalSetup: './global-setup.ts',
  outputDir: join(root, 'tmp', 'e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node apps/api/dist/main.js',
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR,
      PG_PORT: process.env.E2E_PG_PORT ?? '54391',
      // 50 agencies × 7 years of the demo corpus (it is generated agency by agency) plus the real reports.
      DEMO_LIMIT: process.env.E2E_DEMO_LIMIT ?? '350',
      EMIT_SCHEMA: 'false',
      NODE_ENV: 'production',
    },
  },
});
