/**
 * Reading an uploaded catalogue file by its extension (.docx, .xlsx, .pdf, .html, .csv, .json, and .txt/.tsv/.md text from a PDF table or a web page), in the
 * calling thread. The server reads uploads through parse-pool.ts instead, which runs this in a worker thread; this
 * module is what that worker loads, so it imports the readers only (not the docx/pdf writers).
 */
import { catalogueFileKind, importCatalogueJson, oldFormatMessage, type ImportResult } from '@gongkai/domain';
import { readCatalogueCsv } from './catalogue-csv-read.js';
import { readCatalogueHtml } from './catalogue-html-read.js';
import { readCatalogueTextAny } from './catalogue-text-read.js';
import { decodeText } from './text-decode.js';
import { readCatalogueXlsx } from './catalogue-xlsx.js';
import { readCatalogueDocx } from './catalogue-docx-read.js';
import { readCataloguePdf } from './catalogue-pdf-read.js';

export async function readCatalogueFile(fileName: string, data: Uint8Array): Promise<ImportResult> {
  // Old Office/WPS formats are refused with what to do; a name of no known kind is tried as text (the CLI's files).
  const old = oldFormatMessage(fileName);
  if (old) return { ok: false, error: { line: null, message: old } };
  switch (catalogueFileKind(fileName)) {
    case 'xlsx':
      return readCatalogueXlsx(data, { sourceName: fileName });
    case 'docx':
      return readCatalogueDocx(data, { sourceName: fileName });
    case 'pdf':
      return readCataloguePdf(data, { sourceName: fileName });
    case 'csv':
      return readCatalogueCsv(data, { sourceName: fileName });
    case 'json':
      return importCatalogueJson(new TextDecoder('utf-8').decode(data));
    case 'html':
      // UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK as older tools save them.
      return readCatalogueHtml(decodeText(data), { sourceName: fileName });
    default:
      // The seed's tab layout, else pipe-separated text copied from a web page, else columns aligned with spaces.
      return readCatalogueTextAny(decodeText(data), { sourceName: fileName });
  }
}
