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
  TableLayoutType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  SECTION_HEADINGS,
  applicationRowLabels,
  applicationsHeader,
  reviewHeader,
  type TableLabelCell,
} from '@gongkai/domain';
import type { ReportDocument } from './report-documents.js';

const BODY = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const HEAD = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

const text = (
  t: string,
  o: { head?: boolean; size?: number; center?: boolean; indent?: boolean; keepNext?: boolean } = {},
): Paragraph =>
  new Paragraph({
    keepNext: o.keepNext,
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: o.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 360 },
    children: [new TextRun({ text: t, font: o.head ? HEAD : BODY, size: o.size ?? 24 })],
  });

const cell = (t: string, o: { span?: number; rows?: number; head?: boolean; left?: boolean } = {}): TableCell =>
  new TableCell({
    children: [text(t, { head: o.head, size: 18, center: !o.left })],
    columnSpan: o.span,
    rowSpan: o.rows,
    verticalAlign: VerticalAlign.CENTER,
  });

/** A4 text width with Word's default margins (11906 − 2 × 1440 twips). */
const TEXT_WIDTH = 9026;

/**
 * A table of fixed column widths (twips): Word and LibreOffice keep them instead of sizing columns to their text.
 * Every row is kept whole on a page (cantSplit); the header rows repeat on each page (tblHeader).
 */
const table = (rows: TableRow[], columnWidths?: number[]): Table =>
  new Table({
    width: { size: columnWidths ? TEXT_WIDTH : 100, type: columnWidths ? WidthType.DXA : WidthType.PERCENTAGE },
    ...(columnWidths ? { columnWidths, layout: TableLayoutType.FIXED } : {}),
    rows,
  });

/** Header rows laid out by the domain (spans as Word merges), repeated on every page the table runs onto. */
const headRows = (rows: TableLabelCell[][]): TableRow[] =>
  rows.map(
    (r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: r.map((l) => cell(l.text, { span: l.colspan, rows: l.rowspan, head: true })),
      }),
  );

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
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [cell(r.label, { left: true }), ...r.cells.map((id) => cell(v(id)))],
          }),
      ),
    ]),
    text(''),
  ]);

  // Table 三: narrow label columns (the group labels read downwards as printed), the row labels wide enough for two
  // lines at most, seven number columns. Rows never split; the whole table keeps with its heading where it fits.
  const labels = applicationRowLabels(d.format);
  const rows = def.applicationRows;
  const width3 = [560, 1000, 3366, ...APPLICANT_COLUMNS.map(() => 4100 / 7)].map(Math.round);
  const body3 = rows.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        keepNext: i < rows.length - 1,
        children: [
          ...labels[i]!.map((l) => cell(l.text, { span: l.colspan, rows: l.rowspan, left: !l.group })),
          ...APPLICANT_COLUMNS.map((c) => cell(v(`a.${r.key}.${c.key}`))),
        ],
      }),
  );
  const head3 = headRows(applicationsHeader());
  const columns4 = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;
  const head4 = headRows(reviewHeader());
  const body4 = new TableRow({
    cantSplit: true,
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
          text(SECTION_HEADINGS.proactive, { head: true, size: 28, keepNext: true }),
          ...proactive,
          text(SECTION_HEADINGS.applications, { head: true, size: 28, keepNext: true }),
          table([...head3, ...body3], width3),
          text(''),
          text(SECTION_HEADINGS.reviewLitigation, { head: true, size: 28, keepNext: true }),
          table(
            [...head4, body4],
            Array.from({ length: columns4 }, () => Math.floor(TEXT_WIDTH / columns4)),
          ),
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
