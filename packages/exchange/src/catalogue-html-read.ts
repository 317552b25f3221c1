/**
 * Reads a 主动公开目录 from a saved web page (.html/.htm): finds the catalogue table among the page's navigation,
 * metadata and link tables, expands rowspan/colspan into a grid, and hands the grid to the one interpreter,
 * `importCatalogueRows` (its findings count rows of the chosen table, the first <tr> being row 1).
 *
 * Parser: parse5. It implements the WHATWG HTML parsing algorithm, so a page is read the way a browser reads it —
 * unclosed <td>/<tr>, missing <tbody>, stray text inside a table (foster-parented out of it), entities without a
 * semicolon, <br/> inside cells — which matters for government CMS pages and Word's 「另存为网页」. htmlparser2 is
 * faster but does not build the spec's table tree, and speed is not the concern for one page. parse5 is widely
 * used (jsdom, Angular, cheerio), maintained and has one dependency (entities).
 *
 * How a table becomes cells:
 * - rowspan/colspan: the cell's text goes to its top-left position; positions covered by a vertical merge are
 *   reported to the interpreter as merged from above (`merged(row, col)`), positions covered horizontally are blank
 *   (the interpreter reads a blank title right of a titled one as part of it). When no data row is covered by a
 *   rowspan (a table with blank cells instead of merges), no `merged` is given and blanks inherit as in text;
 * - text: entities decoded, <br> and block elements end a line, other whitespace collapses to one space,
 *   <script>, <style>, <template>, <noscript> and hidden elements are ignored, a checkbox becomes ■ (checked) or □;
 * - each row is as long as its last cell (a table pasted from two layouts keeps its rows' widths).
 */
import {
  catalogueGrid,
  interpretCatalogueGrid,
  isHeaderRow,
  looksLikeCatalogueTitle,
  knownColumnKind,
  type GridResult,
  type ImportResult,
  type InterpretOptions,
} from '@gongkai/domain';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface HtmlTableGrid {
  rows: string[][];
  /** covered[r][c]: the position is covered by a rowspan from a row above. */
  coveredFromAbove: boolean[][];
  /** The <caption> text, if any. */
  caption: string;
  /** The text of the last heading (or short paragraph) before the table in document order. */
  headingBefore: string;
  /** Whether the table contains another table. */
  hasNestedTable: boolean;
}

/** The interpreter's own header test (packages/domain catalogue-headers.ts), so every column-name variant it knows helps pick the table. */
export const headerLike = isHeaderRow;

/** How much the first rows of a grid look like a catalogue header: distinct column kinds named in short cells. */
function headerScore(rows: string[][]): number {
  const found = new Set<string>();
  for (const row of rows.slice(0, 8)) {
    // A cell holding a whole nested table is not a column title.
    const short = row.filter((c) => c.length <= 40);
    if (!isHeaderRow(short)) continue;
    for (const c of short) {
      const kind = knownColumnKind(c);
      if (kind) found.add(kind);
      else if (/[一二三]级事项|公开事项/u.test(c.replace(/\s/gu, ''))) found.add('item');
    }
  }
  return found.size;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'iframe', 'object', 'svg', 'math', 'select']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'caption',
  'tbody',
  'thead',
  'tfoot',
]);
const HEADING = /^h[1-6]$/u;
const TICKS = /^[√✓✔■□☑☐×]$/u;

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function hidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true;
  const style = attr(el, 'style')?.replace(/\s/gu, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function childrenOf(n: Node): Node[] {
  if (isElement(n) && n.tagName === 'template') return [];
  return 'childNodes' in n ? (n.childNodes as Node[]) : [];
}

/** Text of a node as a reader sees it: lines from <br> and blocks, whitespace inside a line collapsed. */
export function nodeText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeName === '#text') {
      // Line breaks in the source are whitespace like any other; only <br> and blocks break lines.
      parts.push((n as DefaultTreeAdapterTypes.TextNode).value.replace(/[ \t\r\n\f]+/gu, ' '));
      return;
    }
    if (!isElement(n)) return;
    const tag = n.tagName;
    if (SKIP.has(tag) || hidden(n)) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    if (tag === 'input') {
      const type = (attr(n, 'type') ?? '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') parts.push(attr(n, 'checked') !== undefined ? '■' : '□');
      return;
    }
    if (tag === 'img') {
      const alt = (attr(n, 'alt') ?? '').trim();
      if (TICKS.test(alt)) parts.push(alt);
      return;
    }
    const block = BLOCK.has(tag) || tag === 'td' || tag === 'th';
    if (block) parts.push('\n');
    for (const c of childrenOf(n)) walk(c);
    if (block) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ +/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The <tr> of a table itself (not of tables nested in its cells), in document order. */
