/**
 * Reading a 主动公开目录 kept as a Word (.docx) table, through the one interpreter of a grid of cells
 * (`importCatalogueRows` in @gongkai/domain), like the .xlsx reader: the container becomes rows of cell text plus
 * `merged(row, column)`, which tells which blank cells are covered by a vertical merge from above.
 *
 * - The archive is unpacked within {@link ZIP_LIMITS} (zip-limits.ts: sizes checked before inflating), and only the
 *   main document part (word/document.xml, or what _rels/.rels names) is read.
 * - Tables (`w:tbl`) become grids on their `w:tblGrid`: `w:gridSpan` (and the legacy `w:hMerge`) cover cells to the
 *   right, which stay empty — the interpreter reads a blank title right of a titled one as part of that merged title
 *   (公开对象 over 全社会/特定群体), just as the xlsx reader leaves the non-master cells of a merge empty;
 *   `w:vMerge` continue cells are empty and `merged` is true for them; `w:gridBefore`/`w:gridAfter` leave empty cells.
 *   A cell's text is its paragraphs joined with "\n", runs concatenated, `w:tab` → space, `w:br`/`w:cr` → newline,
 *   Wingdings check boxes (`w:sym`) → ■/□/☑, ☒ (a Word check-box control, ticked) → ☑; a nested table is flattened into
 *   its cell as lines of text. Deleted text of tracked changes, moved-from text, text boxes and `mc:Fallback` copies
 *   are left out.
 * - A catalogue split over several tables (continued pages, 「（续表）」, repeated headers, a table that drops a column)
 *   is the first table whose first rows look like the catalogue header, followed by each next table that has such a
 *   header too, follows a 「续表」 paragraph, or has no more columns than the first and at least half as many. Their
 *   header rows (repeated, including a sub-title row such as 全社会|特定群体) are dropped; the rest of the rows are
 *   concatenated. The first table that does not fit ends the catalogue; it and any later tables are reported (INFO).
 * - Paragraphs around the tables are ignored, except the title paragraph before the first table (「…目录」), which is
 *   given to the interpreter as a one-cell row in front of the table: it is the title unless the table has its own.
 *
 * Row numbers (`line`) are positions in that concatenated grid (the title row counts); messages name the Word table
 * and its row as well: 「第12行（Word 表格2第3行）」.
 *
 * XML parser: saxes (lddubeau/saxes, the streaming parser jsdom and exceljs use; maintained, conformance-tested, typed).
 * A streaming parser builds nothing but the tables we keep, so the work is one pass over the bytes the zip limits
 * already bound, and counting tables, rows, columns and text as they come refuses an absurd document early. saxes never
 * expands entities declared in a DTD (no "billion laughs"; fast-xml-parser had advisories there), and a document with a
 * DOCTYPE — which Word never writes — is refused outright. fast-xml-parser's `preserveOrder` tree would hold the whole
 * document (every run and property) in memory before we look at it.
 */
import {
  catalogueGrid,
  interpretCatalogueGrid,
  isHeaderRow,
  looksLikeCatalogueTitle,
  type FindingJson,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { ZIP_LIMITS, ZipFormatError, ZipLimitError, unpackZip, type ZipLimits } from './zip-limits.js';
import { zipFailureMessage } from './zip-damage.js';

/** Bounds on the document's tables; passing one refuses the file with a Chinese message. */
export interface DocxTableLimits {
  /** Tables in the document, nested ones included. */
  maxTables: number;
  /** Rows of all tables together. */
  maxRows: number;
  /** Grid columns of one table (spans and gridBefore/After included). */
  maxColumns: number;
  /** Characters of one cell. */
  maxCellChars: number;
  /** Tables inside tables. */
  maxNesting: number;
  /** Open XML elements at once (depth). */
  maxDepth: number;
}

/**
 * A real catalogue is a few tables of a few hundred rows and 10–20 columns; a long content cell is a few thousand
 * characters.
 */
export const DOCX_TABLE_LIMITS: DocxTableLimits = {
  maxTables: 500,
  maxRows: 20_000,
  maxColumns: 100,
  maxCellChars: 50_000,
  maxNesting: 5,
  maxDepth: 256,
};

export interface DocxReadLimits {
  zip?: ZipLimits;
  tables?: Partial<DocxTableLimits>;
}

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const REL_NS = new Set(['http://schemas.openxmlformats.org/package/2006/relationships']);
const OFFICE_DOCUMENT = /\/officeDocument$/u;

class DocxLimitError extends Error {
  override name = 'DocxLimitError';
}
class DocxFormatError extends Error {
  override name = 'DocxFormatError';
}

/** One cell as Word lays it out. */
interface RawCell {
  paragraphs: string[];
  span: number;
  /** `w:vMerge`: restart, continue, or none. */
  vMerge: 'restart' | 'continue' | null;
  /** Legacy horizontal merge continue: covered by the cell to the left. */
  hContinue: boolean;
}
interface RawRow {
  cells: RawCell[];
  gridBefore: number;
}
interface RawTable {
  rows: RawRow[];
  gridColumns: number;
}

/** A top-level table as a grid. */
interface Grid {
  /** 1-based number among the document's top-level tables. */
  index: number;
  rows: string[][];
  /** merged[r][c]: covered by a vertical merge from the row above. */
  merged: boolean[][];
  /** vMerge restart cells (the top of a merge) — at the top of a continuation table, the rest of a merge split by the table break. */
  restart: boolean[][];
  width: number;
}

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; grid: Grid };

