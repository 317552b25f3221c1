// `pnpm test:cluster`: starts `pnpm cluster` (scripts/cluster.mjs) in a fresh temporary folder and checks, in about
// two minutes, what the cluster promises:
//   1. writes never reach the replica (it is a hot standby: read-only), and RLS scope holds there;
//   2. queries run on the replica, mutations on the primary;
//   3. read-your-writes: with the replica's replay paused, a user's read right after their own write sees it
//      (served by the primary), while a reader without that write's cookie is served by the (stale) replica;
//   4. replica lag under a write load stays below 1 s;
//   5. kill -9 of one API process under autocannon load: 0 failed queries (haproxy retries them on the other
//      process); failed mutations are counted (a mutation is never retried: it may have committed);
//   6. stopping the replica under load moves reads to the primary with 0 failed queries;
//   7. Ctrl-C (SIGINT) stops everything: no process of the cluster is left;
//   and, against stand-in processes, that the balancer retries queries but never sends a mutation twice.
// Load phases are short (≤ 8 s each): the machine is shared.
// Options: --keep (leave the folder), CLUSTER_TEST_DIR (default: a new folder under the OS temp dir).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { haproxyConfigFor } from './haproxy-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pg = createRequire(path.join(root, 'packages/db/package.json'))('pg');
const autocannon = createRequire(path.join(root, 'bench/package.json'))('autocannon');

