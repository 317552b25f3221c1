/**
 * Which catalogue files the platform reads, by file name: one list for the server's readers (packages/exchange
 * catalogue-read.ts), the CLI and the admin's 导入目录, with the message for files it does not read, and the old
 * Office/WPS formats the server converts first.
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

/**
 * Older Word and Excel files and their WPS Office counterparts: .doc and .wps (Word 97–2003 / WPS 文字), .xls and .et
 * (Excel 97–2003 / WPS 表格). The server converts them with LibreOffice (packages/exchange office-convert.ts) to
 * .docx or .xlsx and reads those; a server without LibreOffice refuses them with {@link converterMissingMessage}.
 */
export type OldCatalogueFileKind = 'doc' | 'xls';

export const OLD_CATALOGUE_FILE_KIND_LABELS: Record<OldCatalogueFileKind, string> = {
  doc: '旧版 Word 或 WPS 文字文档',
  xls: '旧版 Excel 或 WPS 表格',
};

const OLD_BY_EXTENSION: Record<string, OldCatalogueFileKind> = { doc: 'doc', wps: 'doc', xls: 'xls', et: 'xls' };

/** The old kind of a .doc/.wps/.xls/.et file by its name, else null. */
export function oldCatalogueFileKind(name: string): OldCatalogueFileKind | null {
  return OLD_BY_EXTENSION[fileExtension(name)] ?? null;
}

/** What an old Office or WPS file is converted to before it is read: 'docx' for .doc/.wps, 'xlsx' for .xls/.et; else null. */
export function oldFormatKind(name: string): 'docx' | 'xlsx' | null {
  const old = oldCatalogueFileKind(name);
  return old === 'doc' ? 'docx' : old === 'xls' ? 'xlsx' : null;
}

/**
 * For a file that needs converting (an old Office or WPS file, or a .docx/.xlsx that is really one) on a server
 * without the converter: what to do instead. `target` defaults to what the name says.
 */
export function converterMissingMessage(
  name: string,
  target: 'docx' | 'xlsx' | null = oldFormatKind(name),
): string | null {
  if (target === 'xlsx')
    return `「${name}」是旧版 Excel 或 WPS 表格文件，本服务器未安装转换程序（LibreOffice），无法读取：请在 Excel 或 WPS 中「另存为」.xlsx 后再导入。`;
  if (target === 'docx')
    return `「${name}」是旧版 Word 或 WPS 文字文件，本服务器未安装转换程序（LibreOffice），无法读取：请在 Word 或 WPS 中「另存为」.docx 后再导入。`;
  return null;
}

/**
 * For an old Office or WPS file (.doc .xls .wps .et): why it is not read here and what to do; else null. Readers that
 * call this before converting refuse such files; the server converts them first (office-convert.ts), so it is shown
 * only when the converter is missing.
 */
export function oldFormatMessage(name: string): string | null {
  return converterMissingMessage(name);
}

/**
 * Why a file is not read, with what to do; null when it is read. Old Office/WPS files count as read: whether they
 * can be converted is the server's to say.
 */
export function unreadCatalogueFileMessage(name: string): string | null {
  if (catalogueFileKind(name) !== null || oldCatalogueFileKind(name) !== null) return null;
  return `「${name}」不是可导入的目录文件：请选择 .docx、.xlsx、.pdf、.html、.csv、.json 或 .txt 文件（旧版 .doc、.xls、.wps、.et 文件也可以）。`;
}
