import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import {
  batchFileProblem,
  canBulkImport,
  choose,
  entryName,
  expandZip,
  importable,
  newRow,
  progressOf,
  resultSummary,
  toBase64,
  type BatchRow,
} from './bulk-import';

const MB = 1024 * 1024;
const row = (id: number, patch: Partial<BatchRow> = {}): BatchRow => ({
  ...newRow(id, { label: `${id}.txt`, fileName: `${id}.txt`, data: strToU8('x') }),
  ...patch,
});

/** Rewrites what a zip's central directory declares as an entry's uncompressed size (signature PK\1\2, offset 24). */
function declare(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = copy.length - 4; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
      return copy;
    }
  }
  throw new Error('no central directory');
}

describe('批量导入目录 in the browser', () => {
  it('is the office’s and the administrator’s', () => {
    expect(canBulkImport({ roles: ['CITY_REVIEWER'] })).toBe(true);
    expect(canBulkImport({ roles: ['PLATFORM_ADMIN'] })).toBe(true);
    expect(canBulkImport({ roles: ['DEPT_EDITOR', 'DEPT_APPROVER'] })).toBe(false);
    expect(canBulkImport({ roles: ['CITY_REVIEWER'], mustChangePassword: true })).toBe(false);
    expect(canBulkImport(null)).toBe(false);
  });

  it('expands a .zip into its files, leaving out folders and macOS forks', () => {
    const zip = zipSync({
      '目录/': {},
      '目录/附件1：根河市民政局.docx': strToU8('a'),
      '__MACOSX/目录/._附件1.docx': strToU8('b'),
      '财政局.txt': strToU8('c'),
    });
    const r = expandZip('各部门.zip', zip);
    expect('files' in r && r.files.map((f) => [f.label, f.fileName, f.data.byteLength])).toEqual([
      ['各部门.zip › 目录/附件1：根河市民政局.docx', '附件1：根河市民政局.docx', 1],
      ['各部门.zip › 财政局.txt', '财政局.txt', 1],
    ]);
  });

  it('refuses a zip bomb from its central directory, before inflating', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(1000) });
    expect(expandZip('炸弹.zip', declare(zip, 3000 * MB))).toEqual({
      error: '「炸弹.zip」中的「a.txt」解压后 3000.0 MB，超过单个文件上限 20.0 MB：已拒绝，未解压',
    });
    const many = zipSync(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`${i}.txt`, strToU8('x')])));
    expect(expandZip('多.zip', many)).toEqual({ error: '「多.zip」有 201 个文件，一次最多 200 个：请分批导入' });
    expect(expandZip('坏.zip', strToU8('not a zip'))).toMatchObject({
      error: expect.stringContaining('不是有效的 .zip 压缩包'),
    });
  });

  it('reads entry names written in GBK by Chinese Windows', () => {
    const gbk = [0xc3, 0xf1, 0xd5, 0xfe, 0xbe, 0xd6]; // 民政局
    expect(entryName(String.fromCharCode(...gbk))).toBe('民政局');
    expect(entryName('民政局.docx')).toBe('民政局.docx');
    expect(entryName('plain.docx')).toBe('plain.docx');
  });

  it('refuses files it cannot send, naming them', () => {
    expect(batchFileProblem({ fileName: '扫描件.png', size: 10 })).toContain('不是可导入的目录文件');
    expect(batchFileProblem({ fileName: '目录.xlsx', size: 0 })).toBe('「目录.xlsx」是空文件。');
    expect(batchFileProblem({ fileName: '目录.xlsx', size: 21 * MB })).toContain('过大');
    expect(batchFileProblem({ fileName: '目录.xlsx', size: MB })).toBeNull();
  });

  it('encodes large files in slices', () => {
    const data = new Uint8Array(300_000).map((_, i) => i % 256);
    expect(Buffer.from(toBase64(data), 'base64').equals(Buffer.from(data))).toBe(true);
  });

  it('picking a department is not confirming it: the server asks when the file names another department', () => {
    const r = row(1, {
      status: 'ready',
      suggestion: { code: 'mzj', name: '民政局', reason: '标题' },
      agencyCode: 'mzj',
    });
    choose(r, 'czj');
    expect(r).toMatchObject({ agencyCode: 'czj', confirmed: false });
    choose(r, 'mzj');
    expect(r.confirmed).toBe(false);
    const refused = row(2, { status: 'failed', needsConfirmation: true, agencyCode: 'mzj', message: '文件的标题…' });
    choose(refused, 'czj');
    expect(refused).toMatchObject({ status: 'ready', needsConfirmation: false, message: null });
  });

  it('imports the rows read with a department, and counts progress and results', () => {
    const rows = [
      row(1, { status: 'ready', agencyCode: 'a' }),
      row(2, { status: 'ready' }),
      row(3, { status: 'unreadable' }),
      row(4, { status: 'done', agencyCode: 'b', catalogueId: 'x' }),
      row(5, { status: 'failed', agencyCode: 'c' }),
    ];
    expect(importable(rows).map((r) => r.id)).toEqual([1, 5]);
    expect(progressOf(rows, 'importing')).toMatchObject({ total: 4, finished: 2, percent: 50, text: '已处理 2 / 4' });
    expect(progressOf([row(1), row(2, { status: 'ready' })], 'reading')).toMatchObject({
      finished: 1,
      total: 2,
      text: '已读取 1 / 2',
    });
    expect(resultSummary(rows)).toBe('成功 1 个，失败 1 个，无法读取 1 个，待导入 2 个');
  });
});
