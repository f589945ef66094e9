import { defineConfig } from '@playwright/test';

// Browser end-to-end tests against the packaged jar (e2e/zalik.ts starts it as ./zalik run does).
// Debian's Chromium, never a downloaded one: CHROMIUM_PATH overrides /usr/bin/chromium.
export default defineConfig({
  testDir: './e2e',
  outputDir: './target/e2e/results',
  globalSetup: './e2e/zalik.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: './target/e2e/report', open: 'never' }]],
  use: {
    baseURL: process.env.ZALIK_E2E_URL,
    locale: 'uk-UA',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
});
