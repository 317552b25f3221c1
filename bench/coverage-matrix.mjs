// Benchmark: the coverage matrix of a 100-item standard catalogue over 1,000 departments (issue 6: "well under a
// second on the server"; "the comparison does not issue a query per department").
// Usage: node --expose-gc bench/coverage-matrix.mjs [departments=1000] [templateItems=100] [runs=10]   (after `pnpm build`)
//
// Part 1 times the domain function coverageMatrix() on catalogues in memory (what the server computes).
// Part 2 loads the same catalogues into an embedded PostgreSQL through the platform's saveCatalogue() and times
// computeCoverageMatrix() — the function behind the `coverageMatrix` query: load latest versions, trees, decisions,
// compute — counting the SQL statements it issues.
// Department catalogues are generated deterministically (seeded PRNG) from the template: most items kept under the
// same name, some under a synonym or a reworded name, some dropped, some with a looser deadline or fewer channels,
// plus items of their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { coverageMatrix, parseTimeLimit, CHANNELS } from '../packages/domain/dist/index.js';
import {
  Agency,
  computeCoverageMatrix,
  createOrm,
  latestPublishedCatalogues,
  loadCatalogueTrees,
  migrate,
  saveCatalogue,
  startEmbeddedDatabase,
} from '../packages/db/dist/index.js';

const DEPARTMENTS = Number(process.argv[2] ?? 1000);
const ITEMS = Number(process.argv[3] ?? 100);
const RUNS = Number(process.argv[4] ?? 10);

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  '行政许可',
  '行政处罚',
  '财政资金',
  '政府采购',
  '重大项目',
  '公共服务',
  '社会救助',
  '安全生产',
  '环境保护',
  '市场监管',
  '教育招生',
  '医疗卫生',
  '劳动就业',
  '住房保障',
  '交通运输',
  '农业农村',
  '文化旅游',
  '应急管理',
  '统计数据',
  '人事招录',
];
const ASPECTS = [
  '办事指南',
  '办理结果',
  '政策文件',
  '监督检查',
  '收费标准',
  '年度计划',
  '执行情况',
  '信息统计',
  '申请条件',
  '服务机构',
];
const ch = (n) => CHANNELS.slice(0, n).map((c) => c.code);
const limit = (raw) => {
  const t = parseTimeLimit(raw);
  return { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault };
};
const row = (raw, channels, remarks, content) => ({
  line: null,
  contentIntro: null,
  contentElements: content,
  timeLimit: limit(raw),
  publishingOrgans: ['本机关'],
  channels,
  extraChannels: [],
  audiences: ['PUBLIC'],
  offices: ['办公室'],
  legalBasis: ['《中华人民共和国政府信息公开条例》'],
  modes: ['主动'],
  levels: ['县级'],
  remarks,
});

// The template: 10 first-level topics × 10 leaves (3 levels: topic › aspect).
function makeTemplate() {
  const rnd = prng(1);
  const topics = TOPICS.slice(0, Math.ceil(ITEMS / 10));
  let n = 0;
  const items = topics.map((topic, i) => ({
    name: topic,
    level: 1,
    serial: String(i + 1),
    line: null,
    requirements: [],
    children: ASPECTS.filter(() => n < ITEMS).map((aspect) => {
      n++;
      return {
        name: `${topic}${aspect}`,
        level: 2,
        serial: null,
        line: null,
        children: [],
        requirements: [
          row(
            '自该政府信息形成或者变更之日起20个工作日内',
            ch(3),
            [rnd() < 0.6 ? '必选' : '可选'],
            [`${topic}${aspect}的主要内容`, '依据', '时间'],
          ),
        ],
      };
    }),
  }));
  return {
    title: '基准测试标准目录',
    agencyName: null,
    offices: [{ name: '办公室', aliases: [] }],
    findings: [],
    items,
  };
}

function makeDepartment(template, seed) {
  const rnd = prng(seed);
  const items = template.items.map((t) => ({
    ...t,
    children: t.children
      .filter(() => rnd() > 0.12) // ~12% missing
      .map((c) => {
        const r = rnd();
        const name = r < 0.7 ? c.name : r < 0.85 ? `${c.name}信息` : `关于${c.name.slice(2)}的公开`;
        const req = structuredClone(c.requirements[0]);
        if (rnd() < 0.15) req.timeLimit = limit('自该政府信息形成或者变更之日起30个工作日内');
        if (rnd() < 0.15) req.channels = ch(1);
        req.remarks = [];
        return { ...c, name, requirements: [req] };
      }),
  }));
  items.push({
    name: `本部门特色事项${seed % 7}`,
    level: 1,
    serial: null,
    line: null,
    requirements: [row('每季度结束后15日内', ch(2), [], ['统计表'])],
    children: [],
  });
  return { ...template, title: `部门${seed}主动公开目录`, items };
}

