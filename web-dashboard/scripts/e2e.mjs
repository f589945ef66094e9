// `npm run e2e`: the browser end-to-end tests (Playwright) against the packaged jar, with the system Chromium.
// Without Chromium they are skipped with a clear line, so a machine without a browser still builds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`SKIPPED browser end-to-end tests: chromium not found at ${chromium} (apt-get install chromium)`);
  process.exit(0);
}
if (!existsSync('node_modules/.bin/playwright')) {
  const install = spawnSync(process.execPath, ['scripts/install-deps.mjs'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const started = Date.now();
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
console.log(`browser end-to-end tests took ${Math.round((Date.now() - started) / 1000)} s; screenshots in target/e2e/screenshots`);
process.exit(result.status ?? 1);
