/**
 * Reading a 主动公开目录 published as a PDF table, through the one interpreter of a grid of cells
 * (`importCatalogueRows` in @gongkai/domain), like the Word and HTML readers.
 *
 * Library: pdfjs-dist (Mozilla's PDF.js — the most used and best maintained PDF parser in JavaScript, no native
 * code), pinned to 5.6.205, the newest release whose engines still include Node 20 (≥ 20.19, the project's floor;
 * 5.7 and 6.x need Node 22). We use its legacy build (`pdfjs-dist/legacy/build/pdf.mjs`, the one meant for Node) and
 * no worker thread: the worker module is imported here and handed to PDF.js as `globalThis.pdfjsWorker`, which makes
 * it run its parser in this thread (callers already run readers in a worker of parse-pool.ts). Fonts are never
 * evaluated (`isEvalSupported: false`), images are not decoded (`maxImageSize: 1` drops them from the operator list:
 * a table needs only text and lines), and predefined CJK CMaps (UniGB-UCS2-H …, common in Chinese PDFs whose fonts
 * are not embedded) come from the package's own cmaps/ folder. The legacy build's core-js polyfills of
 * Array.prototype.push and JSON.parse/stringify (slow, and for the whole thread) are undone once it is loaded.
 *
 * How a page becomes cells:
 * - Ruling lines (the robust way: government PDFs draw their tables with borders): stroked path segments and thin
 *   filled rectangles from the operator list, in page space (the current transformation matrix is followed through
 *   save/restore/transform and form XObjects), become horizontal and vertical lines. Their positions, clustered,
 *   give the grid; two neighbouring grid cells belong to one cell of the table when no line separates them
 *   (union–find over the grid). Text goes to the top-left grid position of its cell; positions below it are
 *   `merged` (covered by a vertical merge), positions to its right stay blank (a header over sub-columns).
 *   A text run that crosses a column line is split at it.
 * - Without ruling lines on any page, a rough fallback: text lines by baseline, columns by clustering the x where
 *   text starts, rows by the vertical gaps between lines (a gap clearly larger than the line spacing starts a row).
 *   Vertical merges cannot be seen then, so no `merged` is given and blanks inherit as in the text format.
 * - Text of one cell wrapped over several lines is joined without a space when either side is Chinese, with a space
 *   otherwise or before a list number (「… 2. …」).
 * - Pages: the table continues across pages. On later pages the repeated header rows are dropped (rows the
 *   interpreter calls a header, or sub-title rows made of words of the first page's header); page numbers
 *   (「第 1 页」「- 2 -」「1/5」) lie outside the ruled table, and are dropped explicitly in the fallback. A merge cut
 *   by a page break leaves a blank first row on the next page: when its first column is blank, its blank cells are
 *   taken as merged from the row above (the seed's rule for blank cells). Such a row is instead the rest of the
 *   previous page's last row (Word and pdfmake break a row across pages) when each cell it fills goes on a cell cut
 *   by the break: text down to the table's bottom, its last line wrapped there — the room left on that line is less
 *   than the first word on the next page — or a numbered list going on (「2.」 after 「1.」). When only some of its
 *   cells do, it is kept as a new row and a warning names both rows (see `splitRow`).
 * - Title: on the first page, the text line above the table that contains 目录 becomes a one-cell title row.
 *
 * Refused with a Chinese message: not a PDF, an encrypted or broken PDF, more than 200 pages, and a PDF without any
 * text (a scan). Line numbers are positions in the concatenated grid (the title row counts); messages also name the
 * page and the row of that page's table: 「第12行（PDF 第2页表格第3行）」. The work is linear in the number of text
 * runs and line segments per page (sorting aside).
 */