function ownRows(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of childrenOf(table)) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const r of childrenOf(c)) if (isElement(r) && r.tagName === 'tr') out.push(r);
    }
  }
  return out;
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Limits of the HTML spec (colspan ≤ 1000, rowspan ≤ 65534); a grid larger than this is refused. */
const MAX_COLSPAN = 1000;
const MAX_GRID_CELLS = 2_000_000;

export class HtmlTableTooLargeError extends Error {}

/** The table as a grid of cells, spans expanded. */
export function tableGrid(table: Element, headingBefore = ''): HtmlTableGrid {
  const trs = ownRows(table);
  const rows: string[][] = trs.map(() => []);
  const covered: boolean[][] = trs.map(() => []);
  const occupied: boolean[][] = trs.map(() => []);
  let cells = 0;
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of childrenOf(tr)) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (occupied[r]![c]) c++;
      const cs = span(attr(td, 'colspan'), MAX_COLSPAN);
      // rowspan="0" spans to the end of the table (of its row group in the spec; the table is close enough).
      const rsRaw = attr(td, 'rowspan');
      const rs = rsRaw !== undefined && rsRaw.trim() === '0' ? trs.length - r : span(rsRaw, trs.length - r);
      cells += cs * rs;
      if (cells > MAX_GRID_CELLS) throw new HtmlTableTooLargeError(`表格展开后超过 ${MAX_GRID_CELLS} 个单元格`);
      const text = nodeText(td);
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          occupied[rr]![cc] = true;
          rows[rr]![cc] = dr === 0 && dc === 0 ? text : '';
          covered[rr]![cc] = dr > 0;
        }
      }
      c += cs;
    }
  });
  // Holes (a row shorter than a span above it reaches) are blank cells.
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      row[c] ??= '';
      covered[r]![c] ??= false;
    }
  });
  const cap = childrenOf(table).find((n): n is Element => isElement(n) && n.tagName === 'caption');
  return {
    rows,
    coveredFromAbove: covered,
    caption: cap ? nodeText(cap) : '',
    headingBefore,
    hasNestedTable: containsTable(table),
  };
}

function containsTable(el: Element): boolean {
  return childrenOf(el).some((c) => isElement(c) && (c.tagName === 'table' || containsTable(c)));
}

interface PageTables {
  title: string;
  tables: Array<{ el: Element; headingBefore: string }>;
}

/** The page's <title> and its tables in document order, each with the heading text last seen before it. */
function pageTables(html: string): PageTables {
  const doc = parse(html);
  let title = '';
  let lastHeading = '';
  const tables: PageTables['tables'] = [];
  const walk = (n: Node): void => {
    if (!isElement(n)) {
      for (const c of childrenOf(n)) walk(c);
      return;
    }
    const tag = n.tagName;
    if (tag === 'title') {
      title ||= nodeText(n);
      return;
    }
    if (tag !== 'head' && (SKIP.has(tag) || hidden(n))) return;
    if ((HEADING.test(tag) || tag === 'p') && !containsTable(n)) {
      const t = nodeText(n);
      if (t !== '' && (HEADING.test(tag) || (t.length <= 60 && looksLikeCatalogueTitle(t)))) lastHeading = t;
      return;
    }
    if (tag === 'table') tables.push({ el: n, headingBefore: lastHeading });
    for (const c of childrenOf(n)) walk(c);
  };
  walk(doc);
  return { title, tables };
}

/** A 目录 title: one short line, the part of a page title that names the catalogue (「… - 某某市人民政府」 dropped). */
function catalogueTitleFrom(text: string): string | null {
  for (const part of text.split(/\s+[-–—|_]\s+|[_|｜]|\n/u)) {
    const t = part.replace(/\s+/gu, ' ').trim();
    if (/目录/u.test(t) && t.length <= 80) return t;
  }
  return null;
}