const template = makeTemplate();
const departments = Array.from({ length: DEPARTMENTS }, (_, i) => makeDepartment(template, i + 2));
const rowsPerDept = departments[0].items.reduce((s, i) => s + i.children.length + i.requirements.length, 0);
console.log(
  `template: ${template.items.reduce((s, i) => s + i.children.length, 0)} items; ${DEPARTMENTS} departments of ~${rowsPerDept} rows`,
);

const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  return `p50 ${s[Math.floor(s.length / 2)].toFixed(0)} ms, min ${s[0].toFixed(0)} ms, max ${s.at(-1).toFixed(0)} ms`;
};

// Part 1: the domain computation.
{
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const input = departments.map((d, k) => ({ key: String(k), items: d.items })); // each call starts with an empty score cache
    globalThis.gc?.(); // the generator's garbage is not the matrix's
    const t0 = performance.now();
    const m = coverageMatrix(template, input);
    const ms = performance.now() - t0;
    if (i >= 2) times.push(ms);
    if (i === 0) {
      const count = (s) => m.rows.reduce((n, r) => n + r.cells.filter((c) => c.status === s).length, 0);
      console.log(
        `matrix ${m.rows.length} × ${m.columns.length}: covered ${count('covered')}, weaker ${count('weaker')}, missing ${count('missing')}`,
      );
    }
  }
  console.log(`coverageMatrix() in memory: ${stats(times)}`);
}

// Part 2: through the database.
const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-matrix-'));
const db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg') });
let statements = 0;
const orm = await createOrm({ clientUrl: db.url, onQuery: () => statements++ });
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
  const std = em.create(Agency, {
    code: 'bench-std',
    name: '基准测试标准目录',
    kind: 'STANDARD',
    parent: gov,
    position: 0,
  });
  await em.flush();
  const t0 = performance.now();
  const templateCatalogue = await saveCatalogue(em, std.id, template, { versionLabel: '标准' });
  templateCatalogue.status = 'PUBLISHED';
  templateCatalogue.publishedAt = new Date();
  const ids = [];
  for (let i = 0; i < DEPARTMENTS; i++) {
    const fork = orm.em.fork();
    const a = fork.create(Agency, {
      code: `bench-${i}`,
      name: `部门${i}`,
      kind: 'DEPARTMENT',
      parent: fork.getReference(Agency, gov.id),
      position: i + 1,
    });
    await fork.flush();
    const c = await saveCatalogue(fork, a.id, departments[i], { versionLabel: '2024版' });
    c.status = 'PUBLISHED';
    c.publishedAt = new Date();
    await fork.flush();
    ids.push(a.id);
  }
  await em.flush();
  await em.execute('analyze');
  console.log(
    `loaded ${DEPARTMENTS} catalogues through saveCatalogue() in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const times = [];
  const counts = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const fork = orm.em.fork();
    statements = 0;
    const t1 = performance.now();
    const m = await computeCoverageMatrix(fork, templateCatalogue.id, ids);
    const ms = performance.now() - t1;
    if (i >= 2) {
      times.push(ms);
      counts.push(statements);
    }
    if (i === 0) console.log(`rows ${m.rows.length}, columns ${m.columns.length}`);
  }
  console.log(
    `computeCoverageMatrix() with the database: ${stats(times)}; SQL statements per call: ${[...new Set(counts)].join(', ')}`,
  );
  // Where the time goes: the trees' statement at the database, and loading them into Node.
  const catalogueIds = [...(await latestPublishedCatalogues(orm.em.fork(), ids)).values()].map((l) => l.catalogueId);
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const t2 = performance.now();
    await loadCatalogueTrees(orm.em.fork(), [templateCatalogue.id, ...catalogueIds]);
    loads.push(performance.now() - t2);
  }
  console.log(`  of which loadCatalogueTrees(): ${stats(loads)}`);
  const sqlOnly = [];
  for (let i = 0; i < 3; i++) {
    const t3 = performance.now();
    await orm.em
      .fork()
      .execute(
        `select sum(length(t::text)) as n from (select (select json_agg(json_build_array(r.item_id, r.content_elements, r.time_limit_rule, r.channels, (select coalesce(json_agg(o.name order by ro.position), '[]') from requirement_office ro join office o on o.id = ro.office_id where ro.requirement_id = r.id)) order by r.position) from requirement r where r.catalogue_id = c.id) as t from unnest(?::uuid[]) as c(id)) x`,
        [`{${catalogueIds.join(',')}}`],
      );
    sqlOnly.push(performance.now() - t3);
  }
  console.log(`  building the rows' JSON inside PostgreSQL without sending it: ${stats(sqlOnly)}`);
} finally {
  await orm.close(true);
  if (process.env.BENCH_KEEP) console.log(`database kept running at ${db.url} (data in ${dir})`);
  else {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