import {
  catalogueGrid,
  interpretCatalogueGrid,
  isCjkChar,
  isHeaderRow,
  isSubHeaderRow,
  looksLikeCatalogueTitle,
  type FindingJson,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { openPdf, pdfjsLib, textRuns, type PdfjsDocument, type TextRun } from './pdf-engine.js';

/** Bounds on the document; passing one refuses the file. */
export const PDF_LIMITS = {
  maxPages: 200,
  /** Text runs of the whole document. */
  maxTextItems: 400_000,
  /** Line segments of one page (a table of 500 rows × 20 columns drawn cell by cell has ~20 000). */
  maxSegmentsPerPage: 200_000,
};

const SCAN_MESSAGE = 'PDF 中没有可提取的文字（可能是扫描件）：请向发布部门索取 Word/Excel 版本，或使用带文字层的 PDF';

// ---- PDF.js: pdf-engine.ts ----

// ---- page content: text runs and ruling lines ----

type Run = TextRun;
/** A horizontal segment at `at` from `from` to `to` (or a vertical one: x = at, y from..to). */
interface Seg {
  at: number;
  from: number;
  to: number;
}
interface PageContent {
  page: number;
  runs: Run[];
  h: Seg[];
  v: Seg[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
const asMatrix = (a: unknown): Matrix | null => {
  if (!a || typeof (a as ArrayLike<number>).length !== 'number' || (a as ArrayLike<number>).length < 6) return null;
  const m = Array.from(a as ArrayLike<number>).slice(0, 6);
  return m.every((n) => Number.isFinite(n)) ? (m as Matrix) : null;
};

class PdfLimitError extends Error {
  override name = 'PdfLimitError';
}

/** Horizontal and vertical line segments drawn on the page (stroked paths, thin filled rectangles). */
function rulingLines(
  ops: { fnArray: number[]; argsArray: unknown[][] },
  OPS: Record<string, number>,
): { h: Seg[]; v: Seg[] } {
  const h: Seg[] = [];
  const v: Seg[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const STROKES = new Set([
    OPS['stroke'],
    OPS['closeStroke'],
    OPS['fillStroke'],
    OPS['eoFillStroke'],
    OPS['closeFillStroke'],
    OPS['closeEOFillStroke'],
  ]);
  const FILLS = new Set([OPS['fill'], OPS['eoFill']]);
  const add = (x1: number, y1: number, x2: number, y2: number): void => {
    if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) >= 2)
      h.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) >= 2)
      v.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS['save']) stack.push(ctm);
    else if (fn === OPS['restore']) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS['transform']) {
      const m = asMatrix(args);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS['paintFormXObjectBegin']) {
      stack.push(ctm);
      const m = asMatrix(args?.[0]);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS['paintFormXObjectEnd']) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS['constructPath'] && args) {
      const paint = args[0] as number;
      const stroke = STROKES.has(paint);
      const fill = FILLS.has(paint);
      if (!stroke && !fill) continue; // clipping paths, invisible paths
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!data || typeof data.length !== 'number') continue;
      // DrawOPS: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6, 3 quadraticCurveTo 4, 4 closePath.
      let sub: Array<[number, number]> = [];
      let curved = false;
      const flush = (closed: boolean): void => {
        if (sub.length >= 2 && !curved) {
          if (stroke) {
            for (let k = 1; k < sub.length; k++) add(sub[k - 1]![0], sub[k - 1]![1], sub[k]![0], sub[k]![1]);
            if (closed) add(sub[sub.length - 1]![0], sub[sub.length - 1]![1], sub[0]![0], sub[0]![1]);
          } else {
            // A thin filled rectangle is a line.
            const xs = sub.map((p) => p[0]);
            const ys = sub.map((p) => p[1]);
            const x0 = Math.min(...xs);
            const x1 = Math.max(...xs);
            const y0 = Math.min(...ys);
            const y1 = Math.max(...ys);
            if (x1 - x0 <= 3 && y1 - y0 > 2 * (x1 - x0)) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
            else if (y1 - y0 <= 3 && x1 - x0 > 2 * (y1 - y0)) add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
          }
        }
        sub = [];
        curved = false;
      };
      for (let k = 0; k < data.length;) {
        const op = data[k]!;
        if (op === 0) {
          flush(false);
          sub.push(apply(ctm, data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 1) {
          sub.push(apply(ctm, data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 2) {
          curved = true;
          k += 7;
        } else if (op === 3) {
          curved = true;
          k += 5;
        } else {
          flush(true);
          k += 1;
        }
      }
      flush(false);
      if (h.length + v.length > PDF_LIMITS.maxSegmentsPerPage)
        throw new PdfLimitError(`一页的线条超过 ${PDF_LIMITS.maxSegmentsPerPage} 条`);
    }
  }
  return { h, v };
}

// ---- text of a cell ----

const LIST_START = /^(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])/u;

/** Lines of a wrapped cell: no space when either side is Chinese, a space otherwise or before a list number. */
function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = a[a.length - 1]!;
  const first = b[0]!;
  if (LIST_START.test(b) && !/\s$/u.test(a)) return `${a} ${b}`;
  if (isCjkChar(last) || isCjkChar(first) || /\s$/u.test(a) || /^\s/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Runs into lines (by baseline, top first), each line's runs left to right. */
function lines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const out: Run[][] = [];
  for (const r of sorted) {
    const line = out[out.length - 1];
    if (line && Math.abs(line[0]!.y - r.y) < Math.min(line[0]!.size, r.size) * 0.5) line.push(r);
    else out.push([r]);
  }
  for (const line of out) line.sort((p, q) => p.x - q.x);
  return out;
}

function lineText(line: Run[]): string {
  let s = '';
  let end = -Infinity;
  for (const r of line) {
    if (s !== '' && r.x - end > r.size * 0.25 && !/\s$/u.test(s)) s += ' ';
    s += r.str;
    end = Math.max(end, r.x + r.w);
  }
  return s.trim();
}

