import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { createApp } from '../../src/bootstrap/create-app';
import { startEmbeddedDatabase, type RunningDatabase } from '../../src/database/embedded/embedded-database';
import { freePort } from './free-port';

/**
 * An API of its own on an embedded PostgreSQL of its own, in this test process: the fault tests
 * kill, restart and disconnect that database without touching the shared one.
 */
export class SecondApp {
  url = '';
  databaseUrl = '';
  app: NestExpressApplication | null = null;
  private db: RunningDatabase | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'gongkai-faults-'));
  private pgPort = 0;
  private readonly savedEnv = { ...process.env };

  async start(env: Record<string, string> = {}): Promise<void> {
    chmodSync(this.dir, 0o755);
    this.pgPort = await freePort();
    await this.startDatabase();
    Object.assign(process.env, { EMIT_SCHEMA: 'false', DATA_DIR: join(this.dir, 'data'), ...env });
    this.app = await createApp(this.databaseUrl, ['error']);
    const port = await freePort();
    await this.app.listen(port, '127.0.0.1');
    this.url = `http://127.0.0.1:${port}`;
  }

  async startDatabase(): Promise<void> {
    this.db = await startEmbeddedDatabase({ dataDir: join(this.dir, 'data'), port: this.pgPort });
    this.databaseUrl = this.db.url;
  }

  /** A crash: SIGQUIT to the postmaster (what `pg_ctl stop -m immediate` sends); no clean shutdown, WAL recovery on restart. */
  async crashDatabase(): Promise<void> {
    const pid = Number(readFileSync(join(this.dir, 'data', 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGQUIT');
    for (let i = 0; i < 200; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`postmaster ${pid} still alive after SIGQUIT`);
  }

  /** From a second connection: end every other backend of the app's database (the pool must reconnect). */
  async terminateBackends(): Promise<number> {
    const c = new Client({ connectionString: this.databaseUrl });
    await c.connect();
    try {
      const r = await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
      return r.rowCount ?? 0;
    } finally {
      await c.end();
    }
  }

  async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: this.databaseUrl });
    await c.connect();
    try {
      return (await c.query<T>(sql, params)).rows;
    } finally {
      await c.end();
    }
  }

  async stop(): Promise<void> {
    await this.app?.close().catch(() => undefined);
    await this.db?.stop().catch(() => undefined);
    process.env = this.savedEnv;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
