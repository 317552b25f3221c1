/**
 * Damaged input (issue 12, item 6): a file cut off mid-row imports its complete rows and reports the cut; a cut-off
 * .docx/.xlsx is refused as incomplete; text around the table is skipped and reported; a file without a catalogue is
 * refused naming what it holds. The damaged files are made here from files the libraries write.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  flattenItems,
  importCatalogueText,
  type CatalogueJson,
  type FindingJson,
  type ImportResult,
} from '@gongkai/domain';
import { readCatalogueFile } from './catalogue-read.js';
import { readCatalogueTextAny } from './catalogue-text-read.js';
import { readCatalogueCsv } from './catalogue-csv-read.js';
import { readCatalogueHtml } from './catalogue-html-read.js';
import { readCatalogueDocx } from './catalogue-docx-read.js';
import { readCatalogueXlsx, writeCatalogueXlsx } from './catalogue-xlsx.js';
import { writeCatalogueDocx } from './catalogue-docx.js';
import { SEED_TEXT, ok } from './test-support/reader-fixtures.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const errorOf = (r: ImportResult): string => {
  if (r.ok) throw new Error('expected a refusal');
  return r.error.message;
};
const cuts = (c: CatalogueJson): FindingJson[] => c.findings.filter((f) => f.message.includes('中途截断'));
/** The catalogue without the finding about the cut (to compare with the file that ends before the cut row). */
const withoutCut = (c: CatalogueJson): CatalogueJson => ({
  ...c,
  findings: c.findings.filter((f) => !f.message.includes('中途截断')),
});
const requirementCount = (c: CatalogueJson): number =>
  flattenItems(c.items).reduce((n, i) => n + i.requirements.length, 0);

const seed = (): CatalogueJson => ok(importCatalogueText(SEED_TEXT, { sourceName: 'genhe.txt' }));

describe('a text file cut off mid-row', () => {
  const lines = SEED_TEXT.replace(/\r\n/gu, '\n').split('\n');
  // A numbered data row two thirds down, cut after its fourth cell and two characters of the fifth.
  const at = lines.findIndex((l, i) => i > lines.length * 0.6 && /^\d+\t/u.test(l) && l.split('\t').length >= 8);
  const row = lines[at]!.split('\t');
  const cutText = `${lines.slice(0, at).join('\n')}\n${row.slice(0, 4).join('\t')}\t${row[4]!.slice(0, 2)}`;

  it('imports the rows before the cut and says where the file was cut', () => {
    expect(at).toBeGreaterThan(0);
    const c = ok(readCatalogueTextAny(cutText, { sourceName: 'cut.txt' }));
    expect(cuts(c)).toEqual([expect.objectContaining({ severity: 'WARNING', line: at + 1 })]);
    expect(cuts(c)[0]!.message).toMatch(
      new RegExp(`^第${at + 1}行：文件在此行中途截断（只有 5 列，其他行有 \\d+ 列），该行未导入`, 'u'),
    );
    const before = ok(readCatalogueTextAny(`${lines.slice(0, at).join('\n')}\n`, { sourceName: 'cut.txt' }));
    expect(withoutCut(c)).toEqual(before);
    expect(requirementCount(c)).toBeLessThan(requirementCount(seed()));
  });

  it('the same through readCatalogueFile (bytes, by the file name)', async () => {
    expect(await readCatalogueFile('cut.txt', enc(cutText))).toEqual(
      readCatalogueTextAny(cutText, { sourceName: 'cut.txt' }),
    );
  });

  it('a complete file without a final line break is not taken for a cut one', () => {
    const c = ok(readCatalogueTextAny(SEED_TEXT.replace(/[\r\n]+$/u, ''), { sourceName: 'genhe.txt' }));
    expect(cuts(c)).toEqual([]);
    expect(requirementCount(c)).toBe(requirementCount(seed()));
  });

  it('a pipe table whose last row never closes', () => {
    const table = [
      '| 序号 | 公开事项 | 公开内容 | 公开时限 | 公开主体 | 责任科室 |',
      '|---|---|---|---|---|---|',
      '| 1 | 机构职能 | 机构名称 | 即时公开 | XX县民政局 | 办公室 |',
      '| 2 | 政策文件 | 规范性文件 | 即时公开 | XX县民政局 | 办公室 |',
    ];
    const c = ok(readCatalogueTextAny(`${table.join('\n')}\n| 3 | 社会救助 | 低保`, { sourceName: 'cut.md' }));
    expect(c.items.map((i) => i.name)).toEqual(['机构职能', '政策文件']);
    expect(cuts(c)).toEqual([expect.objectContaining({ line: 5, severity: 'WARNING' })]);
    expect(cuts(c)[0]!.message).toMatch(/^第5行：文件在此行中途截断（这一行没有以「\|」结束，只有 3 列）/u);
    const whole = ok(
      readCatalogueTextAny(`${table.join('\n')}\n| 3 | 社会救助 | 低保 | 即时公开 | XX县民政局 | 办公室 |`, {
        sourceName: 'cut.md',
      }),
    );
    expect(cuts(whole)).toEqual([]);
    expect(whole.items).toHaveLength(3);
  });
});