const cellText = (runs: Run[]): string => lines(runs).map(lineText).reduce(joinWrapped, '').trim();

/** Opening brackets and quotes: a line does not end with one, it goes to the next line with the character after it. */
const OPENING = /[（(「『【《〈〔[{“‘]/u;
/** Closing punctuation (and slashes): a line does not start with one, the character before it goes to the next line too. */
const CLOSING = /[，。、；：？！）」』】》〉〕,.;:?!)\]}”’…·%％/／]/u;

/**
 * The width of the first word of a line: what a writer wrapping the text would have moved to this line when it did
 * not fit on the line before — one Chinese character (with the punctuation that may not be parted from it), or a run
 * of letters and digits up to a space or a Chinese character. Estimated from the run's width by character weights.
 */
function firstWordWidth(line: Run[]): number {
  const run = line[0]!;
  const chars = [...run.str];
  const total = chars.reduce((n, ch) => n + weight(ch), 0);
  if (total === 0) return 0;
  let i = 0;
  while (i < chars.length && /\s/u.test(chars[i]!)) i++;
  const start = i;
  while (i < chars.length && OPENING.test(chars[i]!)) i++;
  if (i < chars.length && isCjkChar(chars[i]!) && !CLOSING.test(chars[i]!)) i++;
  else while (i < chars.length && !/\s/u.test(chars[i]!) && !isCjkChar(chars[i]!)) i++;
  while (i < chars.length && CLOSING.test(chars[i]!)) i++;
  const word = chars.slice(start, Math.max(i, start + 1)).reduce((n, ch) => n + weight(ch), 0);
  // A word of letters was preceded by a space on the line before; a quarter of a character for rounding.
  const space = isCjkChar(chars[start] ?? '') ? 0 : 1;
  return ((word + space) * run.w) / total + run.size * 0.25;
}

// ---- grids ----

interface PageGrid {
  page: number;
  rows: string[][];
  merged: boolean[][];
  /** Text lines above the table. */
  above: string[];
  /** Text lines below the table (a note, a signature; page numbers dropped). */
  below: string[];
  /**
   * Per column: how far above the table's bottom line the text of the last row's cell ends (its lowest baseline, in
   * font sizes; Infinity for an empty cell). A cell cut by the page break is full to the bottom.
   */
  bottomGap: number[];
  /**
   * Per column: the room (points) left on the last line of the last row's cell, from its end to the cell's right
   * line less the page's cell padding (NaN for an empty cell). A line wrapped by the writer has less room than the
   * first word of its continuation.
   */
  bottomRoom: number[];
  /** Per row and column: the width (points) of the first word of the cell's text, what a line break moves (0 when empty). */
  firstWord: number[][];
}

/** Sorted values clustered: a value within `tol` of the previous one joins its cluster; the clusters' means. */
function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let n = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (n > 0 && v - last > tol) {
      out.push(sum / n);
      sum = 0;
      n = 0;
    }
    sum += v;
    n++;
    last = v;
  }
  if (n > 0) out.push(sum / n);
  return out;
}

/** Index of the nearest value of sorted `xs` within `tol`, or -1. */
function nearest(xs: number[], v: number, tol: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (const i of [lo - 1, lo])
    if (
      i >= 0 &&
      i < xs.length &&
      Math.abs(xs[i]! - v) <= tol &&
      (best < 0 || Math.abs(xs[i]! - v) < Math.abs(xs[best]! - v))
    )
      best = i;
  return best;
}

/** Segments grouped by their line (index into `positions`), each group's intervals merged and sorted. */
function coverage(segs: Seg[], positions: number[], tol: number): Array<Array<[number, number]>> {
  const groups: Array<Array<[number, number]>> = positions.map(() => []);
  for (const s of segs) {
    const i = nearest(positions, s.at, tol);
    if (i >= 0) groups[i]!.push([s.from, s.to]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [a, b] of g) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1] + 1.5) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return merged;
  });
}

function covers(intervals: Array<[number, number]>, v: number): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = intervals[mid]!;
    if (v < a - 1) hi = mid - 1;
    else if (v > b + 1) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index i such that bounds[i] <= v < bounds[i + 1] (bounds ascending), or -1 outside. */
