/**
 * Which files a published annual report may be read from (导入已发布年报), by extension — one list for the server's
 * reader dispatch (packages/exchange report-read.ts) and the admin's file check. Old Word/WPS files are converted to
 * .docx on the server (LibreOffice), then read as Word.
 */
import { fileExtension } from './catalogue-file-kinds.js';

export type ReportFileKind = 'pdf' | 'docx' | 'html' | 'txt';

const KIND_OF: Readonly<Record<string, ReportFileKind | 'old'>> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  txt: 'txt',
  text: 'txt',
  doc: 'old',
  wps: 'old',
};

/** Extensions a report file may have (for a file picker's `accept`). */
export const REPORT_FILE_EXTENSIONS: readonly string[] = Object.keys(KIND_OF);

/** The reader of a report file by its (converted) name, or null; an old Word/WPS name is `null` here (convert first). */
export function reportFileKind(fileName: string): ReportFileKind | null {
  const kind = KIND_OF[fileExtension(fileName)];
  return kind === undefined || kind === 'old' ? null : kind;
}

/** Whether a file may be sent as a published report (a readable kind, or an old Word/WPS file the server converts). */
export function isReportFileName(fileName: string): boolean {
  return KIND_OF[fileExtension(fileName)] !== undefined;
}

/** The refusal of a file of another kind. */
export function reportFileKindMessage(fileName: string): string {
  return `「${fileName}」不是能读取的年度报告文件：请上传 PDF、Word（.docx 或 .doc）、网页（.html）或文本（.txt）`;
}
