// The cluster (scripts/cluster.mjs) measured: query throughput through one API process and through the balancer
// with two, and the replica's lag under the write load of catalogue imports. Starts its own cluster in a
// temporary folder and stops it at the end.
//
//   pnpm run build && node bench/cluster.mjs [seconds=8]
//
// Throughput: autocannon, 16 connections, the public query { agency(code) { name offices { name }
// currentCatalogue { title } } } (one transaction on the replica per request). CPU of every part is read from
// /proc for the same interval, and the machine's total busy time, so the figures can be read against what the two
// cores had to give. Lag: while 5,000-row catalogues are imported one after the other (demo-admin, /graphql
// importCatalogue), a transaction is committed on the primary every 100 ms and the replica polled until it sees it
// (pg_visible_in_snapshot); plus pg_stat_replication.replay_lag.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pg = createRequire(path.join(root, 'packages/db/package.json'))('pg');
const autocannon = createRequire(path.join(root, 'bench/package.json'))('autocannon');
const fixtures = await import(new URL('packages/exchange/dist/hostile-files.js', `file://${root}`).href);
const seconds = Number(process.argv[2] ?? 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-cluster-bench-'));

const port = await new Promise((resolve) => {
  const srv = createServer();
  srv.listen({ port: 0, host: '127.0.0.1' }, () => {
    const p = srv.address().port;
    srv.close(() => resolve(p));
  });
});
const cluster = spawn(process.execPath, [path.join(root, 'scripts/cluster.mjs'), '--fresh'], {
  env: { ...process.env, GONGKAI_CLUSTER_DIR: dir, CLUSTER_PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  cluster.stdout.on('data', (d) => String(d).includes('按 Ctrl-C 停止全部') && resolve());
  cluster.on('exit', (c) => reject(new Error(`cluster exited ${c}`)));
});
const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'));
async function stopCluster() {
  if (cluster.exitCode === null) {
    cluster.kill('SIGINT');
    await new Promise((r) => cluster.once('exit', r));
  }
  rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopCluster().then(() => process.exit(130)));
process.on('uncaughtException', (e) => {
  console.error(e);
  void stopCluster().then(() => process.exit(1));
});
process.on('unhandledRejection', (e) => {
  console.error(e);
  void stopCluster().then(() => process.exit(1));
});

const ticks = 100; // USER_HZ
function cpuMs(pid, withChildren = false) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const x = f
      .slice(f.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return ((x[11] + x[12] + (withChildren ? x[13] + x[14] : 0)) * 1000) / ticks;
  } catch {
    return 0;
  }
}
/** CPU of a PostgreSQL instance: its postmaster and every process whose parent it is (backends, walsender…). */
function pgCpuMs(postmaster) {
  let total = cpuMs(postmaster);
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/u.test(n))) {
    try {
      const s = readFileSync(`/proc/${p}/stat`, 'utf8');
      if (Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) total += cpuMs(Number(p));
    } catch {
      // gone
    }
  }
  return total;
}
function machineBusyMs() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const v = cpu.split(/\s+/u).slice(1).map(Number);
  return ((v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) * 1000) / ticks;
}

const QUERY = JSON.stringify({
  query: 'query($c: String!) { agency(code: $c) { name offices { name } currentCatalogue { title } } }',
  variables: { c: '150785-sfj' },
});

async function throughput(label, url) {
  const pids = {
    api: state.apis.map((a) => a.pid),
    haproxy: state.haproxy,
    primary: state.primary.pid,
    replica: state.replica.pid,
  };
  const snap = () => ({
    api: pids.api.map((p) => cpuMs(p)),
    haproxy: cpuMs(pids.haproxy),
    primary: pgCpuMs(pids.primary),
    replica: pgCpuMs(pids.replica),
    runner: process.cpuUsage(),
    machine: machineBusyMs(),
    at: performance.now(),
  });
  await autocannon({
    url,
    connections: 16,
    duration: 2,
    method: 'POST',
    body: QUERY,
    headers: { 'content-type': 'application/json' },
  }); // warm-up
  const a = snap();
  const r = await autocannon({
    url,
    connections: 16,
    duration: seconds,
    method: 'POST',
    body: QUERY,
    headers: { 'content-type': 'application/json' },
  });
  const b = snap();
  const wall = b.at - a.at;
  const runner = process.cpuUsage(a.runner);
  const cores = (ms) => (ms / wall).toFixed(2);
  const ours =
    b.api.reduce((s, x, i) => s + x - a.api[i], 0) +
    (b.haproxy - a.haproxy) +
    (b.primary - a.primary) +
    (b.replica - a.replica) +
    (runner.user + runner.system) / 1000;
  return {
    label,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors,
    api: b.api.map((x, i) => cores(x - a.api[i])).join(' + '),
    haproxy: cores(b.haproxy - a.haproxy),
    primary: cores(b.primary - a.primary),
    replica: cores(b.replica - a.replica),
    runner: cores((runner.user + runner.system) / 1000),
    others: cores(Math.max(0, b.machine - a.machine - ours)),
  };
}