function slot(bounds: number[], v: number): number {
  if (v < bounds[0]! || v > bounds[bounds.length - 1]!) return -1;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Width weight of a character: Chinese and full-width forms are about twice as wide as Latin letters and digits. */
const weight = (ch: string): number => (isCjkChar(ch) ? 2 : 1);

/** The page's table from its ruling lines, or null when it has no grid of lines. */
function ruledGrid(content: PageContent): PageGrid | null {
  const TOL = 2.5;
  const v = content.v.filter((s) => s.to - s.from >= 4);
  const h = content.h.filter((s) => s.to - s.from >= 4);
  if (v.length < 2 || h.length < 2) return null;
  const vTop = Math.max(...v.map((s) => s.to));
  const vBottom = Math.min(...v.map((s) => s.from));
  const hLeft = Math.min(...h.map((s) => s.from));
  const hRight = Math.max(...h.map((s) => s.to));
  const xs = cluster(
    v.map((s) => s.at).filter((x) => x >= hLeft - TOL && x <= hRight + TOL),
    TOL,
  );
  const ysAsc = cluster(
    h.map((s) => s.at).filter((y) => y >= vBottom - TOL && y <= vTop + TOL),
    TOL,
  );
  if (xs.length < 2 || ysAsc.length < 2) return null;
  const vCov = coverage(v, xs, TOL);
  const hCov = coverage(h, ysAsc, TOL);
  const nCols = xs.length - 1;
  const nRows = ysAsc.length - 1;
  // Grid rows top first: row r lies between ysAsc[nRows - r] (top) and ysAsc[nRows - r - 1] (bottom).
  const top = (r: number): number => ysAsc[nRows - r]!;
  const bottom = (r: number): number => ysAsc[nRows - r - 1]!;
  const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nRows; r++) {
    const midY = (top(r) + bottom(r)) / 2;
    for (let c = 0; c < nCols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < nCols && !covers(vCov[c + 1]!, midY)) union(r * nCols + c, r * nCols + c + 1);
      if (r + 1 < nRows && !covers(hCov[nRows - r - 1]!, midX)) union(r * nCols + c, (r + 1) * nCols + c);
    }
  }
  // Each table cell: its grid rectangle (the union's bounding box) and its text runs.
  const cells = new Map<number, { r0: number; c0: number; r1: number; c1: number; runs: Run[] }>();
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const root = find(r * nCols + c);
      const cell = cells.get(root);
      if (!cell) cells.set(root, { r0: r, c0: c, r1: r, c1: c, runs: [] });
      else {
        cell.r0 = Math.min(cell.r0, r);
        cell.c0 = Math.min(cell.c0, c);
        cell.r1 = Math.max(cell.r1, r);
        cell.c1 = Math.max(cell.c1, c);
      }
    }
  }
  const outside: Run[] = [];
  const under: Run[] = [];
  const yTop = ysAsc[nRows]!;
  for (const run of content.runs) {
    const midY = run.y + run.size * 0.35;
    const yi = slot(ysAsc, midY);
    if (yi < 0) {
      if (midY > yTop) outside.push(run);
      else if (midY < ysAsc[0]!) under.push(run);
      continue;
    }
    const r = nRows - 1 - yi;
    // A run crossing column lines of this row is split at them (by estimated character widths).
    const pieces: Run[] = [];
    const chars = [...run.str];
    const total = chars.reduce((n, ch) => n + weight(ch), 0);
    let x = run.x;
    let current: Run = { ...run, str: '', w: 0 };
    for (const ch of chars) {
      const dx = total > 0 ? (run.w * weight(ch)) / total : 0;
      const c = slot(xs, x + dx / 2);
      const cc = slot(xs, current.x + 0.5);
      if (current.str !== '' && c !== cc && c >= 0 && cc >= 0 && covers(vCov[Math.max(c, cc)]!, midY)) {
        pieces.push(current);
        current = { ...run, str: '', x, w: 0 };
      }
      current.str += ch;
      current.w += dx;
      x += dx;
    }
    if (current.str !== '') pieces.push(current);
    for (const p of pieces) {
      if (p.str.trim() === '') continue;
      const c = slot(xs, Math.min(p.x + Math.min(p.w / 2, p.size * 0.5), xs[nCols]!));
      if (c < 0) continue;
      cells.get(find(r * nCols + c))!.runs.push(p);
    }
  }
  const rows: string[][] = Array.from({ length: nRows }, () => Array<string>(nCols).fill(''));
  const merged: boolean[][] = Array.from({ length: nRows }, () => Array<boolean>(nCols).fill(false));
  for (const cell of cells.values()) {
    rows[cell.r0]![cell.c0] = cellText(cell.runs);
    for (let r = cell.r0 + 1; r <= cell.r1; r++) for (let c = cell.c0; c <= cell.c1; c++) merged[r]![c] = true;
  }
  // Text lines of each cell, and the cell padding of the page: the least distance from a cell's left line to its text.
  const cellLines = new Map<number, Run[][]>();
  let pad = Infinity;
  for (const [root, cell] of cells) {
    if (cell.runs.length === 0) continue;
    const ls = lines(cell.runs);
    cellLines.set(root, ls);
    for (const l of ls) pad = Math.min(pad, Math.max(0, l[0]!.x - xs[cell.c0]!));
  }
  if (!Number.isFinite(pad)) pad = 0;
  const bottomGap = Array<number>(nCols).fill(Infinity);
  const bottomRoom = Array<number>(nCols).fill(Number.NaN);
  const firstWord: number[][] = Array.from({ length: nRows }, () => Array<number>(nCols).fill(0));
  for (const [root, cell] of cells) {
    const ls = cellLines.get(root);
    if (!ls) continue;
    firstWord[cell.r0]![cell.c0] = firstWordWidth(ls[0]!);
    if (cell.r1 !== nRows - 1) continue;
    const last = ls[ls.length - 1]!;
    const low = last[0]!;
    const end = Math.max(...last.map((r) => r.x + r.w));
    for (let c = cell.c0; c <= cell.c1; c++) {
      bottomGap[c] = (low.y - ysAsc[0]!) / low.size;
      bottomRoom[c] = xs[cell.c1 + 1]! - pad - end;
    }
  }
  // Rows without text (a stray line) are dropped; the merges of the rows below still point at the text above.
  const keep = rows.map((row) => row.some((c) => c !== ''));
  return {
    page: content.page,
    rows: rows.filter((_, i) => keep[i]),
    merged: merged.filter((_, i) => keep[i]),
    firstWord: firstWord.filter((_, i) => keep[i]),
    above: lines(outside).map(lineText),
    below: lines(under)
      .map(lineText)
      .filter((l) => !PAGE_NUMBER.test(l.replace(/\s/gu, ' ').trim())),
    bottomGap,
    bottomRoom,
  };
}

