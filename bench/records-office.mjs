// Issue 16: the office's view of a government's departments (officeRecordView, the query the admin's
// /governments/:code/records page sends) for one government of 100 departments × 1,000 publication records each,
// signed in as the government's reviewer (CITY_REVIEWER, row-level security on). Target: one request < 500 ms.
//
//   node bench/records-office.mjs [--departments 100 --records 1000 --year 2026 --runs 20 --warmup 3 --seed 7
//                                  --data-dir bench/.data/records-office-100x1000-s7 --cpu-prof
//                                  --queries-from <another checkout: send its admin's query instead>]
//
// `pnpm run build` first (the generator and the server run from packages/*/dist and apps/server/dist of the checkout
// this file is in). 1. starts the benchmark's embedded PostgreSQL (generate-province.mjs's startBenchDatabase, with
// pg_stat_statements) and, unless the data folder already holds it, generates the government: each department a
// published 100-row catalogue saved through saveCatalogue (bench/province-data.mjs's agencyCatalogue), and records
// filed under its rows — periodic rows once per period (about 1 in 10 periods never published), event rows with a
// formed date and a publication date around the due date the domain computes (mostly on time, some late, a few
// drafts still unpublished), 规章 / 规范性文件 with a 解读 linked (same day, later or none); 2. starts the server
// (NODE_ENV=production) on that database; 3. signs in a new CITY_REVIEWER of the government; 4. sends the page's
// query (read from apps/admin/src/pages/records/*.ts, fragments included) --warmup times, then --runs times one
// after another and prints p50 / p95 / max, the response size, and the SQL statements one request runs (counted by
// pg_stat_statements for the application role).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_ADMIN, parseArgs, startBenchDatabase } from './generate-province.mjs';
import { LOGIN, gql, startOurServer } from './our-server.mjs';
import { agencyCatalogue, rngFor } from './province-data.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const o = parseArgs(process.argv.slice(2), { departments: 100, records: 1000, year: 2026, runs: 20, warmup: 3 });
if (!process.argv.some((a) => a.startsWith('--data-dir')))
  o.dataDir = path.join(here, '.data', `records-office-${o.departments}x${o.records}-s${o.seed}`);
const GOV = { code: 'bench-records-gov', name: '滇中县人民政府' };
const say = (m) => console.log(m);

const db = await import(path.join(root, 'packages/db/dist/index.js'));
const domain = await import(path.join(root, 'packages/domain/dist/index.js'));

// ── the page's query, as the admin sends it ─────────────────────────────────────────────────────────────────
/** The graphql(`…`) documents of the records pages; the office view's query with the fragments it spreads. */
function pageQuery(name = 'OfficeRecordView') {
  const docs = ['summary-queries.ts', 'records-queries.ts'].flatMap((f) =>
    [
      ...readFileSync(
        path.join(path.resolve(o.queriesFrom ?? root), 'apps/admin/src/pages/records', f),
        'utf8',
      ).matchAll(/graphql\(`([\s\S]*?)`\)/gu),
    ].map((m) => m[1]),
  );
  const query = docs.find((d) => new RegExp(`query ${name}\\b`, 'u').test(d));
  if (!query) return null;
  const fragments = new Map(docs.flatMap((d) => [...d.matchAll(/fragment (\w+) on/gu)].map((m) => [m[1], d])));
  const used = new Set();
  const add = (text) => {
    for (const [, name] of text.matchAll(/\.\.\.(\w+)/gu))
      if (!used.has(name) && fragments.has(name)) {
        used.add(name);
        add(fragments.get(name));
      }
  };
  add(query);
  return [query, ...[...used].map((n) => fragments.get(n))].join('\n');
}

// ── data ────────────────────────────────────────────────────────────────────────────────────────────────────
function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The records of one department: for each periodic row one record per period of the year that is due by `today`
 * (about 1 in 10 skipped: a missing period), the rest spread over the other rows with a formed date in the year
 * and a publication date from the due date (on time 80 %, late 14 %, not yet published 3 %, no formed date 3 %);
 * about 4 % are 规章 / 规范性文件, three quarters of which get a 解读 (a record linked to it).
 */
