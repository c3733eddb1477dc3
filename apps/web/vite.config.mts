// Vite 8 build of the dashboard. The API serves dist/ at :3000; in dev, /graphql and /api are proxied there.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    // The catalog is pure TypeScript (labels, flag codes): bundle it from source, never its CJS dist.
    alias: [{ find: /^@gongkai\/report-format$/, replacement: here('../../libs/report-format/src/index.ts') }],
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/api': api },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
