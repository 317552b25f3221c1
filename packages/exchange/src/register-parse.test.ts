import { afterAll, describe, expect, it } from 'vitest';
import { readRegisterXlsx, writeRegisterXlsx } from './application-xlsx.js';
import { zipBombXlsx } from './hostile-files.js';
import { ParseFailure, ParsePool } from './parse-pool.js';

// The 依申请公开 register's Excel import reads its workbook in a worker of the parse pool (as catalogue imports do):
// the same result as the in-thread reader, hostile workbooks refused with the reader's message, a time limit.
const pool = new ParsePool({ workers: 1 });
afterAll(async () => pool.close());

describe('register workbooks in the parse worker', () => {
  it('reads a register exactly as the in-thread reader does', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`YSQ-${i}`, '2026-02-10', '自然人', '2026-03-02', '予以公开']);
    const book = await writeRegisterXlsx({
      title: '依申请公开登记',
      header: ['编号', '收到申请日期', '申请人类型', '答复日期', '办理结果'],
      rows,
    });
    const inWorker = await pool.parseRegisterXlsx(new Uint8Array(book));
    expect(inWorker).toEqual(await readRegisterXlsx(book));
    expect(inWorker.ok && inWorker.rows.length).toBeGreaterThan(500);
    expect(pool.stats.parsedByKind.registerXlsx).toBe(1);
  });

  it('refuses a zip bomb and a file that is no workbook inside the worker', async () => {
    const bomb = await pool.parseRegisterXlsx(await zipBombXlsx({ inflatedMiB: 600 }));
    expect(bomb.ok === false && bomb.message).toMatch(/^xlsx 文件超出限制/u);
    const text = await pool.parseRegisterXlsx(new TextEncoder().encode('编号,收到申请日期\n1,2026-02-10\n'));
    expect(text.ok).toBe(false);
  });

  it('stops a read past its time limit', async () => {
    const book = await writeRegisterXlsx({
      title: 't',
      header: ['编号', '收到申请日期'],
      rows: Array.from({ length: 20_000 }, (_, i) => [`R${i}`, '2026-02-10']),
    });
    const e = await pool.parseRegisterXlsx(new Uint8Array(book), { timeoutMs: 5 }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ParseFailure);
    expect((e as ParseFailure).reason).toBe('PARSE_TIMEOUT');
  });
});
