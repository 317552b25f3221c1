/**
 * Checking a catalogue file in the browser for 导入目录 before it is sent (base64) to importCatalogueFile:
 * an .xlsx workbook (the printed table's layout), a .json export, or a .txt text copied out of the PDF in
 * UTF-8 (files saved as GBK by older Windows tools are refused with a hint rather than imported as mojibake).
 * The server reads the file and names the sheet, row and cell of any error.
 */

export type ImportKind = 'xlsx' | 'json' | 'txt';

/** The server accepts a request body of 3 MB; base64 makes a file a third bigger. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export const IMPORT_ACCEPT = '.xlsx,.json,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json,text/plain';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  xlsx: 'Excel 工作簿',
  json: 'JSON 数据',
  txt: '目录文本',
};

function extension(name: string): string {
  const m = /\.([^.]+)$/u.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/** The kind of a catalogue file by its name, or null when it is none the server reads. */
export function importKind(name: string): ImportKind | null {
  const ext = extension(name);
  return ext === 'xlsx' || ext === 'json' || ext === 'txt' ? ext : null;
}

/** Why the file cannot be imported, before reading it; null when it looks fine. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const ext = extension(file.name);
  if (importKind(file.name) === null) {
    if (ext === 'xls' || ext === 'et') return `「${file.name}」是旧版 Excel 文件，请在 Excel 或 WPS 中「另存为」.xlsx 后再导入。`;
    if (ext === 'doc' || ext === 'docx' || ext === 'wps') return `「${file.name}」是 Word 文档，请把目录表格复制到 Excel 另存为 .xlsx，或复制为 .txt 文本后再导入。`;
    if (ext === 'pdf') return `「${file.name}」是 PDF 文件，请从 PDF 中复制目录表格，另存为 UTF-8 编码的 .txt 文件后再导入。`;
    return `「${file.name}」不是可导入的目录文件：请选择 .xlsx、.json 或 .txt 文件。`;
  }
  if (file.size === 0) return `「${file.name}」是空文件。`;
  if (file.size > MAX_FILE_BYTES) return `「${file.name}」过大（${formatBytes(file.size)}，上限 ${formatBytes(MAX_FILE_BYTES)}），不像是一份目录。`;
  return null;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a file's bytes as UTF-8 (a byte order mark is dropped); refuses other encodings. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: '文件不是 UTF-8 编码（可能是 GBK）。请用记事本等工具「另存为」UTF-8 编码后再导入。' };
  }
  if (text.includes('\u0000')) return { ok: false, message: '文件含有二进制内容，不是纯文本文件。' };
  if (text.trim() === '') return { ok: false, message: '文件中没有文字。' };
  return { ok: true, text };
}

/** What is wrong with a file's content for its kind (checked in the browser); null when it may be sent. */
export function contentProblem(kind: ImportKind, bytes: Uint8Array): string | null {
  if (kind === 'xlsx') {
    // An .xlsx workbook is a zip archive: 「PK\x03\x04」.
    const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    return zip ? null : '文件不是有效的 .xlsx 工作簿（可能是改了扩展名的 .xls 或其他文件）。请在 Excel 或 WPS 中「另存为」.xlsx。';
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? null : decoded.message;
}

/** The base64 part of a data: URL (what FileReader.readAsDataURL gives). */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 && /;base64$/u.test(dataUrl.slice(0, comma)) ? dataUrl.slice(comma + 1) : '';
}

/**
 * The message shown for a refused import: the server's own (it names the sheet, row and cell, or the line of a
 * text file), with the line added when the message does not name it.
 */
export function importErrorText(message: string, line: unknown): string {
  return typeof line === 'number' && !/第\s*\d/u.test(message) ? `第 ${line} 行：${message}` : message;
}

/** 「12.3 KB」 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A 版本 label guess from a file name such as 「根河市司法局2025版.xlsx」; '' when there is none. */
export function versionFromFileName(name: string): string {
  const m = /(\d{4})\s*(?:年)?\s*版/u.exec(name);
  return m ? `${m[1]}版` : '';
}
