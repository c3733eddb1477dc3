import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vitest.shared.mts';

const require = createRequire(import.meta.url);

// One copy of `graphql` (Nest, Apollo and graphql-upload must share its classes), and the
// libraries from source. Every test file talks to one Nest app booted by the global setup.
export default defineConfig({
  resolve: { alias: [...libAliases, { find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    name: 'api',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.spec.ts', 'src/**/__tests__/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
