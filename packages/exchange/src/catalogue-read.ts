/**
 * Reading an uploaded catalogue file by its extension (.txt/.tsv text from a PDF table, .xlsx, .json), in the
 * calling thread. The server reads uploads through parse-pool.ts instead, which runs this in a worker thread; this
 * module is what that worker loads, so it imports the readers only (not the docx/pdf writers).
 */
import { importCatalogueJson, importCatalogueText, type ImportResult } from '@gongkai/domain';
import { readCatalogueXlsx } from './catalogue-xlsx.js';

export async function readCatalogueFile(fileName: string, data: Uint8Array): Promise<ImportResult> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return readCatalogueXlsx(data, { sourceName: fileName });
  if (ext === 'xls' || ext === 'doc' || ext === 'docx' || ext === 'pdf') {
    return { ok: false, error: { line: null, message: `不支持「.${ext}」文件：请导入 .xlsx、.json，或从 PDF 复制出的 .txt 文本` } };
  }
  const text = new TextDecoder('utf-8').decode(data);
  if (ext === 'json') return importCatalogueJson(text);
  return importCatalogueText(text, { sourceName: fileName });
}
