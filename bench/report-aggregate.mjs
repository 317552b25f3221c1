// Benchmark: the city-wide sum of 10,000 annual reports of one year (issue: "well under 100 ms at the database").
// Usage: node bench/report-aggregate.mjs [reports=10000] [runs=30]   (after `pnpm build`)
// Starts an embedded PostgreSQL in a temp folder, loads N departments with one 2021-format report each (all 208
// cells filled) through SQL, then times aggregateReports() — the same function the GraphQL API calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  Agency,
  REPORT_CELL_IDS,
  aggregateReports,
  cellColumn,
  createOrm,
  migrate,
  startEmbeddedDatabase,
} from '../packages/db/dist/index.js';
import { REPORT_FORMATS } from '../packages/domain/dist/index.js';

const N = Number(process.argv[2] ?? 10000);
const RUNS = Number(process.argv[3] ?? 30);
const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-'));
const db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg') });
const orm = await createOrm({ clientUrl: db.url });
try {
  await migrate(orm);
  const em = orm.em.fork();
  const gov = em.create(Agency, {
    code: 'bench-gov',
    name: '基准测试市人民政府',
    kind: 'GOVERNMENT',
    parent: null,
    position: 0,
  });
  await em.flush();
  const t0 = performance.now();
  await em.execute(
    `insert into agency (id, code, name, kind, parent_id, position) select gen_random_uuid(), 'bench-' || i, '部门' || i, 'DEPARTMENT', ?, i from generate_series(1, ?) i`,
    [gov.id, N],
  );
  const cols = REPORT_FORMATS['2021'].cells.map((c) => cellColumn(c.id));
  const values = REPORT_FORMATS['2021'].cells.map((c) =>
    c.kind === 'amount' ? 'round((random() * 100)::numeric, 4)' : 'floor(random() * 50)',
  );
  await em.execute(
    `insert into annual_report (id, agency_id, year, format, status, ${cols.join(', ')}) select gen_random_uuid(), a.id, 2024, '2021', 'APPROVED', ${values.join(', ')} from agency a where a.parent_id = ?`,
    [gov.id],
  );
  await em.execute('analyze annual_report');
  console.log(
    `loaded ${N} reports × ${cols.length} cells in ${((performance.now() - t0) / 1000).toFixed(1)} s (${REPORT_CELL_IDS.length} cell columns in the table)`,
  );
  const times = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const fork = orm.em.fork();
    const start = performance.now();
    const agg = await aggregateReports(fork, gov.id, 2024);
    const ms = performance.now() - start;
    if (i >= 3) times.push(ms); // warm-up
    if (i === 0)
      console.log(
        `included ${agg.included.length}, missing ${agg.missing.length}, a.newReceived.total = ${agg.data.cells['a.newReceived.total']}`,
      );
  }
  // The summing statement alone, timed by PostgreSQL.
  const sums = cols.map((c) => `sum(${c})`).join(', ');
  const [plan] = await orm.em
    .fork()
    .execute(
      `explain (analyze, format json) select ${sums} from annual_report where year = 2024 and format = '2021' and status in ('APPROVED', 'PUBLISHED')`,
    );
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`aggregateReports over ${N} reports, ${RUNS} runs: p50 ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`);
  console.log(`the sum statement alone (EXPLAIN ANALYZE): ${plan['QUERY PLAN'][0]['Execution Time'].toFixed(1)} ms`);
} finally {
  await orm.close(true);
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
