/**
 * An annual report as a PDF in the official layout. The CJK font travels with the code: Source Han Sans CN
 * (思源黑体, SIL Open Font License) from the `source-han-sans-cn` npm package, embedded as a subset by pdfmake,
 * so Chinese renders on any machine, with or without fonts installed.
 */
import { createRequire } from 'node:module';
import {
  APPLICANT_COLUMNS,
  APPLICATIONS_NOTE,
  APPLICATION_LABEL_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  SECTION_HEADINGS,
  applicationRowLabels,
  applicationsHeader,
  reviewHeader,
  spanGrid,
  type TableLabelCell,
} from '@gongkai/domain';
import type { ReportDocument } from './report-documents.js';

const require = createRequire(import.meta.url);

export interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | undefined;
/** pdfmake with the bundled CJK font (SourceHanSans), set up once; fetching anything from a URL is refused. */
export function engine(): PdfMake {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as PdfMake;
    const regular = require.resolve('source-han-sans-cn/SourceHanSansCN-Regular.otf');
    const bold = require.resolve('source-han-sans-cn/SourceHanSansCN-Bold.otf');
    pdfmake.setFonts({ SourceHanSans: { normal: regular, bold, italics: regular, bolditalics: bold } });
    pdfmake.setUrlAccessPolicy(() => false); // documents never fetch anything
  }
  return pdfmake;
}

type Cell =
  | { text: string; rowSpan?: number; colSpan?: number; bold?: boolean; alignment?: string; fontSize?: number }
  | Record<string, never>;
const c = (text: string, o: Partial<Cell> = {}): Cell => ({ text, alignment: 'center', ...o }) as Cell;
const skip = (): Cell => ({}) as Record<string, never>;
const h = (text: string, o: Partial<Cell> = {}): Cell => c(text, { bold: true, ...o });

export async function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const d = doc.data;
  const def = REPORT_FORMATS[d.format];
  const v = (id: string): string => d.cells[id] ?? '';
  const paragraphs = (t: string) =>
    t.trim() === ''
      ? [{ text: '（无）', margin: [0, 0, 0, 4] }]
      : t.split(/\n+/u).map((p) => ({ text: `\u3000\u3000${p.trim()}`, margin: [0, 0, 0, 4] }));
  const heading = (t: string) => ({ text: t, bold: true, fontSize: 13, margin: [0, 10, 0, 6] });

  const proactive = def.proactive.map((t) => ({
    margin: [0, 0, 0, 8],
    table: {
      headerRows: 2,
      widths: ['*', ...t.columns.map(() => '*')],
      body: [
        [h(t.caption, { colSpan: t.columns.length + 1 }), ...t.columns.map(() => skip())],
        [h('信息内容'), ...t.columns.map((col) => h(col))],
        ...t.rows.map((r) => [c(r.label, { alignment: 'left' }), ...r.cells.map((id) => c(v(id)))]),
      ],
    },
  }));

  // Tables 三 and 四 from the domain's layout: pdfmake wants every covered position present, as an empty object.
  const spanned = (rows: TableLabelCell[][], width: number, style: (l: TableLabelCell) => Partial<Cell>): Cell[][] =>
    spanGrid(rows, width).map((r) =>
      r.map((slot) =>
        slot && slot.top && slot.left
          ? c(slot.cell.text, {
              ...(slot.cell.rowspan > 1 ? { rowSpan: slot.cell.rowspan } : {}),
              ...(slot.cell.colspan > 1 ? { colSpan: slot.cell.colspan } : {}),
              ...style(slot.cell),
            })
          : skip(),
      ),
    );
  const labels = spanned(applicationRowLabels(d.format), APPLICATION_LABEL_COLUMNS, (l) =>
    l.group ? {} : { alignment: 'left' },
  );
  const body3: Cell[][] = [
    ...spanned(applicationsHeader(), APPLICATION_LABEL_COLUMNS + APPLICANT_COLUMNS.length, (l) => ({
      bold: true,
      ...(l.text === APPLICATIONS_NOTE ? { fontSize: 7 } : {}),
    })),
    ...def.applicationRows.map((r, i): Cell[] => [
      ...labels[i]!,
      ...APPLICANT_COLUMNS.map((col) => c(v(`a.${r.key}.${col.key}`))),
    ]),
  ];
  const body4: Cell[][] = [
    // The fifteen column labels as printed, two characters a line (结果 / 维持) in the narrow columns.
    ...spanned(reviewHeader(), REVIEW_GROUPS.length * REVIEW_COLUMNS.length, (l) => ({
      bold: true,
      ...(l.colspan === 1
        ? { fontSize: 7, text: l.text.length === 4 ? `${l.text.slice(0, 2)}\n${l.text.slice(2)}` : l.text }
        : {}),
    })),
    REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((x) => c(v(`r.${g.key}.${x.key}`)))),
  ];

  const definition = {
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    info: { title: `${doc.agencyName}${d.year}年政府信息公开工作年度报告`, creator: 'Gongkai' },
    defaultStyle: { font: 'SourceHanSans', fontSize: 10, lineHeight: 1.3 },
    content: [
      {
        text: `${doc.agencyName}${d.year}年政府信息公开工作年度报告`,
        fontSize: 18,
        alignment: 'center',
        margin: [0, 0, 0, 14],
      },
      heading(SECTION_HEADINGS.overview),
      ...paragraphs(d.texts.overview),
      // A heading stays with its table and a table is not split (a page break would separate a merged group label
      // from its rows): each moves whole to the next page when it does not fit (every table fits one page).
      { stack: [heading(SECTION_HEADINGS.proactive), proactive[0]], unbreakable: true },
      ...proactive.slice(1).map((t) => ({ stack: [t], unbreakable: true })),
      {
        stack: [
          heading(SECTION_HEADINGS.applications),
          {
            table: {
              headerRows: 3,
              dontBreakRows: true,
              widths: [14, 40, '*', 26, 26, 26, 26, 26, 22, 26],
              body: body3,
            },
            fontSize: 8,
          },
        ],
        unbreakable: true,
      },
      {
        stack: [
          heading(SECTION_HEADINGS.reviewLitigation),
          { table: { headerRows: 3, dontBreakRows: true, widths: Array(15).fill('*'), body: body4 }, fontSize: 8 },
        ],
        unbreakable: true,
      },
      heading(SECTION_HEADINGS.problems),
      ...paragraphs(d.texts.problems),
      heading(SECTION_HEADINGS.other),
      ...paragraphs(d.texts.other),
    ],
  };
  return engine().createPdf(definition).getBuffer();
}
