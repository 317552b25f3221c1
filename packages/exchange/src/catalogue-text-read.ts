/**
 * Catalogue text in the forms people paste it: tab-separated (a PDF table copied; the seed's format), pipe-separated
 * (a web page's table copied, or markdown: `| 序号 | 公开事项 | … |` with `|---|` separator lines), or columns set
 * apart by runs of spaces. All go to the one interpreter, `importCatalogueRows`.
 */
import { importCatalogueRows, importCatalogueText, type ImportResult } from '@gongkai/domain';
import { remapLines } from './catalogue-html-read.js';

/** Characters that separate cells of a pipe table: ASCII, full-width and box-drawing bars. */
const BARS = ['|', '｜', '│', '┃'] as const;

/** A separator line: only bars, dashes, colons, plus signs, equals signs and box-drawing lines. */
const SEPARATOR_LINE = /^[\s|｜│┃:\-=+─━┼╋├┤┬┴┌┐└┘╪╞╡]+$/u;

interface PipeRows {
  rows: string[][];
  /** The 1-based source line each row starts on. */
  lines: number[];
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
  const out: PipeRows = { rows: [], lines: [] };
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
  const rows = lines.map((l) => (l.trim() === '' ? [] : l.trim().split(SPACE_RUN).map((c) => c.trim())));
  const multi = rows.filter((r) => r.length >= 2);
  if (multi.length < 2) return null;
  const widths = new Map<number, number>();
  for (const r of multi) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [width, count] = [...widths.entries()].sort((a, b) => b[1] - a[1])[0]!;
  if (width < 3 || count < multi.length * 0.6) return null;
  return rows;
}

/**
 * Catalogue text in any of the forms above: tab-separated first (exactly `importCatalogueText`, so text that
 * imports today imports the same), then pipe-separated, then space-separated. Row numbers in findings are lines of
 * the text. When none gives a catalogue, the error of the form the text looks most like is returned.
 */
export function readCatalogueTextAny(text: string, options: { sourceName?: string } = {}): ImportResult {
  const tabbed = importCatalogueText(text, options);
  if (tabbed.ok || text.includes('\t') || /[\u0000-\u0008\u000E-\u001F\uFFFD]/u.test(text)) {
    if (tabbed.ok) return tabbed;
    // Tab text that is not a catalogue might still be a pipe table with tabs as padding.
    const piped = pipeRowsWithLines(text);
    if (!piped || /[\u0000-\u0008\u000E-\u001F\uFFFD]/u.test(text)) return tabbed;
    const r = importPipe(piped, options);
    return r.ok ? r : tabbed;
  }
  const piped = pipeRowsWithLines(text);
  if (piped) return importPipe(piped, options);
  const spaced = spaceSeparatedRows(text);
  if (spaced) {
    const r = importCatalogueRows(spaced, { sourceName: options.sourceName, tabbed: true });
    if (r.ok) return r;
  }
  return tabbed;
}

function importPipe(piped: PipeRows, options: { sourceName?: string }): ImportResult {
  const r = importCatalogueRows(piped.rows, { sourceName: options.sourceName, tabbed: true });
  return remapLines(r, (n) => piped.lines[n - 1] ?? n);
}
