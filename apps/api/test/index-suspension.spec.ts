import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { generateCorpus } from '@gongkai/report-corpus';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createApp } from '../src/bootstrap/create-app';
import { IndexSuspension } from '../src/database/repositories/index-suspension.repository';
import { IngestionService } from '../src/ingestion/services/ingestion.service';

// A large bulk import drops report_metrics' secondary indexes and builds them at its end; an
// import that dies leaves them to the next start. Run in this process on the shared database.
describe('index suspension around large bulk imports', () => {
  const db = new Client({ connectionString: inject('databaseUrl') });
  const saved = { ...process.env };
  let app: INestApplication;
  const secondary = async () =>
    (await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'report_metrics' AND indexname <> 'report_metrics_pkey' ORDER BY 1`)).rows;

  beforeAll(async () => {
    await db.connect();
    Object.assign(process.env, { EMIT_SCHEMA: 'false', DEMO_DATA: 'false', DATA_DIR: join(mkdtempSync(join(tmpdir(), 'gongkai-idx-')), 'data') });
    app = await createApp(inject('databaseUrl'), ['error']);
  });
  afterAll(async () => {
    await app?.close();
    await db.end();
    process.env = saved;
  });

  it('imports without them and builds the same indexes at the end', async () => {
    const before = await secondary();
    expect(before.length).toBeGreaterThanOrEqual(4);
    const docs = [...generateCorpus({ agencies: 3, fromYear: 2031, toYear: 2032, seed: 'index-suspension', layouts: ['text'] })];
    // Asked (on another connection) when the first report is stored: the import is still running.
    let probe: Promise<{ indexes: number; deferred: number }> | null = null;
    let stored = 0;
    const results = await app.get(IngestionService).ingest(
      docs.map((d) => ({ fileName: d.file, bytes: d.bytes })),
      'test',
      {
        bulk: true,
        // Claimed size of the import: larger than the database, so suspending pays.
        expectedFiles: 100_000,
        onResult: () => {
          stored += 1;
          probe ??= db.query(`SELECT (SELECT count(*)::int FROM pg_indexes WHERE tablename = 'report_metrics' AND indexname <> 'report_metrics_pkey') AS indexes,
            (SELECT count(*)::int FROM deferred_indexes) AS deferred`).then((r) => r.rows[0]);
        },
        batchSize: 2,
      },
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stored).toBe(docs.length);
    expect(await probe).toEqual({ indexes: 0, deferred: before.length });
    expect(await secondary()).toEqual(before);
    expect((await db.query(`SELECT count(*)::int AS n FROM deferred_indexes`)).rows[0].n).toBe(0);
    // The facts of the new reports are there and found through the rebuilt indexes.
    const ids = results.map((r) => Number(r.reportId));
    const facts = await db.query(`SELECT count(DISTINCT report_id)::int AS n FROM report_metrics WHERE report_id = ANY($1)`, [ids]);
    expect(facts.rows[0].n).toBe(ids.length);
  });

  it('leaves dropped indexes to the next start when an import dies, which builds them first', async () => {
    const before = await secondary();
    const suspension = app.get(IndexSuspension);
    const dropped = await suspension.suspend('report_metrics');
    expect(dropped.sort()).toEqual(before.map((r) => r.indexname).sort());
    expect(await secondary()).toEqual([]);
    expect((await db.query(`SELECT name FROM deferred_indexes ORDER BY 1`)).rows.map((r) => r.name)).toEqual(dropped.sort());
    // "Restart": the bootstrap hook of a new process.
    await suspension.onApplicationBootstrap();
    expect(await secondary()).toEqual(before);
    expect((await db.query(`SELECT count(*)::int AS n FROM deferred_indexes`)).rows[0].n).toBe(0);
  });

  it('does not suspend for a small import', async () => {
    expect(await app.get(IndexSuspension).worthSuspending(50)).toBe(false);
  });
});
