// Province-scale data for the benchmarks (issue 7): a region tree of N agencies (default 10,000: 1 province, 12 cities,
// 100 counties, their departments), a published 100-row, 3-level catalogue per agency saved through the platform's own
// model (saveCatalogue), and 5 years of annual reports per agency (AnnualReport entities filled by applyReportInput,
// the same validation the API uses). Deterministic from --seed. Loads into its own embedded-PostgreSQL data folder,
// which later runs reuse (nothing is regenerated when the folder already holds the same parameters).
//
//   node bench/generate-province.mjs [--agencies 10000] [--seed 7] [--rows 100] [--years 2020-2024] [--workers 2]
//                                    [--data-dir bench/.data/province-10000-s7]
//
// (after `pnpm build`). bench/run.mjs calls ensureProvince() itself; this command is for loading ahead of time.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  Agency,
  AgencySchema,
  AnnualReport,
  applyReportInput,
  createOrm,
  ensureFirstAdministrator,
  migrate,
  saveCatalogue,
  startEmbeddedDatabase,
} from '../packages/db/dist/index.js';
import { agencyCatalogue, regionTree, reportCells, reportStatus, rngFor, standardCatalogue } from './province-data.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const BENCH_ADMIN = { login: 'bench-admin', password: 'bench-province-2026' };

export function parseArgs(argv, defaults = {}) {
  const o = { agencies: 10000, seed: 7, rows: 100, years: '2020-2024', workers: 2, ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/u.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    const key = m[1].replace(/-([a-z])/gu, (_, c) => c.toUpperCase());
    const value = m[2] ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
    o[key] = /^\d+$/u.test(value) ? Number(value) : value;
  }
  const [from, to] = String(o.years).split('-').map(Number);
  o.yearList = [];
  for (let y = from; y <= (to ?? from); y++) o.yearList.push(y);
  o.dataDir = path.resolve(o.dataDir ?? path.join(here, '.data', `province-${o.agencies}-s${o.seed}`));
  return o;
}

/** Starts (or creates) the benchmark's embedded PostgreSQL with pg_stat_statements loaded. */
export async function startBenchDatabase(dataDir, log = () => {}) {
  mkdirSync(dataDir, { recursive: true });
  const pgDir = path.join(dataDir, 'postgres');
  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  let db = await startEmbeddedDatabase({ dataDir: pgDir });
  if (fresh) {
    // Settings of the benchmark cluster (postgresql.auto.conf): statement statistics for the runner, a buffer cache
    // that holds the hot part of the data, and no fsync wait per commit while loading.
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    for (const sql of [
      "alter system set shared_preload_libraries = 'pg_stat_statements'",
      'alter system set pg_stat_statements.max = 20000',
      "alter system set pg_stat_statements.track = 'top'",
      "alter system set shared_buffers = '1GB'",
      'alter system set max_connections = 200',
    ])
      await c.query(sql);
    await c.end();
    await db.stop();
    db = await startEmbeddedDatabase({ dataDir: pgDir, port: db.port });
    log(`  created PostgreSQL data folder ${pgDir}`);
  }
  return db;
}

async function withClient(url, fn) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Makes sure the database at `url` (owner role) holds the province of these parameters: migrates, then loads
 * whatever phase is missing (agencies, catalogues, reports, standard catalogue, administrator). Returns the
 * meta row: parameters, timings, the codes the runner uses.
 */
