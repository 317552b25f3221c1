// Event-loop delay while catalogue files are parsed (issue 11): through the worker pool the server uses
// (parseCatalogueText / parseCatalogueFile of @gongkai/exchange), and, for comparison, in the calling thread.
//
//   pnpm run build && node bench/import-event-loop.mjs [runs=3]
//
// Files, made here (packages/exchange/src/hostile-files.ts): a legitimate 10,000-row text (the rows of the demo's
// 根河市司法局 catalogue repeated under renamed items), the reported workbook with cells A1, CV1 and A600 only, a
// workbook with cells A1 and XFD1048576, a 600 KB zip bomb inflating to 600 MB, the same bomb declaring 1,000 bytes,
// and a legitimate 10,000-row workbook (our own export of the 10,000-row catalogue).
// For each: max and p99 of perf_hooks.monitorEventLoopDelay (1 ms resolution) over all runs, and the wall time.
// Only the parse is measured, not saving the catalogue (packages/db saveCatalogue runs on the request thread).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const root = new URL('../', import.meta.url);
const exchange = await import(new URL('packages/exchange/dist/index.js', root).href);
const fixtures = await import(new URL('packages/exchange/dist/hostile-files.js', root).href);
const domain = await import(new URL('packages/domain/dist/index.js', root).href);
const runs = Number(process.argv[2] ?? 3);

const seed = readFileSync(new URL('demo-data/catalogues/genhe-sifaju.txt', root), 'utf8');
const text10k = fixtures.largeCatalogueText(seed, 10_000);
const parsed10k = domain.importCatalogueText(text10k);
const files = {
  reported: await fixtures.sparseXlsx(['A1', 'CV1', 'A600']),
  lastRow: await fixtures.sparseXlsx(['A1', 'XFD1048576']),
  bomb: await fixtures.zipBombXlsx({ inflatedMiB: 600 }),
  liar: await fixtures.zipBombXlsx({ inflatedMiB: 600, declaredBytes: 1000 }),
  xlsx10k: await exchange.writeCatalogueXlsx(parsed10k.catalogue),
};

const outcome = (r) =>
  r.ok
    ? `导入成功（${r.catalogue.items.length} 个事项）`
    : r.error.message.length > 60
      ? `${r.error.message.slice(0, 60)}…`
      : r.error.message;
const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);

const cases = [
  ['10,000-row text (3.4 MB)', 'pool', () => exchange.parseCatalogueText(text10k, { sourceName: '万行.txt' })],
  [
    `reported workbook A1 + CV1 + A600 (${kb(files.reported.length)})`,
    'pool',
    () => exchange.parseCatalogueFile('a.xlsx', files.reported),
  ],
  [
    `workbook A1 + XFD1048576 (${kb(files.lastRow.length)})`,
    'pool',
    () => exchange.parseCatalogueFile('a.xlsx', files.lastRow),
  ],
  [
    `zip bomb, 600 MB declared (${kb(files.bomb.length)})`,
    'pool',
    () => exchange.parseCatalogueFile('a.xlsx', files.bomb),
  ],
  [
    `zip bomb declaring 1,000 bytes (${kb(files.liar.length)})`,
    'pool',
    () => exchange.parseCatalogueFile('a.xlsx', files.liar),
  ],
  [
    `10,000-row workbook (${kb(files.xlsx10k.length)})`,
    'pool',
    () => exchange.parseCatalogueFile('a.xlsx', files.xlsx10k),
  ],
  [
    '10,000-row text (3.4 MB)',
    'in-thread (old path)',
    async () => domain.importCatalogueText(text10k, { sourceName: '万行.txt' }),
  ],
  [
    `10,000-row workbook (${kb(files.xlsx10k.length)})`,
    'in-thread (new reader)',
    () => exchange.readCatalogueFile('a.xlsx', files.xlsx10k),
  ],
];

async function measure(run) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  const walls = [];
  let result;
  // Enabled once for all runs: re-enabling a histogram counts the time it was disabled as a delay.
  h.enable();
  for (let i = 0; i < runs; i++) {
    await sleep(50);
    const t = performance.now();
    result = await run();
    walls.push(performance.now() - t);
  }
  // A parse that blocked the loop shows when the next timer fires: let it.
  await sleep(20);
  h.disable();
  walls.sort((a, b) => a - b);
  return { max: h.max / 1e6, p99: h.percentile(99) / 1e6, wall: walls[Math.floor(walls.length / 2)], result };
}

const idle = monitorEventLoopDelay({ resolution: 1 });
idle.enable();
await sleep(2000);
idle.disable();

const t0 = performance.now();
await exchange.parseCatalogueText('序号\t公开事项\n1\t机构信息');
const startup = performance.now() - t0;

console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `pool: ${JSON.stringify(exchange.parsePool().settings)}; first parse incl. worker start ${startup.toFixed(0)} ms`,
);
console.log(
  `idle event loop for 2 s: max ${(idle.max / 1e6).toFixed(1)} ms, p99 ${(idle.percentile(99) / 1e6).toFixed(1)} ms\n`,
);
console.log('| file | parsed | event-loop delay max | p99 | wall (median of ' + runs + ') | outcome |');
console.log('|---|---|---|---|---|---|');
for (const [name, mode, run] of cases) {
  const m = await measure(run);
  console.log(
    `| ${name} | ${mode} | ${m.max.toFixed(0)} ms | ${m.p99.toFixed(0)} ms | ${m.wall.toFixed(0)} ms | ${outcome(m.result)} |`,
  );
}
console.log(`\npool stats: ${JSON.stringify(exchange.parsePool().stats)}`);
await exchange.closeParsePool();
