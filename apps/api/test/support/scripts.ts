import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A repository script (scripts/*.mjs, plain ESM without types), loaded the way `node` runs it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const scriptModule = (name: string): Promise<Record<string, (...args: any[]) => Promise<unknown>>> =>
  import(pathToFileURL(join(__dirname, '../../../../scripts', name)).href);