const PAGE_NUMBER =
  /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|[-—–－]\s*\d+\s*[-—–－]|\d+\s*\/\s*\d+|\d+|page\s*\d+(?:\s*of\s*\d+)?)$/iu;

/** Without ruling lines: columns from where text starts, rows from the gaps between lines (rough). */
function unruledGrid(content: PageContent): PageGrid | null {
  const all = lines(content.runs).filter((l) => !PAGE_NUMBER.test(lineText(l).replace(/\s/gu, ' ').trim()));
  if (all.length === 0) return null;
  const size = median(all.flat().map((r) => r.size)) || 10;
  // Runs separated by a wide gap inside one pdfjs item are rare; items already end at cell gaps.
  const starts = cluster(
    all.flat().map((r) => r.x),
    size * 0.8,
  );
  // Columns: start positions used by at least two lines (or any when the table is tiny).
  const support = new Map<number, number>();
  for (const r of all.flat()) {
    const i = nearestBelow(starts, r.x + size * 0.8);
    support.set(i, (support.get(i) ?? 0) + 1);
  }
  const supported = starts.filter((_, i) => (support.get(i) ?? 0) >= 2 || all.length < 4);
  if (supported.length < 2) return null;
  const gaps = all.slice(1).map((l, i) => all[i]![0]!.y - l[0]!.y);
  const lineGap = Math.min(...gaps.filter((g) => g > size * 0.8), size * 1.6);
  // Rows: lines closer than a row gap are the wrapped lines of one row.
  const groups: Run[][][] = [];
  all.forEach((line, i) => {
    const gap = i > 0 ? all[i - 1]![0]!.y - line[0]!.y : Infinity;
    if (gap > lineGap * 1.3 || groups.length === 0) groups.push([]);
    groups[groups.length - 1]!.push(line);
  });
  // Columns where text starts, first; then, once the header row is found, the columns its words span (a narrow
  // header centred in its column and wrapped, 「特定群」 over 「体」, starts where no column starts).
  const byStart = (run: Run): number => Math.max(0, nearestBelow(supported, run.x + size * 0.8));
  const first = groups.findIndex((g) => isHeaderRow(cellsOf(g, supported.length, byStart).map(cellText)));
  const leaves = first >= 0 ? headerLeaves(groups, first) : null;
  const columnOf = leaves ? (run: Run): number => leafOf(leaves, run) : byStart;
  const width = leaves ? leaves.length : supported.length;
  const rows = groups.map((g) => cellsOf(g, width, columnOf).map(cellText));
  /** The text lines of each row (title lines above the header are kept as lines). */
  const rowLines = groups;
  const headerAt = rows.findIndex((r) => isHeaderRow(r));
  const above = headerAt > 0 ? rowLines.slice(0, headerAt).flat().map(lineText) : [];
  const body = headerAt > 0 ? rows.slice(headerAt) : rows;
  return {
    page: content.page,
    rows: body,
    merged: body.map((r) => r.map(() => false)),
    above,
    below: [],
    bottomGap: Array<number>(width).fill(Infinity),
    bottomRoom: Array<number>(width).fill(Number.NaN),
    firstWord: body.map((r) => r.map(() => 0)),
  };
}

/** The runs of a row of lines as cells, each run in the column `columnOf` gives it. */
function cellsOf(group: Run[][], width: number, columnOf: (run: Run) => number): Run[][] {
  const cells: Run[][] = Array.from({ length: width }, () => []);
  for (const line of group) for (const run of line) cells[Math.min(width - 1, columnOf(run))]!.push(run);
  return cells;
}

