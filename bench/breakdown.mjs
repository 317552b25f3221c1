// Where one request's time goes in our server, without HTTP and without concurrency (one request at a time, in
// process): the session lookup, the operation through Apollo (access rules, cost, transaction, resolvers, loaders),
// and the JSON serialization — and for the catalogue tree, the same data read as plain SQL rows, through the ORM's
// loaders, and with the ORM's commit-time flush.
//   node bench/breakdown.mjs [--agencies 10000] [--seed 7] [--runs 100] [--data-dir …]   (after `pnpm bench` made the data)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { OPERATIONS } from './operations.mjs';

const { BENCH_ADMIN, parseArgs, startBenchDatabase, ensureProvince } = await import('./generate-province.mjs');
const { appDatabaseUrl, createOrm, User, Catalogue } = await import('../packages/db/dist/index.js');
const api = await import('../packages/api/dist/index.js');

const o = parseArgs(process.argv.slice(2), { runs: 100 });
const db = await startBenchDatabase(o.dataDir);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn, runs = o.runs) => {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(i); // warm-up
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    ts.push(performance.now() - t);
  }
  return median(ts);
};
try {
  const meta = await ensureProvince(db.url, o, () => {});
  const owner = await createOrm({ clientUrl: db.url, poolMax: 2 });
  const orm = await createOrm({ clientUrl: appDatabaseUrl(db.url), poolMax: 4 });
  const systemOrm = await createOrm({ clientUrl: appDatabaseUrl(db.url), poolMax: 2 });
  const admin = await owner.em.fork().findOneOrFail(User, { login: BENCH_ADMIN.login });
  const { token } = await api.createSession(owner.em.fork(), admin, { ip: null, userAgent: 'bench/breakdown' });
  const apollo = await api.createApolloServer();
  await apollo.start();

  const counties = meta.tree
    .filter((a) => a.level === 'county' && a.kind === 'GOVERNMENT')
    .slice(0, 8)
    .map((a) => a.code);
  const depts = meta.tree
    .filter((a) => a.kind === 'DEPARTMENT' && a.level === 'county')
    .slice(0, 8)
    .map((a) => a.code);
  const ownerEm = owner.em.fork();
  const catalogueIds = (
    await ownerEm.execute('select c.id from catalogue c join agency a on a.id = c.agency_id where a.code in (?)', [
      depts,
    ])
  ).map((r) => r.id);
  const std = meta.standard
    ? (
        await ownerEm.execute('select c.id from catalogue c join agency a on a.id = c.agency_id where a.code = ?', [
          meta.standard.code,
        ])
      )[0]?.id
    : null;
  const ctxData = {
    latestYear: o.yearList.at(-1),
    sample: { counties, departmentCatalogues: catalogueIds, standardCatalogue: std },
    oursSchema: await api.schemaSdl(),
    peerSumFields: [],
  };

  console.log(`one request at a time, median of ${o.runs} (ms) — ${meta.counts.agencies} agencies\n`);
  const sessionMs = await time(() => api.createContext(orm, { systemOrm, sessionToken: token }));
  console.log(`session lookup (createContext: 1 system transaction, 4 statements)   ${sessionMs.toFixed(2)}`);

  for (const [name, op] of Object.entries(OPERATIONS)) {
    if (op.requires && !op.requires(ctxData)) continue;
    const targets = op.targets(ctxData);
    let last;
    const execMs = await time(
      async (i) => {
        const contextValue = await api.createContext(orm, { systemOrm, sessionToken: token });
        const res = await apollo.executeOperation(
          { query: op.ours.query, variables: targets[i % targets.length] },
          { contextValue },
        );
        last = res.body.singleResult;
        if (last.errors) throw new Error(JSON.stringify(last.errors));
      },
      name === 'coverageMatrix' || name === 'agencyList' ? Math.min(o.runs, 10) : o.runs,
    );
    const strMs = await time(() => JSON.stringify(last));
    console.log(
      `${name.padEnd(15)} session + Apollo executeOperation ${execMs.toFixed(2).padStart(8)}   JSON.stringify ${strMs.toFixed(2).padStart(6)}   (${(JSON.stringify(last).length / 1024).toFixed(0)} KB)`,
    );
  }

  // GraphQL execution alone: the tree query run again on a context whose loaders and identity map already hold
  // the data (no statement is sent), as graphql-js execute() — the resolvers, type-graphql's field wrappers, and
  // the building of the result.
  {
    // The same graphql-js instance the schema was built with (packages/api's, CommonJS build).
    const { parse, execute } = createRequire(new URL('../packages/api/package.json', import.meta.url))('graphql');
    const schema = await api.createSchema();
    const document = parse(OPERATIONS.catalogueTree.ours.query);
    const contextValue = await api.createContext(orm, { systemOrm, sessionToken: token });
    await contextValue.em.begin();
    await api.applyScope(contextValue.em, { read: 'all', write: [], public: false });
    const variableValues = { id: catalogueIds[0] };
    const first = await execute({ schema, document, contextValue, variableValues });
    if (first.errors) throw new Error(JSON.stringify(first.errors));
    const execOnly = await time(() => execute({ schema, document, contextValue, variableValues }));
    await contextValue.em.rollback();
    console.log(`\ncatalogueTree   graphql execute() with the data already loaded        ${execOnly.toFixed(2)}`);
  }

  // The catalogue tree's data, three ways.
  console.log('\ncatalogue tree: the same rows');
  const sql = new pg.Pool({ connectionString: appDatabaseUrl(db.url), max: 1 });
  const id = (i) => catalogueIds[i % catalogueIds.length];
  const scope = "select set_config('gongkai.read', 'all', true)";
  const rawMs = await time(async (i) => {
    const c = await sql.connect();
    try {
      await c.query('begin');
      await c.query(scope);
      await c.query('select * from catalogue where id = $1', [id(i)]);
      // The loaders run these three at once (one connection: pg queues them).
      await Promise.all([
        c.query('select * from catalogue_item where catalogue_id = $1 order by position', [id(i)]),
        c.query('select * from requirement where catalogue_id = $1 order by position', [id(i)]),
        c.query(
          'select ro.*, o.* from requirement_office ro join office o on o.id = ro.office_id join requirement r on r.id = ro.requirement_id where r.catalogue_id = $1 order by ro.position',
          [id(i)],
        ),
      ]);
      await c.query('commit');
    } finally {
      c.release();
    }
  });
  console.log(`  plain SQL (pg, 4 statements + begin/scope/commit)           ${rawMs.toFixed(2)}`);
  const viaOrm = (finish) => async (i) => {
    const em = orm.em.fork();
    await em.begin();
    await api.applyScope(em, { read: 'all', write: [], public: false });
    const loaders = api.createLoaders(em);
    const cat = await em.findOne(Catalogue, id(i));
    await Promise.all([
      loaders.itemsByCatalogue.load(cat.id),
      loaders.requirementsByCatalogue.load(cat.id),
      loaders.officesByCatalogueRequirement.load(cat.id),
    ]);
    await (finish === 'commit' ? em.commit() : em.rollback());
  };
  const ormRollbackMs = await time(viaOrm('rollback'));
  const ormCommitMs = await time(viaOrm('commit'));
  console.log(`  MikroORM loaders (same statements, entities), rollback       ${ormRollbackMs.toFixed(2)}`);
  console.log(`  MikroORM loaders, commit (flush computes change sets)        ${ormCommitMs.toFixed(2)}`);
  await sql.end();

  // What a province-wide sum (all ~10,000 agencies) would cost at the database — the API's reportAggregate sums one
  // government's direct departments only. Same cell columns, approved and published reports of the latest year.
  {
    const { REPORT_FORMATS, formatForYear } = await import('../packages/domain/dist/index.js');
    const { cellColumn } = await import('../packages/db/dist/index.js');
    const year = o.yearList.at(-1);
    const sums = REPORT_FORMATS[formatForYear(year)].cells.map((c, i) => `sum(${cellColumn(c.id)}) s${i}`).join(', ');
    const province = meta.tree[0].code;
    const variants = {
      'every report of the year (no tree walk)': `select count(*), ${sums} from annual_report r where r.year = ${year} and r.status in ('APPROVED', 'PUBLISHED')`,
      'subtree of the province (recursive CTE)': `with recursive t as (select id from agency where code = '${province}' union all select a.id from agency a join t on a.parent_id = t.id)
         select count(*), ${sums} from annual_report r where r.year = ${year} and r.status in ('APPROVED', 'PUBLISHED') and r.agency_id in (select id from t)`,
    };
    console.log(
      `\nprovince-wide sum of ${year} at the database (EXPLAIN ANALYZE execution time, median of 10, owner role)`,
    );
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    for (const [label, q] of Object.entries(variants)) {
      const ts = [];
      let n = 0;
      for (let i = 0; i < 12; i++) {
        const { rows } = await c.query(`explain (analyze, format json) ${q}`);
        if (i >= 2) ts.push(rows[0]['QUERY PLAN'][0]['Execution Time']);
      }
      n = (await c.query(q)).rows[0].count;
      console.log(`  ${label.padEnd(42)} ${median(ts).toFixed(1).padStart(7)} ms  (${n} reports)`);
    }
    await c.end();
  }
  await apollo.stop();
  await orm.close(true);
  await systemOrm.close(true);
  await owner.close(true);
} finally {
  await db.stop();
}
