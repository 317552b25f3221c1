/**
 * The office's annual-report dashboard (报送情况) as an Excel workbook (exceljs): one sheet, the government's own
 * report first, then each department — status, dates, deadline, days late, rule errors and warnings. Plain data in
 * (labels already in Chinese), so the API decides what the user may see.
 */
import ExcelJS from 'exceljs';

export interface ReportDashboardXlsxRow {
  /** 本级政府 or 部门. */
  kind: string;
  name: string;
  /** The status label (未报 when there is no report). */
  status: string;
  submittedOn: string | null;
  approvedOn: string | null;
  publishedOn: string | null;
  deadline: string;
  daysLate: number;
  late: boolean;
  /** null when there is no report to check. */
  errors: number | null;
  warnings: number | null;
  note: string;
}

export interface ReportDashboardXlsxInput {
  title: string;
  /** The summary line, e.g. 部门 4 个：已报送 3 … */
  summary: string;
  rows: ReportDashboardXlsxRow[];
}

const HEADER = [
  '类别',
  '机关',
  '状态',
  '报送日期',
  '审核日期',
  '公开日期',
  '截止日',
  '逾期天数',
  '错误',
  '警告',
  '备注',
];
const WIDTHS = [10, 30, 12, 12, 12, 12, 12, 10, 8, 8, 24];

export async function writeReportDashboardXlsx(input: ReportDashboardXlsxInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政府信息公开平台';
  const ws = wb.addWorksheet('报送情况', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([input.title]).font = { bold: true, size: 14 };
  ws.addRow([input.summary]);
  const h = ws.addRow(HEADER);
  h.font = { bold: true };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: HEADER.length } };
  for (const r of input.rows) {
    const row = ws.addRow([
      r.kind,
      r.name,
      r.status,
      r.submittedOn ?? '',
      r.approvedOn ?? '',
      r.publishedOn ?? '',
      r.deadline,
      r.late ? r.daysLate : '',
      r.errors ?? '',
      r.warnings ?? '',
      r.note,
    ]);
    if (r.late) row.getCell(8).font = { color: { argb: 'FFC0392B' }, bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