console.log(
  `machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| setup | requests/s | p50 ms | p99 ms | failed | CPU cores used: API | haproxy | primary | replica | autocannon | other users |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [label, url] of [
  ['1 API process (direct, no balancer)', `http://127.0.0.1:${state.apis[0].port}/graphql`],
  ['2 API processes behind haproxy', `http://127.0.0.1:${port}/graphql`],
  ['1 API process (direct, no balancer), again', `http://127.0.0.1:${state.apis[0].port}/graphql`],
  ['2 API processes behind haproxy, again', `http://127.0.0.1:${port}/graphql`],
]) {
  const r = await throughput(label, url);
  console.log(
    `| ${r.label} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.failed} | ${r.api} | ${r.haproxy} | ${r.primary} | ${r.replica} | ${r.runner} | ${r.others} |`,
  );
}

// Replica lag under catalogue imports.
const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }',
    variables: { l: 'demo-admin', p: 'gongkai-demo-2026' },
  }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const seed = readFileSync(path.join(root, 'demo-data/catalogues/genhe-sifaju.txt'), 'utf8');
const text = fixtures.largeCatalogueText(seed, 5000);
const connect = async (p) => {
  const c = new pg.Client({
    host: '127.0.0.1',
    port: p,
    user: 'postgres',
    password: state.superuserPassword,
    database: 'gongkai',
  });
  await c.connect();
  return c;
};
const [primary, replica] = [await connect(state.primary.port), await connect(state.replica.port)];
const lags = [];
let replayLagMax = 0;
let walBytes = 0;
let sampling = true;
const [{ lsn: lsn0 }] = (await primary.query('select pg_current_wal_lsn()::text as lsn')).rows;
const sampler = (async () => {
  while (sampling) {
    // A transaction committed on the primary now: how long until the replica sees it.
    const [{ xid }] = (await primary.query('select pg_current_xact_id()::text as xid')).rows;
    const t = performance.now();
    while (
      performance.now() - t < 10_000 &&
      !(await replica.query('select pg_visible_in_snapshot($1::xid8, pg_current_snapshot()) as ok', [xid])).rows[0].ok
    )
      await sleep(2);
    lags.push(performance.now() - t);
    const r = (
      await primary.query('select coalesce(extract(epoch from replay_lag), 0)::float8 as s from pg_stat_replication')
    ).rows[0];
    replayLagMax = Math.max(replayLagMax, (r?.s ?? 0) * 1000);
    await sleep(100);
  }
})();
const imports = [];
const t0 = performance.now();
// Three departments without a draft (one draft per department at a time); the text is 司法局's, hence confirmAgency.
for (const [i, agency] of ['150785-jyj', '150785-wjw', '150785-scjgj'].entries()) {
  const t = performance.now();
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query:
        'mutation($a: String!, $t: String!, $v: String) { importCatalogue(agencyCode: $a, text: $t, versionLabel: $v, confirmAgency: true) { id } }',
      variables: { a: agency, t: text, v: `集群基准 ${i + 1}` },
    }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
  imports.push(performance.now() - t);
}
const importWall = performance.now() - t0;
sampling = false;
await sampler;
const [{ bytes }] = (await primary.query('select pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::bigint as bytes', [lsn0]))
  .rows;
walBytes = Number(bytes);
await primary.end();
await replica.end();
await stopCluster();

const sorted = [...lags].sort((a, b) => a - b);
console.log(
  `\nReplica lag during 3 imports of a 5,000-row catalogue (${(text.length / 1e6).toFixed(1)} MB text each; ${imports.map((t) => (t / 1000).toFixed(1)).join(' s, ')} s; ${(walBytes / 1e6).toFixed(0)} MB of WAL in ${(importWall / 1000).toFixed(1)} s): ` +
    `${lags.length} samples, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms; pg_stat_replication.replay_lag max ${replayLagMax.toFixed(0)} ms`,
);
