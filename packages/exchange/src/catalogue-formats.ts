/**
 * Every catalogue file format in one place: writing a catalogue as json/csv/xlsx/docx. Reading an uploaded file by
 * its extension is `readCatalogueFile` (catalogue-read.ts, re-exported here), in the calling thread; the server
 * reads uploads in a worker thread through `parseCatalogueFile` (parse-pool.ts).
 */
import type { CatalogueJson } from '@gongkai/domain';
import { writeCatalogueCsv } from './catalogue-csv.js';
import { writeCatalogueDocx } from './catalogue-docx.js';
import { writeCatalogueXlsx } from './catalogue-xlsx.js';

export { readCatalogueFile } from './catalogue-read.js';

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
