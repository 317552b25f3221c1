/**
 * The catalogue as an .xlsx sheet laid out like the printed table (merged header cells, item names merged down,
 * the 13 channels as tick columns), and reading such a sheet back through the same importer as text files.
 * exceljs reads and writes merged cells correctly (the `xlsx` package on npm is frozen with advisories).
 */
import ExcelJS from 'exceljs';
import { CHANNELS, importCatalogueRows, type CatalogueJson, type ImportResult } from '@gongkai/domain';
import { tableRows, text } from './catalogue-rows.js';

const HEADER_TOP = ['序号', '公开事项', '', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', ...Array(CHANNELS.length - 1).fill(''), '其他渠道', '公开对象', '', '公开方式', '公开层级', '责任科室', '备注'];
const HEADER_SUB = ['', '一级事项', '二级事项', '三级事项', '', '', '', '', ...CHANNELS.map((c) => c.label), '', '全社会', '特定群体', '', '', '', ''];
const COLS = HEADER_TOP.length;
const CH0 = 9; // first channel column (1-based)

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export async function writeCatalogueXlsx(c: CatalogueJson): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gongkai';
  const ws = wb.addWorksheet('主动公开目录', { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.addRow([c.title]);
  ws.mergeCells(1, 1, 1, COLS);
  ws.getRow(1).font = { bold: true, size: 16 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  ws.addRow(HEADER_TOP);
  ws.addRow(HEADER_SUB);
  // Header merges: single titles span both header rows; groups span their sub-columns.
  for (let col = 1; col <= COLS; col++) {
    if (HEADER_TOP[col - 1] !== '' && HEADER_SUB[col - 1] === '' && !(col >= CH0 && col < CH0 + CHANNELS.length)) ws.mergeCells(2, col, 3, col);
  }
  ws.mergeCells(2, 2, 2, 4);
  ws.mergeCells(2, CH0, 2, CH0 + CHANNELS.length - 1);
  ws.mergeCells(2, CH0 + CHANNELS.length + 1, 2, CH0 + CHANNELS.length + 2);
  for (const r of [2, 3]) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  ws.getRow(3).height = 90;
  for (let col = CH0; col < CH0 + CHANNELS.length; col++) ws.getCell(3, col).alignment = { textRotation: 255, horizontal: 'center', vertical: 'middle', wrapText: true };

  const rows = tableRows(c);
  // Rows first, merges after: merging ahead would make exceljs append the next rows below the merged range.
  const merges: Array<[number, number, number, number]> = [];
  rows.forEach((tr, i) => {
    const r = tr.requirement;
    const values: Array<string> = Array(COLS).fill('');
    tr.levels.forEach((cell, level) => {
      if (cell?.first) {
        values[1 + level] = cell.item.name;
        if (level === 0) values[0] = cell.item.serial ?? '';
      }
    });
    if (r) {
      values[4] = text.content(r);
      values[5] = text.legalBasis(r);
      values[6] = r.timeLimit.raw;
      values[7] = text.organs(r);
      CHANNELS.forEach((ch, k) => (values[CH0 - 1 + k] = r.channels.includes(ch.code) ? '√' : ''));
      values[CH0 - 1 + CHANNELS.length] = text.extras(r);
      values[CH0 + CHANNELS.length] = r.audiences.includes('PUBLIC') ? '√' : '';
      values[CH0 + CHANNELS.length + 1] = r.audiences.includes('SPECIFIC') ? '√' : '';
      values[CH0 + CHANNELS.length + 2] = text.modes(r);
      values[CH0 + CHANNELS.length + 3] = text.levels(r);
      values[CH0 + CHANNELS.length + 4] = text.offices(r);
      values[CH0 + CHANNELS.length + 5] = text.remarks(r);
    }
    ws.addRow(values);
    const excelRow = 4 + i;
    tr.levels.forEach((cell, level) => {
      if (cell?.first && cell.span > 1) {
        merges.push([excelRow, 2 + level, excelRow + cell.span - 1, 2 + level]);
        if (level === 0) merges.push([excelRow, 1, excelRow + cell.span - 1, 1]);
      }
    });
  });
  for (const [top, left, bottom, right] of merges) ws.mergeCells(top, left, bottom, right);
  ws.columns.forEach((col, i) => {
    col.width = i === 4 ? 48 : i === 6 ? 22 : i >= CH0 - 1 && i < CH0 - 1 + CHANNELS.length ? 4 : i <= 3 ? 12 : 16;
  });
  ws.eachRow((row, n) => {
    if (n === 1) return;
    for (let col = 1; col <= COLS; col++) {
      const cell = row.getCell(col);
      cell.border = border;
      if (n > 3) cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col >= CH0 && col < CH0 + CHANNELS.length + 3 ? 'center' : 'left' };
    }
  });

  const offices = wb.addWorksheet('责任科室');
  offices.addRow(['科室名称', '别名']);
  offices.getRow(1).font = { bold: true };
  for (const o of c.offices) offices.addRow([o.name, o.aliases.join('、')]);
  offices.columns.forEach((col) => (col.width = 30));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return cell.text ?? String(v);
}

/** Reads the first sheet as a catalogue; its merged cells tell which blanks repeat the value above. */
export async function readCatalogueXlsx(data: Buffer | ArrayBuffer, options: { sourceName?: string } = {}): Promise<ImportResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    return { ok: false, error: { line: null, message: `不是有效的 xlsx 文件（${(e as Error).message}）` } };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, error: { line: null, message: '工作簿里没有工作表' } };
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let col = 1; col <= Math.max(ws.columnCount, row.cellCount); col++) {
      const cell = row.getCell(col);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell));
    }
    rows.push(cells);
  }
  const mergedFromAbove = (r: number, c: number): boolean => {
    const cell = ws.getRow(r + 1).getCell(c + 1);
    return cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) < r + 1;
  };
  const result = importCatalogueRows(rows, { sourceName: options.sourceName, merged: mergedFromAbove });
  const where = (m: string): string => m.replace(/^第/u, `工作表「${ws.name}」第`);
  if (!result.ok) return { ok: false, error: { ...result.error, message: where(result.error.message) } };
  // Aliases from the 责任科室 sheet, when present.
  const officeSheet = wb.getWorksheet('责任科室');
  if (officeSheet) {
    officeSheet.eachRow((row, n) => {
      if (n === 1) return;
      const name = cellText(row.getCell(1)).trim();
      const aliases = cellText(row.getCell(2)).split(/[、，,；;]/u).map((s) => s.trim()).filter(Boolean);
      const office = result.catalogue.offices.find((o) => o.name === name);
      if (office) office.aliases = [...new Set([...office.aliases, ...aliases])];
    });
  }
  result.catalogue.findings = result.catalogue.findings.map((f) => ({ ...f, message: where(f.message) }));
  return result;
}
