/**
 * Reading an uploaded catalogue file by its extension (.docx, .xlsx, .pdf, .html, .csv, .json, and .txt/.tsv/.md text from a PDF table or a web page), in the
 * calling thread. The server reads uploads through parse-pool.ts instead, which runs this in a worker thread; this
 * module is what that worker loads, so it imports the readers only (not the docx/pdf writers).
 */
import { importCatalogueJson, type ImportResult } from '@gongkai/domain';
import { readCatalogueCsv } from './catalogue-csv-read.js';
import { readCatalogueHtml } from './catalogue-html-read.js';
import { readCatalogueTextAny } from './catalogue-text-read.js';
import { decodeText } from './text-decode.js';
import { readCatalogueXlsx } from './catalogue-xlsx.js';
import { readCatalogueDocx } from './catalogue-docx-read.js';
import { readCataloguePdf } from './catalogue-pdf-read.js';

export async function readCatalogueFile(fileName: string, data: Uint8Array): Promise<ImportResult> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return readCatalogueXlsx(data, { sourceName: fileName });
  if (ext === 'docx') return readCatalogueDocx(data, { sourceName: fileName });
  if (ext === 'pdf') return readCataloguePdf(data, { sourceName: fileName });
  if (ext === 'xls' || ext === 'doc' || ext === 'wps' || ext === 'et') {
    return { ok: false, error: { line: null, message: `不支持旧版「.${ext}」文件：请在 Word、Excel 或 WPS 中「另存为」.docx 或 .xlsx 后再导入` } };
  }
  if (ext === 'csv') return readCatalogueCsv(data, { sourceName: fileName });
  // Text and web pages: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK as older tools save them.
  const text = ext === 'json' ? new TextDecoder('utf-8').decode(data) : decodeText(data);
  if (ext === 'json') return importCatalogueJson(text);
  if (ext === 'html' || ext === 'htm') return readCatalogueHtml(text, { sourceName: fileName });
  // .txt/.tsv/.md and anything else: the seed's tab layout, else pipe-separated text copied from a web page, else
  // columns separated by runs of spaces.
  return readCatalogueTextAny(text, { sourceName: fileName });
}