const WINGDINGS: Record<string, string> = {
  F06E: '■',
  F06F: '□',
  F0A8: '□',
  F0FE: '☑',
  F0FD: '☑',
  F0FC: '✓',
  F052: '☑', // Wingdings 2
  F0A3: '□', // Wingdings 2
  F050: '✓', // Wingdings 2
};

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes) as SaxesAttributeNS[]) {
    if (a.local === local && (W_NS.has(a.uri) || a.uri === '')) return a.value;
  }
  return undefined;
}

/** The main document part's name, from _rels/.rels (word/document.xml when it does not say). */
function mainPartName(entries: Map<string, Uint8Array>): string {
  const rels = entries.get('_rels/.rels');
  if (!rels) return 'word/document.xml';
  let target: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('doctype', () => {
    throw new DocxFormatError('_rels/.rels 含有 DOCTYPE 声明');
  });
  parser.on('opentag', (tag) => {
    if (target === undefined && tag.local === 'Relationship' && REL_NS.has(tag.uri)) {
      const type = (tag.attributes as Record<string, SaxesAttributeNS>)['Type']?.value ?? '';
      if (OFFICE_DOCUMENT.test(type)) target = (tag.attributes as Record<string, SaxesAttributeNS>)['Target']?.value;
    }
  });
  parser.on('error', (e) => {
    throw new DocxFormatError(`_rels/.rels 不是有效的 XML（${e.message}）`);
  });
  parser.write(decodeXml(rels)).close();
  if (!target) return 'word/document.xml';
  return target.replace(/^\/+/u, '');
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocxFormatError('文档内容不是有效的 UTF-8 编码');
  }
}

