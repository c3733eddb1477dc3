import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vitest.shared.mts';

// Pure option builders, exports and URL-state helpers: no DOM needed.
export default defineConfig({
  resolve: { alias: libAliases },
  test: { name: 'web', root: fileURLToPath(new URL('.', import.meta.url)), include: ['src/**/*.spec.ts'], environment: 'node' },
});
