import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const JAR = resolve(import.meta.dirname, '../../app/target/zalik-app.jar');
const LOG = resolve(import.meta.dirname, '../target/e2e/zalik.log');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the packaged jar as ./zalik run does (local profile, demo school, sandbox) on a free port and a fresh data folder. */
export default async function startZalik() {
  if (process.env.ZALIK_E2E_URL) {
    return undefined; // a Zalik someone started already
  }
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it first (./zalik build, or ./mvnw -pl app -am package)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'zalik-e2e-'));
  mkdirSync(resolve(LOG, '..'), { recursive: true });
  const log = createWriteStream(LOG);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const env: NodeJS.ProcessEnv = { ...process.env, SERVER_PORT: String(port), ZALIK_DATA_DIR: dataDir, ZALIK_SANDBOX: 'true' };
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.SPRING_PROFILES_ACTIVE;
  const zalik = spawn(java, ['-jar', JAR], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  zalik.stdout.pipe(log);
  zalik.stderr.pipe(log);
  let exited: number | null = null;
  zalik.on('exit', (code) => { exited = code ?? -1; });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited !== null) throw new Error(`Zalik exited with ${exited} before it was healthy: see ${LOG}`);
    if (Date.now() > deadline) {
      zalik.kill();
      throw new Error(`Zalik was not healthy within 180 s: see ${LOG}`);
    }
    try {
      const health = await fetch(`${url}/actuator/health`);
      if (health.ok && (await health.text()).includes('"UP"')) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.env.ZALIK_E2E_URL = url;

  return async () => {
    zalik.kill('SIGTERM');
    await new Promise((r) => {
      const force = setTimeout(() => { zalik.kill('SIGKILL'); r(undefined); }, 30_000);
      zalik.on('exit', () => { clearTimeout(force); r(undefined); });
      if (exited !== null) { clearTimeout(force); r(undefined); }
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