/** A header word: the runs of one header cell, its wrapped lines stacked over each other joined, and its x-extent. */
interface HeaderWord {
  from: number;
  to: number;
  text: string;
}

/** The words of a header row: runs that overlap horizontally are lines of one cell (「特定群」 over 「体」). */
function headerWords(group: Run[][]): HeaderWord[] {
  const words: HeaderWord[] = [];
  for (const line of group) {
    for (const r of line) {
      const hit = words.find((w) => r.x < w.to && w.from < r.x + r.w);
      if (hit) {
        hit.from = Math.min(hit.from, r.x);
        hit.to = Math.max(hit.to, r.x + r.w);
        hit.text += r.str.trim();
      } else words.push({ from: r.x, to: r.x + r.w, text: r.str.trim() });
    }
  }
  return words.sort((a, b) => a.from - b.from);
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }): boolean =>
  a.from < b.to && b.from < a.to;

/**
 * The columns of a table without ruling lines, from its header: the words of the header row, each replaced by the
 * words of the sub-title rows under it (公开对象 → 全社会, 特定群体). Null when they are fewer than three or overlap.
 */
function headerLeaves(groups: Run[][][], first: number): HeaderWord[] | null {
  let leaves = headerWords(groups[first]!);
  for (let k = first + 1; k < Math.min(groups.length, first + 3); k++) {
    const words = headerWords(groups[k]!);
    if (!isSubHeaderRow(words.map((w) => w.text))) break;
    leaves = [...words, ...leaves.filter((l) => !words.some((w) => overlaps(w, l)))].sort((a, b) => a.from - b.from);
  }
  if (leaves.length < 3 || leaves.some((l, i) => i > 0 && overlaps(leaves[i - 1]!, l))) return null;
  return leaves;
}

/**
 * The column of a run under header columns: the first column whose header it overlaps, give or take a little (a title over several
 * columns sits in the first, as a merged cell does), else the column its middle falls in, the boundaries halfway
 * between neighbouring headers.
 */
