// Shared Vitest settings: tests import the libraries from source, not from their dist builds.
import { fileURLToPath } from 'node:url';

const lib = (name: string) => fileURLToPath(new URL(`./libs/${name}/src/index.ts`, import.meta.url));

export const libAliases = [
  { find: /^@gongkai\/report-format$/, replacement: lib('report-format') },
  { find: /^@gongkai\/report-parser$/, replacement: lib('report-parser') },
  { find: /^@gongkai\/report-checks$/, replacement: lib('report-checks') },
  { find: /^@gongkai\/report-corpus$/, replacement: lib('report-corpus') },
  { find: /^@gongkai\/report-review$/, replacement: lib('report-review') },
];

/** Where the reference material lives: `../shared/` beside the repo root. */
export const sharedDir = fileURLToPath(new URL('../shared/', import.meta.url));