/** Whether rows before the header hold a one-cell 目录 title (the interpreter then takes it). */
function gridHasTitle(rows: string[][]): boolean {
  for (const row of rows) {
    if (headerLike(row)) return false;
    const nonEmpty = row.map((c) => c.trim()).filter((c) => c !== '');
    if (nonEmpty.length === 1 && /目录/u.test(nonEmpty[0]!)) return true;
  }
  return false;
}

export interface HtmlCatalogueTable {
  grid: HtmlTableGrid;
  /** A title found around the table (caption, heading before it, page title) when the grid has none. */
  title: string | null;
  /** Notes right after the table (「注：…」「说明：…」) and other text there (a signature, a date), not imported. */
  notesAfter: string[];
  /** Text right before the table, below its title (「现将本单位主动公开目录公布如下：」), not imported. */
  textBefore: string[];
}

const NOTE = /^(?:注|说明|备注|附注|注释)\s*[:：\d１-９.、]/u;

/** A site's chrome next to a table: a breadcrumb, copyright, 备案 number, site links — not reported. */
const CHROME = /版权所有|copyright|©|ICP|备案|当前位置|您的位置|首页|网站地图|联系我们|主办单位|承办单位|[>＞»]/iu;

const blockText = (n: Node): string =>
  n.nodeName === '#text' ? (n as DefaultTreeAdapterTypes.TextNode).value.trim() : isElement(n) ? nodeText(n) : '';
const oneLine = (text: string): string => text.replace(/[\s\u00A0]+/gu, ' ').trim();

/**
 * Blocks right after the table (its following siblings, up to the next table, five at most): their note lines
 * (「注：…」) each, and the first block when it is other text (a signature, a date) and not the site's chrome.
 */
function notesAfter(table: Element): string[] {
  const parent = (table as { parentNode?: Node | null }).parentNode;
  if (!parent) return [];
  const siblings = childrenOf(parent);
  const out: string[] = [];
  let blocks = 0;
  for (const n of siblings.slice(siblings.indexOf(table) + 1)) {
    if (isElement(n) && (n.tagName === 'table' || containsTable(n))) break;
    const text = blockText(n);
    if (oneLine(text) === '') continue;
    if (++blocks > 5) break;
    const lines = text.split('\n').map((l) => l.trim());
    const notes = lines.filter((l) => NOTE.test(l));
    if (notes.length > 0) out.push(...notes);
    else if (blocks === 1 && !CHROME.test(text)) out.push(oneLine(text));
  }
  return out;
}

/**
 * Text right before the table (the nearest block, when no heading or title line comes first): the sentence that
 * introduces the table. The site's chrome (a breadcrumb) is not reported.
 */
function textBefore(table: Element): string[] {
  const parent = (table as { parentNode?: Node | null }).parentNode;
  if (!parent) return [];
  const siblings = childrenOf(parent);
  const out: string[] = [];
  for (const n of siblings.slice(0, siblings.indexOf(table)).reverse()) {
    if (isElement(n) && (n.tagName === 'table' || containsTable(n) || HEADING.test(n.tagName))) break;
    const text = oneLine(blockText(n));
    if (text === '') continue;
    if (!looksLikeCatalogueTitle(text) && !CHROME.test(text)) out.push(text);
    break;
  }
  return out;
}

/**
 * The catalogue table of a page: among tables whose first rows look like a catalogue header, the innermost ones
 * (a page laid out with tables has the catalogue inside a layout cell), then the one with the most header words,
 * then the most rows. Null when no table has a catalogue header.
 */
export function findCatalogueTable(html: string): HtmlCatalogueTable | null {
  const { title, tables } = pageTables(html);
  const candidates = tables
    .map((t) => ({ ...t, grid: tableGrid(t.el, t.headingBefore) }))
    .map((t) => ({ ...t, score: headerScore(t.grid.rows) }))
    .filter((t) => t.score >= 2);
  const innermost = candidates.filter((t) => !candidates.some((o) => o !== t && o.el !== t.el && contains(t.el, o.el)));
  innermost.sort((a, b) => b.score - a.score || b.grid.rows.length - a.grid.rows.length);
  const best = innermost[0];
  if (!best) return null;
  const found = gridHasTitle(best.grid.rows)
    ? null
    : (catalogueTitleFrom(best.grid.caption) ?? catalogueTitleFrom(best.headingBefore) ?? catalogueTitleFrom(title));
  return { grid: best.grid, title: found, notesAfter: notesAfter(best.el), textBefore: textBefore(best.el) };
}