export async function ensureProvince(url, o, log = console.log) {
  const orm = await createOrm({ clientUrl: url, poolMax: 4 });
  try {
    const applied = await migrate(orm);
    if (applied.length) log(`  migrations applied: ${applied.join(', ')}`);
    const params = { agencies: o.agencies, seed: o.seed, rows: o.rows, years: o.yearList };
    await orm.em
      .fork()
      .execute(
        'create schema if not exists bench; create table if not exists bench.meta (key text primary key, value jsonb not null)',
      );
    const meta = async () =>
      Object.fromEntries(
        (await orm.em.fork().execute('select key, value from bench.meta')).map((r) => [r.key, r.value]),
      );
    const setMeta = (key, value) =>
      orm.em
        .fork()
        .execute(
          'insert into bench.meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
          [key, JSON.stringify(value)],
        );
    const m0 = await meta();
    const canon = (v) =>
      JSON.stringify(
        Object.keys(v)
          .sort()
          .map((k) => [k, v[k]]),
      );
    if (m0.params && canon(m0.params) !== canon(params)) {
      throw new Error(
        `the data folder holds another province (${JSON.stringify(m0.params)}), not ${JSON.stringify(params)}: use another --data-dir`,
      );
    }
    if (!m0.params) await setMeta('params', params);
    const tree = regionTree(o.seed, o.agencies);
    const timings = { ...(m0.timings ?? {}) };
    await withClient(url, (c) =>
      c.query('alter system set synchronous_commit = off').then(() => c.query('select pg_reload_conf()')),
    );

    // 1. Agencies: one transaction (all or nothing).
    if (!m0.agencies) {
      const t = performance.now();
      await orm.em.fork().transactional(async (em) => {
        const rows = [];
        for (const a of tree) {
          rows.push(
            em.create(Agency, {
              code: a.code,
              name: a.name,
              kind: a.kind,
              parent: a.parentIndex === null ? null : rows[a.parentIndex],
              position: a.position,
            }),
          );
        }
        await em.flush();
      });
      timings.agencies = (performance.now() - t) / 1000;
      await setMeta('agencies', true);
      log(`  agencies: ${tree.length} in ${timings.agencies.toFixed(1)} s`);
    }

    // 2. Catalogues through saveCatalogue (one transaction per agency; resumable), in worker processes.
    if (!m0.catalogues) {
      const t = performance.now();
      const done = new Set(
        (await orm.em.fork().execute('select a.code from agency a join catalogue c on c.agency_id = a.id')).map(
          (r) => r.code,
        ),
      );
      const todo = tree.filter((a) => !done.has(a.code)).map((a) => a.code);
      log(
        `  catalogues: ${todo.length} to save through saveCatalogue (${done.size} already there), ${o.workers} worker(s)…`,
      );
      await runWorkers(url, o, 'catalogues', todo, log);
      await orm.em
        .fork()
        .execute(
          "update catalogue set status = 'PUBLISHED', published_at = now(), published_by = 'bench' where status = 'DRAFT'",
        );
      timings.catalogues = (performance.now() - t) / 1000 + (timings.catalogues ?? 0);
      await setMeta('catalogues', true);
      log(`  catalogues: done in ${timings.catalogues.toFixed(0)} s`);
    }

    // 3. Annual reports: AnnualReport entities, cells through applyReportInput, flushed in batches; resumable.
    if (!m0.reports) {
      const t = performance.now();
      const done = new Set(
        (
          await orm.em
            .fork()
            .execute(
              'select a.code from agency a where exists (select 1 from annual_report r where r.agency_id = a.id)',
            )
        ).map((r) => r.code),
      );
      const todo = tree.filter((a) => !done.has(a.code)).map((a) => a.code);
      log(`  reports: ${todo.length} agencies × ${o.yearList.length} years (${done.size} agencies already there)…`);
      await runWorkers(url, o, 'reports', todo, log);
      timings.reports = (performance.now() - t) / 1000 + (timings.reports ?? 0);
      await setMeta('reports', true);
      log(`  reports: done in ${timings.reports.toFixed(0)} s`);
    }

    // 4. The standard catalogue (template) — only when the platform has STANDARD agencies (coverage matrix).
    const kinds = AgencySchema.meta.properties.kind.items ?? [];
    if (!m0.standard && kinds.includes('STANDARD')) {
      const em = orm.em.fork();
      const province = await em.findOneOrFail(Agency, { code: tree[0].code });
      const std = em.create(Agency, {
        code: `${tree[0].code}-std`,
        name: '云岭省基层政务公开标准目录',
        kind: 'STANDARD',
        parent: province,
        position: 99,
      });
      await em.flush();
      const c = await saveCatalogue(orm.em.fork(), std.id, standardCatalogue(o.seed, std.name), {
        versionLabel: '2025版',
        sourceName: 'bench',
      });
      await orm.em
        .fork()
        .execute(
          "update catalogue set status = 'PUBLISHED', published_at = now(), published_by = 'bench' where id = ?",
          [c.id],
        );
      await setMeta('standard', { code: std.code });
      log(`  standard catalogue: ${std.code}`);
    }

    // 5. An administrator who may read everything, through the platform's first-administrator code.
    if (!m0.admin) {
      await ensureFirstAdministrator(orm.em.fork(), {
        GONGKAI_ADMIN_LOGIN: BENCH_ADMIN.login,
        GONGKAI_ADMIN_PASSWORD: BENCH_ADMIN.password,
      });
      await setMeta('admin', { login: BENCH_ADMIN.login });
    }
    if (!m0.analyzed) {
      await withClient(url, async (c) => {
        await c.query('alter system reset synchronous_commit');
        await c.query('select pg_reload_conf()');
        await c.query('vacuum analyze');
      });
      await setMeta('analyzed', true);
    }
    await setMeta('timings', timings);
    const counts = (
      await orm.em.fork()
        .execute(`select (select count(*) from agency)::int agencies, (select count(*) from catalogue)::int catalogues,
      (select count(*) from catalogue_item)::int items, (select count(*) from requirement)::int requirements,
      (select count(*) from requirement_office)::int office_links, (select count(*) from annual_report)::int reports,
      pg_size_pretty(pg_database_size(current_database())) size`)
    )[0];
    await setMeta('counts', counts);
    return { ...(await meta()), tree };
  } finally {
    await orm.close(true);
  }
}

