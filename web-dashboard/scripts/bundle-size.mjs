// After `vite build`: the JavaScript a first visit downloads (gzip), per entry route; fails the build past the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const assets = 'dist/assets';
const gz = (file) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const staticImports = (file) => [...readFileSync(join(assets, file), 'utf8').matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);

function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  files.forEach(visit);
  return seen;
}

const entry = readFileSync('dist/index.html', 'utf8').match(/src="\/assets\/([^"]+\.js)"/)[1];
const chunk = (name) => {
  const found = readdirSync(assets).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (found.length !== 1) throw new Error(`expected one chunk ${name}-*.js in ${assets}, found ${found.length}`);
  return found[0];
};
// the strings come as chunks too (src/i18n/<namespace>.<lng>.ts): the shell's, and the page's, in Ukrainian (the default)
const routes = {
  '/login (first visit)': ['LoginPage', 'shell.uk'],
  '/classes (logged in)': ['Shell', 'ClassesPage', 'shell.uk', 'classes.uk'],
};
let over = false;
for (const [route, names] of Object.entries(routes)) {
  const files = closure([entry, ...names.map(chunk)]);
  const kb = [...files].reduce((sum, f) => sum + gz(f), 0) / 1024;
  console.log(`first page ${route}: ${kb.toFixed(1)} kB JS gzip in ${files.size} files (budget ${BUDGET_KB} kB)`);
  over ||= kb > BUDGET_KB;
}
if (over) {
  console.error(`a first page is over the ${BUDGET_KB} kB budget: split it (lazy routes) before adding more`);
  process.exit(1);
}
