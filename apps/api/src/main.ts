import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap/create-app';
import { loadConfig } from './config/load-config';
import { openDatabaseServer } from './database/embedded/database-server';
import { DemoDataService } from './ingestion/services/demo-data.service';

/** `node apps/api/dist/main.js`: database (embedded unless DATABASE_URL), API, web app, demo data. */
async function main(): Promise<void> {
  const log = new Logger('Main');
  const config = loadConfig();
  log.log(config.databaseUrl ? 'using DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`);
  const db = await openDatabaseServer(config);
  let closing = false;
  const app = await createApp(db.url).catch(async (e) => {
    await db.stop();
    throw e;
  });
  // Our own signal handlers instead of enableShutdownHooks(): the embedded database must stop
  // after the app. app.close() runs the same hooks: InFlightService refuses new imports and
  // waits (SHUTDOWN_GRACE_SECONDS) for running ones before TypeORM closes the pool.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.log(`${signal}: stopping`);
    setTimeout(() => {
      log.error('shutdown took too long: exiting (open transactions roll back)');
      process.exit(1);
    }, (config.shutdownGraceSeconds + 15) * 1000).unref();
    await app.close().catch((e) => log.error(e));
    await db.stop().catch((e) => log.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen(config.port).catch(async (e) => {
    await app.close();
    await db.stop();
    throw e;
  });
  log.log(`Gongkai Lens on http://localhost:${config.port} (GraphQL and GraphiQL at /graphql)`);
  try {
    await app.get(DemoDataService).loadIfEmpty();
  } catch (e) {
    // The API keeps serving (uploads still work); only the demo data is missing.
    log.error(`demo data not loaded: ${e instanceof Error ? e.stack : e}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
