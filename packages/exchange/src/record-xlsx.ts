/**
 * The office's view of 主动公开 records (issue 16) as an Excel workbook (exceljs): sheet 「按时公开情况」 — one row per
 * department with its on-time figures; sheet 「逾期记录」 — every late or overdue record with its due date and the
 * explanation; sheet 「缺期」 — periods of periodic items with nothing published; sheet 「无记录事项」; sheet 「未按时解读」.
 * Plain data in, so the API decides what the user may see.
 */
import ExcelJS from 'exceljs';

export interface RecordViewFigures {
  records: number;
  judged: number;
  onTime: number;
  late: number;
  overdue: number;
  onTimeRateText: string;
  missingPeriods: number;
  itemsWithNothingPublished: number;
  policiesWithoutInterpretation: number;
}

export interface RecordViewRecord {
  title: string | null;
  itemPath: string[];
  timeLimitRaw: string;
  formedDate: string | null;
  publishedDate: string | null;
  dueDate: string | null;
  stateLabel: string;
  lateWorkingDays: number;
  explanation: string;
}

export interface RecordViewWorkbookInput {
  title: string;
  total: RecordViewFigures;
  departments: Array<{
    name: string;
    figures: RecordViewFigures;
    lateRecords: RecordViewRecord[];
    missingPeriods: Array<{
      itemPath: string[];
      label: string;
      dueDate: string;
      overdue: boolean;
      explanation: string;
    }>;
    itemsWithNothingPublished: Array<{ itemPath: string[]; timeLimits: string[] }>;
    policiesWithoutInterpretation: Array<{ policy: RecordViewRecord; stateLabel: string; explanation: string }>;
  }>;
}

const FIGURE_COLUMNS = [
  '部门',
  '记录数',
  '可判断',
  '按时',
  '逾期公开',
  '逾期未公开',
  '按时率',
  '缺期',
  '无记录事项',
  '未按时解读',
];

function sheet(wb: ExcelJS.Workbook, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const h = ws.addRow(header);
  h.font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}

const figureRow = (name: string, f: RecordViewFigures): Array<string | number> => [
  name,
  f.records,
  f.judged,
  f.onTime,
  f.late,
  f.overdue,
  f.onTimeRateText,
  f.missingPeriods,
  f.itemsWithNothingPublished,
  f.policiesWithoutInterpretation,
];

export async function writeRecordViewXlsx(input: RecordViewWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gongkai';
  const summary = sheet(wb, '按时公开情况', FIGURE_COLUMNS, [30, 8, 8, 8, 10, 12, 10, 8, 12, 12]);
  for (const d of input.departments) summary.addRow(figureRow(d.name, d.figures));
  summary.addRow(figureRow('合计', input.total)).font = { bold: true };
  summary.insertRow(1, [input.title]).font = { bold: true, size: 14 };
  summary.views = [{ state: 'frozen', ySplit: 2 }];
  summary.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: FIGURE_COLUMNS.length } };

  const late = sheet(
    wb,
    '逾期记录',
    ['部门', '公开事项', '标题', '公开时限', '信息形成日期', '应公开日期', '公开日期', '状态', '逾期工作日', '说明'],
    [24, 28, 36, 24, 12, 12, 12, 12, 10, 80],
  );
  for (const d of input.departments)
    for (const r of d.lateRecords)
      late.addRow([
        d.name,
        r.itemPath.join(' › '),
        r.title ?? '',
        r.timeLimitRaw,
        r.formedDate ?? '',
        r.dueDate ?? '',
        r.publishedDate ?? '',
        r.stateLabel,
        r.lateWorkingDays,
        r.explanation,
      ]);

  const missing = sheet(
    wb,
    '缺期',
    ['部门', '公开事项', '期间', '应公开日期', '是否已过期限', '说明'],
    [24, 30, 16, 12, 12, 80],
  );
  for (const d of input.departments)
    for (const m of d.missingPeriods)
      missing.addRow([
        d.name,
        m.itemPath.join(' › '),
        m.label,
        m.dueDate,
        m.overdue ? '已过期限' : '未到期',
        m.explanation,
      ]);

  const nothing = sheet(wb, '无记录事项', ['部门', '公开事项', '公开时限'], [24, 36, 50]);
  for (const d of input.departments)
    for (const i of d.itemsWithNothingPublished)
      nothing.addRow([d.name, i.itemPath.join(' › '), i.timeLimits.join('；')]);

  const policies = sheet(wb, '未按时解读', ['部门', '政策文件', '公开日期', '解读情况', '说明'], [24, 40, 12, 12, 80]);
  for (const d of input.departments)
    for (const p of d.policiesWithoutInterpretation)
      policies.addRow([d.name, p.policy.title ?? '', p.policy.publishedDate ?? '', p.stateLabel, p.explanation]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