/** One pass over document.xml: top-level paragraphs and tables in order; nested tables flattened into their cells. */
function parseDocument(xml: string, limits: DocxTableLimits): Block[] {
  const blocks: Block[] = [];
  /** Element names (w:tbl, w:tc, mc:Fallback, …) of the open elements, namespace-qualified by our own prefixes. */
  const stack: string[] = [];
  const tables: RawTable[] = [];
  const cells: RawCell[] = [];
  /** Paragraph text being collected (nested paragraphs — a text box — are skipped, so one level suffices). */
  let paragraph: string[] | null = null;
  let inText = false;
  let skipDepth = 0; // > 0 inside content that is not shown (deleted, moved-from, fallback, text box)
  let tableCount = 0;
  let rowCount = 0;
  let cellChars = 0;

  const name = (tag: SaxesTagNS): string =>
    W_NS.has(tag.uri) ? `w:${tag.local}` : tag.uri === MC_NS ? `mc:${tag.local}` : `?:${tag.local}`;
  const parent = (k = 1): string | undefined => stack[stack.length - 1 - k];
  const append = (s: string): void => {
    if (!paragraph || skipDepth > 0) return;
    paragraph.push(s);
    if (cells.length > 0) {
      cellChars += s.length;
      if (cellChars > limits.maxCellChars)
        throw new DocxLimitError(`一个表格单元格的文字超过 ${limits.maxCellChars} 个字符`);
    }
  };
  const SKIP = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:txbxContent']);

  const parser = new SaxesParser({ xmlns: true });
  parser.on('doctype', () => {
    throw new DocxFormatError('文档含有 DOCTYPE 声明（Word 不会写入），拒绝读取');
  });
  parser.on('error', (e) => {
    throw new DocxFormatError(`word/document.xml 不是有效的 XML（${e.message}）`);
  });
  parser.on('opentag', (tag) => {
    const n = name(tag);
    stack.push(n);
    if (stack.length > limits.maxDepth) throw new DocxLimitError(`XML 嵌套超过 ${limits.maxDepth} 层`);
    if (skipDepth > 0 || SKIP.has(n)) {
      skipDepth++;
      return;
    }
    switch (n) {
      case 'w:tbl':
        if (++tableCount > limits.maxTables) throw new DocxLimitError(`表格超过 ${limits.maxTables} 个`);
        if (tables.length >= limits.maxNesting) throw new DocxLimitError(`表格嵌套超过 ${limits.maxNesting} 层`);
        tables.push({ rows: [], gridColumns: 0 });
        break;
      case 'w:gridCol':
        if (parent() === 'w:tblGrid' && parent(2) === 'w:tbl') {
          const t = tables[tables.length - 1]!;
          if (++t.gridColumns > limits.maxColumns) throw new DocxLimitError(`表格超过 ${limits.maxColumns} 列`);
        }
        break;
      case 'w:tr':
        if (tables.length > 0) {
          if (++rowCount > limits.maxRows) throw new DocxLimitError(`表格行数合计超过 ${limits.maxRows} 行`);
          tables[tables.length - 1]?.rows.push({ cells: [], gridBefore: 0 });
        }
        break;
      case 'w:gridBefore':
        if (parent() === 'w:trPr' && parent(2) === 'w:tr') {
          const row = currentRow();
          if (row) row.gridBefore = boundedInt(attr(tag, 'val'), limits.maxColumns);
        }
        break;
      case 'w:tc':
        cells.push({ paragraphs: [], span: 1, vMerge: null, hContinue: false });
        cellChars = 0;
        break;
      case 'w:gridSpan':
        if (parent() === 'w:tcPr' && parent(2) === 'w:tc' && cells.length > 0)
          cells[cells.length - 1]!.span = Math.max(1, boundedInt(attr(tag, 'val'), limits.maxColumns));
        break;
      case 'w:vMerge':
        if (parent() === 'w:tcPr' && parent(2) === 'w:tc' && cells.length > 0)
          cells[cells.length - 1]!.vMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:hMerge':
        if (parent() === 'w:tcPr' && parent(2) === 'w:tc' && cells.length > 0)
          cells[cells.length - 1]!.hContinue = attr(tag, 'val') !== 'restart';
        break;
      case 'w:p':
        if (paragraph === null) paragraph = [];
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (parent() === 'w:r') append(' ');
        break;
      case 'w:br':
      case 'w:cr':
        if (parent() === 'w:r') append('\n');
        break;
      case 'w:noBreakHyphen':
        if (parent() === 'w:r') append('-');
        break;
      case 'w:sym':
        if (parent() === 'w:r') {
          const code = (attr(tag, 'char') ?? '').toUpperCase();
          const mapped = WINGDINGS[code] ?? WINGDINGS[`F0${code.slice(-2)}`];
          if (mapped) append(mapped);
          else if (/^[0-9A-F]{4}$/u.test(code) && !code.startsWith('F0'))
            append(String.fromCharCode(parseInt(code, 16)));
        }
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText) append(text);
  });
  parser.on('closetag', (tag) => {
    const n = stack.pop() ?? name(tag);
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (n) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        if (paragraph === null) break;
        const text = paragraph.join('').replace(/☒/gu, '☑');
        paragraph = null;
        const cell = cells[cells.length - 1];
        if (cell) cell.paragraphs.push(text);
        else if (tables.length === 0) blocks.push({ kind: 'paragraph', text });
        break;
      }
      case 'w:tc': {
        const cell = cells.pop();
        const row = currentRow();
        if (cell && row) row.cells.push(cell);
        break;
      }
      case 'w:tbl': {
        const table = tables.pop();
        if (!table) break;
        const outer = cells[cells.length - 1];
        if (outer) {
          // A nested table: its rows as lines of its cells' text, into the enclosing cell.
          const grid = toGrid(table, 0, limits);
          for (const r of grid.rows) {
            const line = r
              .map((c) => c.replace(/\n/gu, ' ').trim())
              .filter((c) => c !== '')
              .join(' ');
            if (line !== '') outer.paragraphs.push(line);
          }
        } else if (tables.length === 0) {
          blocks.push({
            kind: 'table',
            grid: toGrid(table, blocks.filter((b) => b.kind === 'table').length + 1, limits),
          });
        }
        break;
      }
    }
  });
  const currentRow = (): RawRow | undefined => {
    const t = tables[tables.length - 1];
    return t?.rows[t.rows.length - 1];
  };
  parser.write(xml).close();
  return blocks;
}

