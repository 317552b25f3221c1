/**
 * Global setup of the browser specs: starts ONE server (apps/server/dist/main.js, built beforehand with `pnpm run
 * build`) on a free port with a fresh data directory — the server starts its own embedded PostgreSQL there and loads
 * the demo data — and waits until it answers. The address goes to the specs in GONGKAI_E2E_BASE_URL, the first
 * administrator's one-time password (printed once at the first start) in GONGKAI_E2E_FIRST_ADMIN. The function it
 * returns is the global teardown: it stops the server (SIGINT, then SIGKILL of its process group) and removes the data
 * directory; it fails the run when the server exited on its own during the tests. The server's output goes to
 * test-results/server.log under the system's temp directory, and to the console when the start fails.
 *
 * With GONGKAI_E2E_BASE_URL already set, it uses that server instead and starts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL_ENV, FIRST_ADMIN_ENV, ROOT, SCREENSHOT_DIR } from './env.js';

const SERVER_MAIN = path.join(ROOT, 'apps/server/dist/main.js');
const ADMIN_INDEX = path.join(ROOT, 'apps/admin/dist/index.html');
export const RESULTS_DIR = path.join(os.tmpdir(), 'gongkai-e2e-results');
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 10_000;
const READY_LINE = 'Gongkai 已启动';

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address() as net.AddressInfo;
      srv.close(() => resolve(address.port));
    });
  });
}

async function graphqlAnswers(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(3000),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Resolves when `check` holds, polling every `every` ms; rejects after `timeout` ms or when `abort` says why. */
async function until(check: () => Promise<boolean>, timeout: number, abort: () => string | null, every = 500) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const why = abort();
    if (why) throw new Error(why);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`服务在 ${timeout / 1000} 秒内没有就绪`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (process.env[BASE_URL_ENV]) {
    console.log(`· 使用已在运行的服务：${process.env[BASE_URL_ENV]}`);
    return async () => {};
  }
  const missing = [SERVER_MAIN, ADMIN_INDEX].filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(
      `缺少构建产物：${missing.map((f) => path.relative(ROOT, f)).join('、')}。请先运行 pnpm run build。`,
    );

  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-browser-test-'));
  mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, 'server.log');
  const log = createWriteStream(logFile);
  let output = '';
  let exit: { code: number | null; signal: string | null } | null = null;
  let stopping = false;

  console.log(`· 启动服务：node ${path.relative(ROOT, SERVER_MAIN)}（PORT=${port}），输出写入 ${logFile}`);
  const child: ChildProcess = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), GONGKAI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so that a forced stop also ends the embedded PostgreSQL it started.
    detached: true,
  });
  const collect = (d: Buffer) => {
    output += d.toString('utf8');
    log.write(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const printOutput = () => {
    console.error('----- 服务输出 -----');
    console.error(output.trim() === '' ? '（无输出）' : output.trim());
    console.error('--------------------');
  };

  async function stop() {
    if (stopping) return;
    stopping = true;
    if (!exit && child.pid !== undefined) {
      child.kill('SIGINT');
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), STOP_GRACE_MS).unref());
      if ((await Promise.race([exited, timer])) === 'timeout' && !exit) {
        console.error(`服务在 ${STOP_GRACE_MS / 1000} 秒内没有退出，强制结束`);
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
      }
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const started = Date.now();
  try {
    const quit = () => (exit ? `服务进程提前退出（退出码 ${exit.code ?? '—'}，信号 ${exit.signal ?? '—'}）` : null);
    await until(async () => output.includes(READY_LINE) || (await graphqlAnswers(base)), READY_TIMEOUT_MS, quit);
    // The ready line may come just before the port answers.
    await until(() => graphqlAnswers(base), 10_000, quit);
  } catch (e) {
    printOutput();
    await stop();
    throw e;
  }
  console.log(`· 服务已就绪（${((Date.now() - started) / 1000).toFixed(1)} 秒）：${base}`);
  process.env[BASE_URL_ENV] = base;
  const admin = /管理员账号「([^」]+)」，一次性密码：(\S+?)（/u.exec(output);
  if (admin) process.env[FIRST_ADMIN_ENV] = `${admin[1]}\t${admin[2]}`;

  return async () => {
    const diedEarly = exit !== null && !stopping;
    const status = exit as { code: number | null } | null;
    await stop();
    if (diedEarly) {
      printOutput();
      throw new Error(`测试过程中服务进程退出（退出码 ${status?.code ?? '—'}）`);
    }
  };
}
