import 'reflect-metadata';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { createApp } from '../src/bootstrap/create-app';
import { startEmbeddedDatabase } from '../src/database/embedded/embedded-database';
import { DemoDataService } from '../src/ingestion/services/demo-data.service';
import { freePort } from './support/free-port';

/** The first documents of the demo corpus (30 agencies × 7 years, plus their duplicates). */
export const DEMO_LIMIT = 220;
const ADMIN = { email: 'admin@test.local', password: 'admin-secret-1' };

/**
 * One throwaway embedded PostgreSQL (free port, temp dir), migrated by booting the real app
 * on a free port, with the first demo documents and the real shared reports ingested through
 * the normal path. Tests talk to it over HTTP; everything is removed afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-api-test-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dataDir: join(dir, 'data'), port: await freePort(), throwaway: true });
  const web = join(dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>gongkai web test</title><div id="root"></div>');
  Object.assign(process.env, {
    DATA_DIR: join(dir, 'data'), DATABASE_URL: db.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password,
    DEMO_DATA: 'true', DEMO_LIMIT: String(DEMO_LIMIT), WEB_DIST: web, EMIT_SCHEMA: 'true',
    // Small bounds so the limit tests stay fast (see limits.spec.ts, security.spec.ts).
    MAX_UPLOAD_MB: '2', MAX_UPLOAD_FILES: '40', MAX_UPLOAD_TOTAL_MB: '8', MAX_ZIP_ENTRIES: '60',
    LOGIN_MAX_FAILURES: '5', UPLOADS_PER_MINUTE: '40',
  });
  const app = await createApp(db.url, ['warn', 'error']).catch(async (e) => {
    await db.stop();
    throw e;
  });
  const port = await freePort();
  await app.listen(port, '127.0.0.1');
  const started = Date.now();
  const demo = await app.get(DemoDataService).loadIfEmpty();
  console.log(`[api global setup] demo data: ${JSON.stringify(demo)} (${Date.now() - started} ms)`);
  project.provide('apiUrl', `http://127.0.0.1:${port}`);
  project.provide('databaseUrl', db.url);
  project.provide('dataDir', join(dir, 'data'));
  project.provide('apiPid', process.pid);
  project.provide('demoLimit', DEMO_LIMIT);
  project.provide('adminEmail', ADMIN.email);
  project.provide('adminPassword', ADMIN.password);
  return async () => {
    await app.close();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