describe('a CSV file cut off', () => {
  const header = '序号,公开事项,公开内容,公开时限,公开主体,公开渠道,公开对象,责任科室';
  const rows = [
    '1,机构职能,"1. 机构名称\n2. 主要职能",即时公开,XX县司法局,政府网站,全社会,办公室',
    '2,政策文件,规范性文件,"信息形成之日起20个工作日内",XX县司法局,政府网站,全社会,法规股',
  ];

  it('inside a quoted cell: the complete records are imported, the cut record is named', () => {
    const text = `${header}\r\n${rows.join('\r\n')}\r\n3,法律援助,"1. 申请条件\n2. 办理`;
    const c = ok(readCatalogueCsv(enc(text), { sourceName: 'cut.csv' }));
    expect(c.items.map((i) => i.name)).toEqual(['机构职能', '政策文件']);
    expect(cuts(c)).toEqual([expect.objectContaining({ line: 4, severity: 'WARNING' })]);
    expect(cuts(c)[0]!.message).toMatch(/^第4行：文件在此行中途截断（引号中的单元格没有结束）/u);
    expect(withoutCut(c)).toEqual(
      ok(readCatalogueCsv(enc(`${header}\r\n${rows.join('\r\n')}\r\n`), { sourceName: 'cut.csv' })),
    );
  });

  it('mid-row without a quote: a last record with fewer cells and no line break', () => {
    const c = ok(
      readCatalogueCsv(enc(`${header}\n${rows.join('\n')}\n3,法律援助,申请条件,即时`), { sourceName: 'cut.csv' }),
    );
    expect(c.items).toHaveLength(2);
    expect(cuts(c)[0]!.message).toMatch(/^第4行：文件在此行中途截断（只有 4 列，其他行有 8 列），该行未导入/u);
    // A note under the table is not a cut.
    const noted = ok(
      readCatalogueCsv(enc(`${header}\n${rows.join('\n')}\n注：本目录由XX县司法局负责解释。,,,,,,,`), {
        sourceName: 'note.csv',
      }),
    );
    expect(cuts(noted)).toEqual([]);
    expect(noted.findings).toContainEqual(
      expect.objectContaining({
        kind: 'unknown-cell',
        line: 4,
        message: '第4行：表格外的文字「注：本目录由XX县司法局负责解释。」，未导入为目录内容',
      }),
    );
  });
});

