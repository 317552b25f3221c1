import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow, importCatalogueJson, type CatalogueJson, type ItemJson } from '@gongkai/domain';
import { readCatalogueXlsx, writeCatalogueXlsx } from './catalogue-xlsx.js';
import { writeCatalogueDocx } from './catalogue-docx.js';
import { writeCatalogueCsv } from './catalogue-csv.js';

const load = (name: string): CatalogueJson =>
  importCatalogueTextOrThrow(readFileSync(new URL(`../../../demo-data/catalogues/${name}`, import.meta.url), 'utf8'));

/** The catalogue without source line numbers and findings (those describe a file, not the catalogue). */
function content(c: CatalogueJson): unknown {
  const strip = (items: ItemJson[]): unknown[] =>
    items.map((i) => ({
      ...i,
      line: null,
      requirements: i.requirements.map((r) => ({ ...r, line: null })),
      children: strip(i.children),
    }));
  return {
    title: c.title,
    offices: [...c.offices].sort((a, b) => a.name.localeCompare(b.name)),
    items: strip(c.items),
  };
}

describe.each([['genhe-sifaju.txt'], ['genhe-minzhengju.txt']])('%s', (file) => {
  const catalogue = load(file);

  it('round-trips through xlsx', async () => {
    const back = await readCatalogueXlsx(await writeCatalogueXlsx(catalogue));
    expect(back.ok).toBe(true);
    if (back.ok) expect(content(back.catalogue)).toEqual(content(catalogue));
  });

  it('round-trips through json', () => {
    const back = importCatalogueJson(JSON.stringify(catalogue));
    expect(back.ok && content(back.catalogue)).toEqual(content(catalogue));
  });
});

describe('xlsx layout', () => {
  it('merges item cells like the printed table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeCatalogueXlsx(load('genhe-sifaju.txt'))) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('根河市司法局主动公开目录');
    expect(ws.getCell('B4').value).toBe('履职依据');
    // 履职依据 spans its 10 rows (9 二级事项, one with two rows).
    expect(ws.getCell('B13').isMerged && ws.getCell('B13').master.address).toBe('B4');
    expect(ws.getCell('B14').value).toBe('部门会议');
    expect(ws.getCell('I3').value).toBe('政府网站');
  });
});

describe('bad spreadsheets', () => {
  it('rejects a file that is not xlsx', async () => {
    const r = await readCatalogueXlsx(Buffer.from('not a zip at all'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/不是有效的 xlsx 文件/u);
  });

  it('rejects a sheet without a 公开事项 column, naming the sheet and row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '公开内容', '公开时限']);
    ws.addRow(['1', '内容', '即时公开']);
    const r = await readCatalogueXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe('工作表「Sheet1」第1行：表头中没有「公开事项」（一级事项）列，无法识别事项');
  });

  it('keeps unknown columns and unknown channels as findings naming sheet, row and column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRow([
      '序号',
      '一级事项',
      '公开内容（要素）',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '全社会',
      '责任科室',
      '颜色',
    ]);
    ws.addRow(['1', '机构信息', '机构职能', '即时公开', '某局', '■政府网站 ■传真', '√', '办公室', '红']);
    const r = await readCatalogueXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const messages = r.catalogue.findings.map((f) => f.message);
    expect(messages).toContain('工作表「目录」第2行：公开渠道「传真」不在官方13个选项中，已记为其他渠道');
    // An unplaced column is reported once, at the header, and its values kept in the rows' remarks with its name.
    expect(messages).toContain(
      '工作表「目录」第1行：表头的第9列「颜色」不是目录的字段，各行该列的值已记入备注（「列名：值」）',
    );
    expect(r.catalogue.items[0]!.requirements[0]!.remarks).toEqual(['颜色：红']);
  });
});

describe('docx and csv', () => {
  it('writes a Word document titled like the catalogue, with merged item cells', async () => {
    const buf = await writeCatalogueDocx(load('genhe-sifaju.txt'));
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
    expect(xml).toContain('根河市司法局主动公开目录');
    expect(xml).toContain('w:vMerge w:val="restart"');
    expect(xml).toContain('■政府网站');
    expect(xml).toContain('仿宋');
  });

  it('writes one CSV line per requirement', () => {
    const csv = writeCatalogueCsv(load('genhe-sifaju.txt'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(29);
    expect(lines[0]).toBe(
      '\uFEFF序号,一级事项,二级事项,三级事项,公开内容（要素）,公开依据,公开时限,公开时限（规则）,公开主体,公开渠道和载体,公开对象,公开方式,公开层级,责任科室,备注',
    );
    expect(lines[1]).toContain('1,履职依据,规范性文件,,本部门印发制定的规范性文件');
  });
});
