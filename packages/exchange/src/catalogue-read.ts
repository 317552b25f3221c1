/**
 * Reading an uploaded catalogue file by its extension (.docx, .xlsx, .pdf, .html, .csv, .json, and .txt/.tsv/.md text from a PDF table or a web page), in the
 * calling thread. The server reads uploads through parse-pool.ts instead, which runs this in a worker thread; this
 * module is what that worker loads, so it imports the readers only (not the docx/pdf writers).
 *
 * Every container but JSON is read in two steps: the reader turns the file into a grid of cells
 * (`readCatalogueGrid`, plain JSON a preview can show and keep), and the one interpreter of @gongkai/domain turns
 * the grid into a catalogue (`interpretCatalogueGrid`), taking the user's choice of what columns hold, if any.
 */
import {
  catalogueFileKind,
  describeCatalogueGrid,
  importCatalogueJson,
  interpretCatalogueGrid,
  type GridLayout,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { readCatalogueCsvGrid } from './catalogue-csv-read.js';
import { readCatalogueHtmlGrid } from './catalogue-html-read.js';
import { readCatalogueTextAny, readCatalogueTextGrid } from './catalogue-text-read.js';
import { decodeText } from './text-decode.js';
import { readCatalogueXlsxGrid } from './catalogue-xlsx.js';
import { readCatalogueDocxGrid } from './catalogue-docx-read.js';
import { readCataloguePdfGrid } from './catalogue-pdf-read.js';
import { convertIfOldFormat } from './office-convert.js';

/** Options of reading a catalogue file: the user's choice of what some columns hold (not for JSON). */
export type ReadCatalogueOptions = InterpretOptions;

/**
 * A catalogue file as a grid of cells, ready for {@link interpretCatalogueGrid} (or a preview). A JSON catalogue has no
 * grid: it is refused here with a message saying so (read it with {@link readCatalogueFile}).
 */
export async function readCatalogueGrid(fileName: string, data: Uint8Array): Promise<GridResult> {
  // Old Office/WPS files are converted with LibreOffice (or refused saying what to do); the bytes decide the reader.
  const file = await convertIfOldFormat(fileName, data);
  if (!file.ok) return { ok: false, error: { line: null, message: file.message } };
  return gridOf(file.fileName, fileName, file.data);
}

/** The reader of `readAs`'s kind over `data`; messages and titles name the file as the user sent it. */
async function gridOf(readAs: string, fileName: string, data: Uint8Array): Promise<GridResult> {
  const options = { sourceName: fileName };
  switch (catalogueFileKind(readAs)) {
    case 'xlsx':
      return readCatalogueXlsxGrid(data, options);
    case 'docx':
      return readCatalogueDocxGrid(data, options);
    case 'pdf':
      return readCataloguePdfGrid(data, options);
    case 'csv':
      return readCatalogueCsvGrid(data, options);
    case 'json':
      return { ok: false, error: { line: null, message: 'JSON 目录是平台自己的格式，没有表格可供设置列：请直接导入' } };
    case 'html':
      // UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK as older tools save them.
      return readCatalogueHtmlGrid(decodeText(data), options);
    default:
      // The seed's tab layout, else pipe-separated text copied from a web page, else columns aligned with spaces.
      return readCatalogueTextGrid(decodeText(data), options);
  }
}

/** Whether a file name is read as a grid (every kind but JSON). */
export function catalogueFileHasGrid(fileName: string): boolean {
  return catalogueFileKind(fileName) !== 'json';
}

export async function readCatalogueFile(
  fileName: string,
  data: Uint8Array,
  options: ReadCatalogueOptions = {},
): Promise<ImportResult> {
  const file = await convertIfOldFormat(fileName, data);
  if (!file.ok) return { ok: false, error: { line: null, message: file.message } };
  const kind = catalogueFileKind(file.fileName);
  if (kind === 'json') return importCatalogueJson(new TextDecoder('utf-8').decode(file.data));
  // Text is read once while its form (tabs, bars, spaces) is chosen; that reading is kept.
  if (kind === 'txt' || kind === null)
    return readCatalogueTextAny(decodeText(file.data), { sourceName: fileName, ...options });
  const read = await gridOf(file.fileName, fileName, file.data);
  return read.ok ? interpretCatalogueGrid(read.grid, options) : read;
}

/**
 * A file read as {@link readCatalogueFile} reads it, with the layout of the grid it interpreted
 * (`describeCatalogueGrid(grid, options)`: its layout key, and whether the columns as mapped make a catalogue), in one
 * reading — an import with a column mapping remembers the mapping under that key without reading the file again
 * (for an old Office/WPS file, without a second LibreOffice conversion). `layout` is null for JSON (no grid) and when
 * the file could not be read as a grid (`result` then says why).
 */
export interface ReadWithLayout {
  result: ImportResult;
  layout: GridLayout | null;
}

export async function readCatalogueFileWithLayout(
  fileName: string,
  data: Uint8Array,
  options: ReadCatalogueOptions = {},
): Promise<ReadWithLayout> {
  const file = await convertIfOldFormat(fileName, data);
  if (!file.ok) return { result: { ok: false, error: { line: null, message: file.message } }, layout: null };
  const kind = catalogueFileKind(file.fileName);
  if (kind === 'json') return { result: importCatalogueJson(new TextDecoder('utf-8').decode(file.data)), layout: null };
  // The same grid readCatalogueFile interprets: text in the form readCatalogueTextAny chooses, else the reader's.
  const read =
    kind === 'txt' || kind === null
      ? readCatalogueTextGrid(decodeText(file.data), { sourceName: fileName })
      : await gridOf(file.fileName, fileName, file.data);
  if (!read.ok) return { result: read, layout: null };
  return { result: interpretCatalogueGrid(read.grid, options), layout: describeCatalogueGrid(read.grid, options) };
}