describe('a cut-off or damaged .docx / .xlsx', () => {
  it('is refused as incomplete, not with a zip library error', async () => {
    const docx = new Uint8Array(await writeCatalogueDocx(seed()));
    const xlsx = new Uint8Array(await writeCatalogueXlsx(seed()));
    for (const frac of [0.3, 0.7, 0.99]) {
      const d = errorOf(await readCatalogueDocx(docx.subarray(0, Math.floor(docx.length * frac))));
      expect(d).toMatch(/^不是有效的 docx 文件：文件不完整（压缩包的结尾缺失，文件可能在下载、复制或上传时被截断/u);
      expect(d).not.toMatch(/central directory|signature|truncated/iu);
      const x = errorOf(await readCatalogueXlsx(xlsx.subarray(0, Math.floor(xlsx.length * frac))));
      expect(x).toMatch(/^不是有效的 xlsx 文件：文件不完整/u);
    }
    // Through readCatalogueFile too, and the whole files still read.
    expect(errorOf(await readCatalogueFile('目录.xlsx', xlsx.subarray(0, 500)))).toMatch(/文件不完整/u);
    expect((await readCatalogueFile('目录.xlsx', xlsx)).ok).toBe(true);
    expect((await readCatalogueFile('目录.docx', docx)).ok).toBe(true);
  });

  it('a zip whose end is there but whose contents are broken is called damaged', async () => {
    const xlsx = new Uint8Array(await writeCatalogueXlsx(seed()));
    const broken = xlsx.slice();
    // Overwrite the middle (compressed data and local headers) but keep the central directory at the end.
    broken.fill(0x41, 200, Math.floor(broken.length * 0.6));
    const m = errorOf(await readCatalogueXlsx(broken));
    expect(m).toMatch(/^不是有效的 xlsx 文件/u);
    expect(m).not.toMatch(/文件不完整/u);
  });
});

describe('a file without a catalogue is refused, naming what it holds', () => {
  const wordTable = (rows: string[][]): Table =>
    new Table({
      rows: rows.map(
        (r) =>
          new TableRow({
            children: r.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] })),
          }),
      ),
    });

  it('docx: every table named', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('通讯录'),
            wordTable([
              ['姓名', '电话', '科室'],
              ['张三', '123', '办公室'],
            ]),
            new Paragraph(''),
            wordTable([
              ['日期', '事项'],
              ['3月1日', '会议'],
            ]),
          ],
        },
      ],
    });
    const m = errorOf(await readCatalogueDocx(new Uint8Array(await Packer.toBuffer(doc))));
    expect(m).toMatch(/没有找到目录表头/u);
    expect(m).toMatch(
      /Word 文件中的 2 个表格都没有目录表头：表1（2行×3列：姓名、电话、科室）、表2（2行×2列：日期、事项）/u,
    );
  });

  it('html: the tables of the page named', () => {
    const m = errorOf(
      readCatalogueHtml(
        '<table><tr><td>首页</td><td>公开指南</td></tr></table><table><tr><th>姓名</th><th>电话</th></tr><tr><td>张三</td><td>1</td></tr></table>',
      ),
    );
    expect(m).toMatch(
      /没有找到主动公开目录表格.*；找到 2 个表格：表1（1行×2列：首页、公开指南）、表2（2行×2列：姓名、电话）/u,
    );
  });

  it('xlsx: every sheet named; csv and text: the first row of the table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('通讯录').addRows([
      ['姓名', '电话'],
      ['张三', '123'],
    ]);
    wb.addWorksheet('值班表').addRows([['日期', '值班人']]);
    const m = errorOf(await readCatalogueXlsx(Buffer.from(await wb.xlsx.writeBuffer())));
    expect(m).toMatch(
      /^工作表「通讯录」第1–2行：没有找到目录表头.*找到的表格有 2 列，第1行为「姓名」「电话」（工作簿的 2 个工作表都没有目录表头：「通讯录」「值班表」）$/u,
    );
    expect(errorOf(readCatalogueCsv(enc('姓名,电话\n张三,123\n')))).toMatch(
      /找到的表格有 2 列，第1行为「姓名」「电话」$/u,
    );
    expect(errorOf(readCatalogueTextAny('关于做好政务公开工作的通知\n各科室：\n'))).toMatch(
      /第1行为「关于做好政务公开工作的通知」$/u,
    );
  });
});