function boundedInt(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n) || n < 0) return 0;
  if (n > max) throw new DocxLimitError(`表格超过 ${max} 列`);
  return n;
}

/** A table as a grid of text: spans leave covered cells empty, vMerge continue cells are empty and merged. */
function toGrid(table: RawTable, index: number, limits: DocxTableLimits): Grid {
  const rows: string[][] = [];
  const merged: boolean[][] = [];
  const restart: boolean[][] = [];
  let width = table.gridColumns;
  for (const [r, raw] of table.rows.entries()) {
    const cells: string[] = Array<string>(raw.gridBefore).fill('');
    const m: boolean[] = Array<boolean>(raw.gridBefore).fill(false);
    const s: boolean[] = Array<boolean>(raw.gridBefore).fill(false);
    for (const cell of raw.cells) {
      const text = cell.vMerge === 'continue' || cell.hContinue ? '' : cell.paragraphs.join('\n');
      const col = cells.length;
      // Covered from above only when the row above reaches this column (a continue at a table's top merges nothing).
      const covered = cell.vMerge === 'continue' && r > 0 && (rows[r - 1]?.length ?? 0) > col;
      for (let k = 0; k < cell.span; k++) {
        cells.push(k === 0 ? text : '');
        m.push(covered);
        s.push(cell.vMerge === 'restart');
      }
      if (cells.length > limits.maxColumns) throw new DocxLimitError(`表格超过 ${limits.maxColumns} 列`);
    }
    rows.push(cells);
    merged.push(m);
    restart.push(s);
    width = Math.max(width, cells.length);
  }
  // Every row as wide as the table (gridAfter, short rows): the interpreter chooses a layout by a row's width.
  for (const [r, cells] of rows.entries()) {
    while (cells.length < width) {
      cells.push('');
      merged[r]!.push(false);
      restart[r]!.push(false);
    }
  }
  return { index, rows, merged, restart, width };
}

