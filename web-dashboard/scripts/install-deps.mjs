// `npm ci`, unless node_modules already matches package-lock.json (npm writes its own copy after an install).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

const installed = mtime('node_modules/.package-lock.json');
if (installed > 0 && installed >= mtime('package-lock.json') && installed >= mtime('package.json')) {
  console.log('node_modules is up to date with package-lock.json: skipping npm ci');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