describe('text around the table is skipped and reported', () => {
  it('lines above the header other than the title', () => {
    const text = [
      '附件2',
      'XX县司法局主动公开目录',
      '（2025年3月更新）',
      '序号\t公开事项\t公开内容\t公开时限\t责任科室',
      '1\t机构职能\t机构名称\t即时公开\t办公室',
    ].join('\n');
    const c = ok(readCatalogueTextAny(text));
    expect(c.title).toBe('XX县司法局主动公开目录');
    expect(c.findings.filter((f) => f.kind === 'unknown-cell').map((f) => f.message)).toEqual([
      '第1行：表头之前的文字「附件2」，未导入为目录内容',
      '第3行：表头之前的文字「（2025年3月更新）」，未导入为目录内容',
    ]);
  });

  it('xlsx: a 说明 sheet before the catalogue is skipped and said', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRows([['填表说明'], ['1. 打「√」为适用的公开渠道。']]);
    wb.addWorksheet('目录').addRows([
      ['序号', '公开事项', '公开内容', '公开时限', '责任科室'],
      ['1', '机构职能', '机构名称', '即时公开', '办公室'],
    ]);
    const c = ok(await readCatalogueXlsx(Buffer.from(await wb.xlsx.writeBuffer())));
    expect(c.items.map((i) => i.name)).toEqual(['机构职能']);
    expect(c.findings).toContainEqual(
      expect.objectContaining({
        severity: 'INFO',
        message: '工作表「说明」没有目录表头，未导入；目录取自工作表「目录」',
      }),
    );
  });
});

describe('one cell per line', () => {
  const header = ['序号', '事项名称', '公开内容', '公开时限', '公开主体', '责任科室'];
  const rowsOf = (...rows: string[][]): string => rows.flat().join('\n');

  it('reads the rows under a header of one column name per line, numbered or not', () => {
    const text = rowsOf(
      ['XX县民政局政务公开事项目录'],
      header,
      ['1', '最低生活保障', '申请条件、办理流程', '即时公开', 'XX县民政局', '社会救助股'],
      ['2', '临时救助', '救助对象范围', '20个工作日内', 'XX县民政局', '社会救助股'],
      ['注：本目录由XX县民政局负责解释。'],
    );
    const c = ok(readCatalogueTextAny(text, { sourceName: 'a.txt' }));
    expect(c.title).toBe('XX县民政局政务公开事项目录');
    expect(c.items.map((i) => [i.serial, i.name, i.line])).toEqual([
      ['1', '最低生活保障', 8],
      ['2', '临时救助', 14],
    ]);
    expect(c.items[1]!.requirements[0]!.offices).toEqual(['社会救助股']);
    expect(c.findings).toContainEqual(expect.objectContaining({ kind: 'unknown-cell', line: 20 }));
    const unnumbered = ok(
      readCatalogueTextAny(
        rowsOf(
          header.slice(1),
          ['最低生活保障', '申请条件', '即时公开', 'XX县民政局', '社会救助股'],
          ['临时救助', '救助对象', '即时公开', 'XX县民政局', '社会救助股'],
        ),
      ),
    );
    expect(unnumbered.items.map((i) => i.name)).toEqual(['最低生活保障', '临时救助']);
  });

  it('a numbered row that lost a cell stays to itself', () => {
    const text = rowsOf(
      header,
      ['1', '最低生活保障', '申请条件', '即时公开', 'XX县民政局'],
      ['2', '临时救助', '救助对象范围', '即时公开', 'XX县民政局', '社会救助股'],
    );
    const c = ok(readCatalogueTextAny(text));
    expect(c.items.map((i) => i.name)).toEqual(['最低生活保障', '临时救助']);
    expect(c.items[1]!.requirements[0]!.contentElements.join('')).toBe('救助对象范围');
  });
});

describe('html: a note right after the table', () => {
  it('is skipped and reported; page text elsewhere is not', () => {
    const page = `<html><body><div>首页 &gt; 政务公开</div><table>
      <tr><th>序号</th><th>公开事项</th><th>公开内容</th><th>公开时限</th><th>责任科室</th></tr>
      <tr><td>1</td><td>机构职能</td><td>机构名称</td><td>即时公开</td><td>办公室</td></tr></table>
      <p>注：本目录由XX县司法局负责解释。</p><div>版权所有 XX县人民政府</div></body></html>`;
    const c = ok(readCatalogueHtml(page));
    expect(c.findings.filter((f) => f.kind === 'unknown-cell').map((f) => f.message)).toEqual([
      '网页表格之后的文字「注：本目录由XX县司法局负责解释。」，未导入为目录内容',
    ]);
  });
});