const squash = (s: string): string => s.replace(/\s/gu, '');
const CONTINUED = /^[（(]?(?:续表|续上表|接上表)/u;
const TITLE = /目录/u;

/** Rows at the top of a table before its header rows: blank rows, a title or 「（续表）」 row (one cell). */
function leadingRows(grid: Grid): number {
  let i = 0;
  while (i < grid.rows.length && i < 3) {
    const nonEmpty = grid.rows[i]!.map(squash).filter((c) => c !== '');
    if (nonEmpty.length > 1 || (nonEmpty.length === 1 && !CONTINUED.test(nonEmpty[0]!) && !TITLE.test(nonEmpty[0]!)))
      break;
    i++;
  }
  return i;
}

function headerStart(grid: Grid): number | null {
  const lead = leadingRows(grid);
  for (let i = lead; i < Math.min(grid.rows.length, lead + 3); i++) if (isHeaderRow(grid.rows[i]!)) return i;
  return null;
}

/**
 * Rows of a continuation table's header block (from `start`): header rows, and the sub-title rows under them whose
 * words all appear in the catalogue's own header (全社会|特定群体, 主动|依申请).
 */
function headerEnd(grid: Grid, start: number, vocabulary: Set<string>): number {
  let i = start;
  while (i < grid.rows.length) {
    const cells = grid.rows[i]!;
    const nonEmpty = cells.map(squash).filter((c) => c !== '');
    if (
      isHeaderRow(cells) ||
      (nonEmpty.length > 0 && !/^\d/u.test(squash(cells[0] ?? '')) && nonEmpty.every((c) => vocabulary.has(c)))
    )
      i++;
    else break;
  }
  return i;
}

interface Source {
  table: number;
  row: number;
}

/**
 * Reads the catalogue table(s) of a .docx. `limits` are for tests and operators; the defaults are {@link ZIP_LIMITS} and
 * {@link DOCX_TABLE_LIMITS}. Synchronous parts take time on a large document: the server should call this in a worker
 * thread (parse-pool.ts), like the xlsx reader.
 */
export async function readCatalogueDocx(
  data: Uint8Array,
  options: { sourceName?: string; limits?: DocxReadLimits } & InterpretOptions = {},
): Promise<ImportResult> {
  const read = await readCatalogueDocxGrid(data, options);
  return read.ok ? interpretCatalogueGrid(read.grid, options) : read;
}

/**
 * The catalogue table(s) of a .docx as one grid: rows of the joined tables, `merged` from vMerge, each row labelled
 * with its Word table and row (「Word 表格2第3行」), the tables left out as the reader's findings.
 */
export async function readCatalogueDocxGrid(
  data: Uint8Array,
  options: { sourceName?: string; limits?: DocxReadLimits } = {},
): Promise<GridResult> {
  const fail = (message: string): GridResult => ({ ok: false, error: { line: null, message } });
  const bytes = data;
  const name = options.sourceName ? `「${options.sourceName}」` : '';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fail(`${name}是旧版 Word（.doc）或加密的文件，无法读取：请在 Word 中另存为 .docx（不加密码）后再导入`);
  }
  const limits: DocxTableLimits = { ...DOCX_TABLE_LIMITS, ...options.limits?.tables };
  let blocks: Block[];
  try {
    const { entries } = await unpackZip(bytes, options.limits?.zip ?? ZIP_LIMITS);
    const part = mainPartName(entries);
    const xml = entries.get(part);
    if (!xml) return fail(`不是有效的 docx 文件：缺少正文部分 ${part}`);
    blocks = parseDocument(decodeXml(xml), limits);
  } catch (e) {
    if (e instanceof ZipLimitError || e instanceof DocxLimitError) return fail(`Word 文件超出限制：${e.message}`);
    if (e instanceof ZipFormatError) return fail(zipFailureMessage('docx', bytes, e));
    if (e instanceof DocxFormatError) return fail(`不是有效的 docx 文件：${e.message}`);
    throw e;
  }

  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []));
  if (tables.length === 0) {
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph' && b.text.trim() !== '').length;
    return fail(
      `Word 文件中没有表格：${name}只有 ${paragraphs} 段文字，主动公开目录应是 Word 表格（如果目录是图片或扫描件，请改用可编辑的表格）`,
    );
  }

  const first = tables.find((t) => headerStart(t) !== null);
  if (!first) {
    // Not a catalogue: the interpreter's own message about the largest table, naming every table found.
    const largest = tables.reduce((a, b) => (b.rows.length * b.width > a.rows.length * a.width ? b : a));
    const grid = catalogueGrid(largest.rows, {
      sourceName: options.sourceName,
      merged: largest.merged,
      tabbed: true,
      rowLabels: largest.rows.map((_, r) => sourceLabel({ table: largest.index, row: r + 1 })),
    });
    const tried = interpretCatalogueGrid(grid);
    if (tried.ok || tables.length === 1) return { ok: true, grid };
    return {
      ok: false,
      error: {
        ...tried.error,
        message: `${tried.error.message}（Word 文件中的 ${tables.length} 个表格都没有目录表头：${tables.map(tableSummary).join('、')}）`,
      },
    };
  }

  // The catalogue's tables: the first with a header, then each next one that continues it.
  const rows: string[][] = [];
  const merged: boolean[][] = [];
  const sources: Array<Source | null> = [];
  const notes: FindingJson[] = [];
  const blockIndex = blocks.findIndex((b) => b.kind === 'table' && b.grid === first);
  const before = blocks.slice(0, blockIndex).flatMap((b) => (b.kind === 'paragraph' ? [b.text.trim()] : []));
  const title = [...before].reverse().find((p) => looksLikeCatalogueTitle(p));
  if (title) {
    rows.push([title]);
    merged.push([false]);
    sources.push(null);
  }
  // Words of the catalogue's header block (up to the first numbered row): a continuation table's header rows use them.
  const vocabulary = new Set<string>();
  const firstHeader = headerStart(first)!;
  for (const r of first.rows.slice(firstHeader, firstHeader + 3)) {
    if (/^\d/u.test(squash(r[0] ?? ''))) break;
    for (const c of r) if (squash(c) !== '') vocabulary.add(squash(c));
  }
  const addRows = (grid: Grid, from: number, continuation: boolean): void => {
    for (let r = from; r < grid.rows.length; r++) {
      rows.push(grid.rows[r]!);
      // The first row of a continuation table: a blank vMerge restart is the lower part of a merge split by the table break.
      merged.push(
        grid.merged[r]!.map(
          (m, c) => m || (continuation && r === from && grid.restart[r]![c]! && squash(grid.rows[r]![c]!) === ''),
        ),
      );
      sources.push({ table: grid.index, row: r + 1 });
    }
  };
  addRows(first, 0, false);
  let continued = false;
  let ended = false;
  for (const block of blocks.slice(blockIndex + 1)) {
    if (block.kind === 'paragraph') {
      if (CONTINUED.test(squash(block.text))) continued = true;
      continue;
    }
    const grid = block.grid;
    if (ended) {
      notes.push(ignoredTable(grid));
      continue;
    }
    const hs = headerStart(grid);
    const fits = grid.width <= first.width && grid.width * 2 >= first.width;
    if (hs !== null) {
      addRows(grid, headerEnd(grid, hs, vocabulary), true);
    } else if (continued || fits) {
      // 「（续表）」 as the table's own first row, then maybe a header without the usual words (全社会|特定群体 only).
      addRows(grid, headerEnd(grid, leadingRows(grid), vocabulary), true);
    } else {
      ended = true;
      notes.push(ignoredTable(grid));
    }
    continued = false;
  }

  notes.push(...proseNotes(blocks, blockIndex, title));
  return {
    ok: true,
    grid: catalogueGrid(rows, {
      sourceName: options.sourceName,
      merged,
      tabbed: true,
      rowLabels: sources.map(sourceLabel),
      findings: notes,
    }),
  };
}

