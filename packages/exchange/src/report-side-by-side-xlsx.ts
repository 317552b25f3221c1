/**
 * Tables of annual-report numbers as Excel workbooks (exceljs, as the other exports): the side-by-side table of a
 * government's departments (grouped, merged header rows as the domain draws them; the sum row; numbers as numbers,
 * 「/」 as text) and a report — e.g. the government's sum — in the official layout of its tables 二, 三 and 四.
 */
import ExcelJS from 'exceljs';
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  SECTION_HEADINGS,
  sideBySideHeader,
  type CellValue,
  type ReportData,
  type SideBySideColumn,
} from '@gongkai/domain';

export interface SideBySideXlsxRow {
  /** Row labels (e.g. 部门, 状态). */
  labels: string[];
  values: CellValue[];
  /** Drawn bold (the sum row). */
  bold?: boolean;
}

export interface SideBySideXlsxInput {
  title: string;
  /** Lines under the title (the table, the statuses summed, what was not counted). */
  notes: string[];
  sheetName: string;
  /** Headers of the row-label columns (e.g. 部门、报告状态). */
  labelHeaders: string[];
  columns: SideBySideColumn[];
  rows: SideBySideXlsxRow[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A cell's value as Excel should hold it: a number for numbers, the text 「/」, empty for not filled. */
const excelValue = (v: CellValue): number | string => {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return v !== '/' && Number.isFinite(n) ? n : v;
};

export async function writeSideBySideXlsx(input: SideBySideXlsxInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政府信息公开平台';
  addSideBySideSheet(wb, input);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSideBySideSheet(wb: ExcelJS.Workbook, input: SideBySideXlsxInput): void {
  const header = sideBySideHeader(input.columns);
  const labels = input.labelHeaders.length;
  const top = 2 + input.notes.length; // title, notes, a blank row
  const ws = wb.addWorksheet(input.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', xSplit: labels, ySplit: top + header.length }],
    // Printed landscape, as wide as the page (the table is for the screen first; a print stays one page wide).
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.pageSetup.printTitlesRow = `${top + 1}:${top + header.length}`;
  ws.getCell(1, 1).value = input.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  input.notes.forEach((n, i) => (ws.getCell(2 + i, 1).value = n));
  const first = top + 1;
  // Row-label headers span every header row.
  input.labelHeaders.forEach((h, i) => {
    ws.mergeCells(first, i + 1, first + Math.max(header.length, 1) - 1, i + 1);
    ws.getCell(first, i + 1).value = h;
  });
  header.forEach((row, r) =>
    row.forEach((h) => {
      const c0 = labels + h.column + 1;
      if (h.rowspan > 1 || h.colspan > 1) ws.mergeCells(first + r, c0, first + r + h.rowspan - 1, c0 + h.colspan - 1);
      ws.getCell(first + r, c0).value = h.label;
    }),
  );
  const bodyStart = first + header.length;
  for (let r = first; r < bodyStart; r++)
    for (let c = 1; c <= labels + input.columns.length; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F5' } };
    }
  input.rows.forEach((row, i) => {
    const r = ws.getRow(bodyStart + i);
    row.labels.forEach((l, k) => (r.getCell(k + 1).value = l));
    row.values.forEach((v, k) => {
      const cell = r.getCell(labels + k + 1);
      cell.value = excelValue(v);
      cell.alignment = { horizontal: 'right' };
    });
    for (let c = 1; c <= labels + input.columns.length; c++) {
      r.getCell(c).border = BORDER;
      if (row.bold) r.getCell(c).font = { bold: true };
    }
  });
  input.labelHeaders.forEach((_, i) => (ws.getColumn(i + 1).width = i === 0 ? 34 : 12));
  for (let k = 0; k < input.columns.length; k++) ws.getColumn(labels + k + 1).width = 12;
  // Tall enough header rows for the long labels of table 三 wrapped in narrow columns.
  for (let r = first; r < bodyStart; r++) ws.getRow(r).height = 48;
}

export interface ReportXlsxInput {
  title: string;
  notes: string[];
  data: ReportData;
}

/** A report's tables 二, 三 and 四 in the official layout (merged group labels and headers), one sheet. */
export async function writeReportXlsx(input: ReportXlsxInput): Promise<Buffer> {
  const d = input.data;
  const def = REPORT_FORMATS[d.format];
  const wb = new ExcelJS.Workbook();
  wb.creator = '政府信息公开平台';
  const ws = wb.addWorksheet('报告表格', {
    pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  /** A row tall enough for a label wrapped in a column about `perLine` characters wide. */
  const fit = (row: number, label: string, perLine: number): void => {
    const lines = Math.ceil(label.length / perLine);
    const height = Math.max(18, lines * 15);
    if ((ws.getRow(row).height ?? 0) < height) ws.getRow(row).height = height;
  };
  const v = (id: string): number | string => excelValue(d.cells[id] ?? null);
  let r = 1;
  ws.getCell(r, 1).value = input.title;
  ws.getCell(r++, 1).font = { bold: true, size: 14 };
  for (const n of input.notes) ws.getCell(r++, 1).value = n;
  const boxed: Array<[number, number, number, number]> = [];
  const put = (row: number, col: number, value: string | number, o: { rs?: number; cs?: number } = {}): void => {
    const rs = o.rs ?? 1;
    const cs = o.cs ?? 1;
    if (rs > 1 || cs > 1) ws.mergeCells(row, col, row + rs - 1, col + cs - 1);
    ws.getCell(row, col).value = value;
    ws.getCell(row, col).alignment = {
      horizontal: typeof value === 'number' ? 'right' : 'center',
      vertical: 'middle',
      wrapText: true,
    };
  };
  const heading = (t: string): void => {
    r++;
    ws.getCell(r, 1).value = t;
    ws.getCell(r++, 1).font = { bold: true, size: 12 };
  };
  // 二
  heading(SECTION_HEADINGS.proactive);
  for (const t of def.proactive) {
    const start = r;
    put(r++, 1, t.caption, { cs: 3 + t.columns.length });
    put(r, 1, '信息内容', { cs: 3 });
    t.columns.forEach((c, i) => {
      put(r, 4 + i, c);
      fit(r, c, 6);
    });
    r++;
    for (const row of t.rows) {
      put(r, 1, row.label, { cs: 3 });
      row.cells.forEach((id, i) => put(r, 4 + i, v(id)));
      r++;
    }
    boxed.push([start, 1, r - 1, 3 + t.columns.length]);
  }
  // 三
  heading(SECTION_HEADINGS.applications);
  const start3 = r;
  put(r, 1, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rs: 3, cs: 3 });
  put(r, 4, '申请人情况', { cs: 7 });
  put(r + 1, 4, '自然人', { rs: 2 });
  put(r + 1, 5, '法人或其他组织', { cs: 5 });
  put(r + 1, 10, '总计', { rs: 2 });
  APPLICANT_COLUMNS.filter((c) => c.group).forEach((c, i) => put(r + 2, 5 + i, c.label));
  r += 3;
  const rows = def.applicationRows;
  rows.forEach((row, i) => {
    if (!row.group) put(r, 1, row.label, { cs: 3 });
    else {
      if (rows.findIndex((x) => x.group === row.group) === i)
        put(r, 1, row.group, { rs: rows.filter((x) => x.group === row.group).length });
      if (row.subgroup) {
        if (rows.findIndex((x) => x.subgroup === row.subgroup) === i)
          put(r, 2, row.subgroup, { rs: rows.filter((x) => x.subgroup === row.subgroup).length });
        put(r, 3, row.label);
        fit(r, row.label, 14);
      } else {
        put(r, 2, row.label, { cs: 2 });
        fit(r, row.label, 20);
      }
    }
    APPLICANT_COLUMNS.forEach((c, k) => put(r, 4 + k, v(`a.${row.key}.${c.key}`)));
    r++;
  });
  boxed.push([start3, 1, r - 1, 10]);
  // 四
  heading(SECTION_HEADINGS.reviewLitigation);
  const start4 = r;
  put(r, 1, '行政复议', { rs: 2, cs: 5 });
  put(r, 6, '行政诉讼', { cs: 10 });
  put(r + 1, 6, '未经复议直接起诉', { cs: 5 });
  put(r + 1, 11, '复议后起诉', { cs: 5 });
  REVIEW_GROUPS.forEach((g, gi) =>
    REVIEW_COLUMNS.forEach((c, ci) => {
      put(r + 2, 1 + gi * 5 + ci, c.label);
      put(r + 3, 1 + gi * 5 + ci, v(`r.${g.key}.${c.key}`));
    }),
  );
  r += 4;
  boxed.push([start4, 1, r - 1, 15]);
  for (const [r0, c0, r1, c1] of boxed)
    for (let i = r0; i <= r1; i++) for (let k = c0; k <= c1; k++) ws.getCell(i, k).border = BORDER;
  [8, 12, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let k = 4; k <= 15; k++) ws.getColumn(k).width = 11;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