/** Splits `codes` over `o.workers` child processes (this file with --worker), each with its own ORM. */
async function runWorkers(url, o, phase, codes, log) {
  if (codes.length === 0) return;
  const n = Math.max(1, Math.min(o.workers, codes.length));
  const started = performance.now();
  let progress = 0;
  let lastLog = 0;
  await Promise.all(
    Array.from(
      { length: n },
      (_, w) =>
        new Promise((resolve, reject) => {
          const slice = codes.filter((_, i) => i % n === w);
          const child = fork(fileURLToPath(import.meta.url), ['--worker', phase], {
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          child.on('message', (msg) => {
            if (msg.progress) {
              progress += msg.progress;
              const now = performance.now();
              if (now - lastLog > 15000) {
                lastLog = now;
                const rate = progress / ((now - started) / 1000);
                log(
                  `    ${phase}: ${progress}/${codes.length} agencies, ${rate.toFixed(1)}/s, ~${((codes.length - progress) / rate / 60).toFixed(1)} min left`,
                );
              }
            }
          });
          child.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`${phase} worker ${w} exited with ${code}`)),
          );
          child.send({
            url,
            o: { agencies: o.agencies, seed: o.seed, rows: o.rows, yearList: o.yearList },
            codes: slice,
          });
        }),
    ),
  );
}

async function worker(phase) {
  const { url, o, codes } = await new Promise((resolve) => process.once('message', resolve));
  const orm = await createOrm({ clientUrl: url, poolMax: 2 });
  try {
    const byCode = new Map(regionTree(o.seed, o.agencies).map((a) => [a.code, a]));
    const ids = new Map((await orm.em.fork().execute('select id, code from agency')).map((r) => [r.code, r.id]));
    if (phase === 'catalogues') {
      for (const code of codes) {
        const json = agencyCatalogue(o.seed, byCode.get(code), o.rows);
        await saveCatalogue(orm.em.fork(), ids.get(code), json, {
          versionLabel: '2025版',
          sourceName: 'bench/generate-province.mjs',
        });
        process.send({ progress: 1 });
      }
    } else {
      // 200 reports per flush: ~230 columns each stays under PostgreSQL's 65,535 bind parameters per statement.
      const latest = o.yearList[o.yearList.length - 1];
      let em = orm.em.fork();
      let pending = 0;
      let agenciesPending = 0;
      const flush = async () => {
        await em.flush();
        process.send({ progress: agenciesPending });
        em = orm.em.fork();
        pending = 0;
        agenciesPending = 0;
      };
      for (const code of codes) {
        const agency = em.getReference(Agency, ids.get(code));
        for (const year of o.yearList) {
          const status = reportStatus(rngFor(o.seed, 'status', code, year), year, latest);
          if (!status) continue;
          const { format, cells } = reportCells(o.seed, code, year);
          const r = em.create(AnnualReport, {
            agency,
            year,
            format,
            status,
            overview: `${byCode.get(code).name}${year}年政府信息公开工作总体情况（基准测试数据）`,
          });
          applyReportInput(r, { cells });
          const at = new Date(Date.UTC(year + 1, 0, 10 + (pending % 20)));
          if (status !== 'DRAFT') r.submittedAt = at;
          if (status === 'APPROVED' || status === 'PUBLISHED') r.approvedAt = new Date(at.getTime() + 86400000 * 5);
          if (status === 'PUBLISHED') r.publishedAt = new Date(at.getTime() + 86400000 * 20);
          pending++;
        }
        agenciesPending++;
        if (pending >= 200) await flush();
      }
      await flush();
    }
  } finally {
    await orm.close(true);
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const t = performance.now();
  console.log(
    `province: ${o.agencies} agencies, ${o.rows} rows per catalogue, reports ${o.yearList.join(', ')}, seed ${o.seed} → ${o.dataDir}`,
  );
  const db = await startBenchDatabase(o.dataDir, console.log);
  try {
    const meta = await ensureProvince(db.url, o);
    console.log(`  ${JSON.stringify(meta.counts)}`);
    console.log(
      `ready in ${((performance.now() - t) / 1000).toFixed(1)} s (load timings: ${JSON.stringify(meta.timings)})`,
    );
  } finally {
    await db.stop();
  }
}

if (process.argv[2] === '--worker') {
  await worker(process.argv[3]);
  process.disconnect();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
