// Starts our built server (apps/server/dist/main.js) against a benchmark database, on a free port, as in production
// (NODE_ENV=production, no demo data, the benchmark's administrator): for the bench scripts that time single requests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ADMIN } from './generate-province.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** `{ url, child }` once the server says it has started; `cpuProf` writes a CPU profile to bench/.profiles. */
export async function startOurServer(databaseUrl, { cpuProf = false } = {}) {
  const port = await freePort();
  const prof = cpuProf ? ['--cpu-prof', '--cpu-prof-dir', path.join(here, '.profiles')] : [];
  const child = spawn(process.execPath, [...prof, path.join(root, 'apps/server/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      GONGKAI_DEMO: '0',
      NODE_ENV: 'production',
      GONGKAI_ADMIN_LOGIN: BENCH_ADMIN.login,
      GONGKAI_ADMIN_PASSWORD: BENCH_ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after 120 s:\n${log}`)), 120_000);
    child.stdout.on('data', (c) => {
      log += c;
      if (/Gongkai 已启动/u.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (c) => (log += c));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${log}`));
    });
  });
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

export const LOGIN = 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }';

/** One GraphQL request: the answer, its time and size, and the session cookie it set; throws on GraphQL errors. */
export async function gql(url, query, variables, cookie) {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(json.errors).slice(0, 400)}`);
  return {
    json,
    ms,
    bytes: Buffer.byteLength(text),
    cookie: /gongkai_session=[^;]+/u.exec(res.headers.get('set-cookie') ?? '')?.[0],
  };
}
