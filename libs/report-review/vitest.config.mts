import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vitest.shared.mts';

export default defineConfig({
  resolve: { alias: libAliases },
  test: { name: 'report-review', root: fileURLToPath(new URL('.', import.meta.url)), include: ['src/**/*.spec.ts'], environment: 'node' },
});
