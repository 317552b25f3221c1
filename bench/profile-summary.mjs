// Summarizes a V8 CPU profile (`pnpm bench -- --cpu-prof` writes our server's to bench/.profiles/): self time by
// package (graphql, type-graphql, @mikro-orm/*, pg, our packages …) and the top functions.
//   node bench/profile-summary.mjs [file.cpuprofile]   (default: the newest in bench/.profiles)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let file = process.argv[2];
if (!file) {
  const dir = path.join(here, '.profiles');
  file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

function packageOf(url) {
  if (!url) return '(native/V8)';
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/u.exec(url);
  if (m) return m[1];
  const w = /\/work\/[^/]+\/(packages|apps)\/([^/]+)/u.exec(url) ?? /\/(packages|apps)\/([^/]+)\/dist/u.exec(url);
  if (w) return `@gongkai/${w[2]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url;
}
const byPkg = new Map();
const byFn = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const special = ['(garbage collector)', '(idle)', '(program)'].includes(cf.functionName);
  const pkg = special ? cf.functionName : packageOf(cf.url);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
  if (pkg === '(idle)') continue;
  byFn.set(fnKey(n), (byFn.get(fnKey(n)) ?? 0) + us);
}

function fnKey(n) {
  const cf = n.callFrame;
  const special = ['(garbage collector)', '(idle)', '(program)'].includes(cf.functionName);
  const pkg = special ? '' : packageOf(cf.url);
  return `${cf.functionName || '(anonymous)'}  ${pkg}${cf.url ? ` ${path.basename(cf.url)}:${cf.lineNumber + 1}` : ''}`;
}

// Inclusive time: every distinct function on the stack of a sample gets the sample's time once.
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = fnKey(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
const busy = total - (byPkg.get('(idle)') ?? 0);
const pct = (us) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
console.log(
  `${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)\n`,
);
console.log('self time by package:');
for (const [k, v] of [...byPkg]
  .filter(([k]) => k !== '(idle)')
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20))
  console.log(`  ${pct(v)}  ${k}`);
console.log('\ntop functions (self time):');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${pct(v)}  ${k}`);
const filter = process.argv[3]
  ? new RegExp(process.argv[3], 'u')
  : /@gongkai|@mikro-orm|graphql|type-graphql|@apollo|dataloader|express|pg /u;
console.log(`\ntop functions (inclusive time, matching ${filter}):`);
for (const [k, v] of [...incl]
  .filter(([k]) => filter.test(k) && !/^\((root|idle|program)\)/u.test(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 45))
  console.log(`  ${pct(v)}  ${k}`);
