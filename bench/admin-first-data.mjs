// The admin's first data per page at province scale (issue 14: "first data of any page < 100 KB and < 100 ms single
// request"): response size and single-request time (median of --repeat, after one warm-up) of the navigation and the
// agency list — before (the whole province: NavAgencies, AgencyList) and after (agencyNavigation, one tree level,
// search) — signed in as the platform administrator and as a province-level reviewer (row-level security on).
//
//   node bench/admin-first-data.mjs --database-url postgres://…/gongkai   (starts apps/server/dist/main.js itself)
//   node bench/admin-first-data.mjs --url http://127.0.0.1:PORT/graphql    (a server already running)
//          [--repeat 5] [--login bench-admin --password …] [--as admin,reviewer]
//
// `pnpm run build` first. The reviewer is created (a fresh login per run) as bench/scope-latency.mjs does.
import { BENCH_ADMIN, parseArgs } from './generate-province.mjs';
import { LOGIN, gql, startOurServer } from './our-server.mjs';

const o = parseArgs(process.argv.slice(2), {
  repeat: 5,
  login: BENCH_ADMIN.login,
  password: BENCH_ADMIN.password,
  as: 'admin,reviewer',
});

const ROW = `id code name kind officeCount childCount catalogue { id title versionLabel status itemCount requirementCount }
  findings { total error warning info } path { code name }`;
/** Today's documents (apps/admin/src/queries.ts before issue 14), as the admin sent them. */
const BEFORE = {
  'NavAgencies (every page)': ['query NavAgencies { agencies { id code name kind currentCatalogue { id } } }', {}],
  'AgencyList (/agencies)': [
    `query AgencyList { agencies { ...AgencySummary parent { id } } }
     fragment AgencySummary on Agency { id code name kind offices { id } currentCatalogue { id title versionLabel status
       itemCount requirementCount findings { id severity } } }`,
    {},
  ],
};
/** The documents of apps/admin/src/queries.ts and pages/agencies/agency-list-queries.ts after it. */
const after = (countyCode) => ({
  'baseline: { me { login } }': ['{ me { login } }', {}],
  'AgencyNavigation (every page)': [
    `query AgencyNavigation($limit: Int) { agencyNavigation(limit: $limit) { catalogueTotal firstGovernmentCode
       catalogues { id code name kind } standards { id code name kind } } }`,
    { limit: 30 },
  ],
  'AgencyListFirst (/agencies)': [
    `query AgencyListFirst($expandBelow: Int) { agencyListSummary { agencies governments catalogues findings standards }
       agencyLevel(expandBelow: $expandBelow) { total rows { ${ROW} children { ${ROW} } } } standardAgencies { ${ROW} } }`,
    { expandBelow: 100 },
  ],
  [`AgencyChildren (largest level: ${countyCode.name})`]: [
    `query AgencyChildren($parentCode: String!) { agencyLevel(parentCode: $parentCode) { total rows { ${ROW} } } }`,
    { parentCode: countyCode.code },
  ],
  'AgencySearch「人民政府」': [
    `query AgencySearch($text: String!, $limit: Int) { searchAgencies(text: $text, limit: $limit) { total rows { ${ROW} } } }`,
    { text: '人民政府', limit: 100 },
  ],
  'AgencySearch「局」(many hits, first 100)': [
    `query AgencySearch($text: String!, $limit: Int) { searchAgencies(text: $text, limit: $limit) { total rows { ${ROW} } } }`,
    { text: '局', limit: 100 },
  ],
});

async function reviewerCookie(url, admin, provinceCode) {
  const login = `bl.rev.${Date.now().toString(36)}`;
  const made = await gql(
    url,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword } }',
    { i: { login, displayName: '省级审核员（基准）', agencyCode: provinceCode, roles: ['CITY_REVIEWER'] } },
    admin,
  );
  const first = await gql(url, LOGIN, { l: login, p: made.json.data.createUser.oneTimePassword });
  await gql(
    url,
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { c: made.json.data.createUser.oneTimePassword, n: 'Bench-Reviewer-2026!' },
    first.cookie,
  );
  return (await gql(url, LOGIN, { l: login, p: 'Bench-Reviewer-2026!' })).cookie;
}

async function measure(url, cookie, name, [query, variables]) {
  await gql(url, query, variables, cookie); // warm-up
  const times = [];
  let bytes = 0;
  for (let i = 0; i < o.repeat; i++) {
    const r = await gql(url, query, variables, cookie);
    times.push(r.ms);
    bytes = r.bytes;
  }
  times.sort((a, b) => a - b);
  return { name, kb: bytes / 1024, median: times[Math.floor(times.length / 2)] };
}

const server = o.url ? null : await startOurServer(String(o.databaseUrl ?? process.env.DATABASE_URL));
const url = o.url ? String(o.url) : server.url;
try {
  const admin = (await gql(url, LOGIN, { l: o.login, p: o.password })).cookie;
  if (!admin) throw new Error('sign-in failed');
  const top = await gql(
    url,
    after({ code: '', name: '' })['AgencyListFirst (/agencies)'][0],
    { expandBelow: 0 },
    admin,
  );
  const province = top.json.data.agencyLevel.rows[0];
  // The largest level two levels down (a county government in the generated province): the widest lazy load.
  const level = async (code) =>
    (
      await gql(
        url,
        `query($p: String!) { agencyLevel(parentCode: $p, limit: 500) { rows { code name childCount } } }`,
        { p: code },
        admin,
      )
    ).json.data.agencyLevel.rows;
  const cities = await level(province.code);
  const below = [];
  for (const c of cities.filter((c) => c.childCount > 0)) below.push(...(await level(c.code)));
  const county = [province, ...cities, ...below].sort((a, b) => b.childCount - a.childCount)[0];
  const total = top.json.data.agencyListSummary.agencies + top.json.data.agencyListSummary.standards;
  console.log(`\n${total} agencies; top level ${province.name}; largest level ${county.name} (${county.childCount})`);
  for (const who of String(o.as).split(',')) {
    const cookie = who === 'reviewer' ? await reviewerCookie(url, admin, province.code) : admin;
    console.log(
      `\nsigned in as ${who === 'reviewer' ? `a CITY_REVIEWER of ${province.name}` : 'the platform administrator'}`,
    );
    console.log('| | operation | response | single request (median of ' + o.repeat + ') |');
    console.log('|---|---|---:|---:|');
    for (const [phase, ops] of [
      ['before', BEFORE],
      ['after', after(county)],
    ])
      for (const [name, op] of Object.entries(ops)) {
        if (phase === 'after' && name.startsWith('baseline')) {
          const b = await measure(url, cookie, name, op);
          console.log(
            `| — | ${b.name} (session + transaction + HTTP) | ${b.kb.toFixed(1)} KB | ${b.median.toFixed(1)} ms |`,
          );
          continue;
        }
        const m = await measure(url, cookie, name, op);
        console.log(`| ${phase} | ${m.name} | ${m.kb.toFixed(1)} KB | ${m.median.toFixed(1)} ms |`);
      }
  }
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
}
