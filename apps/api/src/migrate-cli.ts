import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './config/load-config';
import { dataSourceOptions } from './database/data-source-options';
import { openDatabaseServer } from './database/embedded/database-server';

/** `node apps/api/dist/migrate-cli.js [--revert]`: run (or revert the last) migration and exit. */
async function main(revert: boolean): Promise<void> {
  const config = loadConfig();
  const server = await openDatabaseServer(config);
  const ds = new DataSource({ ...dataSourceOptions(server.url), migrationsRun: false, logging: ['error', 'migration'] });
  await ds.initialize();
  try {
    if (revert) await ds.undoLastMigration();
    else {
      const done = await ds.runMigrations();
      console.log(done.length ? `applied: ${done.map((m) => m.name).join(', ')}` : 'schema is up to date');
    }
  } finally {
    await ds.destroy();
    await server.stop();
  }
}

main(process.argv.includes('--revert')).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
