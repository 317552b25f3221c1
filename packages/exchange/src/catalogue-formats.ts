/**
 * Every catalogue file format in one place: writing a catalogue as json/csv/xlsx/docx, and reading an uploaded
 * file by its extension (.txt/.tsv text from a PDF table, .xlsx, .json).
 */
import { importCatalogueJson, importCatalogueText, type CatalogueJson, type ImportResult } from '@gongkai/domain';
import { writeCatalogueCsv } from './catalogue-csv.js';
import { writeCatalogueDocx } from './catalogue-docx.js';
import { readCatalogueXlsx, writeCatalogueXlsx } from './catalogue-xlsx.js';

export type CatalogueFormat = 'json' | 'csv' | 'xlsx' | 'docx';
export const CATALOGUE_FORMATS: readonly CatalogueFormat[] = ['json', 'csv', 'xlsx', 'docx'];

export const FORMAT_TYPES: Record<CatalogueFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function renderCatalogue(json: CatalogueJson, format: CatalogueFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(`${JSON.stringify(json, null, 2)}\n`);
    case 'csv':
      return Buffer.from(writeCatalogueCsv(json));
    case 'xlsx':
      return writeCatalogueXlsx(json);
    case 'docx':
      return writeCatalogueDocx(json);
  }
}

export async function readCatalogueFile(fileName: string, data: Buffer): Promise<ImportResult> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return readCatalogueXlsx(data, { sourceName: fileName });
  if (ext === 'xls' || ext === 'doc' || ext === 'docx' || ext === 'pdf') {
    return { ok: false, error: { line: null, message: `不支持「.${ext}」文件：请导入 .xlsx、.json，或从 PDF 复制出的 .txt 文本` } };
  }
  const text = new TextDecoder('utf-8').decode(data);
  if (ext === 'json') return importCatalogueJson(text);
  return importCatalogueText(text, { sourceName: fileName });
}
