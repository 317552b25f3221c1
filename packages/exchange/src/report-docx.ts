/**
 * An annual report as a Word document in the official layout: title, sections 一 to 六, the fixed tables with
 * their merged header and label cells, 仿宋 body and 黑体 headings.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { APPLICANT_COLUMNS, REPORT_FORMATS, REVIEW_COLUMNS, REVIEW_GROUPS, SECTION_HEADINGS } from '@gongkai/domain';
import type { ReportDocument } from './report-documents.js';

const BODY = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const HEAD = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

const text = (t: string, o: { head?: boolean; size?: number; center?: boolean; indent?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: o.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 360 },
    children: [new TextRun({ text: t, font: o.head ? HEAD : BODY, size: o.size ?? 24 })],
  });

type Merge = 'restart' | 'continue' | undefined;
const cell = (t: string, o: { span?: number; merge?: Merge; head?: boolean } = {}): TableCell =>
  new TableCell({
    children: [text(t, { head: o.head, size: 18, center: true })],
    columnSpan: o.span,
    verticalMerge:
      o.merge === 'restart'
        ? VerticalMergeType.RESTART
        : o.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: VerticalAlign.CENTER,
  });

const table = (rows: TableRow[]): Table => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });

export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const d = doc.data;
  const def = REPORT_FORMATS[d.format];
  const v = (id: string): string => d.cells[id] ?? '';
  const paragraphs = (t: string): Paragraph[] =>
    t.trim() === '' ? [text('（无）', { indent: true })] : t.split(/\n+/u).map((p) => text(p.trim(), { indent: true }));

  const proactive = def.proactive.flatMap((t) => [
    table([
      new TableRow({ tableHeader: true, children: [cell(t.caption, { span: t.columns.length + 1, head: true })] }),
      new TableRow({
        tableHeader: true,
        children: [cell('信息内容', { head: true }), ...t.columns.map((c) => cell(c, { head: true }))],
      }),
      ...t.rows.map((r) => new TableRow({ children: [cell(r.label), ...r.cells.map((id) => cell(v(id)))] })),
    ]),
    text(''),
  ]);

  const rows = def.applicationRows;
  const head3 = [
    new TableRow({
      tableHeader: true,
      children: [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
          span: 3,
          merge: 'restart',
          head: true,
        }),
        cell('申请人情况', { span: 7, head: true }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        cell('', { span: 3, merge: 'continue' }),
        cell('自然人', { merge: 'restart', head: true }),
        cell('法人或其他组织', { span: 5, head: true }),
        cell('总计', { merge: 'restart', head: true }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        cell('', { span: 3, merge: 'continue' }),
        cell('', { merge: 'continue' }),
        ...APPLICANT_COLUMNS.filter((c) => c.group).map((c) => cell(c.label, { head: true })),
        cell('', { merge: 'continue' }),
      ],
    }),
  ];
  const body3 = rows.map((r, i) => {
    const labels: TableCell[] = [];
    if (!r.group) labels.push(cell(r.label, { span: 3 }));
    else {
      labels.push(
        cell(rows.findIndex((x) => x.group === r.group) === i ? r.group : '', {
          merge: rows.findIndex((x) => x.group === r.group) === i ? 'restart' : 'continue',
        }),
      );
      if (r.subgroup) {
        const first = rows.findIndex((x) => x.subgroup === r.subgroup) === i;
        labels.push(cell(first ? r.subgroup : '', { merge: first ? 'restart' : 'continue' }), cell(r.label));
      } else labels.push(cell(r.label, { span: 2 }));
    }
    return new TableRow({ children: [...labels, ...APPLICANT_COLUMNS.map((c) => cell(v(`a.${r.key}.${c.key}`)))] });
  });

  const head4 = [
    new TableRow({
      tableHeader: true,
      children: [
        cell('行政复议', { span: 5, merge: 'restart', head: true }),
        cell('行政诉讼', { span: 10, head: true }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        cell('', { span: 5, merge: 'continue' }),
        cell('未经复议直接起诉', { span: 5, head: true }),
        cell('复议后起诉', { span: 5, head: true }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map((c) => cell(c.label, { head: true }))),
    }),
  ];
  const body4 = new TableRow({
    children: REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => cell(v(`r.${g.key}.${c.key}`)))),
  });

  const document = new Document({
    creator: 'Gongkai',
    title: `${doc.agencyName}${d.year}年政府信息公开工作年度报告`,
    styles: { default: { document: { run: { font: BODY, size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [
              new TextRun({
                text: `${doc.agencyName}${d.year}年政府信息公开工作年度报告`,
                size: 40,
                font: { ascii: 'SimSun', eastAsia: '方正小标宋简体', hAnsi: 'SimSun' },
              }),
            ],
          }),
          text(SECTION_HEADINGS.overview, { head: true, size: 28 }),
          ...paragraphs(d.texts.overview),
          text(SECTION_HEADINGS.proactive, { head: true, size: 28 }),
          ...proactive,
          text(SECTION_HEADINGS.applications, { head: true, size: 28 }),
          table([...head3, ...body3]),
          text(''),
          text(SECTION_HEADINGS.reviewLitigation, { head: true, size: 28 }),
          table([...head4, body4]),
          text(''),
          text(SECTION_HEADINGS.problems, { head: true, size: 28 }),
          ...paragraphs(d.texts.problems),
          text(SECTION_HEADINGS.other, { head: true, size: 28 }),
          ...paragraphs(d.texts.other),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
