import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importCatalogueText } from '@gongkai/domain';
import { largeCatalogueText, sparseXlsx, zipBombXlsx } from './hostile-files.js';
import { ParseFailure, ParsePool, parseWorkerScript } from './parse-pool.js';

const seed = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
const tenThousandRows = largeCatalogueText(seed, 10_000);

const pools: ParsePool[] = [];
const newPool = (options: ConstructorParameters<typeof ParsePool>[0] = {}): ParsePool => {
  const pool = new ParsePool(options);
  pools.push(pool);
  return pool;
};
afterAll(async () => Promise.all(pools.map((p) => p.close())));

async function failure(p: Promise<unknown>): Promise<ParseFailure> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ParseFailure);
  return e as ParseFailure;
}

describe('parse pool (worker threads)', () => {
  it('runs the compiled worker (packages/exchange/dist; `pnpm run build` first)', () => {
    expect(parseWorkerScript()?.pathname).toMatch(/\/packages\/exchange\/dist\/parse-worker\.js$/u);
  });

  it('imports a legitimate 10,000-row text exactly as the in-thread importer does', async () => {
    expect(tenThousandRows.split('\n').length).toBeGreaterThan(10_000);
    const pool = newPool({ workers: 1 });
    const r = await pool.parseText(tenThousandRows, '大目录.txt');
    expect(r).toEqual(importCatalogueText(tenThousandRows, { sourceName: '大目录.txt' }));
    expect(r.ok && r.catalogue.items.length).toBeGreaterThan(3000);
  });

  it('refuses hostile workbooks inside the worker with the reader’s messages', async () => {
    const pool = newPool({ workers: 1 });
    const bomb = await pool.parseFile('炸弹.xlsx', await zipBombXlsx({ inflatedMiB: 600 }));
    expect(bomb.ok === false && bomb.error.message).toMatch(
      /^xlsx 文件超出限制：压缩包内「customXml\/item1\.xml」解压后过大/u,
    );
    const range = await pool.parseFile('大范围.xlsx', await sparseXlsx(['A1', 'XFD1048576']));
    expect(range.ok === false && range.error.message).toMatch(/^xlsx 文件超出限制：工作表「Sheet1」的行数过多/u);
  });

  it('stops a parse that runs past its time limit, says so, and carries on with a new worker', async () => {
    const pool = newPool({ workers: 1 });
    expect((await pool.parseText('序号\t公开事项\n1\t机构信息')).ok).toBe(true);
    const e = await failure(pool.parseText(tenThousandRows, '大目录.txt', { timeoutMs: 20 }));
    expect(e.reason).toBe('PARSE_TIMEOUT');
    expect(e.message).toBe('文件解析超时（超过 20 毫秒），已停止：文件过大或过于复杂，请拆分后再导入');
    expect(pool.stats.timeouts).toBe(1);
    const after = await pool.parseText(seed, 'genhe-sifaju.txt');
    expect(after.ok).toBe(true);
    expect(pool.stats.workersStarted).toBe(2);
  });

  it('stops a worker that runs out of its heap, says the file is too large, and carries on', async () => {
    const pool = newPool({ workers: 1, maxHeapMb: 24 });
    const e = await failure(pool.parseText(tenThousandRows.repeat(3)));
    expect(e.reason).toBe('PARSE_TOO_LARGE');
    expect(e.message).toBe('文件过大：解析所需内存超过上限（24 MB），已停止：请拆分后再导入');
    pool.configure({ maxHeapMb: 256 });
    expect((await pool.parseText(seed)).ok).toBe(true);
    expect(pool.stats.outOfMemory).toBe(1);
  });

  it('queues parses beyond its workers, and refuses more than its queue holds', async () => {
    const pool = newPool({ workers: 1, maxQueue: 2 });
    const running = [pool.parseText(seed), pool.parseText(seed)];
    const e = await failure(pool.parseText(seed));
    expect(e.reason).toBe('PARSE_BUSY');
    expect((await Promise.all(running)).every((r) => r.ok)).toBe(true);
  });
});