const started = performance.now();
const keep = process.argv.includes('--keep');
const dir = process.env.CLUSTER_TEST_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'gongkai-cluster-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const results = [];
let failures = 0;
function check(name, ok, detail = '') {
  results.push({ name, ok, detail });
  if (!ok) failures++;
  console.log(`${ok ? '✓' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
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
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------
// 0. The balancer's retry rules (scripts/haproxy-config.mjs) against two stand-in processes: one that reads every
// request and then drops the connection without a byte of answer (a process killed while working), one that
// answers. Deterministic, unlike the timing of a kill -9 under load.

async function retryRules() {
  const seen = { dying: [], healthy: 0 };
  const listen = (handler) =>
    new Promise((resolve) => {
      const srv = http.createServer(handler);
      srv.listen(0, '127.0.0.1', () => resolve(srv));
    });
  const readBody = (req) =>
    new Promise((resolve) => {
      let b = '';
      req.on('data', (c) => (b += c));
      req.on('end', () => resolve(b));
    });
  const dying = await listen(async (req) => {
    seen.dying.push(await readBody(req));
    req.socket.destroy();
  });
  const healthy = await listen(async (req, res) => {
    await readBody(req);
    seen.healthy++;
    res.setHeader('content-type', 'application/json');
    res.end('{"data":{}}');
  });
  const port = await freePort();
  const cfg = path.join(dir, 'retry-rules.cfg');
  writeFileSync(
    cfg,
    haproxyConfigFor({
      bind: `127.0.0.1:${port}`,
      servers: [
        { name: 'dying', address: `127.0.0.1:${dying.address().port}` },
        { name: 'healthy', address: `127.0.0.1:${healthy.address().port}` },
      ],
      check: false,
    }).replace('balance leastconn', 'balance roundrobin'),
  );
  const haproxy = ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));
  const lbProc = spawn(haproxy, ['-db', '-f', cfg], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/healthz`);
        break;
      } catch {
        await sleep(100);
      }
    }
    // A failed mutation comes back as 502, or (on a kept-alive client connection) as the connection closed without
    // an answer, as the process itself would have done.
    const send = async (query) => {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return r.status;
      } catch {
        return 'closed';
      }
    };
    seen.dying.length = 0;
    const queries = [];
    for (let i = 0; i < 10; i++) queries.push(await send(`query Q${i} { agencies { code } }`));
    const queriesAtDying = seen.dying.length;
    const mutations = [];
    for (let i = 0; i < 10; i++)
      mutations.push(await send(`mutation M${i} { addOffice(agencyCode: "x", name: "${i}") { id } }`));
    const mutationsAtDying = seen.dying.filter((b) => b.includes('mutation')).map((b) => /M\d+/u.exec(b)[0]);
    const failedMutations = mutations.filter((st) => st !== 200).length;
    check(
      '负载均衡器：处理中断开的进程上的查询在另一进程重试；变更不重试（只送达一次）',
      queries.every((st) => st === 200) &&
        queriesAtDying > 0 &&
        failedMutations > 0 &&
        failedMutations === mutationsAtDying.length &&
        new Set(mutationsAtDying).size === mutationsAtDying.length,
      `10 个查询：${queries.filter((st) => st === 200).length} 个 200（其中 ${queriesAtDying} 次先落到断开的进程）；10 个变更：${failedMutations} 个失败（502 或连接关闭），断开的进程收到 ${mutationsAtDying.length} 个、无重复`,
    );
  } finally {
    lbProc.kill('SIGTERM');
    dying.close();
    healthy.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Start the cluster

const balancerPort = await freePort();
const clusterLog = [];
const cluster = spawn(process.execPath, [path.join(root, 'scripts/cluster.mjs'), '--fresh'], {
  env: { ...process.env, GONGKAI_CLUSTER_DIR: dir, CLUSTER_PORT: String(balancerPort) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const ready = new Promise((resolve, reject) => {
  const onData = (chunk) => {
    for (const line of String(chunk).split('\n')) {
      if (!line) continue;
      clusterLog.push(line);
      if (process.env.CLUSTER_TEST_VERBOSE) console.log(`  | ${line}`);
      if (line.includes('按 Ctrl-C 停止全部')) resolve();
    }
  };
  cluster.stdout.on('data', onData);
  cluster.stderr.on('data', onData);
  cluster.on('exit', (code) =>
    reject(new Error(`pnpm cluster 退出（${code}）：\n${clusterLog.slice(-30).join('\n')}`)),
  );
});
// Stopped from outside (Ctrl-C, a CI timeout): stop the cluster with us.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    cluster.kill('SIGINT');
    cluster.once('exit', () => process.exit(130));
  });
const timer = setTimeout(() => {
  console.error('✖ 测试超时（4 分钟）');
  cluster.kill('SIGINT');
  setTimeout(() => process.exit(1), 20_000);
}, 240_000);
await ready;
const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'));
const appPassword = readFileSync(path.join(dir, 'app-password'), 'utf8').trim();
console.log(`集群已启动（${((performance.now() - started) / 1000).toFixed(1)} 秒），负载均衡器 :${balancerPort}`);
const lb = `http://127.0.0.1:${balancerPort}`;

async function sql(port, text, params = [], user = 'postgres', password = state.superuserPassword) {
  const c = new pg.Client({ host: '127.0.0.1', port, user, password, database: 'gongkai' });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}
const primarySql = (text, params) => sql(state.primary.port, text, params);
const replicaSql = (text, params) => sql(state.replica.port, text, params);

async function gql(query, variables, cookie = '', base = lb) {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookies = r.headers.getSetCookie?.() ?? [];
  return { status: r.status, body: await r.json(), setCookies };
}
/** Cookie jar of one browser: name → value. */
function jar() {
  const cookies = new Map();
  return {
    take(setCookies) {
      for (const c of setCookies) {
        const [pair] = c.split(';');
        const [name, value] = pair.split('=');
        cookies.set(name.trim(), value);
      }
    },
    header: (only) =>
      [...cookies]
        .filter(([n]) => !only || only.includes(n))
        .map(([n, v]) => `${n}=${v}`)
        .join('; '),
  };
}
async function signIn(login) {
  const j = jar();
  const r = await gql('mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }', {
    l: login,
    p: 'gongkai-demo-2026',
  });
  if (r.body.errors) throw new Error(`登录失败 ${login}：${JSON.stringify(r.body.errors)}`);
  j.take(r.setCookies);
  return j;
}
async function routingStats() {
  const out = { onReplica: 0, onPrimary: 0, replicaBehind: 0, replicaFailures: 0 };
  for (const api of state.apis) {
    try {
      const r = await (await fetch(`http://127.0.0.1:${api.port}/readyz`)).json();
      for (const k of Object.keys(out)) out[k] += r.replica?.[k] ?? 0;
    } catch {
      // a process being restarted
    }
  }
  return out;
}
async function haproxyStats() {
  const csv = await (await fetch(`http://127.0.0.1:${state.statsPort}/;csv`)).text();
  const [header, ...rows] = csv.trim().split('\n');
  const cols = header.replace(/^# /u, '').split(',');
  const backend = rows.map((r) => r.split(',')).find((r) => r[0] === 'api' && r[1] === 'BACKEND');
  const get = (name) => Number(backend[cols.indexOf(name)] || 0);
  return { retries: get('wretr'), redispatches: get('wredis'), errorsResp: get('eresp'), errorsConn: get('econ') };
}

const QUERY = JSON.stringify({
  query: 'query($c: String!) { agency(code: $c) { name offices { name } currentCatalogue { title } } }',
  variables: { c: '150785-sfj' },
});

/** autocannon against the balancer for `seconds`; `during(t)` runs once at `atMs`. Counts every kind of failure. */
async function load({ seconds, connections = 8, body, cookie, atMs, during }) {
  const samples = [];
  const bodies = typeof body === 'function' ? null : body;
  let n = 0;
  const run = autocannon({
    url: `${lb}/graphql`,
    connections,
    duration: seconds,
    timeout: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: bodies ?? body(n++) }) }],
    // A GraphQL answer with "errors" (HTTP 200) counts as failed (autocannon: mismatches).
    verifyBody: (text) => {
      const ok = !text.includes('"errors"');
      if (!ok && samples.length < 3) samples.push(text.slice(0, 300));
      return ok;
    },
  });
  if (during) setTimeout(() => void during(), atMs);
  const r = await run;
  return {
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    graphqlErrors: r.mismatches,
    samples,
    latencyP99: r.latency.p99,
  };
}
const failed = (r) => r.non2xx + r.errors + r.timeouts + r.graphqlErrors;
const show = (r) =>
  `${r.requests} 请求，${r.rps}/s，失败 ${failed(r)}（非 2xx ${r.non2xx}，连接错误 ${r.errors}，超时 ${r.timeouts}，GraphQL 错误 ${r.graphqlErrors}）`;

