import { Client } from 'pg';
import { type AppConfig } from '../../config/app-config';
import { persistentSecret } from '../../config/load-config';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded-database';

const reachable = async (url: string): Promise<boolean> => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
};

/**
 * The database the process should use: DATABASE_URL when given; otherwise the embedded server
 * under DATA_DIR, started here (or reused when another process of ours already runs it).
 */
export async function openDatabaseServer(config: AppConfig, log: (line: string) => void = () => undefined): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const password = persistentSecret(config.dataDir, 'postgres-password');
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.embeddedPgPort}/gongkai`;
  if (await reachable(url)) return { url, stop: async () => undefined };
  return startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
}