/** A table as messages name it: 「表2（3行×4列：姓名、电话、地址…）」. */
function tableSummary(grid: Grid): string {
  const firstRow = grid.rows.find((r) => r.some((c) => squash(c) !== '')) ?? [];
  const cells = firstRow.map((c) => c.replace(/\s+/gu, ' ').trim()).filter((c) => c !== '');
  const shown = cells.slice(0, 4).map((c) => (c.length > 12 ? `${c.slice(0, 12)}…` : c));
  return `表${grid.index}（${grid.rows.length}行×${grid.width}列${shown.length > 0 ? `：${shown.join('、')}${cells.length > 4 ? '…' : ''}` : ''}）`;
}

const ATTACHMENT = /^附件\s*[\d一二三四五六七八九十]*[:：]?$/u;
const MAX_PROSE_NOTES = 10;

/**
 * Paragraphs around the catalogue's tables that are not imported, each reported (「Word 表格之后的文字「注：…」，未导入为
 * 目录内容」): not the title, a 「（续表）」 line or an 「附件1」 marker. More than ten are summed up.
 */
function proseNotes(blocks: Block[], firstTable: number, title: string | undefined): FindingJson[] {
  const notes: FindingJson[] = [];
  let more = 0;
  let titleUsed = false;
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const text = b.text.replace(/\s+/gu, ' ').trim();
    if (text === '' || CONTINUED.test(squash(text)) || ATTACHMENT.test(squash(text))) return;
    if (!titleUsed && i < firstTable && title !== undefined && squash(text) === squash(title)) {
      titleUsed = true;
      return;
    }
    if (notes.length >= MAX_PROSE_NOTES) {
      more++;
      return;
    }
    const where = i < firstTable ? '之前' : '之后';
    notes.push({
      kind: 'unknown-cell',
      severity: 'INFO',
      line: null,
      column: null,
      message: `Word 表格${where}的文字「${text.length > 80 ? `${text.slice(0, 80)}…` : text}」，未导入为目录内容`,
    });
  });
  if (more > 0)
    notes.push({
      kind: 'unknown-cell',
      severity: 'INFO',
      line: null,
      column: null,
      message: `另有 ${more} 段表格之外的文字未导入为目录内容`,
    });
  return notes;
}

function ignoredTable(grid: Grid): FindingJson {
  return {
    kind: 'unknown-cell',
    severity: 'INFO',
    line: null,
    column: null,
    message: `Word 表格${grid.index}（${grid.rows.length}行×${grid.width}列）不像目录表格的一部分（没有目录表头，列数也不相符），未导入`,
  };
}

/** Where a row of the grid is in the document, as messages write it: 「第12行（Word 表格2第3行）」. */
function sourceLabel(s: Source | null): string {
  return s === null ? 'Word 表格前的标题' : `Word 表格${s.table}第${s.row}行`;
}
