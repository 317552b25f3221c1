// Old Word/Excel files (issue 12): a 300-row catalogue as .doc and .xls, converted with LibreOffice headless
// (packages/exchange office-convert.ts: a fresh process and profile per file) and then read as .docx/.xlsx.
// The .doc/.xls are made here by LibreOffice itself (not timed): the .xls from the platform's .xlsx writer, the .doc
// from the rows as a web page table (LibreOffice 7.4's .doc export drops the table of writeCatalogueDocx's file).
// Prints: the first conversion (cold caches), the median of `runs` conversions, the read after it, the cost of a
// one-page file (LibreOffice's start), and four files converted at once (at most OFFICE_CONVERT_CONCURRENCY at a time).
//
//   pnpm run build && node bench/office-convert.mjs [rows=300] [runs=5]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('../', import.meta.url);
const domain = await import(new URL('packages/domain/dist/index.js', root).href);
const exchange = await import(new URL('packages/exchange/dist/index.js', root).href);
const reader = await import(new URL('packages/exchange/dist/catalogue-read.js', root).href);
const fixtures = await import(new URL('packages/exchange/dist/hostile-files.js', root).href);

const rows = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 5);
const soffice = await exchange.findSoffice();
if (!soffice) {
  console.log('LibreOffice (soffice) is not installed: nothing to measure (.ci/run installs it).');
  process.exit(0);
}
const seed = readFileSync(new URL('demo-data/catalogues/genhe-sifaju.txt', root), 'utf8');
const parsed = domain.importCatalogueText(fixtures.largeCatalogueText(seed, rows));
if (!parsed.ok) throw new Error(parsed.error.message);
const count = (items) => items.reduce((s, it) => s + it.requirements.length + count(it.children), 0);

const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-office-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  // One regular grid (rows padded to the widest), as a Word table is.
  const lines = fixtures
    .largeCatalogueText(seed, rows)
    .split(/\r?\n/u)
    .map((l) => l.split('\t'));
  const width = Math.max(...lines.map((r) => r.length));
  const cells = lines.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>目录</title></head><body><table border="1">${cells.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</table></body></html>`;
  writeFileSync(path.join(dir, 'catalogue.html'), html);
  writeFileSync(path.join(dir, 'catalogue.xlsx'), await exchange.writeCatalogueXlsx(parsed.catalogue));
  for (const [from, filter, infilter] of [
    ['html', 'doc:MS Word 97', 'HTML (StarWriter)'],
    ['xlsx', 'xls:MS Excel 97', null],
  ]) {
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/profile`,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      filter,
      '--outdir',
      dir,
      path.join(dir, `catalogue.${from}`),
    ];
    execFileSync(soffice, args, { stdio: 'ignore' });
  }
  const files = {
    doc: readFileSync(path.join(dir, 'catalogue.doc')),
    xls: readFileSync(path.join(dir, 'catalogue.xls')),
  };
  // What the sources read as, for comparison with the converted files' rows.
  const sources = {
    doc: await reader.readCatalogueFile('目录.html', Buffer.from(html)),
    xls: await reader.readCatalogueFile('目录.xlsx', readFileSync(path.join(dir, 'catalogue.xlsx'))),
  };
  const table = [];
  for (const [ext, data] of Object.entries(files)) {
    const convert = [];
    const read = [];
    let first = 0;
    let outcome = '';
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const conv = await exchange.convertIfOldFormat(`目录.${ext}`, data);
      const t1 = performance.now();
      if (!conv.ok) throw new Error(conv.message);
      const r = await reader.readCatalogueFile(conv.fileName, conv.data);
      const t2 = performance.now();
      if (!r.ok) throw new Error(`${ext}: ${r.error.message}`);
      outcome = `${count(r.catalogue.items)} 行`;
      if (i === 0) first = t1 - t0;
      else {
        convert.push(t1 - t0);
        read.push(t2 - t1);
      }
    }
    const source = sources[ext].ok ? `${count(sources[ext].catalogue.items)} 行` : 'refused';
    table.push({
      file: ext,
      size: `${(data.length / 1024).toFixed(0)} KB`,
      rows: outcome,
      sourceRows: source,
      firstConvertMs: first.toFixed(0),
      convertMs: median(convert).toFixed(0),
      readMs: median(read).toFixed(0),
      totalMs: (median(convert) + median(read)).toFixed(0),
    });
  }
  console.log(`LibreOffice at ${soffice}; ${rows} rows; median of ${runs} runs after the first`);
  console.table(table);
  // The fixed cost: starting LibreOffice with a fresh profile for a one-page .doc (a test fixture, 3 rows).
  const tiny = readFileSync(new URL('packages/exchange/src/__fixtures__/old-simple-layout.doc', root));
  const tinyTimes = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const conv = await exchange.convertIfOldFormat('小.doc', tiny);
    if (!conv.ok) throw new Error(conv.message);
    tinyTimes.push(performance.now() - t0);
  }
  console.log(
    `one-page .doc (${(tiny.length / 1024).toFixed(0)} KB): ${median(tinyTimes).toFixed(0)} ms to convert (median of ${runs})`,
  );
  const t = performance.now();
  const four = await Promise.all([1, 2, 3, 4].map((i) => exchange.convertIfOldFormat(`目录${i}.doc`, files.doc)));
  if (!four.every((r) => r.ok)) throw new Error('a parallel conversion failed');
  console.log(
    `4 × .doc at once (at most ${exchange.OFFICE_CONVERT_CONCURRENCY} at a time): ${(performance.now() - t).toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
