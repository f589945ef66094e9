import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm run dev` talks to a Zalik started by `./zalik run` on :8080 (API, session cookie, /config.json).
const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': backend,
      '/config.json': backend,
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 450, // recharts (~420 kB) is one chunk, loaded only by the item analysis and study time routes
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'], // e2e/ is Playwright's (npm run e2e)
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    reporters: ['verbose'],
    css: false,
    testTimeout: 30_000,
  },
});
