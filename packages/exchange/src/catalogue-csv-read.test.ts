import { importCatalogueText, type ItemJson } from '@gongkai/domain';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvRows, detectCsvDelimiter, readCatalogueCsv } from './catalogue-csv-read.js';
import { writeCatalogueCsv } from './catalogue-csv.js';
import { csvDocument } from './csv.js';
import { SEED_TEXT, fixtureBytes, ok } from './test-support/reader-fixtures.js';

const flat = (items: ItemJson[]): ItemJson[] => items.flatMap((i) => [i, ...flat(i.children)]);

/** The seed's cells as a CSV document: one record per line (blank lines kept), a line break inside long content cells. */
function seedAsCsv(delimiter: string, lineEnd: string): string {
  const quote = (c: string): string => (/[",;\t\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  return SEED_TEXT.split(/\r?\n/u)
    .map((l) =>
      l
        .split('\t')
        .map((c, i) => (i === 3 || i === 4 ? c.replace(/ 2\. /gu, '\n2. ') : c))
        .map(quote)
        .join(delimiter),
    )
    .join(lineEnd);
}

describe('readCatalogueCsv', () => {
  const fromText = ok(importCatalogueText(SEED_TEXT, { sourceName: 'seed' }));

  it('reads the seed as CSV (UTF-8 with BOM, CRLF, commas, quoted cells with line breaks) exactly like the text', () => {
    const csv = seedAsCsv(',', '\r\n');
    expect(csv).toMatch(/"[^"]*\n2\. [^"]*"/u);
    const c = ok(readCatalogueCsv(new TextEncoder().encode(`\uFEFF${csv}`), { sourceName: 'seed' }));
    expect(c.items).toEqual(fromText.items);
    expect(c.findings).toEqual(fromText.findings);
    expect(c.offices).toEqual(fromText.offices);
    expect(c.title).toBe('根河市司法局主动公开目录');
    expect(c.items).toHaveLength(9);
    expect(flat(c.items).filter((i) => i.level === 2)).toHaveLength(24);
    expect(flat(c.items).reduce((n, i) => n + i.requirements.length, 0)).toBe(28);
  });

  it('reads the seed as GB18030 with semicolons, and as tab-separated UTF-8 without BOM, LF', () => {
    const gb = iconv.encode(seedAsCsv(';', '\r\n'), 'gb18030');
    const c1 = ok(readCatalogueCsv(gb, { sourceName: 'seed' }));
    expect(c1.items).toEqual(fromText.items);
    expect(c1.findings).toEqual(fromText.findings);
    const tab = new TextEncoder().encode(seedAsCsv('\t', '\n'));
    const c2 = ok(readCatalogueCsv(tab, { sourceName: 'seed' }));
    expect(c2.items).toEqual(fromText.items);
  });

  it('reads a one-header-row layout in GBK with semicolons, quoted cells and the export’s formula apostrophe (layout b)', () => {
    const c = ok(readCatalogueCsv(fixtureBytes('csv-layout-b-gbk.csv'), { sourceName: 'b.csv' }));
    expect(c.title).toBe('根河市民政局主动公开目录');
    expect(c.items.map((i) => [i.serial, i.name, i.requirements.length])).toEqual([
      ['1', '社会救助', 2],
      ['2', '养老服务', 1],
    ]);
    const [dibao, tekun] = c.items[0]!.requirements;
    expect(dibao!.contentElements).toEqual(['最低生活保障标准申请条件；办理流程']);
    expect(dibao!.offices).toEqual(['社会救助股']);
    // A blank cell inherits the value above (no merges in a CSV), reported.
    expect(tekun!.publishingOrgans).toEqual(['根河市民政局']);
    expect(c.findings).toContainEqual(expect.objectContaining({ kind: 'inherited-cell', line: 4 }));
    const elder = c.items[1]!.requirements[0]!;
    expect(elder.remarks).toEqual(['=HYPERLINK("http://example.invalid","链接")']);
    expect(elder.channels).toEqual(['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP']);
  });

  it('detects the delimiter and removes only the export’s apostrophe', () => {
    expect(detectCsvDelimiter('序号,公开事项,公开时限\n1,a,b\n')).toBe(',');
    expect(detectCsvDelimiter('序号;公开事项;公开时限\n1;"a,b";c\n')).toBe(';');
    expect(detectCsvDelimiter('序号\t公开事项\t公开时限\n1\ta,b\tc\n')).toBe('\t');
    const doc = csvDocument([['=1+1', '+86', '-5', '@x', "'引号", '正常']]);
    expect(csvRows(doc)).toEqual([['=1+1', '+86', '-5', '@x', "'引号", '正常']]);
  });

  it('reads back the catalogue CSV that the platform exports', () => {
    const csv = writeCatalogueCsv(fromText);
    const c = ok(readCatalogueCsv(new TextEncoder().encode(csv), { sourceName: 'export.csv' }));
    const outline = (items: ItemJson[]): unknown =>
      flat(items).map((i) => [
        i.level,
        i.name,
        i.requirements.map((r) => [r.timeLimit.raw, r.channels, r.offices, r.audiences]),
      ]);
    expect(outline(c.items)).toEqual(outline(fromText.items));
  });

  it('refuses an empty file, binary data and a CSV that is not a catalogue', () => {
    expect(readCatalogueCsv(new Uint8Array())).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('文件为空') },
    });
    expect(readCatalogueCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toMatchObject({
      ok: false,
      error: { line: 1 },
    });
    expect(readCatalogueCsv(new TextEncoder().encode('姓名,电话\n张三,123\n'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('没有找到目录表头') },
    });
  });
});