function leafOf(leaves: HeaderWord[], run: Run): number {
  // A quarter of a character's slack: a title centred over two columns may just touch the first.
  const slack = run.size * 0.25;
  const extent = { from: run.x - slack, to: run.x + run.w + slack };
  const hit = leaves.findIndex((l) => overlaps(l, extent));
  if (hit >= 0) return hit;
  const middle = run.x + run.w / 2;
  let k = 0;
  while (k + 1 < leaves.length && middle >= (leaves[k]!.to + leaves[k + 1]!.from) / 2) k++;
  return k;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Index of the last value of sorted `xs` that is ≤ v (-1 if none). */
function nearestBelow(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= v) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

// ---- the document ----

const squash = (s: string): string => s.replace(/\s/gu, '');
/** 「附件1」 above a table: a marker, not text to report. */
const ATTACHMENT = /^附件[\d一二三四五六七八九十]*[:：]?$/u;

interface Source {
  page: number;
  row: number;
}

/**
 * Reads the catalogue table of a PDF. Takes time on a long document: the server calls it in a worker thread
 * (parse-pool.ts), which also bounds its time.
 */
export async function readCataloguePdf(
  data: Uint8Array,
  options: { sourceName?: string } & InterpretOptions = {},
): Promise<ImportResult> {
  const read = await readCataloguePdfGrid(data, options);
  return read.ok ? interpretCatalogueGrid(read.grid, options) : read;
}

/**
 * The catalogue table of a PDF as one grid: the pages' tables joined (repeated header rows dropped, rows cut by a
 * page break joined), each row labelled with its page and row (「PDF 第2页表格第3行」).
 */
export async function readCataloguePdfGrid(
  data: Uint8Array,
  options: { sourceName?: string } = {},
): Promise<GridResult> {
  const fail = (message: string): GridResult => ({ ok: false, error: { line: null, message } });
  const name = options.sourceName ? `「${options.sourceName}」` : '';
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-'))
    return fail(`${name}不是 PDF 文件（文件开头没有 %PDF 标记）：请确认文件类型，或另存为 PDF 后再导入`);

  const { OPS } = (await pdfjsLib()).pdfjs;
  let doc: PdfjsDocument;
  try {
    doc = await openPdf(data);
  } catch (e) {
    const kind = (e as { name?: string }).name;
    if (kind === 'PasswordException')
      return fail(
        `${name}PDF 文件已加密（需要密码才能打开），无法读取：请去除密码保护后再导入，或索取 Word/Excel 版本`,
      );
    if (kind === 'InvalidPDFException')
      return fail(`${name}不是有效的 PDF 文件（文件已损坏或不完整）：请重新下载或重新导出后再导入`);
    return fail(`${name}PDF 文件无法解析（${(e as Error).message}）：请重新导出后再导入，或索取 Word/Excel 版本`);
  }

  let pages: PageContent[];
  try {
    if (doc.numPages > PDF_LIMITS.maxPages)
      return fail(`${name}PDF 有 ${doc.numPages} 页，超过 ${PDF_LIMITS.maxPages} 页的上限：请只导出目录所在的页`);
    pages = [];
    let textItems = 0;
    // Page by page, text then ruling lines while the page and its resources are loaded (a fifth faster than a pass
    // for text and another for lines); lines only of pages with text (an image-only page is not part of the table).
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const runs = textRuns((await page.getTextContent()).items);
      textItems += runs.length;
      if (textItems > PDF_LIMITS.maxTextItems) throw new PdfLimitError(`文字片段超过 ${PDF_LIMITS.maxTextItems} 个`);
      const { h, v } = runs.length > 0 ? rulingLines(await page.getOperatorList(), OPS) : { h: [], v: [] };
      pages.push({ page: n, runs, h, v });
      page.cleanup();
    }
    if (pages.every((p) => p.runs.length === 0)) return fail(SCAN_MESSAGE);
  } catch (e) {
    if (e instanceof PdfLimitError) return fail(`PDF 文件超出限制：${e.message}`);
    return fail(`${name}PDF 文件无法解析（${(e as Error).message}）：请重新导出后再导入，或索取 Word/Excel 版本`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }

  const notes: FindingJson[] = [];
  const ruled = pages.map((p) => (p.runs.length > 0 ? ruledGrid(p) : null));
  const useLines = ruled.some((g) => g !== null && g.rows.length > 0);
  let grids: PageGrid[];
  if (useLines) {
    grids = ruled.filter((g): g is PageGrid => g !== null && g.rows.length > 0);
    const skipped = pages
      .filter((p, i) => p.runs.length > 0 && (ruled[i] === null || ruled[i]!.rows.length === 0))
      .map((p) => p.page);
    if (skipped.length > 0) {
      notes.push({
        kind: 'unknown-cell',
        severity: 'INFO',
        line: null,
        column: null,
        message: `PDF 第${skipped.join('、')}页没有表格线，不像目录表格的一部分，未导入`,
      });
    }
  } else {
    grids = pages.flatMap((p) => {
      const g = p.runs.length > 0 ? unruledGrid(p) : null;
      return g ? [g] : [];
    });
  }
  if (grids.length === 0) return fail(`${name}PDF 中没有找到表格：主动公开目录应是表格（请索取 Word/Excel 版本）`);

  const rows: string[][] = [];
  const merged: boolean[][] = [];
  const sources: Array<Source | null> = [];
  const first = grids[0]!;
  const title = [...first.above].reverse().find((l) => looksLikeCatalogueTitle(l));
  if (title) {
    rows.push([title.trim()]);
    merged.push([false]);
    sources.push(null);
  }
  // Words of the first page's header block: later pages' repeated header rows are made of them.
  const vocabulary = new Set<string>();
  const headerAt = first.rows.findIndex((r) => isHeaderRow(r));
  if (headerAt >= 0) {
    for (const r of first.rows.slice(headerAt, headerAt + 3)) {
      if (/^\d/u.test(squash(r[0] ?? ''))) break;
      for (const c of r) if (squash(c) !== '') vocabulary.add(squash(c));
    }
  }
  for (const [g, grid] of grids.entries()) {
    let from = 0;
    if (g > 0) {
      while (from < grid.rows.length) {
        const cells = grid.rows[from]!;
        const filled = cells.map(squash).filter((c) => c !== '');
        const headerLike =
          isHeaderRow(cells) ||
          (filled.length > 0 && !/^\d/u.test(squash(cells[0] ?? '')) && filled.every((c) => vocabulary.has(c)));
        if (filled.length === 0 || headerLike) from++;
        else break;
      }
    }
    for (let r = from; r < grid.rows.length; r++) {
      const cells = grid.rows[r]!;
      const continued = g > 0 && r === from && rows.length > 0 && squash(cells[0] ?? '') === '';
      // The cell of the grid so far that a cell of this row would continue (the top of a merge).
      const above = (c: number): number => {
        let k = rows.length - 1;
        while (k > 0 && merged[k]![c]) k--;
        return k;
      };
      const verdict = continued
        ? splitRow(cells, grids[g - 1]!, grid.firstWord[r]!, (c) => rows[above(c)]![c] ?? '')
        : 'new';
      if (verdict === 'split') {
        // A row cut by the page break: its text on this page goes on the text of its cells above.
        for (const [c, text] of cells.entries()) {
          if (squash(text) === '') continue;
          const k = above(c);
          rows[k]![c] = joinWrapped(rows[k]![c] ?? '', text);
        }
        continue;
      }
      if (verdict === 'doubt') {
        const before = sources[sources.length - 1];
        notes.push({
          kind: 'continuation-row',
          severity: 'WARNING',
          line: rows.length + 1,
          column: null,
          message: `第${rows.length + 1}行（${sourceLabel({ page: grid.page, row: r + 1 })}）可能是上一页最后一行（第${rows.length}行${before ? `，${sourceLabel(before)}` : ''}）跨页断开后的余下部分，已按新行导入，请核对`,
        });
      }
      // A merge cut by the page break: the first row of a later page, first column blank, blanks continue the row above.
      rows.push(cells);
      merged.push(cells.map((c, i) => grid.merged[r]![i]! || (continued && squash(c) === '')));
      sources.push({ page: grid.page, row: r + 1 });
    }
  }

  // Text above the table on its first page (but the title) and below it on its last page: not imported, said.
  const last = grids[grids.length - 1]!;
  const prose = [
    ...first.above
      .filter(
        (l) =>
          l.trim() !== '' &&
          l !== title &&
          !PAGE_NUMBER.test(l.replace(/\s/gu, ' ').trim()) &&
          !ATTACHMENT.test(squash(l)),
      )
      .map((l) => ({ page: first.page, where: '之前', text: l })),
    ...last.below.filter((l) => l.trim() !== '').map((l) => ({ page: last.page, where: '之后', text: l })),
  ];
  for (const p of prose.slice(0, 10)) {
    const text = p.text.replace(/\s+/gu, ' ').trim();
    notes.push({
      kind: 'unknown-cell',
      severity: 'INFO',
      line: null,
      column: null,
      message: `PDF 第${p.page}页表格${p.where}的文字「${text.length > 80 ? `${text.slice(0, 80)}…` : text}」，未导入为目录内容`,
    });
  }
  if (prose.length > 10)
    notes.push({
      kind: 'unknown-cell',
      severity: 'INFO',
      line: null,
      column: null,
      message: `另有 ${prose.length - 10} 行表格之外的文字未导入为目录内容`,
    });
  return {
    ok: true,
    grid: catalogueGrid(rows, {
      sourceName: options.sourceName,
      merged: useLines ? merged : null,
      tabbed: true,
      rowLabels: sources.map(sourceLabel),
      findings: notes,
    }),
  };
}

/**
 * Whether the first row of a page (its first column blank) is the rest of the previous page's last row — Word and
 * pdfmake let a row break across pages — rather than a new row under cells merged across the break.
 *
 * A cut cell's text reaches the bottom of the table, but so does every cell of a table of one-line rows; what tells
 * them apart is the line break: the writer wrapped a cut cell's last line on the previous page because the next
 * word did not fit, so the room left on that line is less than the first word of the cell's text on this page
 * (one Chinese character, or a word of letters) — or the text on this page goes on with the next list number
 * (「2.」 after 「1.」, a line broken by hand). Every cell the row fills passes: 'split'. None does: a new row. Some
 * do: the rows are kept apart and said ('doubt') — a wrongly joined row would lose a requirement silently.
 */
function splitRow(
  cells: string[],
  prev: PageGrid,
  firstWord: number[],
  aboveText: (c: number) => string,
): 'split' | 'new' | 'doubt' {
  const filled = cells.flatMap((c, i) => (squash(c) !== '' ? [i] : []));
  if (filled.length === 0 || !filled.every((i) => (prev.bottomGap[i] ?? Infinity) < SPLIT_GAP)) return 'new';
  const wrapped = filled.filter((i) => {
    const room = prev.bottomRoom[i] ?? Number.NaN;
    if (room < (firstWord[i] ?? 0)) return true;
    return listGoesOn(aboveText(i), cells[i]!);
  });
  return wrapped.length === filled.length ? 'split' : wrapped.length === 0 ? 'new' : 'doubt';
}
/** Baseline of a cell's last line above the table's bottom, in font sizes, when the page cut the cell. */
const SPLIT_GAP = 2.2;

/** Whether `next` starts with list number n ≥ 2 and the last list number in `text` is n − 1: a list going on across the break. */
function listGoesOn(text: string, next: string): boolean {
  const m = /^\s*[（(]?(\d{1,2})[.．、)）]/u.exec(next);
  if (!m) return false;
  const numbers = [...text.matchAll(/(?:^|[^\d])(\d{1,2})[.．、)）]/gu)].map((x) => Number(x[1]));
  return numbers.length > 0 && numbers[numbers.length - 1]! + 1 === Number(m[1]);
}

/** Where a row of the grid is in the document, as messages write it: 「第12行（PDF 第2页表格第3行）」. */
function sourceLabel(s: Source | null): string {
  return s === null ? 'PDF 表格前的标题' : `PDF 第${s.page}页表格第${s.row}行`;
}
