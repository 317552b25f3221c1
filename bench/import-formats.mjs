// A 300-row catalogue in every container the platform reads, end to end (issue 12): read the file (the reader of its
// extension, as the worker pool runs it) → interpret → save as a draft (packages/db saveCatalogue) in a fresh embedded
// PostgreSQL. Also the memory a 20 MB file costs to read. Files are made here from the seed's rows (the text repeated
// under renamed items): .txt as is, .html and .csv written from the same cells, .docx and .xlsx by the platform's
// own writers (fine for a timing; the tests' fixtures are made with the libraries instead).
//
//   pnpm run build && node --expose-gc bench/import-formats.mjs [rows=300] [runs=5]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('../', import.meta.url);
const db = await import(new URL('packages/db/dist/index.js', root).href);
const domain = await import(new URL('packages/domain/dist/index.js', root).href);
const exchange = await import(new URL('packages/exchange/dist/index.js', root).href);
const fixtures = await import(new URL('packages/exchange/dist/hostile-files.js', root).href);
const { engine } = await import(new URL('packages/exchange/dist/report-pdf.js', root).href);

/** The cells as a ruled pdfmake table (landscape A4, the header repeated on every page), as a PDF printer would draw it. */
async function pdfOf(cells) {
  const rowsOf = cells.filter((r) => r.some((c) => c.trim() !== ''));
  const width = Math.max(...rowsOf.map((r) => r.length));
  const headerAt = rowsOf.findIndex((r) => r.some((c) => c.includes('公开事项') || c.includes('一级事项')));
  // The seed's data rows have no 三级事项 cell (10 cells under a 13-column header): put the gap where the column is.
  const body = rowsOf
    .slice(Math.max(0, headerAt))
    .map((r) => (r.length === 10 ? [...r.slice(0, 3), '', ...r.slice(3)] : r))
    .map((r) => Array.from({ length: width }, (_, i) => ({ text: r[i] ?? '' })));
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    defaultStyle: { font: 'SourceHanSans', fontSize: 6 },
    content: [
      { text: rowsOf[0].join(''), fontSize: 10 },
      { table: { headerRows: 1, widths: Array(width).fill('*'), body } },
    ],
  };
  return Buffer.from(await engine().createPdf(doc).getBuffer());
}

const rows = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 5);
const seed = readFileSync(new URL('demo-data/catalogues/genhe-sifaju.txt', root), 'utf8');

function makeFiles(n) {
  const text = fixtures.largeCatalogueText(seed, n);
  const cells = text.split(/\r?\n/u).map((l) => l.split('\t'));
  const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>目录</title></head><body><table border="1">${cells
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('\n')}</table></body></html>`;
  const csv = cells
    .map((r) => r.map((c) => (/[",\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c)).join(','))
    .join('\r\n');
  const parsed = domain.importCatalogueText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { text, html, csv, cells, parsed: parsed.catalogue };
}

const { text, html, csv, cells, parsed } = makeFiles(rows);
const files = {
  txt: Buffer.from(text),
  html: Buffer.from(html),
  csv: Buffer.from(csv),
  docx: await exchange.writeCatalogueDocx(parsed),
  xlsx: await exchange.writeCatalogueXlsx(parsed),
  pdf: await pdfOf(cells),
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-formats-bench-'));
const handle = await db.openDatabase({ dataDir: dir, shareRunning: false });
const orm = await db.createOrm({ clientUrl: handle.url, poolMax: 2 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  await db.migrate(orm);
  const table = [];
  let n = 0;
  // One warm-up import (JIT, first statements) that is not counted.
  {
    const warm = await exchange.readCatalogueFile('目录.txt', files.txt);
    const em = orm.em.fork();
    const agency = em.create(db.Agency, { code: 'bench-warm', name: '预热机关', kind: 'DEPARTMENT', position: 0 });
    await em.flush();
    await db.saveCatalogue(orm.em.fork(), agency.id, warm.catalogue, {
      versionLabel: '2025版',
      sourceName: 'warm.txt',
    });
  }
  for (const [ext, data] of Object.entries(files)) {
    const read = [];
    const save = [];
    let outcome = '';
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const result = await exchange.readCatalogueFile(`目录.${ext}`, data);
      const t1 = performance.now();
      if (!result.ok) throw new Error(`${ext}: ${result.error.message}`);
      const em = orm.em.fork();
      const agency = em.create(db.Agency, {
        code: `bench-${n}`,
        name: `测试机关${n}`,
        kind: 'DEPARTMENT',
        position: n,
      });
      n++;
      await em.flush();
      await db.saveCatalogue(orm.em.fork(), agency.id, result.catalogue, {
        versionLabel: '2025版',
        sourceName: `目录.${ext}`,
      });
      const t2 = performance.now();
      read.push(t1 - t0);
      save.push(t2 - t1);
      const count = (items) => items.reduce((s, it) => s + it.requirements.length + count(it.children), 0);
      outcome = `${count(result.catalogue.items)} 行`;
    }
    table.push({
      file: ext,
      size: `${(data.length / 1024).toFixed(0)} KB`,
      rows: outcome,
      readMs: median(read).toFixed(0),
      saveMs: median(save).toFixed(0),
      totalMs: (median(read) + median(save)).toFixed(0),
    });
  }
  console.log(
    `${rows} rows, median of ${runs} runs (read = reader + interpreter in this thread; save = one transaction)`,
  );
  console.table(table);

  // Memory for a 20 MB file: the largest text that fits 20 MB, read as .csv and as .html.
  const big = makeFiles(Math.round((rows * 20 * 1024 * 1024) / files.csv.length));
  for (const [ext, body] of [
    ['csv', big.csv],
    ['html', big.html],
  ]) {
    const data = Buffer.from(body).subarray(0, 20 * 1024 * 1024);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t = performance.now();
    const r = await exchange.readCatalogueFile(`大.${ext}`, data);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `20 MB .${ext}: ${r.ok ? 'read' : `refused: ${r.error.message.slice(0, 60)}`} in ${(performance.now() - t).toFixed(0)} ms, RSS +${((peak - before) / 1024 / 1024).toFixed(0)} MB (peak ${(peak / 1024 / 1024).toFixed(0)} MB)`,
    );
  }
} finally {
  await orm.close(true);
  await handle.stop();
  rmSync(dir, { recursive: true, force: true });
}