function departmentRecords(seed, code, rows, year, total, today, calendar) {
  const rng = rngFor(seed, 'records', code);
  const int = (a, b) => a + Math.floor(rng() * (b - a + 1));
  const out = [];
  const links = [];
  const dayOfYear = () => addDays(`${year}-01-05`, int(0, 320));
  const cap = (d) => (d > today ? null : d);
  const periodic = rows.filter((r) => r.rule.kind === 'periodic');
  for (const row of periodic) {
    for (const key of domain.periodsOfYear(row.rule.period, year)) {
      const due = domain.periodDueDate(row.rule, key, calendar).date;
      if (due > today || rng() < 0.1 || out.length >= total) continue;
      const published = cap(addDays(due, rng() < 0.85 ? -int(0, 10) : int(1, 25)));
      out.push({ row, title: `${row.name}（${key}）`, period: key, formed: null, published });
    }
  }
  const others = rows.filter((r) => r.rule.kind !== 'periodic');
  while (out.length < total) {
    const row = others[int(0, others.length - 1)];
    const x = rng();
    const formed = x < 0.03 ? null : dayOfYear();
    let due = formed;
    if (formed && !['afterApproval', 'standing', 'none', 'unparsed', 'sameAsAbove'].includes(row.rule.kind))
      due = domain.computeDueDate(row.rule, formed, calendar, { immediateWorkingDays: 5 }).date ?? formed;
    const published =
      formed === null
        ? null
        : x < 0.83
          ? cap(addDays(formed, int(0, Math.max(0, (Date.parse(due) - Date.parse(formed)) / 86_400_000))))
          : x < 0.97
            ? cap(addDays(due, int(1, 30)))
            : null;
    const policy = rng() < 0.04 && out.length < total - 1;
    const r = {
      row,
      title: `${row.name}${policy ? '管理办法' : '信息'}（${out.length + 1}）`,
      period: null,
      formed,
      published,
      documentKind: policy ? (rng() < 0.2 ? 'REGULATION' : 'NORMATIVE') : null,
    };
    out.push(r);
    if (policy && r.published && rng() < 0.75) {
      const lag = rng() < 0.7 ? 0 : int(1, 12);
      const i = {
        row,
        title: `《${r.title}》政策解读`,
        period: null,
        formed: r.published,
        published: cap(addDays(r.published, lag)),
      };
      out.push(i);
      links.push([r, i]);
    }
  }
  return { records: out, links };
}

