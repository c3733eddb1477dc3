import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vitest.shared.mts';

export default defineConfig({
  resolve: { alias: libAliases },
  test: {
    name: 'report-parser',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // Fuzz and PDF cases do real work, and CI shares 2 cores between test files; the per-document
    // time bounds are asserted inside the fuzz tests themselves.
    testTimeout: 30_000,
  },
});
