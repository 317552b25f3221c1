/**
 * Which catalogue files the platform reads, by file name: one list for the server's readers (packages/exchange
 * catalogue-read.ts), the CLI and the admin's 导入目录, with the message for files it does not read.
 */
export type CatalogueFileKind = 'docx' | 'xlsx' | 'pdf' | 'html' | 'csv' | 'json' | 'txt';

export const CATALOGUE_FILE_KIND_LABELS: Record<CatalogueFileKind, string> = {
  docx: 'Word 文档',
  xlsx: 'Excel 工作簿',
  pdf: 'PDF 文件',
  html: '网页',
  csv: 'CSV 表格',
  json: 'JSON 数据',
  txt: '目录文本',
};

const BY_EXTENSION: Record<string, CatalogueFileKind> = {
  docx: 'docx',
  xlsx: 'xlsx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  csv: 'csv',
  json: 'json',
  txt: 'txt',
  tsv: 'txt',
  md: 'txt',
};

export function fileExtension(name: string): string {
  const m = /\.([^.]+)$/u.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/** The kind of a catalogue file by its name, or null when it is none the platform reads. */
export function catalogueFileKind(name: string): CatalogueFileKind | null {
  return BY_EXTENSION[fileExtension(name)] ?? null;
}

/** For an old Office or WPS file (.doc .xls .wps .et): that it is not read and what to do; else null. */
export function oldFormatMessage(name: string): string | null {
  const ext = fileExtension(name);
  if (ext === 'xls' || ext === 'et') return `不支持旧版「.${ext}」文件：「${name}」是旧版 Excel 或 WPS 表格，请在 Excel 或 WPS 中「另存为」.xlsx 后再导入。`;
  if (ext === 'doc' || ext === 'wps') return `不支持旧版「.${ext}」文件：「${name}」是旧版 Word 或 WPS 文档，请在 Word 或 WPS 中「另存为」.docx 后再导入。`;
  return null;
}

/** Why a file is not read, with what to do (old Office/WPS formats, anything else); null when it is read. */
export function unreadCatalogueFileMessage(name: string): string | null {
  if (catalogueFileKind(name) !== null) return null;
  return oldFormatMessage(name) ?? `「${name}」不是可导入的目录文件：请选择 .docx、.xlsx、.pdf、.html、.csv、.json 或 .txt 文件。`;
}
