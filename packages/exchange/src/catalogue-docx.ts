/**
 * The catalogue as a printable Word document titled 「…主动公开目录」: landscape A4, the table with 事项 cells
 * merged down like the printed form, channels as ■/□ lists, 仿宋-style body text.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { CatalogueJson } from '@gongkai/domain';
import { hasLevel3, tableRows, text } from './catalogue-rows.js';

const BODY_FONT = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const HEAD_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

function para(
  value: string,
  opts: { bold?: boolean; center?: boolean; size?: number; head?: boolean } = {},
): Paragraph[] {
  const lines = value === '' ? [''] : value.split('\n');
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: line,
            bold: opts.bold,
            size: opts.size ?? 20,
            font: opts.head ? HEAD_FONT : BODY_FONT,
          }) as ParagraphChild,
        ],
      }),
  );
}

function cell(
  value: string,
  opts: { head?: boolean; center?: boolean; merge?: 'restart' | 'continue'; span?: number; width?: number } = {},
): TableCell {
  return new TableCell({
    children: para(value, { bold: opts.head, head: opts.head, center: opts.center ?? opts.head }),
    verticalAlign: VerticalAlign.CENTER,
    columnSpan: opts.span,
    verticalMerge:
      opts.merge === 'restart'
        ? VerticalMergeType.RESTART
        : opts.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
  });
}

export async function writeCatalogueDocx(c: CatalogueJson): Promise<Buffer> {
  const three = hasLevel3(c);
  const levels = three ? 3 : 2;
  const headTop = [
    cell('序号', { head: true, merge: 'restart' }),
    cell('公开事项', { head: true, span: levels }),
    cell('公开内容（要素）', { head: true, merge: 'restart' }),
    cell('公开时限', { head: true, merge: 'restart' }),
    cell('公开主体', { head: true, merge: 'restart' }),
    cell('公开渠道和载体', { head: true, merge: 'restart' }),
    cell('公开对象', { head: true, merge: 'restart' }),
    cell('责任科室', { head: true, merge: 'restart' }),
  ];
  const headSub = [
    cell('', { head: true, merge: 'continue' }),
    cell('一级事项', { head: true }),
    cell('二级事项', { head: true }),
    ...(three ? [cell('三级事项', { head: true })] : []),
    ...Array.from({ length: 6 }, () => cell('', { head: true, merge: 'continue' })),
  ];
  const body = tableRows(c).map((tr) => {
    const r = tr.requirement;
    const levelCells = Array.from({ length: levels }, (_, l) => {
      const lv = tr.levels[l];
      if (!lv) return cell('');
      return cell(lv.first ? lv.item.name : '', {
        merge: lv.span > 1 || !lv.first ? (lv.first ? 'restart' : 'continue') : undefined,
        center: true,
      });
    });
    const l1 = tr.levels[0]!;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(l1.first ? (l1.item.serial ?? '') : '', {
          merge: l1.span > 1 || !l1.first ? (l1.first ? 'restart' : 'continue') : undefined,
          center: true,
        }),
        ...levelCells,
        cell(r ? text.content(r).replace(/ (\d+\. )/gu, '\n$1') : ''),
        cell(r?.timeLimit.raw ?? ''),
        cell(r ? text.organs(r) : '', { center: true }),
        cell(r ? text.channelMarks(r) : ''),
        cell(r ? text.audience(r) : '', { center: true }),
        cell(r ? r.offices.join('\n') : '', { center: true }),
      ],
    });
  });
  const doc = new Document({
    creator: 'Gongkai',
    title: c.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1000, bottom: 1000, left: 900, right: 900 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 300 },
            children: [
              new TextRun({
                text: c.title,
                bold: true,
                size: 36,
                font: { ascii: 'SimSun', eastAsia: '方正小标宋简体', hAnsi: 'SimSun' },
              }),
            ],
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: headTop }),
              new TableRow({ tableHeader: true, children: headSub }),
              ...body,
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
