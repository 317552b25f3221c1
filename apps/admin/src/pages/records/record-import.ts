/**
 * Importing records (importPublicationRecords): which files are read (Excel .xlsx, .csv, a website's 信息公开 list as
 * .json), the column mapping as the person adjusts it (column letters and, for a CSV, the header's names), and the
 * result's rows as the dialog lists them. The server reads the file and names row and field of every error.
 */
import { MAX_UPLOAD_BYTES, RECORD_COLUMN_LABELS, uploadTooLargeMessage, type RecordColumn } from '@gongkai/domain';

export { RECORD_COLUMN_LABELS };

export const RECORD_IMPORT_ACCEPT = '.xlsx,.csv,.json';

export type RecordFileKind = 'xlsx' | 'csv' | 'json';

export function recordFileKind(name: string): RecordFileKind | null {
  const m = /\.(xlsx|csv|json)$/iu.exec(name.trim());
  return m ? (m[1]!.toLowerCase() as RecordFileKind) : null;
}

/** Why a file cannot be imported as records; null when it looks fine. */
export function recordFileProblem(file: { name: string; size: number }): string | null {
  if (!recordFileKind(file.name))
    return `「${file.name}」不是可导入的文件：公开记录可从 Excel（.xlsx）、CSV（.csv）或网站信息公开列表（.json）导入。`;
  if (file.size === 0) return `「${file.name}」是空文件。`;
  if (file.size > MAX_UPLOAD_BYTES) return uploadTooLargeMessage(file.name, file.size);
  return null;
}

/** The columns a mapping can name, in the order the dialog offers them. */
export const MAPPABLE_COLUMNS: readonly RecordColumn[] = Object.keys(RECORD_COLUMN_LABELS) as RecordColumn[];

/** A spreadsheet column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 「B 列（发布日期）」 — with the header's text when known. */
export function columnName(index: number, header: readonly string[] = []): string {
  const h = header[index]?.trim();
  return h ? `${columnLetters(index)} 列（${h}）` : `${columnLetters(index)} 列`;
}

/** The first line of a CSV split into cells (quotes honoured), for naming the columns. */
export function csvHeader(text: string): string[] {
  const t = text.replace(/^\uFEFF/u, '');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (quoted) {
      if (ch === '"' && t[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') break;
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells.length === 1 && cells[0] === '' ? [] : cells;
}

/** The server's mapping (JSON) read back: only known columns with a non-negative integer. */
export function readMapping(raw: unknown): Partial<Record<RecordColumn, number>> {
  const out: Partial<Record<RecordColumn, number>> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if ((MAPPABLE_COLUMNS as readonly string[]).includes(k) && typeof v === 'number' && Number.isInteger(v) && v >= 0)
      out[k as RecordColumn] = v;
  }
  return out;
}

/** The number of columns to offer: the header's, else one past the highest mapped column (at least 12). */
export function columnCount(header: readonly string[], mapping: Partial<Record<RecordColumn, number>>): number {
  const highest = Math.max(-1, ...Object.values(mapping).filter((v): v is number => typeof v === 'number'));
  return Math.max(header.length, highest + 1, header.length > 0 ? 0 : 12);
}

/**
 * 「第 3 行 · 公开日期：「2026-02-30」不存在」 — or the server's message as it is when it already names the row
 * (「第3行「公开日期」…」).
 */
export function rowErrorText(e: { row: number; field: string; message: string }): string {
  if (new RegExp(`^第\\s*${e.row}\\s*行`, 'u').test(e.message)) return e.message;
  const label = (RECORD_COLUMN_LABELS as Record<string, string>)[e.field] ?? e.field;
  return `第 ${e.row} 行 · ${label}：${e.message}`;
}

/**
 * How many rows an import would write with 「只导入无误的行」: the rows read, less those with an error or without an
 * item (the preview — dryRun — lists no records, only the problems).
 */
export function importableCount(r: {
  rows: number;
  errors: ReadonlyArray<{ row: number }>;
  unmatched: ReadonlyArray<{ row: number }>;
}): number {
  const bad = new Set([...r.errors.map((e) => e.row), ...r.unmatched.map((u) => u.row)]);
  return Math.max(0, r.rows - bad.size);
}
