import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bulk import into the database. The import runs inside the API's own application context
 * (same ingestion service, same transactions), so the CLI hands over to the API's entry point.
 */
export function importInto(paths: string[]): number {
  const entry = join(__dirname, '..', '..', '..', 'api', 'dist', 'import-cli.js');
  if (!existsSync(entry)) {
    process.stderr.write(`report import: the API is not built (${entry} missing); run \`npm run build\` first\n`);
    return 2;
  }
  return spawnSync(process.execPath, [entry, ...paths], { stdio: 'inherit' }).status ?? 1;
}