try {
  await retryRules();

  // Sessions and the sign-in throttle hold across processes (both are rows on the primary).
  const [a, b] = state.apis.map((x) => `http://127.0.0.1:${x.port}`);
  const viaA = await gql(
    'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }',
    { l: 'sfj-approver', p: 'gongkai-demo-2026' },
    '',
    a,
  );
  const session = viaA.setCookies.map((c) => c.split(';')[0]).join('; ');
  const meViaB = await gql('{ me { login } }', {}, session, b);
  const attempts = [];
  for (let i = 0; i < 6; i++) {
    const r = await gql(
      'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }',
      { l: 'sfj-viewer', p: 'wrong-password' },
      '',
      i % 2 ? b : a,
    );
    attempts.push(r.body.errors?.[0]?.message ?? 'ok');
  }
  check(
    '会话和登录限流跨进程有效：进程 1 登录的会话在进程 2 可用；两个进程交替 6 次错误密码后账号被锁',
    meViaB.body.data?.me?.login === 'sfj-approver' &&
      /失败次数过多/u.test(attempts[5]) &&
      !/失败次数过多/u.test(attempts[0]),
    `第 6 次：${attempts[5]}`,
  );

  // 1. The replica is a hot standby: writes cannot reach it.
  const [rec] = await replicaSql('select pg_is_in_recovery() as r');
  let writeError = '';
  try {
    await replicaSql(`update agency set name = name where code = '150785-sfj'`);
  } catch (e) {
    writeError = `${e.code} ${e.message}`;
  }
  check('副本只读：pg_is_in_recovery() 为真，写入被拒绝', rec.r === true && writeError.startsWith('25006'), writeError);
  const [rep] = await primarySql(`select application_name, state, sync_state from pg_stat_replication`);
  check('主库的 pg_stat_replication 有一个流复制连接', rep?.state === 'streaming', JSON.stringify(rep));

  // RLS on the replica: the application role, in a read-only transaction with one agency's scope (as applyScope sets it).
  const [{ id: sfj }] = await replicaSql(`select id from agency where code = '150785-sfj'`);
  const scoped = async (read) => {
    const c = new pg.Client({
      host: '127.0.0.1',
      port: state.replica.port,
      user: 'gongkai_app',
      password: appPassword,
      database: 'gongkai',
    });
    await c.connect();
    try {
      await c.query('begin read only');
      if (read !== null)
        await c.query(
          "select set_config('gongkai.read', $1, true), set_config('gongkai.write', '', true), set_config('gongkai.public', 'off', true)",
          [read],
        );
      const [row] = (
        await c.query('select count(*)::int as n, count(distinct agency_id)::int as agencies from catalogue_item')
      ).rows;
      await c.query('rollback');
      return row;
    } finally {
      await c.end();
    }
  };
  const [all, one, none] = [await scoped('all'), await scoped(sfj), await scoped(null)];
  check(
    '行级安全在副本上照样生效（应用角色，按事务设定的范围）',
    all.agencies > 1 && one.agencies === 1 && one.n < all.n && none.n === 0,
    `范围 all：${all.n} 行 / ${all.agencies} 个机关；范围 司法局：${one.n} 行 / ${one.agencies} 个机关；未设范围：${none.n} 行`,
  );

  // 2 + 3. Routing and read-your-writes, with the replica's replay paused (the replica is then as stale as we like).
  const editor = await signIn('sfj-editor');
  const before = await routingStats();
  const q = await gql(JSON.parse(QUERY).query, JSON.parse(QUERY).variables, editor.header());
  const afterQuery = await routingStats();
  check(
    '查询在副本上执行',
    !q.body.errors && afterQuery.onReplica === before.onReplica + 1,
    JSON.stringify(afterQuery),
  );

  await replicaSql('select pg_wal_replay_pause()');
  const name = `集群测试科室${Date.now()}`;
  const w = await gql(
    'mutation($c: String!, $n: String!) { addOffice(agencyCode: $c, name: $n) { name } }',
    { c: '150785-sfj', n: name },
    editor.header(),
  );
  editor.take(w.setCookies);
  const wroteCookie = w.setCookies.find((c) => c.startsWith('gongkai_wrote='));
  const readOffices = async (cookie) =>
    (
      await gql('query($c: String!) { agency(code: $c) { offices { name } } }', { c: '150785-sfj' }, cookie)
    ).body.data?.agency?.offices?.map((o) => o.name) ?? [];
  const s0 = await routingStats();
  const own = await readOffices(editor.header());
  const s1 = await routingStats();
  const other = await readOffices(editor.header(['gongkai_session']));
  const [onPrimary] = await primarySql('select count(*)::int as n from office where name = $1', [name]);
  const [onReplica] = await replicaSql('select count(*)::int as n from office where name = $1', [name]);
  check(
    '写后读：同一用户写入后的读看到自己的写入（副本落后，改由主库读）',
    !w.body.errors && !!wroteCookie && own.includes(name) && s1.replicaBehind === s0.replicaBehind + 1,
    `写入 ${w.body.errors ? JSON.stringify(w.body.errors) : '成功'}，${wroteCookie?.split(';')[0]}`,
  );
  check(
    '写入只到主库；不带写入标记的读由副本（暂停回放）回答，看不到它',
    onPrimary.n === 1 && onReplica.n === 0 && !other.includes(name),
    `主库 ${onPrimary.n} 行，副本 ${onReplica.n} 行`,
  );
  await replicaSql('select pg_wal_replay_resume()');
  let seen = false;
  const resumed = performance.now();
  while (!seen && performance.now() - resumed < 3000) {
    seen = (await readOffices(editor.header(['gongkai_session']))).includes(name);
    if (!seen) await sleep(20);
  }
  check('恢复回放后副本也看到这次写入', seen, `${Math.round(performance.now() - resumed)} ms`);

  // 4. Replica lag under a write load (mutations through the balancer), commit on the primary → visible on the replica.
  const admin = await signIn('sfj-editor');
  let lagMax = 0;
  let lagSamples = 0;
  let replayLagMax = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      // A transaction committed on the primary now: how long until the replica sees it.
      const [{ xid }] = await primarySql('select pg_current_xact_id()::text as xid');
      const t = performance.now();
      while (performance.now() - t < 5000) {
        const [{ ok }] = await replicaSql('select pg_visible_in_snapshot($1::xid8, pg_current_snapshot()) as ok', [
          xid,
        ]);
        if (ok) break;
        await sleep(5);
      }
      lagMax = Math.max(lagMax, performance.now() - t);
      lagSamples++;
      const [r] = await primarySql(
        'select coalesce(extract(epoch from replay_lag), 0)::float8 as s from pg_stat_replication',
      );
      replayLagMax = Math.max(replayLagMax, (r?.s ?? 0) * 1000);
      await sleep(100);
    }
  })();
  const stamp = Date.now();
  const writes = await load({
    seconds: 5,
    connections: 4,
    cookie: admin.header(),
    body: (i) =>
      JSON.stringify({
        query: 'mutation($c: String!, $n: String!) { addOffice(agencyCode: $c, name: $n) { id } }',
        variables: { c: '150785-sfj', n: `负载科室${stamp}-${i}` },
      }),
  });
  sampling = false;
  await sampler;
  check(
    '写负载下副本延迟 < 1 秒',
    lagMax < 1000 && lagSamples > 5,
    `写入 ${show(writes)}；${lagSamples} 次采样，最大延迟（提交到副本可见）${lagMax.toFixed(0)} ms，pg_stat_replication.replay_lag 最大 ${replayLagMax.toFixed(0)} ms`,
  );

  // 5. kill -9 of one API process under query load.
  const victim = state.apis[0];
  const h0 = await haproxyStats();
  const kill = await load({
    seconds: 8,
    connections: 8,
    body: QUERY,
    atMs: 2500,
    during: () => process.kill(victim.pid, 'SIGKILL'),
  });
  const h1 = await haproxyStats();
  check(
    `查询负载下 kill -9 一个 API 进程：0 个查询失败`,
    failed(kill) === 0 && kill.requests > 100,
    `${show(kill)}；haproxy 重试 ${h1.retries - h0.retries} 次，转发到另一进程 ${h1.redispatches - h0.redispatches} 次${kill.samples.length ? `；样例：${kill.samples[0]}` : ''}`,
  );
  // The cluster restarts the killed process; wait for it (it is the other victim's fallback below).
  const restartDeadline = Date.now() + 30_000;
  let restarted;
  while (Date.now() < restartDeadline) {
    const s = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'));
    restarted = s.apis[0];
    if (restarted.pid !== victim.pid) {
      try {
        if ((await fetch(`http://127.0.0.1:${restarted.port}/readyz`)).ok) break;
      } catch {
        // starting
      }
    }
    await sleep(250);
  }
  check('被杀的 API 进程已由 pnpm cluster 重启并就绪', restarted && restarted.pid !== victim.pid);
  state.apis = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')).apis;
  await sleep(2500); // haproxy: rise 2 × inter 1 s

  // Mutations when a process dies: not retried (they may have committed); counted, not required to be 0.
  const victim2 = state.apis[1];
  const stamp2 = Date.now();
  const hw0 = await haproxyStats();
  const killW = await load({
    seconds: 5,
    connections: 4,
    cookie: admin.header(),
    atMs: 2000,
    during: () => process.kill(victim2.pid, 'SIGKILL'),
    body: (i) =>
      JSON.stringify({
        query: 'mutation($c: String!, $n: String!) { addOffice(agencyCode: $c, name: $n) { id } }',
        variables: { c: '150785-sfj', n: `杀进程科室${stamp2}-${i}` },
      }),
  });
  const hw1 = await haproxyStats();
  const [applied] = await primarySql(
    `select count(*)::int as rows, count(distinct name)::int as names from office where name like $1`,
    [`杀进程科室${stamp2}-%`],
  );
  const answered = killW.requests - failed(killW);
  check(
    '变更负载下 kill -9 一个 API 进程：失败的变更计数（不重试），没有一个被执行两次',
    killW.requests > 0 && applied.rows === applied.names && applied.rows >= answered,
    `${show(killW)}；库中 ${applied.rows} 行（成功应答 ${answered}，即 ${applied.rows - answered} 个变更已提交但应答丢失），重名 ${applied.rows - applied.names}；haproxy 重试 ${hw1.retries - hw0.retries} 次`,
  );
  const restartDeadline2 = Date.now() + 30_000;
  while (Date.now() < restartDeadline2) {
    const s = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'));
    if (s.apis[1].pid !== victim2.pid) {
      try {
        if ((await fetch(`http://127.0.0.1:${s.apis[1].port}/readyz`)).ok) break;
      } catch {
        // starting
      }
    }
    await sleep(250);
  }
  state.apis = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')).apis;
  await sleep(2500);

  // 6. Stop the replica (fast shutdown) under query load: reads move to the primary.
  const r0 = await routingStats();
  const stop = await load({
    seconds: 6,
    connections: 8,
    body: QUERY,
    atMs: 2000,
    during: () => process.kill(state.replica.pid, 'SIGINT'),
  });
  const r1 = await routingStats();
  check(
    '查询负载下停止副本：读改由主库处理，0 个查询失败',
    failed(stop) === 0 && r1.replicaFailures > r0.replicaFailures && r1.onPrimary > r0.onPrimary,
    `${show(stop)}；副本失败 ${r1.replicaFailures - r0.replicaFailures} 次，主库读 ${r1.onPrimary - r0.onPrimary} 次，副本读 ${r1.onReplica - r0.onReplica} 次${stop.samples.length ? `；样例：${stop.samples[0]}` : ''}`,
  );
  const after = await gql(JSON.parse(QUERY).query, JSON.parse(QUERY).variables);
  check('副本停止后查询照常', !after.body.errors && after.status === 200);
} catch (e) {
  check('测试运行', false, e.stack ?? String(e));
} finally {
  // 7. Ctrl-C: everything stops.
  const s = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'));
  const pids = [s.haproxy, s.primary.pid, s.replica.pid, ...s.apis.map((a) => a.pid)].filter(Boolean);
  cluster.kill('SIGINT');
  await new Promise((resolve) => (cluster.exitCode !== null ? resolve() : cluster.once('exit', resolve)));
  await sleep(200);
  const left = pids.filter(alive);
  check('Ctrl-C 停止全部进程（负载均衡器、API、副本、主库），无遗留', left.length === 0, left.join(' '));
  clearTimeout(timer);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  console.log(
    `${failures === 0 ? '✓ 全部通过' : `✖ ${failures} 项失败`}（${((performance.now() - started) / 1000).toFixed(0)} 秒）`,
  );
  if (failures > 0) console.log(clusterLog.slice(-40).join('\n'));
  process.exit(failures === 0 ? 0 : 1);
}
