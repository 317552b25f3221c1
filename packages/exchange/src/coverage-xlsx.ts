/**
 * The coverage matrix as an Excel workbook (exceljs): sheet 「覆盖矩阵」 — one row per department with its score and
 * counts, one column per standard item with ✓ / △ / ✗ and a coloured fill, the reasons as cell notes; sheet 「问题清单」
 * — every weaker or missing cell and every compliance finding as a row, for filtering in Excel.
 */
import ExcelJS from 'exceljs';
import { COMPLIANCE_KIND_LABELS, COVERAGE_STATUS_LABELS, type MatrixColumn, type MatrixRow } from '@gongkai/domain';

export interface CoverageWorkbookInput {
  title: string;
  columns: MatrixColumn[];
  rows: Array<MatrixRow & { agencyName: string; versionLabel: string | null }>;
}

const MARK = { covered: '✓', weaker: '△', missing: '✗' } as const;
const FILL = { covered: 'FFC6EFCE', weaker: 'FFFFEB9C', missing: 'FFFFC7CE' } as const;

const FIXED = ['部门', '比较的目录版本', '得分', '已覆盖', '弱于标准', '缺少', '缺少必选'];

export async function writeCoverageXlsx(input: CoverageWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gongkai';
  const ws = wb.addWorksheet('覆盖矩阵', {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = FIXED.length + input.columns.length;
  ws.addRow([input.title]);
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([
    `图例：${MARK.covered} 已覆盖  ${MARK.weaker} 已覆盖但弱于标准（时限更宽、渠道更少）  ${MARK.missing} 缺少；（必）为必选事项。得分：覆盖 1、弱于标准 ½、缺少 0，必选事项权重加倍。`,
  ]);
  ws.mergeCells(2, 1, 2, width);
  const header = ws.addRow([
    ...FIXED,
    ...input.columns.map((c) => `${c.path.join(' › ')}${c.mandatory ? '（必）' : ''}`),
  ]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 80;
  input.columns.forEach((c, i) => {
    header.getCell(FIXED.length + 1 + i).note =
      `标准时限：${c.timeLimit || '（未写）'}\n标准渠道：${c.channels.join('、') || '（未写）'}`;
  });
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 16;
  for (let i = 3; i <= FIXED.length; i++) ws.getColumn(i).width = 8;
  for (let i = FIXED.length + 1; i <= width; i++) ws.getColumn(i).width = 9;
  for (const r of input.rows) {
    const row = ws.addRow([
      r.agencyName,
      r.hasCatalogue ? (r.versionLabel ?? '') : '（没有已发布的目录）',
      r.score,
      r.covered,
      r.weaker,
      r.missing,
      r.mandatoryMissing,
      ...r.cells.map((c) => MARK[c.status]),
    ]);
    r.cells.forEach((c, i) => {
      const cell = row.getCell(FIXED.length + 1 + i);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[c.status] } };
      cell.alignment = { horizontal: 'center' };
      const note = [
        c.matchedPath
          ? `匹配：${c.matchedPath.join(' › ')}${c.method === 'similar' ? `（相似度 ${c.score}，待确认）` : ''}`
          : '',
        ...c.reasons,
      ]
        .filter(Boolean)
        .join('\n');
      if (note) cell.note = note;
    });
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: width } };

  const issues = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  issues.columns = [
    { header: '部门', width: 26 },
    { header: '类别', width: 14 },
    { header: '标准事项', width: 36 },
    { header: '必选', width: 6 },
    { header: '部门目录中的事项', width: 36 },
    { header: '说明', width: 70 },
  ];
  issues.getRow(1).font = { bold: true };
  for (const r of input.rows) {
    r.cells.forEach((c, i) => {
      if (c.status === 'covered') return;
      const col = input.columns[i]!;
      issues.addRow([
        r.agencyName,
        COVERAGE_STATUS_LABELS[c.status],
        col.path.join(' › '),
        col.mandatory ? '是' : '',
        c.matchedPath?.join(' › ') ?? '',
        c.reasons.join('；'),
      ]);
    });
    for (const f of r.findings) {
      if (f.kind === 'mandatory-missing') continue; // already listed as 缺少
      issues.addRow([r.agencyName, COMPLIANCE_KIND_LABELS[f.kind], '', '', f.path?.join(' › ') ?? '', f.message]);
    }
  }
  issues.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 6 } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
