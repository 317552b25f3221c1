import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importCatalogueTextOrThrow, type ImportResult } from '@gongkai/domain';
import { readCatalogueXlsx, writeCatalogueXlsx } from './catalogue-xlsx.js';
import { patchXlsx, rangeBombXlsx, sparseXlsx, zipBombXlsx } from './hostile-files.js';
import { EXCEL_MAX_ROWS, SHEET_LIMITS, checkSheetXml } from './xlsx-guard.js';

const seed = importCatalogueTextOrThrow(
  readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8'),
);

function errorOf(r: ImportResult): string {
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.message;
}

// Each of these took from seconds to forever (or all memory) with the reader before issue 11.
describe('hostile workbooks', () => {
  it('reads the reported file (cells A1, CV1, A600: a 600 × 100 used range) by its 3 cells, not its 60,000', async () => {
    const r = await readCatalogueXlsx(await sparseXlsx(['A1', 'CV1', 'A600']));
    // Before: 7–44 s re-counting the columns for every cell. The file is no catalogue, so it is refused as one.
    expect(errorOf(r)).toMatch(/^工作表「Sheet1」第1–600行：没有找到目录表头/u);
  });

  it('refuses a used range past the limit, naming the sheet and the limit', async () => {
    const r = await readCatalogueXlsx(await sparseXlsx(['A1', 'Z50000'], '目录'));
    expect(errorOf(r)).toBe(
      'xlsx 文件超出限制：工作表「目录」的已用区域过大（A1:Z50000，50,000 行 × 26 列 = 1,300,000 个单元格，上限 1,000,000 个）：请删除表格之外多余的内容或格式后再导入',
    );
  });

  it('refuses a cell in the last row of Excel (A1 + XFD1048576: 17 billion cells of used range)', async () => {
    const r = await readCatalogueXlsx(await sparseXlsx(['A1', 'XFD1048576']));
    expect(errorOf(r)).toBe(
      'xlsx 文件超出限制：工作表「Sheet1」的行数过多（用到第 1,048,576 行，上限 100,000 行）：请删除表格之外多余的行后再导入',
    );
  });

  it('refuses a merged range over the whole sheet before exceljs creates a cell for each of its cells', async () => {
    expect(errorOf(await readCatalogueXlsx(await rangeBombXlsx('merge')))).toMatch(
      /^xlsx 文件超出限制：工作表「目录」的(行数过多|合并区域过大)/u,
    );
    expect(errorOf(await readCatalogueXlsx(await rangeBombXlsx('merge', 'A2:CV20000')))).toBe(
      'xlsx 文件超出限制：工作表「目录」的合并区域过大（合并单元格「A2:CV20000」处累计 1,999,900 个单元格，上限 1,000,000 个）',
    );
  });

  it('refuses a column definition past Excel’s 16,384 columns', async () => {
    expect(errorOf(await readCatalogueXlsx(await rangeBombXlsx('columns')))).toBe(
      'xlsx 文件超出限制：工作表「目录」的列定义无效或超出 Excel 的范围（第 1–50000000 列，最多 16,384 列）',
    );
  });

  it('ignores data validations and defined names over the whole sheet (exceljs would expand them cell by cell)', async () => {
    for (const kind of ['validation', 'definedName'] as const) {
      const r = await readCatalogueXlsx(await rangeBombXlsx(kind));
      // Read quickly, then refused for what it is: a header without rows.
      expect(errorOf(r)).not.toMatch(/超出限制|不是有效的 xlsx/u);
    }
  });

  it('refuses a zip bomb before inflating it', async () => {
    expect(errorOf(await readCatalogueXlsx(await zipBombXlsx({ inflatedMiB: 600 })))).toBe(
      'xlsx 文件超出限制：压缩包内「customXml/item1.xml」解压后过大（600 MB，单个文件上限 50 MB）',
    );
    expect(errorOf(await readCatalogueXlsx(await zipBombXlsx({ inflatedMiB: 200, declaredBytes: 1000 })))).toMatch(
      /^xlsx 文件超出限制：.*实际大小超过它声明的 1000 字节/u,
    );
  });

  it('counts cells written without addresses, and sees through namespace prefixes and quoted “>”', () => {
    const xml = `<x:worksheet><x:sheetData><x:row r="3"><x:c t="s" foo=">"><x:v>0</x:v></x:c><x:c/><x:c/></x:row></x:sheetData>
      <mergeCells><mergeCell note="a>b" ref="B5:D9"/></mergeCells></x:worksheet>`;
    expect(checkSheetXml('S', xml)).toEqual({ rows: 9, cols: 4, merges: 1, mergedCells: 15 });
    expect(() =>
      checkSheetXml('S', '<mergeCell x=">" ref="A1:XFD1048576"/>', { ...SHEET_LIMITS, maxRows: EXCEL_MAX_ROWS }),
    ).toThrow(/合并区域过大/u);
  });
});

describe('limits keep legitimate workbooks', () => {
  it('still round-trips the demo catalogue with its merged cells and the 责任科室 sheet', async () => {
    const back = await readCatalogueXlsx(await writeCatalogueXlsx(seed));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.catalogue.items.map((i) => i.name)).toEqual(seed.items.map((i) => i.name));
      expect(back.catalogue.offices.map((o) => o.name).sort()).toEqual(seed.offices.map((o) => o.name).sort());
    }
  });

  it('does not let a huge second sheet stop the import of the first', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeCatalogueXlsx(seed)) as unknown as ArrayBuffer);
    wb.addWorksheet('草稿').getCell('XFD1048576').value = '别处的内容';
    const r = await readCatalogueXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.ok).toBe(true);
  });

  it('reads a sheet whose XML has no dataValidations end tag as broken, not as an expansion', async () => {
    const xlsx = patchXlsx(new Uint8Array(await writeCatalogueXlsx(seed)), (name, xml) =>
      name === 'xl/worksheets/sheet1.xml'
        ? xml.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation sqref="A1:XFD1048576">')
        : xml,
    );
    expect(errorOf(await readCatalogueXlsx(xlsx))).toMatch(/XML 已损坏/u);
  });
});
