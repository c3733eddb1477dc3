import { DataSource } from 'typeorm';
import { describe, expect, inject, it } from 'vitest';
// The script of the README's backup and restore procedure, run on the test database.
import { scriptModule } from './support/scripts';
import { dataSourceOptions } from '../src/database/data-source-options';

type CheckResult = { before: Record<string, number>; after: Record<string, number>; digests: Record<string, [string, string]>; tables: number; backupMs: number; restoreMs: number };

/** The app's migrations on a database (as `migrate-cli` runs them). */
async function migrate(url: string): Promise<void> {
  const ds = new DataSource({ ...dataSourceOptions(url), migrationsRun: false, logging: ['error'] });
  await ds.initialize();
  try {
    await ds.runMigrations();
  } finally {
    await ds.destroy();
  }
}

describe('backup and restore', () => {
  it('dumps the database, restores it into an empty one and finds every table with the same rows', async () => {
    const r = (await (await scriptModule('backup-restore.mjs')).check(inject('databaseUrl'), migrate)) as CheckResult;
    console.log(`[backup] ${r.tables} tables, ${r.before.reports} reports, ${r.before.report_metrics} metric rows: backup ${r.backupMs} ms, restore ${r.restoreMs} ms`);
    expect(r.before.reports).toBeGreaterThan(200);
    expect(r.before.report_metrics).toBeGreaterThan(5_000);
    expect(r.after).toEqual(r.before);
    for (const [table, [a, b]] of Object.entries(r.digests)) expect(b, table).toBe(a);
    expect(Object.keys(r.digests)).toEqual(['reports', 'cells', 'flags', 'audit_log']);
  }, 120_000);
});
