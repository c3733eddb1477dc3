import { defineConfig } from 'vitest/config';

// One run over every project; each project keeps its own vitest.config.mts.
export default defineConfig({
  test: {
    projects: ['libs/*/vitest.config.mts', 'apps/*/vitest.config.mts'],
  },
});