async function ensureGovernment(url) {
  const orm = await db.createOrm({ clientUrl: url, poolMax: 4 });
  try {
    const applied = await db.migrate(orm);
    if (applied.length) say(`  migrations applied: ${applied.join(', ')}`);
    const em0 = orm.em.fork();
    await em0.execute(
      'create schema if not exists bench; create table if not exists bench.meta (key text primary key, value jsonb not null)',
    );
    const params = { departments: o.departments, records: o.records, year: o.year, seed: o.seed };
    const [meta] = await em0.execute("select value from bench.meta where key = 'records-office'");
    const canon = (v) => JSON.stringify(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    if (meta && canon(meta.value) === canon(params)) return;
    if (meta) throw new Error(`the data folder holds ${JSON.stringify(meta.value)}: use another --data-dir`);
    const t0 = performance.now();
    const calendar = new domain.WorkingDayCalendar([]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const gov = await orm.em.fork().transactional(async (em) => {
      const g = em.create(db.Agency, { code: GOV.code, name: GOV.name, kind: 'GOVERNMENT', position: 0 });
      for (let i = 0; i < o.departments; i++)
        em.create(db.Agency, {
          code: `${GOV.code}-d${String(i + 1).padStart(3, '0')}`,
          name: `滇中县第${i + 1}局`,
          kind: 'DEPARTMENT',
          parent: g,
          position: i + 1,
        });
      em.create(db.RecordSettingsRow, { agency: g, immediateWorkingDays: 5, interpretationWorkingDays: 3 });
      return g;
    });
    const departments = await orm.em.fork().find(db.Agency, { parent: gov.id }, { orderBy: { position: 'asc' } });
    let records = 0;
    for (const a of departments) {
      const cat = await db.saveCatalogue(
        orm.em.fork(),
        a.id,
        agencyCatalogue(o.seed, { code: a.code, name: a.name, level: 'county' }, 100),
        { versionLabel: '2026版', sourceName: 'bench/records-office.mjs' },
      );
      const em = orm.em.fork();
      await em.execute(
        "update catalogue set status = 'PUBLISHED', published_at = now(), published_by = 'bench' where id = ?",
        [cat.id],
      );
      const items = await em.execute('select id, parent_id, name from catalogue_item where catalogue_id = ?', [cat.id]);
      const byId = new Map(items.map((i) => [i.id, i]));
      const pathOf = (id) => {
        const p = [];
        for (let i = byId.get(id); i; i = i.parent_id ? byId.get(i.parent_id) : undefined) p.unshift(i.name);
        return p;
      };
      const reqs = await em.execute(
        'select id, item_id, time_limit_rule from requirement where catalogue_id = ? order by item_id, position, id',
        [cat.id],
      );
      const rows = reqs.map((r, i) => {
        const itemPath = pathOf(r.item_id);
        const position = i > 0 && reqs[i - 1].item_id === r.item_id ? null : 0;
        return { id: r.id, itemPath, name: itemPath.at(-1), rule: r.time_limit_rule, position };
      });
      rows.forEach((r, i) => (r.position ??= rows[i - 1].position + 1));
      const made = departmentRecords(o.seed, a.code, rows, o.year, o.records, today, calendar);
      const entities = new Map();
      for (const r of made.records) {
        entities.set(
          r,
          em.create(db.PublicationRecord, {
            agency: a.id,
            requirement: r.row.id,
            catalogue: cat.id,
            itemKey: domain.pathKey(r.row.itemPath),
            itemPath: r.row.itemPath,
            rowPosition: r.row.position,
            status: r.published ? 'PUBLISHED' : 'DRAFT',
            title: r.title,
            documentNumber: r.documentKind
              ? `滇中${r.documentKind === 'REGULATION' ? '政令' : '规'}〔${o.year}〕${records % 97}号`
              : null,
            formedDate: r.formed,
            publishedDate: r.published,
            channels: ['GOVERNMENT_WEBSITE'],
            url: r.published ? `https://www.example.gov.cn/${a.code}/${records++}.html` : null,
            documentKind: r.documentKind ?? null,
            validity: r.documentKind ? 'IN_FORCE' : null,
            period: r.period,
          }),
        );
      }
      for (const [p, i] of made.links)
        em.create(db.RecordInterpretation, { agency: a.id, policy: entities.get(p), interpretation: entities.get(i) });
      await em.flush();
    }
    await orm.em.fork().execute('vacuum analyze');
    await orm.em
      .fork()
      .execute(
        "insert into bench.meta (key, value) values ('records-office', ?) on conflict (key) do update set value = excluded.value",
        [JSON.stringify(params)],
      );
    say(
      `  generated ${o.departments} departments, ${records} published records in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  } finally {
    await orm.close(true);
  }
}

// ── server and requests ─────────────────────────────────────────────────────────────────────────────────────

async function reviewerCookie(url) {
  const admin = (await gql(url, LOGIN, { l: BENCH_ADMIN.login, p: BENCH_ADMIN.password })).cookie;
  const login = `ro.rev.${Date.now().toString(36)}`;
  const made = await gql(
    url,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword } }',
    { i: { login, displayName: '县政务公开办审核员（基准）', agencyCode: GOV.code, roles: ['CITY_REVIEWER'] } },
    admin,
  );
  const otp = made.json.data.createUser.oneTimePassword;
  const first = await gql(url, LOGIN, { l: login, p: otp });
  await gql(
    url,
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { c: otp, n: 'Bench-Reviewer-2026!' },
    first.cookie,
  );
  return (await gql(url, LOGIN, { l: login, p: 'Bench-Reviewer-2026!' })).cookie;
}

/** CPU time (user + system) of a process, ms. */
function cpuMs(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
}
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;
/** CPU time of PostgreSQL's backends (children of the postmaster), ms. */
function postgresCpuMs(postmasterPid) {
  let total = 0;
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/u.test(e)) continue;
    try {
      const f = readFileSync(`/proc/${e}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(f[1]) === postmasterPid) total += ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
    } catch {
      // gone
    }
  }
  return total;
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

// ── main ────────────────────────────────────────────────────────────────────────────────────────────────────
const database = await startBenchDatabase(o.dataDir, say);
let server;
try {
  await ensureGovernment(database.url);
  const admin = new pg.Client({ connectionString: database.url });
  admin.on('error', () => {}); // the database stops under it when a step fails: the step's error is the one to see
  await admin.connect();
  await admin.query('create extension if not exists pg_stat_statements');
  const counts = (
    await admin.query(
      `select count(*)::int records, count(*) filter (where status = 'PUBLISHED')::int published,
        (select count(*)::int from record_interpretation) links from publication_record`,
    )
  ).rows[0];
  server = await startOurServer(database.url, { cpuProf: o.cpuProf });
  const cookie = await reviewerCookie(server.url);
  const query = pageQuery();
  if (!query) throw new Error('query OfficeRecordView not found in apps/admin/src/pages/records');
  const variables = { code: GOV.code, year: o.year };
  let last;
  for (let i = 0; i < o.warmup; i++) last = await gql(server.url, query, variables, cookie);
  // One request alone for the statement count (the application role's statements in pg_stat_statements).
  await admin.query('select pg_stat_statements_reset()');
  await gql(server.url, query, variables, cookie);
  await new Promise((r) => setTimeout(r, 100));
  const { rows: stmts } = await admin.query(
    `select s.calls::int calls, s.total_exec_time ms, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 100) q
       from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = 'gongkai_app'
      order by s.total_exec_time desc`,
  );
  const postmasterPid = Number(readFileSync(path.join(o.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const times = [];
  const cpu0 = { server: cpuMs(server.child.pid), postgres: postgresCpuMs(postmasterPid) };
  for (let i = 0; i < o.runs; i++) {
    last = await gql(server.url, query, variables, cookie);
    times.push(last.ms);
  }
  const cpu = {
    server: (cpuMs(server.child.pid) - cpu0.server) / o.runs,
    postgres: (postgresCpuMs(postmasterPid) - cpu0.postgres) / o.runs,
  };
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const view = last.json.data.officeRecordView;
  const late = view.departments.reduce((n, d) => n + (d.lateRecords?.length ?? 0), 0);
  say(
    `\n${view.departments.length} departments, ${counts.records} records (${counts.published} published, ${counts.links} 解读 links), year ${o.year}`,
  );
  say(
    `total: ${JSON.stringify(view.total)}; late records in the response: ${late}; response ${(last.bytes / 1024).toFixed(0)} KB`,
  );
  say(
    `officeRecordView as CITY_REVIEWER, single request, ${o.runs} runs after ${o.warmup} warm-up: p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );
  say(
    `CPU per request: server ${cpu.server.toFixed(0)} ms, PostgreSQL ${cpu.postgres.toFixed(0)} ms (${os.cpus().length} CPUs, load average ${load})`,
  );
  say(
    `SQL statements in one request: ${stmts.reduce((n, s) => n + s.calls, 0)} (${stmts.reduce((n, s) => n + s.ms, 0).toFixed(0)} ms in PostgreSQL)`,
  );
  for (const s of stmts.slice(0, 6)) say(`  ${s.calls} × ${s.ms.toFixed(1)} ms  ${s.q}`);
  // The expanded row: one department's lists (when the admin asks for them separately).
  const detail = pageQuery('OfficeDepartmentDetail');
  if (detail) {
    const department = view.departments[0].agency.code;
    const dv = { ...variables, department };
    await gql(server.url, detail, dv, cookie);
    const ts = [];
    let r;
    for (let i = 0; i < 10; i++) ts.push((r = await gql(server.url, detail, dv, cookie)).ms);
    say(
      `OfficeDepartmentDetail (one expanded row, ${r.json.data.officeRecordView.departments[0].lateRecords.length} late records): p50 ${pct(ts, 50).toFixed(0)} ms over 10, response ${(r.bytes / 1024).toFixed(0)} KB`,
    );
  }
  await admin.end();
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  await database.stop();
}
