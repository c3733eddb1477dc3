import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { Presets, SingleBar } from 'cli-progress';
import { CliModule } from './cli.module';
import { loadConfig } from './config/load-config';
import { openDatabaseServer } from './database/embedded/database-server';
import { type FileResultDto } from './ingestion/dtos/outputs/file-result.dto';
import { IngestionService } from './ingestion/services/ingestion.service';
import { type InputFile, lazyFilesFromPaths } from './ingestion/utils/file-sources';

const USAGE = 'usage: node apps/api/dist/import-cli.js [--quiet] DIR|ZIP|FILE [...]';

const line = (r: FileResultDto): string =>
  !r.ok ? `✗ ${r.fileName}: ${r.error}`
    : r.duplicate ? `= ${r.fileName}: already imported (report ${r.reportId})`
      : `✓ ${r.fileName}: report ${r.reportId}${r.replaced ? ' (new version)' : ''}, ${r.flagCount} flags`;

/** Bulk import of folders or zips through the API's ingestion path, with a progress bar. */
async function main(paths: string[]): Promise<number> {
  if (paths.length === 0 || paths.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  const quiet = paths.includes('--quiet');
  paths = paths.filter((p) => p !== '--quiet');
  const { count, files } = lazyFilesFromPaths(paths);
  if (count === 0) {
    console.error(`no documents (.txt .html .docx .pdf) in ${paths.join(', ')}`);
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabaseServer(config);
  try {
    return await importFiles(db.url, files, count, quiet);
  } finally {
    await db.stop();
  }
}

async function importFiles(databaseUrl: string, files: Iterable<InputFile>, count: number, quiet: boolean): Promise<number> {
  const ctx = await NestFactory.createApplicationContext(CliModule.forRoot(databaseUrl), { logger: ['error', 'warn'] });
  // After boot, so the timing summary of the import shows without Nest's start-up lines.
  ctx.useLogger(['error', 'warn', 'log']);
  const started = Date.now();
  const bar = new SingleBar({ format: 'import [{bar}] {value}/{total} files | {eta_formatted} left | {file}', hideCursor: true }, Presets.shades_classic);
  const tty = process.stderr.isTTY === true;
  if (tty) bar.start(count, 0, { file: '' });
  // Parse and check in one worker thread per core; the main thread batches the writes.
  const results = await ctx.get(IngestionService).ingest(files, 'cli', { workers: availableParallelism(), bulk: true, expectedFiles: count, onResult: (r) => tty && bar.increment({ file: r.fileName }) });
  if (tty) bar.stop();
  for (const r of results) if (!quiet || !r.ok) console.log(line(r));
  const failed = results.filter((r) => !r.ok).length;
  const added = results.filter((r) => r.ok && !r.duplicate).length;
  const seconds = (Date.now() - started) / 1000;
  console.log(`${added} added, ${results.length - added - failed} already there, ${failed} failed, in ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(0)} files/s)`);
  await ctx.close();
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
