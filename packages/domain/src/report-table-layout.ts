/**
 * The printed layout of the annual report's tables 三 and 四 (政府信息公开工作年度报告格式): their header cells
 * and table 三's row-label cells with row and column spans, as the official format merges them. One definition for
 * every output — the entry form, the printed HTML, the PDF and the Word document draw from it.
 *
 * Table 四 as printed: row 1 「行政复议」 over five columns and 「行政诉讼」 over ten; row 2 行政复议's five columns
 * (结果维持 … 总计, each spanning rows 2–3) beside 「未经复议直接起诉」 and 「复议后起诉」 (five columns each); row 3
 * the ten litigation columns.
 */
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ApplicationRow,
  type ReportFormat,
} from './report-format.js';

/** A label cell of a printed table (header or row label) with its spans. */
export interface TableLabelCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** A row label that heads a group of rows (a merged cell such as 三、本年度办理结果 or （三）不予公开). */
  group?: boolean;
}

/** The note table 三 prints in its top-left header cell. */
export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Table 三's label columns on the left: group, subgroup, row label. */
export const APPLICATION_LABEL_COLUMNS = 3;

/** Table 三's three header rows: the note, 申请人情况 / 自然人 / 法人或其他组织 (five) / 总计. */
export function applicationsHeader(): TableLabelCell[][] {
  const org = APPLICANT_COLUMNS.filter((c) => c.group !== null);
  return [
    [
      { text: APPLICATIONS_NOTE, rowspan: 3, colspan: APPLICATION_LABEL_COLUMNS },
      { text: '申请人情况', rowspan: 1, colspan: APPLICANT_COLUMNS.length },
    ],
    [
      { text: APPLICANT_COLUMNS[0].label, rowspan: 2, colspan: 1 },
      { text: org[0]!.group!, rowspan: 1, colspan: org.length },
      { text: APPLICANT_COLUMNS[APPLICANT_COLUMNS.length - 1]!.label, rowspan: 2, colspan: 1 },
    ],
    org.map((c) => ({ text: c.label, rowspan: 1, colspan: 1 })),
  ];
}

const spanOf = (rows: readonly ApplicationRow[], i: number, same: (r: ApplicationRow) => boolean): number => {
  const end = rows.slice(i).findIndex((r) => !same(r));
  return end === -1 ? rows.length - i : end;
};

/**
 * The label cells that start on each body row of table 三 (three label columns): a row outside 三、本年度办理结果
 * spans all three; a group's label spans its rows; a subgroup's label spans its rows beside the row labels.
 */
export function applicationRowLabels(format: ReportFormat): TableLabelCell[][] {
  const rows = REPORT_FORMATS[format].applicationRows;
  return rows.map((row, i) => {
    const prev = rows[i - 1];
    const labels: TableLabelCell[] = [];
    if (row.group === null) return [{ text: row.label, rowspan: 1, colspan: APPLICATION_LABEL_COLUMNS }];
    if (!prev || prev.group !== row.group)
      labels.push({ text: row.group, rowspan: spanOf(rows, i, (r) => r.group === row.group), colspan: 1, group: true });
    if (row.subgroup === null) labels.push({ text: row.label, rowspan: 1, colspan: 2 });
    else {
      if (!prev || prev.subgroup !== row.subgroup)
        labels.push({
          text: row.subgroup,
          rowspan: spanOf(rows, i, (r) => r.subgroup === row.subgroup),
          colspan: 1,
          group: true,
        });
      labels.push({ text: row.label, rowspan: 1, colspan: 1 });
    }
    return labels;
  });
}

/** Table 四's three header rows, as the official format prints them (see the file's comment). */
export function reviewHeader(): TableLabelCell[][] {
  const n = REVIEW_COLUMNS.length;
  const review = REVIEW_GROUPS.filter((g) => g.group === g.label);
  const litigation = REVIEW_GROUPS.filter((g) => g.group !== g.label);
  const columns = (rowspan: number): TableLabelCell[] =>
    REVIEW_COLUMNS.map((c) => ({ text: c.label, rowspan, colspan: 1 }));
  return [
    [
      ...review.map((g) => ({ text: g.label, rowspan: 1, colspan: n })),
      { text: litigation[0]!.group, rowspan: 1, colspan: n * litigation.length },
    ],
    [...review.flatMap(() => columns(2)), ...litigation.map((g) => ({ text: g.label, rowspan: 1, colspan: n }))],
    litigation.flatMap(() => columns(1)),
  ];
}

/** A position of a spanned table: the cell that covers it, and whether it is that cell's first row / column. */
export interface SpanSlot {
  cell: TableLabelCell;
  /** The cell's first row (false: a row its rowspan reaches down to). */
  top: boolean;
  /** The cell's first column. */
  left: boolean;
}

/**
 * Places spanned rows on a grid `width` columns wide (cells fill the first free positions left to right, as HTML
 * does): for each row and column, the cell covering it, or null where nothing does. Renderers that need a
 * placeholder for every covered position (pdfmake) or a continuation cell below a vertical merge (Word) read this.
 * Throws when a cell would overlap another or stick out — a layout error, not bad input.
 */
export function spanGrid(rows: readonly (readonly TableLabelCell[])[], width: number): Array<Array<SpanSlot | null>> {
  const grid: Array<Array<SpanSlot | null>> = [];
  const row = (r: number): Array<SpanSlot | null> => (grid[r] ??= new Array<SpanSlot | null>(width).fill(null));
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (col < width && row(r)[col]) col++;
      if (col + cell.colspan > width) throw new Error(`表格布局错误：第 ${r + 1} 行「${cell.text}」超出 ${width} 列`);
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (row(r + dr)[col + dc]) throw new Error(`表格布局错误：「${cell.text}」与其他单元格重叠`);
          row(r + dr)[col + dc] = { cell, top: dr === 0, left: dc === 0 };
        }
      col += cell.colspan;
    }
  });
  for (let r = 0; r < rows.length; r++) row(r);
  return grid;
}
