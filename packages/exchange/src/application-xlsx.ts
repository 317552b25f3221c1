/**
 * The 依申请公开 register as an Excel workbook, and a department's own register sheet read back as a grid of text
 * for the domain's intake interpreter (application-intake.ts). Reading goes through the same guards as catalogue
 * workbooks (zip-limits.ts, xlsx-guard.ts): a hostile file is refused before it costs much. Date cells read as
 * 'YYYY-MM-DD', numbers as their plain digits, formulas as their cached result.
 */
import ExcelJS from 'exceljs';
import { SheetLimitError, checkUsedRange, prepareWorkbook, type PreparedWorkbook } from './xlsx-guard.js';
import { ZipFormatError, ZipLimitError, storedZip, unpackZip } from './zip-limits.js';
import { zipFailureMessage } from './zip-damage.js';

export type RegisterSheetRead = { ok: true; sheetName: string; rows: string[][] } | { ok: false; message: string };

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) {
    const r = v.result;
    return r instanceof Date ? r.toISOString().slice(0, 10) : String(r ?? '');
  }
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return cell.text ?? String(v);
}

/** The first sheet of a workbook as rows of text. */
export async function readRegisterXlsx(data: Buffer | Uint8Array): Promise<RegisterSheetRead> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let prepared: PreparedWorkbook;
  try {
    prepared = prepareWorkbook((await unpackZip(bytes)).entries, undefined, { maxSheets: 1 });
  } catch (e) {
    if (e instanceof ZipLimitError || e instanceof SheetLimitError)
      return { ok: false, message: `xlsx 文件超出限制：${e.message}` };
    if (e instanceof ZipFormatError) return { ok: false, message: zipFailureMessage('xlsx', bytes, e) };
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(prepared.entries) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, message: `不是有效的 xlsx 文件（${(e as Error).message}）` };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, message: '工作簿里没有工作表' };
  try {
    checkUsedRange(ws.name, ws.dimensions.bottom, ws.dimensions.right);
  } catch (e) {
    if (e instanceof SheetLimitError) return { ok: false, message: `xlsx 文件超出限制：${e.message}` };
    throw e;
  }
  const rows: string[][] = [];
  ws.eachRow((row, r) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = cellText(cell);
    });
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ok: true, sheetName: ws.name, rows };
}

export interface RegisterWorkbookInput {
  title: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

/** A register as one sheet: a title row, the header, one row per case. */
export async function writeRegisterXlsx(input: RegisterWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gongkai';
  const ws = wb.addWorksheet('依申请公开登记', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([input.title]);
  ws.mergeCells(1, 1, 1, Math.max(1, input.header.length));
  ws.getRow(1).font = { bold: true, size: 14 };
  const header = ws.addRow(input.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const r of input.rows) ws.addRow(r.map((v) => (v === null ? '' : v)));
  input.header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length * 2 + 4))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
