/**
 * Catalogue text in the forms people paste it: tab-separated (a PDF table copied; the seed's format), pipe-separated
 * (a web page's table copied, or markdown: `| 序号 | 公开事项 | … |` with `|---|` separator lines), columns set
 * apart by runs of spaces, or one cell per line. Each form becomes a grid (`readCatalogueTextGrid`) for the one
 * interpreter, `interpretCatalogueGrid`; a text cut off in its last row keeps its complete rows (truncation.ts).
 */
import {
  catalogueGrid,
  interpretCatalogueGrid,
  knownColumnKind,
  type CatalogueGrid,
  type FindingJson,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { excelClipboardRows, type QuotedTabRows } from './catalogue-tab-quotes.js';
import { cutFinding, cutLastRow, usualWidth } from './truncation.js';

/** Characters that separate cells of a pipe table: ASCII, full-width and box-drawing bars. */
const BARS = ['|', '｜', '│', '┃'] as const;

/** A separator line: only bars, dashes, colons, plus signs, equals signs and box-drawing lines. */
const SEPARATOR_LINE = /^[\s|｜│┃:\-=+─━┼╋├┤┬┴┌┐└┘╪╞╡]+$/u;

interface PipeRows {
  rows: string[][];
  /** The 1-based source line each row starts on. */
  lines: number[];
  /** The last row was still open at the end of the text (rows close with a bar, this one never did): cut off. */
  cutOff: boolean;
}

function barOf(lines: string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const bar of BARS) {
    const n = lines.filter((l) => l.trimStart().startsWith(bar)).length;
    if (n > bestCount) [best, bestCount] = [bar, n];
  }
  return bestCount >= 2 ? best : null;
}

function splitCells(line: string, bar: string): string[] {
  let body = line.trim();
  if (body.startsWith(bar)) body = body.slice(bar.length);
  if (body.endsWith(bar) && !body.endsWith(`\\${bar}`)) body = body.slice(0, -bar.length);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && body[i + 1] === bar) {
      cur += bar;
      i++;
    } else if (ch === bar) {
      cells.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  cells.push(cur);
  return cells.map((c) => c.trim().replace(/<br\s*\/?>/giu, '\n'));
}

function pipeRowsWithLines(text: string): PipeRows | null {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const bar = barOf(lines);
  if (!bar) return null;
  const tableLines = lines.filter((l) => l.trimStart().startsWith(bar));
  // Rows close with a bar (`| a | b |`) in most tables; then a row whose last line does not is broken over lines.
  const closing = tableLines.filter((l) => l.trimEnd().endsWith(bar)).length > tableLines.length / 2;
  const out: PipeRows = { rows: [], lines: [], cutOff: false };
  let open: { text: string; line: number } | null = null;
  const flush = (): void => {
    if (!open) return;
    out.rows.push(splitCells(open.text, bar));
    out.lines.push(open.line);
    open = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    // A new row starts with a bar: the open row ended without one.
    if (open && line.startsWith(bar)) flush();
    if (open) {
      // The rest of a row broken over lines (a cell with line breaks).
      open.text += `\n${raw}`;
      if (line.endsWith(bar)) flush();
      return;
    }
    if (line === '') return;
    if (line.startsWith(bar)) {
      if (SEPARATOR_LINE.test(line)) return;
      open = { text: line, line: i + 1 };
      if (!closing || line.endsWith(bar)) flush();
      return;
    }
    // Text outside the table (a title, a page number): one cell.
    out.rows.push([line]);
    out.lines.push(i + 1);
  });
  if (open && closing) {
    // The text ends inside a row: with most rows closed by a bar, and fewer cells than the rows before, it was cut.
    const cells = splitCells((open as { text: string }).text, bar).length;
    out.cutOff = cells < usualWidth(out.rows);
  }
  flush();
  // A bar table has rows of two cells at least.
  if (out.rows.filter((r) => r.length >= 2).length < 2) return null;
  return out;
}

/**
 * Rows of a pipe-separated table copied from a web page or written as markdown: separator lines (`|---|---|`) are
 * dropped, a row broken over lines is joined with a line break, `<br>` becomes a line break, lines outside the table
 * are one-cell rows, a merged cell is an empty cell. Null when the text is not pipe-separated.
 */
export function pipeTextRows(text: string): string[][] | null {
  return pipeRowsWithLines(text)?.rows ?? null;
}

/** Runs of two or more spaces (or ideographic spaces) as separators. */
const SPACE_RUN = /[ \u00A0]{2,}|\u3000+/u;

