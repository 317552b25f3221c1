// Event-loop gap while a 10,000-row catalogue is saved (issue 11): packages/db saveCatalogue, which the import
// mutation runs on the request thread after the worker pool has parsed the file. A fresh embedded PostgreSQL in a
// temporary folder; the catalogue is saved three times (three agencies); a 5 ms timer measures the longest time
// the event loop could not run (what every other request of the server waits).
//
//   pnpm run build && node bench/save-event-loop.mjs [checkout root, default: this one]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { watchEventLoop } from './event-loop-gap.mjs';

const root = pathToFileURL(`${path.resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname)}/`);
const db = await import(new URL('packages/db/dist/index.js', root).href);
const domain = await import(new URL('packages/domain/dist/index.js', root).href);
const fixtures = await import(new URL('packages/exchange/dist/hostile-files.js', new URL('..', import.meta.url)).href);

const seed = readFileSync(new URL('../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
const parsed = domain.importCatalogueText(fixtures.largeCatalogueText(seed, 10_000));
if (!parsed.ok) throw new Error(parsed.error.message);
const rows = parsed.catalogue.items.flatMap(function all(i) {
  return [...i.requirements, ...i.children.flatMap(all)];
}).length;

const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-save-bench-'));
const handle = await db.openDatabase({ dataDir: dir, shareRunning: false });
const orm = await db.createOrm({ clientUrl: handle.url, poolMax: 2 });
try {
  await db.migrate(orm);
  const em = orm.em.fork();
  const results = [];
  for (let i = 0; i < 3; i++) {
    const agency = em.create(db.Agency, { code: `bench-${i}`, name: `测试机关${i}`, kind: 'DEPARTMENT', position: i });
    await em.flush();
    const watch = watchEventLoop();
    const t = performance.now();
    await db.saveCatalogue(orm.em.fork(), agency.id, parsed.catalogue, {
      versionLabel: '2025版',
      sourceName: 'bench.txt',
    });
    const wall = performance.now() - t;
    const blocked = watch.stop();
    results.push({ run: i + 1, rows, wallMs: Math.round(wall), blockedMs: Math.round(blocked) });
  }
  console.table(results);
} finally {
  await orm.close(true);
  await handle.stop();
  rmSync(dir, { recursive: true, force: true });
}
