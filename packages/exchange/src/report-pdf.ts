/**
 * An annual report as a PDF in the official layout. The CJK font travels with the code: Source Han Sans CN
 * (思源黑体, SIL Open Font License) from the `source-han-sans-cn` npm package, embedded as a subset by pdfmake,
 * so Chinese renders on any machine, with or without fonts installed.
 */
import { createRequire } from 'node:module';
import { APPLICANT_COLUMNS, REPORT_FORMATS, REVIEW_COLUMNS, REVIEW_GROUPS, SECTION_HEADINGS } from '@gongkai/domain';
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

  const rows = def.applicationRows;
  const groupCount = rows.filter((r) => r.group).length;
  const body3: Cell[][] = [
    [
      h('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
        colSpan: 3,
        rowSpan: 3,
        fontSize: 7,
      }),
      skip(),
      skip(),
      h('申请人情况', { colSpan: 7 }),
      skip(),
      skip(),
      skip(),
      skip(),
      skip(),
      skip(),
    ],
    [
      skip(),
      skip(),
      skip(),
      h('自然人', { rowSpan: 2 }),
      h('法人或其他组织', { colSpan: 5 }),
      skip(),
      skip(),
      skip(),
      skip(),
      h('总计', { rowSpan: 2 }),
    ],
    [skip(), skip(), skip(), skip(), ...APPLICANT_COLUMNS.filter((x) => x.group).map((x) => h(x.label)), skip()],
    ...rows.map((r, i): Cell[] => {
      let labels: Cell[];
      if (!r.group) labels = [c(r.label, { colSpan: 3, alignment: 'left' }), skip(), skip()];
      else {
        const firstGroup = rows.findIndex((x) => x.group === r.group) === i;
        const g = firstGroup ? c(r.group, { rowSpan: groupCount }) : skip();
        if (r.subgroup) {
          const first = rows.findIndex((x) => x.subgroup === r.subgroup) === i;
          labels = [
            g,
            first ? c(r.subgroup, { rowSpan: rows.filter((x) => x.subgroup === r.subgroup).length }) : skip(),
            c(r.label, { alignment: 'left' }),
          ];
        } else labels = [g, c(r.label, { colSpan: 2, alignment: 'left' }), skip()];
      }
      return [...labels, ...APPLICANT_COLUMNS.map((col) => c(v(`a.${r.key}.${col.key}`)))];
    }),
  ];
  const body4: Cell[][] = [
    [
      h('行政复议', { colSpan: 5, rowSpan: 2 }),
      skip(),
      skip(),
      skip(),
      skip(),
      h('行政诉讼', { colSpan: 10 }),
      ...Array.from({ length: 9 }, skip),
    ],
    [
      skip(),
      skip(),
      skip(),
      skip(),
      skip(),
      h('未经复议直接起诉', { colSpan: 5 }),
      skip(),
      skip(),
      skip(),
      skip(),
      h('复议后起诉', { colSpan: 5 }),
      skip(),
      skip(),
      skip(),
      skip(),
    ],
    REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map((x) => h(x.label, { fontSize: 7 }))),
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
      heading(SECTION_HEADINGS.proactive),
      ...proactive,
      heading(SECTION_HEADINGS.applications),
      { table: { headerRows: 3, widths: [14, 40, '*', 26, 26, 26, 26, 26, 22, 26], body: body3 }, fontSize: 8 },
      heading(SECTION_HEADINGS.reviewLitigation),
      { table: { headerRows: 3, widths: Array(15).fill('*'), body: body4 }, fontSize: 8 },
      heading(SECTION_HEADINGS.problems),
      ...paragraphs(d.texts.problems),
      heading(SECTION_HEADINGS.other),
      ...paragraphs(d.texts.other),
    ],
  };
  return engine().createPdf(definition).getBuffer();
}