/**
 * Rows of text whose columns are set apart by runs of spaces, only when most lines that have several columns have
 * the same number of them (at least 3) — otherwise null. Blank cells cannot be seen in such text, so this is the
 * last resort.
 */
export function spaceSeparatedRows(text: string): string[][] | null {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const rows = lines.map((l) =>
    l.trim() === ''
      ? []
      : l
          .trim()
          .split(SPACE_RUN)
          .map((c) => c.trim()),
  );
  const multi = rows.filter((r) => r.length >= 2);
  if (multi.length < 2) return null;
  const widths = new Map<number, number>();
  for (const r of multi) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [width, count] = [...widths.entries()].sort((a, b) => b[1] - a[1])[0]!;
  if (width < 3 || count < multi.length * 0.6) return null;
  return rows;
}

/**
 * Text with one cell per line (a table copied out of some web pages and PDF viewers): a run of three or more lines
 * that are each a column name the interpreter knows is the header, its length the number of columns; the lines
 * below are taken that many at a time. With a 序号 column, a row starts at a line holding only a number, so a row
 * whose cells were not all copied is kept to itself. Lines before the header and after the rows are one-cell rows
 * (title, notes). Null when the text has no such header. Each row carries the line it starts on.
 */
export function cellPerLineRows(text: string): PipeRows | null {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const filled = lines.map((l, i) => ({ text: l.trim(), line: i + 1 })).filter((l) => l.text !== '');
  let start = -1;
  let width = 0;
  for (let i = 0; i < filled.length && start < 0; i++) {
    let n = 0;
    while (
      i + n < filled.length &&
      filled[i + n]!.text.length <= 24 &&
      knownColumnKind(filled[i + n]!.text) !== undefined
    )
      n++;
    if (n >= 3) [start, width] = [i, n];
  }
  if (start < 0) return null;
  const header = filled.slice(start, start + width);
  const out: PipeRows = { rows: [], lines: [], cutOff: false };
  for (const l of filled.slice(0, start)) {
    out.rows.push([l.text]);
    out.lines.push(l.line);
  }
  out.rows.push(header.map((h) => h.text));
  out.lines.push(header[0]!.line);
  const numbered = knownColumnKind(header[0]!.text) === 'serial';
  const serial = /^\d{1,4}[.、．]?$/u;
  let row: Array<{ text: string; line: number }> = [];
  let dataRows = 0;
  const flush = (): void => {
    if (row.length === 0) return;
    out.rows.push(row.map((c) => c.text));
    out.lines.push(row[0]!.line);
    dataRows++;
    row = [];
  };
  const rest = filled.slice(start + width);
  for (const [k, l] of rest.entries()) {
    // A numbered table: a number starts the next row once the row so far has half its cells (a row that lost a cell
    // stays itself; a cell that is a number does not cut a row short); without numbers, every `width` lines.
    if (numbered ? serial.test(l.text) && row.length * 2 >= width : row.length === width) flush();
    if (numbered && row.length === 0 && !serial.test(l.text)) {
      // Text after the rows (a note): one cell per line.
      for (const t of rest.slice(k)) {
        out.rows.push([t.text]);
        out.lines.push(t.line);
      }
      break;
    }
    row.push(l);
    if (numbered && row.length === width) flush();
  }
  flush();
  return dataRows > 0 ? out : null;
}

const BINARY = /[\u0000-\u0008\u000E-\u001F\uFFFD]/u;

/** The seed's tab layout: each line split at tabs (what `importCatalogueText` reads). */
function tabGrid(text: string, sourceName: string | undefined): GridResult {
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trim() === '') return { ok: false, error: { line: null, message: '文件为空：没有可导入的内容' } };
  const lines = body.split(/\r\n|\r|\n/u);
  const binaryLine = lines.findIndex((l) => BINARY.test(l));
  if (binaryLine >= 0) {
    return {
      ok: false,
      error: {
        line: binaryLine + 1,
        message: `第${binaryLine + 1}行：含有二进制或无法解码的字符，这不是文本格式的目录（请另存为 UTF-8 制表符分隔文本）`,
      },
    };
  }
  const rows = lines.map((l) => l.split('\t'));
  return {
    ok: true,
    grid: catalogueGrid(rows, {
      sourceName,
      tabbed: lines.some((l) => l.includes('\t')),
      findings: cutOff(rows, text),
    }),
  };
}

