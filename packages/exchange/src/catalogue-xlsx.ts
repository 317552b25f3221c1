/**
 * The catalogue as an .xlsx sheet laid out like the printed table (merged header cells, item names merged down,
 * the 13 channels as tick columns), and reading such a sheet back through the same importer as text files.
 * exceljs reads and writes merged cells correctly (the `xlsx` package on npm is frozen with advisories).
 */
import ExcelJS from 'exceljs';
import {
  CHANNELS,
  catalogueGrid,
  findHeaderBlock,
  interpretCatalogueGrid,
  invalidTextProblem,
  type CatalogueJson,
  type FindingJson,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { tableRows, text } from './catalogue-rows.js';
import {
  OFFICE_SHEET,
  SheetLimitError,
  checkUsedRange,
  prepareWorkbook,
  type PreparedWorkbook,
  type SheetLimits,
} from './xlsx-guard.js';
import { ZipFormatError, ZipLimitError, storedZip, unpackZip, type ZipLimits } from './zip-limits.js';
import { zipFailureMessage } from './zip-damage.js';

const HEADER_TOP = [
  '序号',
  '公开事项',
  '',
  '',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  ...Array(CHANNELS.length - 1).fill(''),
  '其他渠道',
  '公开对象',
  '',
  '公开方式',
  '公开层级',
  '责任科室',
  '备注',
];
const HEADER_SUB = [
  '',
  '一级事项',
  '二级事项',
  '三级事项',
  '',
  '',
  '',
  '',
  ...CHANNELS.map((c) => c.label),
  '',
  '全社会',
  '特定群体',
  '',
  '',
  '',
  '',
];
const COLS = HEADER_TOP.length;
const CH0 = 9; // first channel column (1-based)

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export async function writeCatalogueXlsx(c: CatalogueJson): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gongkai';
  const ws = wb.addWorksheet('主动公开目录', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([c.title]);
  ws.mergeCells(1, 1, 1, COLS);
  ws.getRow(1).font = { bold: true, size: 16 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  ws.addRow(HEADER_TOP);
  ws.addRow(HEADER_SUB);
  // Header merges: single titles span both header rows; groups span their sub-columns.
  for (let col = 1; col <= COLS; col++) {
    if (HEADER_TOP[col - 1] !== '' && HEADER_SUB[col - 1] === '' && !(col >= CH0 && col < CH0 + CHANNELS.length))
      ws.mergeCells(2, col, 3, col);
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
  for (let col = CH0; col < CH0 + CHANNELS.length; col++)
    ws.getCell(3, col).alignment = { textRotation: 255, horizontal: 'center', vertical: 'middle', wrapText: true };

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
      if (n > 3)
        cell.alignment = {
          vertical: 'middle',
          wrapText: true,
          horizontal: col >= CH0 && col < CH0 + CHANNELS.length + 3 ? 'center' : 'left',
        };
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

/** Limits for reading a workbook; the defaults are {@link ZIP_LIMITS} and {@link SHEET_LIMITS}. */
export interface XlsxReadLimits {
  zip?: ZipLimits;
  sheet?: SheetLimits;
}

/**
 * Reads the catalogue sheet of a workbook; its merged cells tell which blanks repeat the value above.
 * See {@link readCatalogueXlsxGrid}.
 */
export async function readCatalogueXlsx(
  data: Buffer | ArrayBuffer | Uint8Array,
  options: { sourceName?: string; limits?: XlsxReadLimits } & InterpretOptions = {},
): Promise<ImportResult> {
  const read = await readCatalogueXlsxGrid(data, options);
  return read.ok ? interpretCatalogueGrid(read.grid, options) : read;
}

/** Sheets looked at for the catalogue (a 封面 and a 说明 sheet before it are common; more is not a catalogue workbook). */
const MAX_SHEETS = 5;

/** The cells of a sheet as rows of text (a merge's covered cells empty) and which cells are covered from above. */
function sheetGrid(ws: ExcelJS.Worksheet): { rows: string[][]; merged: boolean[][] } {
  // Only rows and cells that exist; a row's array reaches its last cell, missing rows stay empty.
  const rows: string[][] = [];
  ws.eachRow((row, r) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell);
    });
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const width = Math.max(0, ...rows.map((r) => r.length));
  const merged = rows.map((_, r) => {
    const row = ws.findRow(r + 1);
    const out: boolean[] = [];
    if (!row) return out;
    for (let c = 0; c < width; c++) {
      const cell = row.findCell(c + 1);
      if (
        cell !== undefined &&
        cell.isMerged &&
        cell.master.address !== cell.address &&
        Number(cell.master.row) < r + 1
      ) {
        while (out.length < c) out.push(false);
        out.push(true);
      }
    }
    return out;
  });
  return { rows, merged };
}

/**
 * A workbook's catalogue sheet as a grid: the first sheet whose rows hold a catalogue header (a 说明 sheet before it
 * is skipped and reported), else the first sheet; messages name the sheet (「工作表「目录」第5行」); the aliases of a
 * 责任科室 sheet go with the grid.
 *
 * Hostile files are refused before they cost much (issue 11): the archive is unpacked within {@link ZIP_LIMITS}, the
 * sheets' XML is checked against {@link SHEET_LIMITS} and trimmed (xlsx-guard.ts), exceljs reads an uncompressed copy
 * of only what passed, and only cells that exist are visited. Synchronous parts still take seconds on a large
 * workbook: the server calls this in a worker thread (parse-pool.ts), never on its request thread.
 */
export async function readCatalogueXlsxGrid(
  data: Buffer | ArrayBuffer | Uint8Array,
  options: { sourceName?: string; limits?: XlsxReadLimits } = {},
): Promise<GridResult> {
  const fail = (message: string): GridResult => ({ ok: false, error: { line: null, message } });
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let prepared: PreparedWorkbook;
  try {
    prepared = prepareWorkbook((await unpackZip(bytes, options.limits?.zip)).entries, options.limits?.sheet, {
      maxSheets: MAX_SHEETS,
    });
  } catch (e) {
    if (e instanceof ZipLimitError || e instanceof SheetLimitError) return fail(`xlsx 文件超出限制：${e.message}`);
    if (e instanceof ZipFormatError) return fail(zipFailureMessage('xlsx', bytes, e));
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(prepared.entries) as unknown as ArrayBuffer);
  } catch (e) {
    return fail(`不是有效的 xlsx 文件（${(e as Error).message}）`);
  }
  const sheets = wb.worksheets;
  if (!sheets[0]) return fail('工作簿里没有工作表');
  // The catalogue sheet: the first with a header (the office sheet is never the catalogue), else the first sheet.
  let chosen: { ws: ExcelJS.Worksheet; rows: string[][]; merged: boolean[][] } | null = null;
  const before: string[] = [];
  for (const ws of sheets) {
    if (ws.name === OFFICE_SHEET && ws !== sheets[0]) continue;
    const used = ws.dimensions;
    try {
      // The same bound on what exceljs actually built (the XML scan above already refused larger ones).
      checkUsedRange(ws.name, used.bottom, used.right, options.limits?.sheet);
    } catch (e) {
      // The first sheet over the limits refuses the file (as before); a later one is only not looked at.
      if (e instanceof SheetLimitError && ws === sheets[0]) return fail(`xlsx 文件超出限制：${e.message}`);
      if (e instanceof SheetLimitError) continue;
      throw e;
    }
    const g = sheetGrid(ws);
    if (findHeaderBlock(g.rows)) {
      chosen = { ws, ...g };
      break;
    }
    if (ws === sheets[0]) chosen = { ws, ...g };
    before.push(ws.name);
  }
  // Another sheet than the first holds the catalogue: the ones before it (说明, 封面) are said once.
  const findings: FindingJson[] = [];
  if (chosen === null) return fail('工作簿里没有工作表');
  if (chosen.ws !== sheets[0]) {
    findings.push({
      kind: 'unknown-cell',
      severity: 'INFO',
      line: null,
      column: null,
      message: `工作表「${before.join('」「')}」没有目录表头，未导入；目录取自工作表「${chosen.ws.name}」`,
    });
  }
  // Aliases from the 责任科室 sheet, when present; its text is checked like the catalogue's (a 「_x0000_」 reads as NUL).
  const officeSheet = wb.getWorksheet(OFFICE_SHEET);
  const officeAliases: Array<{ name: string; aliases: string[] }> = [];
  let officeProblem: string | null = null;
  if (officeSheet && officeSheet !== chosen.ws) {
    officeSheet.eachRow((row, n) => {
      if (n === 1 || officeProblem) return;
      const nameText = cellText(row.getCell(1));
      const aliasText = cellText(row.getCell(2));
      const problem = invalidTextProblem(nameText) ?? invalidTextProblem(aliasText);
      if (problem) {
        officeProblem = `工作表「${officeSheet.name}」第${n}行第${invalidTextProblem(nameText) ? 1 : 2}列：含有不允许的字符（${problem}），无法导入`;
        return;
      }
      const name = nameText.trim();
      const aliases = aliasText
        .split(/[、，,；;]/u)
        .map((s) => s.trim())
        .filter(Boolean);
      officeAliases.push({ name, aliases });
    });
  }
  if (officeProblem) return fail(officeProblem);
  const grid = catalogueGrid(chosen.rows, {
    sourceName: options.sourceName,
    merged: chosen.merged,
    tabbed: true,
    messagePrefix: `工作表「${chosen.ws.name}」`,
    officeAliases,
    findings,
  });
  if (before.length > 1 && chosen.ws === sheets[0]) {
    // No sheet has a catalogue header: the first sheet's refusal, naming every sheet looked at.
    const tried = interpretCatalogueGrid(grid);
    if (!tried.ok)
      return {
        ok: false,
        error: {
          ...tried.error,
          message: `${tried.error.message}（工作簿的 ${before.length} 个工作表都没有目录表头：「${before.join('」「')}」）`,
        },
      };
  }
  return { ok: true, grid };
}