function contains(outer: Element, inner: Element): boolean {
  return childrenOf(outer).some((c) => c === inner || (isElement(c) && contains(c, inner)));
}

/**
 * The catalogue table of a saved web page as a grid. Rows are numbered as the table's rows (the first <tr> is row 1);
 * a title found around the table goes in as a one-cell row above it.
 */
export function readCatalogueHtmlGrid(text: string, options: { sourceName?: string } = {}): GridResult {
  let table: HtmlCatalogueTable | null;
  try {
    table = findCatalogueTable(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    if (e instanceof HtmlTableTooLargeError)
      return { ok: false, error: { line: null, message: `网页中的表格过大：${e.message}` } };
    throw e;
  }
  if (!table) {
    const anyTable = /<table\b/iu.test(text);
    return {
      ok: false,
      error: {
        line: null,
        message: anyTable
          ? `网页中没有找到主动公开目录表格（没有一个表格的表头含「公开事项」「公开内容」「公开时限」等列名）${tablesFound(text)}`
          : '网页中没有表格，这不是以表格形式保存的主动公开目录',
      },
    };
  }
  const { rows, coveredFromAbove } = table.grid;
  // A title from the page goes in as a one-cell row above the table (where the interpreter looks for it); row
  // numbers in findings still count the table's rows.
  const offset = table.title ? 1 : 0;
  const grid = table.title ? [[table.title], ...rows] : rows;
  const headerEnd = rows.findIndex((r) => headerLike(r));
  const dataCovered = coveredFromAbove.some((row, r) => r > headerEnd && !headerLike(rows[r]!) && row.some(Boolean));
  const merged = dataCovered ? grid.map((_, r) => trimFalse(coveredFromAbove[r - offset] ?? [])) : null;
  return {
    ok: true,
    grid: catalogueGrid(grid, {
      sourceName: options.sourceName,
      merged,
      tabbed: true,
      rowNumbers: offset === 0 ? null : grid.map((_, r) => Math.max(1, r + 1 - offset)),
      findings: [
        ...table.textBefore.map((text) => ['之前', text] as const),
        ...table.notesAfter.map((text) => ['之后', text] as const),
      ].map(([where, text]) => ({
        kind: 'unknown-cell' as const,
        severity: 'INFO' as const,
        line: null,
        column: null,
        message: `网页表格${where}的文字「${text.length > 80 ? `${text.slice(0, 80)}…` : text}」，未导入为目录内容`,
      })),
    }),
  };
}

/** 「：找到 2 个表格：表1（1行×2列：首页、公开指南）、…」 — the page's tables with text, for a refusal. */
function tablesFound(html: string): string {
  let grids: HtmlTableGrid[];
  try {
    grids = pageTables(html.replace(/^\uFEFF/u, '')).tables.map((t) => tableGrid(t.el));
  } catch {
    return '';
  }
  const withText = grids.filter((g) => !g.hasNestedTable && g.rows.some((r) => r.some((c) => c.trim() !== '')));
  if (withText.length === 0) return '';
  const summary = withText.slice(0, 5).map((g, i) => {
    const width = Math.max(0, ...g.rows.map((r) => r.length));
    const cells = (g.rows.find((r) => r.some((c) => c.trim() !== '')) ?? [])
      .map((c) => c.replace(/\s+/gu, ' ').trim())
      .filter((c) => c !== '');
    const shown = cells.slice(0, 4).map((c) => (c.length > 12 ? `${c.slice(0, 12)}…` : c));
    return `表${i + 1}（${g.rows.length}行×${width}列：${shown.join('、')}${cells.length > 4 ? '…' : ''}）`;
  });
  return `；找到 ${withText.length} 个表格：${summary.join('、')}${withText.length > 5 ? '…' : ''}`;
}

/** A row of merge flags without its trailing falses (a missing entry reads as false). */
function trimFalse(row: boolean[]): boolean[] {
  let n = row.length;
  while (n > 0 && !row[n - 1]) n--;
  return row.slice(0, n);
}

export function readCatalogueHtml(
  text: string,
  options: { sourceName?: string } & InterpretOptions = {},
): ImportResult {
  const read = readCatalogueHtmlGrid(text, options);
  return read.ok ? interpretCatalogueGrid(read.grid, options) : read;
}