/** A last row cut off (see truncation.ts) is emptied (rows keep their numbers) and reported. */
function cutOff(rows: string[][], text: string): FindingJson[] {
  const cut = cutLastRow(rows, text);
  if (!cut) return [];
  rows[cut.row - 1] = [];
  return [cutFinding(cut.row, `只有 ${cut.cells} 列，其他行有 ${cut.width} 列`)];
}

/** Rows of Excel's clipboard text, numbered by the line each starts on; a last row cut off is emptied and reported. */
function quotedGrid(quoted: QuotedTabRows, text: string, sourceName: string | undefined): CatalogueGrid {
  const rows = [...quoted.rows];
  const cut = cutLastRow(rows, text);
  const findings: FindingJson[] = [];
  if (cut) {
    rows[cut.row - 1] = [];
    findings.push(cutFinding(quoted.lines[cut.row - 1]!, `只有 ${cut.cells} 列，其他行有 ${cut.width} 列`));
  }
  return catalogueGrid(rows, { sourceName, tabbed: true, rowNumbers: quoted.lines, findings });
}

function pipeGrid(piped: PipeRows, sourceName: string | undefined): CatalogueGrid {
  const rows = [...piped.rows];
  const findings: FindingJson[] = [];
  if (piped.cutOff) {
    const last = rows.length - 1;
    findings.push(cutFinding(piped.lines[last]!, `这一行没有以「|」结束，只有 ${rows[last]!.length} 列`));
    rows[last] = [];
  }
  return catalogueGrid(rows, { sourceName, tabbed: true, rowNumbers: piped.lines, findings });
}

/**
 * Catalogue text in any of the forms above as a grid: tab text with Excel's clipboard quoting when a quoted cell
 * holds a line break (catalogue-tab-quotes.ts), else tab-separated (exactly the rows `importCatalogueText`
 * reads, so text that imports today imports the same), then pipe-separated, then space-separated. Row numbers in
 * findings are lines of the text. When no form gives a catalogue, the grid of the form the text looks most like.
 */
export function readCatalogueTextGrid(text: string, options: { sourceName?: string } = {}): GridResult {
  const { sourceName } = options;
  const tabbed = tabGrid(text, sourceName);
  const works = (g: CatalogueGrid): boolean => {
    const r = interpretCatalogueGrid(g);
    tried.set(g, r);
    return r.ok;
  };
  if (!tabbed.ok) {
    // Empty or binary: only text without tabs and not binary might still be another form (never, when empty).
    return tabbed;
  }
  // Text copied from Excel: cells with line breaks are quoted (「"1. …⏎2. …"」); read them whole.
  const quoted = excelClipboardRows(text);
  if (quoted) {
    const g = quotedGrid(quoted, text, sourceName);
    if (works(g)) return { ok: true, grid: g };
  }
  const tabOk = works(tabbed.grid);
  if (tabOk || text.includes('\t')) {
    if (tabOk) return tabbed;
    // Tab text that is not a catalogue might still be a pipe table with tabs as padding.
    const piped = pipeRowsWithLines(text);
    if (!piped) return tabbed;
    const g = pipeGrid(piped, sourceName);
    return works(g) ? { ok: true, grid: g } : tabbed;
  }
  const piped = pipeRowsWithLines(text);
  if (piped) return { ok: true, grid: pipeGrid(piped, sourceName) };
  const spaced = spaceSeparatedRows(text);
  if (spaced) {
    const g = catalogueGrid(spaced, { sourceName, tabbed: true, findings: cutOff(spaced, text) });
    if (works(g)) return { ok: true, grid: g };
  }
  const perLine = cellPerLineRows(text);
  if (perLine) {
    const g = catalogueGrid(perLine.rows, { sourceName, tabbed: true, rowNumbers: perLine.lines });
    if (works(g)) return { ok: true, grid: g };
  }
  return tabbed;
}

/**
 * Catalogue text in any of the forms above: {@link readCatalogueTextGrid} read by the interpreter. When none gives a
 * catalogue, the error of the form the text looks most like is returned.
 */
export function readCatalogueTextAny(
  text: string,
  options: { sourceName?: string } & InterpretOptions = {},
): ImportResult {
  const read = readCatalogueTextGrid(text, options);
  if (!read.ok) return read;
  // The form was chosen by reading it without column choices: that reading is the result when there are none.
  const done = tried.get(read.grid);
  tried.delete(read.grid);
  return done && (options.columns ?? []).length === 0 ? done : interpretCatalogueGrid(read.grid, options);
}

/** Results of reading the grids tried while choosing the form, so the chosen one is not read twice. */
const tried = new WeakMap<CatalogueGrid, ImportResult>();
