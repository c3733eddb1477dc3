import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { type AppConfig } from './app-config';
import { ConfigError } from './config.errors';
import { repoRoot } from './repo-root';

type Env = Record<string, string | undefined>;

const int = (env: Env, name: string, fallback: number, min: number, max: number): number => {
  const raw = env[name];
  if (raw == null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, `expected an integer in [${min}, ${max}], got "${raw}"`);
  return n;
};

const bool = (env: Env, name: string, fallback: boolean): boolean => {
  const raw = env[name]?.toLowerCase();
  if (raw == null || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}"`);
};

const optional = (env: Env, name: string): string | null => {
  const v = env[name]?.trim();
  return v ? v : null;
};

/** A secret kept in the data dir so tokens survive restarts; created on first use. */
export function persistentSecret(dataDir: string, fileName: string): string {
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Validate the environment into a typed config; throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const root = repoRoot();
  const dataDirRaw = optional(env, 'DATA_DIR') ?? './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(root, dataDirRaw);
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL', 'expected postgres://user:password@host:port/db');
  const adminEmail = optional(env, 'ADMIN_EMAIL');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if ((adminEmail == null) !== (adminPassword == null)) throw new ConfigError(adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL', 'ADMIN_EMAIL and ADMIN_PASSWORD go together');
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) throw new ConfigError('ADMIN_EMAIL', `not an e-mail address: "${adminEmail}"`);
  if (adminPassword && adminPassword.length < 8) throw new ConfigError('ADMIN_PASSWORD', 'at least 8 characters');
  const jwtSecret = optional(env, 'JWT_SECRET') ?? persistentSecret(dataDir, 'jwt-secret');
  if (jwtSecret.length < 16) throw new ConfigError('JWT_SECRET', 'at least 16 characters');
  const production = env.NODE_ENV === 'production';
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    dataDir,
    databaseUrl,
    embeddedPgPort: int(env, 'PG_PORT', 54320, 1024, 65535),
    adminEmail,
    adminPassword,
    jwtSecret,
    jwtTtlHours: int(env, 'JWT_TTL_HOURS', 12, 1, 24 * 30),
    demoData: bool(env, 'DEMO_DATA', true),
    demoLimit: int(env, 'DEMO_LIMIT', 0, 0, 10_000_000),
    sharedReportsDir: resolve(root, optional(env, 'SHARED_REPORTS_DIR') ?? '../shared/reports'),
    webDistDir: resolve(root, optional(env, 'WEB_DIST') ?? 'apps/web/dist'),
    schemaFile: bool(env, 'EMIT_SCHEMA', !production) ? join(root, 'apps/api/schema.gql') : null,
    maxUploadBytes: int(env, 'MAX_UPLOAD_MB', 50, 1, 1024) * 1024 * 1024,
    maxUploadFiles: int(env, 'MAX_UPLOAD_FILES', 2000, 1, 100_000),
    maxUploadTotalBytes: int(env, 'MAX_UPLOAD_TOTAL_MB', 512, 1, 16_384) * 1024 * 1024,
    maxZipEntries: int(env, 'MAX_ZIP_ENTRIES', 5000, 1, 100_000),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 10, 1, 100_000),
    loginMaxAttempts: int(env, 'LOGIN_MAX_ATTEMPTS', 600, 1, 1_000_000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 300, 1, 86_400),
    uploadsPerMinute: int(env, 'UPLOADS_PER_MINUTE', 120, 1, 100_000),
    maxQueryDepth: int(env, 'MAX_QUERY_DEPTH', 10, 3, 100),
    maxQueryCost: int(env, 'MAX_QUERY_COST', 50_000, 100, 10_000_000),
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 30, 0, 3600),
    resultCache: bool(env, 'RESULT_CACHE', true),
    resultCacheMb: int(env, 'RESULT_CACHE_MB', 64, 1, 16_384),
  };
}
