/**
 * Checking a catalogue file in the browser for 导入目录 before it is sent (base64) to importCatalogueFile:
 * a Word (.docx), Excel (.xlsx) or PDF table, a saved web page (.html), a .csv, a .json export, or text copied out of a
 * PDF or a web page (.txt). Text may be UTF-8 or GBK/GB18030 (the server decodes it). Old Word/Excel/WPS files (.doc,
 * .xls, .wps, .et) are sent as they are: the server converts them with LibreOffice, or says that it cannot. The server
 * reads the file and names the sheet, table, row and cell of any error.
 */

import {
  CATALOGUE_FILE_KIND_LABELS,
  MAX_UPLOAD_BYTES,
  OLD_CATALOGUE_FILE_KIND_LABELS,
  formatFileSize,
  uploadTooLargeMessage,
  catalogueFileKind,
  oldCatalogueFileKind,
  unreadCatalogueFileMessage,
  type CatalogueFileKind,
  type OldCatalogueFileKind,
} from '@gongkai/domain';

export type ImportKind = CatalogueFileKind | OldCatalogueFileKind;

/** The platform's one upload limit (files go to the server's upload endpoint, packages/domain upload-limits.ts). */
export const MAX_FILE_BYTES = MAX_UPLOAD_BYTES;

export const IMPORT_ACCEPT =
  '.docx,.xlsx,.pdf,.html,.htm,.csv,.json,.txt,.md,.doc,.xls,.wps,.et,application/msword,application/vnd.ms-excel,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/html,text/csv,application/json,text/plain';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  ...CATALOGUE_FILE_KIND_LABELS,
  ...OLD_CATALOGUE_FILE_KIND_LABELS,
};

/** The kind of a catalogue file by its name (an old Office/WPS file included), or null when it is none the server reads. */
export function importKind(name: string): ImportKind | null {
  return catalogueFileKind(name) ?? oldCatalogueFileKind(name);
}

/** Why the file cannot be imported, before reading it; null when it looks fine. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const unread = unreadCatalogueFileMessage(file.name);
  if (unread) return unread;
  if (file.size === 0) return `「${file.name}」是空文件。`;
  if (file.size > MAX_FILE_BYTES) return uploadTooLargeMessage(file.name, file.size);
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
  // Old Word/Excel/WPS files: the server looks at the bytes (binary Office, RTF, a web page or text under that name).
  if (kind === 'doc' || kind === 'xls') return null;
  if (kind === 'xlsx' || kind === 'docx') {
    // .xlsx and .docx are zip archives: 「PK\x03\x04」; an old binary Office file renamed (「\xD0\xCF\x11\xE0」) is
    // converted by the server.
    const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    const ole = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    if (zip || ole) return null;
    return kind === 'xlsx'
      ? '文件不是有效的 .xlsx 工作簿（可能是改了扩展名的其他文件）。请在 Excel 或 WPS 中「另存为」.xlsx。'
      : '文件不是有效的 .docx 文档（可能是改了扩展名的其他文件）。请在 Word 或 WPS 中「另存为」.docx。';
  }
  if (kind === 'pdf') {
    // 「%PDF-」 (some tools put a few bytes before it).
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    return head.includes('%PDF-') ? null : '文件不是有效的 PDF（可能是改了扩展名的其他文件）。';
  }
  if (kind === 'json') {
    const decoded = decodeUtf8(bytes);
    return decoded.ok ? null : decoded.message;
  }
  // Text, web pages, CSV: the server decodes UTF-8, UTF-16 and GBK/GB18030; only binary content is refused here.
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
    return '文件中没有文字。';
  const sample = bytes.subarray(0, 4096);
  const utf16 =
    sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff));
  if (!utf16 && sample.includes(0)) return '文件含有二进制内容，不是文本文件。';
  return null;
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
export const formatBytes = formatFileSize;

/** A 版本 label guess from a file name such as 「根河市司法局2025版.xlsx」; '' when there is none. */
export function versionFromFileName(name: string): string {
  const m = /(\d{4})\s*(?:年)?\s*版/u.exec(name);
  return m ? `${m[1]}版` : '';
}
