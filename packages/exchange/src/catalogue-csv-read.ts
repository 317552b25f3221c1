/**
 * Reads a 主动公开目录 from a CSV file: RFC 4180 (quoted cells with commas, quotes and line breaks, CRLF or LF),
 * UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK (what Excel writes on a Chinese Windows), with `,`, `;`
 * or tab as delimiter (detected). The rows go to the one interpreter, `importCatalogueRows`; a CSV has no merged
 * cells, so blank cells inherit the value above as in the text format.
 *
 * Row numbers in findings count records, which is what a spreadsheet shows as row numbers when the clerk opens the
 * file (a record with a line break inside a cell is one row there too).
 *
 * Our own CSV export (csv.ts) puts an apostrophe before a cell starting with = + - @ tab or CR so that a spreadsheet
 * does not run it as a formula; that apostrophe is taken off again here. That export (and a spreadsheet whose merged
 * cells were unmerged and filled) also repeats the item names on every row: a name equal to the one above, with all
 * names left of it equal too, is read as a merged cell (blank).
 */
import {
  catalogueGrid,
  interpretCatalogueGrid,
  type FindingJson,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { cutFinding, cutLastRow } from './truncation.js';
import { parse } from 'csv-parse/sync';
import { headerLike } from './catalogue-html-read.js';
import { decodeText } from './text-decode.js';

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

interface CsvParse {
  rows: string[][];
  /** 1-based number of a last record cut off inside a quoted cell (the file ends before the closing quote). */
  cutRecord: number | null;
}

/** The records of a CSV text; a file that ends inside a quoted cell gives its complete records and the cut. */
function parseCsv(text: string, delimiter: Delimiter): CsvParse | null {
  const rows: string[][] = [];
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      on_record: (record: string[]) => {
        rows.push(record);
        return null;
      },
    });
    return { rows, cutRecord: null };
  } catch (e) {
    // 「Quote Not Closed」 at the end: the records before it are whole (a file cut off, or a stray quote).
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' && rows.length > 0)
      return { rows, cutRecord: rows.length + 1 };
    return null;
  }
}

function parseWith(text: string, delimiter: Delimiter): string[][] | null {
  return parseCsv(text, delimiter)?.rows ?? null;
}

/**
 * The delimiter whose parse gives the most records of one width above 1 (a table), in the first 200 records; a
 * tie goes to the earlier of `,` `;` tab.
 */
export function detectCsvDelimiter(text: string): Delimiter {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const rows = parseWith(sample, d);
    if (!rows) continue;
    const widths = new Map<number, number>();
    for (const r of rows.slice(0, 200)) {
      const w = r.length;
      if (w > 1) widths.set(w, (widths.get(w) ?? 0) + 1);
    }
    const score = Math.max(0, ...widths.values());
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

const EXPORT_APOSTROPHE = /^'(?=[=+\-@\t\r])/u;

/** The records of a CSV text as rows of cells, the export's formula-guarding apostrophe removed. */
export function csvRows(text: string, delimiter: Delimiter = detectCsvDelimiter(text)): string[][] | null {
  return csvRecords(text, delimiter)?.rows ?? null;
}

function csvRecords(text: string, delimiter: Delimiter = detectCsvDelimiter(text)): CsvParse | null {
  const parsed = parseCsv(text.replace(/^\uFEFF/u, ''), delimiter);
  return parsed
    ? { rows: parsed.rows.map((r) => r.map((c) => c.replace(EXPORT_APOSTROPHE, ''))), cutRecord: parsed.cutRecord }
    : null;
}

/** The CSV's records as a grid (no merges: blank cells inherit the value above, as in text). */
export function readCatalogueCsvGrid(data: Uint8Array, options: { sourceName?: string } = {}): GridResult {
  const text = decodeText(data);
  if (text.trim() === '') return { ok: false, error: { line: null, message: '文件为空：没有可导入的内容' } };
  const binaryAt = text.search(/[\u0000-\u0008\u000E-\u001F\uFFFD]/u);
  if (binaryAt >= 0) {
    const line = text.slice(0, binaryAt).split(/\r\n|\r|\n/u).length;
    return {
      ok: false,
      error: {
        line,
        message: `第${line}行：含有二进制或无法解码的字符，这不是文本格式的 CSV 文件（请另存为 UTF-8 或 GB18030 编码的 CSV）`,
      },
    };
  }
  const parsed = csvRecords(text);
  if (!parsed) return { ok: false, error: { line: null, message: '无法按 CSV 格式读取该文件' } };
  const findings: FindingJson[] = [];
  let rows = parsed.rows;
  if (parsed.cutRecord !== null) {
    findings.push(cutFinding(parsed.cutRecord, '引号中的单元格没有结束'));
  } else {
    const cut = cutLastRow(rows, text);
    if (cut) {
      rows = rows.slice(0, cut.row - 1);
      findings.push(cutFinding(cut.row, `只有 ${cut.cells} 列，其他行有 ${cut.width} 列`));
    }
  }
  return {
    ok: true,
    grid: catalogueGrid(blankRepeatedNames(rows), { sourceName: options.sourceName, tabbed: true, findings }),
  };
}

export function readCatalogueCsv(
  data: Uint8Array,
  options: { sourceName?: string } & InterpretOptions = {},
): ImportResult {
  const read = readCatalogueCsvGrid(data, options);
  return read.ok ? interpretCatalogueGrid(read.grid, options) : read;
}

/** Columns of 序号 and the item levels, from the header rows (the last title found for a column wins). */
function nameColumns(rows: string[][], headerAt: number[]): number[] {
  const cols: Array<number | undefined> = [];
  for (const r of headerAt) {
    rows[r]!.forEach((cell, c) => {
      const t = cell.replace(/\s/gu, '');
      if (/序号/u.test(t)) cols[0] = c;
      else if (/一级/u.test(t) || (/事项/u.test(t) && !/[二三]级/u.test(t) && cols[1] === undefined)) cols[1] = c;
      else if (/二级/u.test(t)) cols[2] = c;
      else if (/三级/u.test(t)) cols[3] = c;
    });
  }
  return cols.filter((c): c is number => c !== undefined);
}

export function blankRepeatedNames(rows: string[][]): string[][] {
  const first = rows.findIndex((r) => headerLike(r));
  if (first < 0) return rows;
  let last = first;
  while (last + 1 < rows.length && headerLike(rows[last + 1]!)) last++;
  const cols = nameColumns(
    rows,
    Array.from({ length: last - first + 1 }, (_, k) => first + k),
  );
  if (cols.length < 2) return rows;
  let previous: string[] | null = null;
  return rows.map((row, r) => {
    if (r <= last || row.every((c) => c.trim() === '') || headerLike(row)) return row;
    const out = [...row];
    if (previous) {
      for (const c of cols) {
        const v = (row[c] ?? '').trim();
        if (v === '' || v !== (previous[c] ?? '').trim()) break;
        out[c] = '';
      }
    }
    previous = row;
    return out;
  });
}
