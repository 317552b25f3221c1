import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zipBombXlsx } from './hostile-files.js';
import { ZIP_LIMITS, ZipFormatError, ZipLimitError, storedZip, unpackZip } from './zip-limits.js';

async function refusal(p: Promise<unknown>): Promise<ZipLimitError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ZipLimitError);
  return e as ZipLimitError;
}

describe('unpackZip', () => {
  it('unpacks a workbook, and storedZip packs it again without compression', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('目录').addRow(['序号', '公开事项']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const { entries } = await unpackZip(xlsx);
    expect([...entries.keys()]).toContain('xl/worksheets/sheet1.xml');
    const total = [...entries.values()].reduce((n, b) => n + b.byteLength, 0);
    const stored = storedZip(entries);
    expect(stored.byteLength).toBeGreaterThan(total);
    const again = await unpackZip(stored);
    expect(Buffer.from(again.entries.get('xl/worksheets/sheet1.xml')!).toString()).toBe(
      Buffer.from(entries.get('xl/worksheets/sheet1.xml')!).toString(),
    );
  });

  it('refuses a zip bomb (600 KB → 600 MB) from its central directory, inflating nothing', async () => {
    const bomb = await zipBombXlsx({ inflatedMiB: 600 });
    expect(bomb.byteLength).toBeLessThan(700 * 1024);
    const e = await refusal(unpackZip(bomb));
    expect(e.message).toBe('压缩包内「customXml/item1.xml」解压后过大（600 MB，单个文件上限 50 MB）');
    expect(e.inflatedBytes).toBe(0);
  });

  it('refuses an entry whose compression ratio is suspicious, even under the size limits', async () => {
    const e = await refusal(unpackZip(await zipBombXlsx({ inflatedMiB: 20 })));
    expect(e.message).toMatch(/^压缩包内「customXml\/item1\.xml」的压缩比异常（\d+ 倍，上限 200 倍），疑似压缩炸弹$/u);
    expect(e.inflatedBytes).toBe(0);
  });

  it('stops an entry that inflates past the size it declared (a lying header), long before inflating it all', async () => {
    const liar = await zipBombXlsx({ inflatedMiB: 200, declaredBytes: 1000 });
    const e = await refusal(unpackZip(liar));
    expect(e.message).toBe(
      '压缩包内「customXml/item1.xml」解压后的实际大小超过它声明的 1000 字节，文件已损坏或被篡改（疑似压缩炸弹）',
    );
    expect(e.inflatedBytes).toBeLessThan(1024 * 1024);
  });

  it('refuses archives whose entries together declare more than the total limit', async () => {
    const limits = { ...ZIP_LIMITS, maxEntryBytes: 4 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 10_000 };
    const e = await refusal(unpackZip(await zipBombXlsx({ inflatedMiB: 3 }), limits));
    expect(e.message).toBe('压缩包解压后总大小过大（超过 2 MB 的上限）');
    expect(e.inflatedBytes).toBe(0);
  });

  it('refuses archives with too many entries or too many bytes before reading them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('目录');
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await refusal(unpackZip(xlsx, { ...ZIP_LIMITS, maxEntries: 3 }))).message).toMatch(
      /^压缩包内文件过多（\d+ 个，上限 3 个）$/u,
    );
    expect((await refusal(unpackZip(xlsx, { ...ZIP_LIMITS, maxArchiveBytes: 100 }))).message).toMatch(
      /^文件过大（.+，上限 100 字节）$/u,
    );
  });

  it('reports a file that is not a zip archive as such', async () => {
    await expect(unpackZip(Buffer.from('not a zip at all'))).rejects.toBeInstanceOf(ZipFormatError);
  });
});

describe('entry names', () => {
  /** A stored zip whose one entry's name is written in `bytes` without the UTF-8 flag (as Windows in Chinese does). */
  function zipNamed(bytes: Buffer): Uint8Array {
    const placeholder = 'N'.repeat(bytes.length);
    const zip = Buffer.from(storedZip(new Map([[placeholder, new TextEncoder().encode('内容')]])));
    let at = zip.indexOf(placeholder);
    while (at >= 0) {
      bytes.copy(zip, at);
      at = zip.indexOf(placeholder, at + 1);
    }
    return zip;
  }

  it('reads GB18030 names written without the UTF-8 flag, and UTF-8 names with or without it', async () => {
    const gbk = Buffer.from([0xb8, 0xbd, 0xbc, 0xfe, 0x31, 0x2e, 0x74, 0x78, 0x74]); // 附件1.txt in GBK
    expect([...(await unpackZip(zipNamed(gbk))).entries.keys()]).toEqual(['附件1.txt']);
    expect([...(await unpackZip(zipNamed(Buffer.from('附件2.txt', 'utf8')))).entries.keys()]).toEqual(['附件2.txt']);
    expect([
      ...(await unpackZip(storedZip(new Map([['目录/附件3.docx', new Uint8Array([1])]])))).entries.keys(),
    ]).toEqual(['目录/附件3.docx']);
  });
});
