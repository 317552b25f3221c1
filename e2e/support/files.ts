/** Catalogue files the import specs upload, made here (Word tables with the `docx` library packages/exchange uses). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './env.js';

/** The `docx` library as packages/exchange has it (the repository root does not depend on it). */
async function loadDocx(): Promise<any> {
  const require = createRequire(path.join(ROOT, 'packages/exchange/package.json'));
  return import(pathToFileURL(require.resolve('docx')).href);
}

/** A .docx with a title paragraph and one table of `rows` (the first is the header). */
async function wordTable(title: string, rows: string[][], columnWidth: number): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await loadDocx();
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(title)] }),
          new Table({
            columnWidths: rows[0]!.map(() => columnWidth),
            rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

export const PREVIEW_BASIS = '《中华人民共和国政府信息公开条例》第二十条';

/** 根河市司法局's Word catalogue for the import preview: eight columns, the last one no field; `rowCount` rows. */
export async function previewFixtureDocx(rowCount = 6): Promise<Buffer> {
  const header = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '责任科室', '填报说明'];
  const offices = ['办公室', '普法与依法治理办公室', '公共法律服务办公室'];
  const items = ['机构职能', '普法工作', '公共法律服务'];
  const rows = [header];
  for (let i = 0; i < rowCount; i++) {
    const first = i % 2 === 0;
    rows.push([
      first ? String(i / 2 + 1) : '',
      first ? items[(i / 2) % items.length] + (i >= 6 ? String(i) : '') : '',
      `预览子项${i + 1}`,
      `预览内容${i + 1}`,
      PREVIEW_BASIS,
      '信息形成或变更之日起20个工作日内',
      offices[i % offices.length]!,
      i === 0 ? '按年更新' : '',
    ]);
  }
  return wordTable('根河市司法局主动公开目录', rows, 1100);
}

/** A department's catalogue as text in the seed's tab layout, its title line and 公开主体 naming the department. */
export function textCatalogue(department: string): Buffer {
  return Buffer.from(
    readFileSync(path.join(ROOT, 'demo-data/catalogues/genhe-caizhengju.txt'), 'utf8')
      .replace('根河市财政局主动公开目录（示例数据）', `${department}主动公开目录`)
      .replaceAll('根河市财政局', department),
    'utf8',
  );
}

/** A department's Word catalogue: a title paragraph naming the department and one table. */
export async function docxCatalogue(department: string): Promise<Buffer> {
  const rows = [
    ['序号', '一级事项', '二级事项', '公开内容', '公开时限', '公开主体', '责任科室'],
    ['1', '机构职能', '机构概况', '机构名称、职能、内设机构', '信息形成或变更之日起20个工作日内', department, '办公室'],
    ['', '', '领导信息', '领导姓名、职务、分工', '信息形成或变更之日起20个工作日内', department, '办公室'],
    ['2', '教育信息', '招生入学', '招生政策、划片范围', '每年招生前', department, '基础教育股'],
    ['', '', '学生资助', '资助政策、名单', '信息形成之日起10个工作日内', department, '资助中心'],
  ];
  return wordTable(`${department}主动公开目录`, rows, 1200);
}
