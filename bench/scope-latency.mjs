// Single-request latency of the province benchmark's read operations, signed in as the platform administrator (scope
// 'all') and as a CITY_REVIEWER of the province government (scope: every agency of the province, as an id list) —
// the blind spot of issue 14: the administrator's scope skips the row-level-security id check.
//
//   node bench/scope-latency.mjs --url http://127.0.0.1:PORT/graphql [--repeat 5] [--login bench-admin --password …]
//
// Runs against a server that `pnpm bench` (or bench/generate-province.mjs) data is loaded into. Requests one after
// another (no concurrency): the median of --repeat requests per operation, target and user. Not a load test.
import { BENCH_ADMIN, parseArgs } from './generate-province.mjs';
import { OPERATIONS } from './operations.mjs';

const o = parseArgs(process.argv.slice(2), { repeat: 5, login: BENCH_ADMIN.login, password: BENCH_ADMIN.password });
if (!o.url) throw new Error('--url http://host:port/graphql');

async function gql(query, variables, cookie) {
  const res = await fetch(o.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`${query.slice(0, 60)}: ${text.slice(0, 400)}`);
  return { json, cookie: /gongkai_session=[^;]+/u.exec(res.headers.get('set-cookie') ?? '')?.[0] };
}

const LOGIN = 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }';
const admin = (await gql(LOGIN, { l: o.login, p: o.password })).cookie;

// The province (the root government), a county government and a department catalogue.
const roots = (await gql('{ agencyRoots { code children { code kind children { code kind } } } }', {}, admin)).json.data
  .agencyRoots;
const province = roots[0];
const county = province.children
  .find((c) => c.kind === 'GOVERNMENT')
  .children.find((c) => c.kind === 'GOVERNMENT' || c.kind === 'DEPARTMENT');
const countyCode =
  county.kind === 'GOVERNMENT' ? county.code : province.children.find((c) => c.kind === 'GOVERNMENT').code;
const dept = (
  await gql(
    'query($c: String!) { agency(code: $c) { children { code kind currentCatalogue { id } } } }',
    { c: countyCode },
    admin,
  )
).json.data.agency.children.find((a) => a.kind === 'DEPARTMENT' && a.currentCatalogue);

// A reviewer of the province government, fresh each run.
const login = `bench.reviewer.${Date.now()}`;
const made = await gql(
  'mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword } }',
  { i: { login, displayName: '省级审核员（基准）', agencyCode: province.code, roles: ['CITY_REVIEWER'] } },
  admin,
);
const first = await gql(LOGIN, { l: login, p: made.json.data.createUser.oneTimePassword });
await gql(
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
  { c: made.json.data.createUser.oneTimePassword, n: 'Bench-Reviewer-2026!' },
  first.cookie,
);
const reviewer = (await gql(LOGIN, { l: login, p: 'Bench-Reviewer-2026!' })).cookie;

const targets = {
  agencyList: { code: countyCode },
  catalogueTree: { id: dept.currentCatalogue.id },
  reportSum: { code: countyCode, year: 2024 },
  reportSumSubtree: { code: province.code, year: 2024 },
};
const rows = [];
for (const [name, variables] of Object.entries(targets)) {
  const op = OPERATIONS[name];
  for (const [who, cookie] of [
    ['administrator', admin],
    ['province reviewer', reviewer],
  ]) {
    const times = [];
    for (let i = 0; i < Number(o.repeat); i++) {
      const t0 = performance.now();
      await gql(op.ours.query, variables, cookie);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({ operation: name, user: who, 'p50 ms': Math.round(times[Math.floor(times.length / 2)]) });
  }
}
console.table(rows);
