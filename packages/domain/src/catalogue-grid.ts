/**
 * A catalogue file as a grid of cells, the form every reader (Word, Excel, web page, PDF, CSV, text) produces and the
 * one interpreter ({@link importCatalogueRows}) reads. A grid is plain JSON: the server can send it to the admin for a
 * preview (the detected table, a select per column), keep it while the user changes the mapping, and interpret it
 * again with the user's {@link ColumnOverride}s — the same code in the server, the CLI and the browser.
 *
 * `interpretCatalogueGrid(grid)` without overrides gives exactly what the reader's `readCatalogueFile` gave before
 * grids existed: messages name rows the way the reader did (「第12行（Word 表格2第3行）」, 「工作表「目录」第5行」,
 * a web page's or text's own line numbers), and the reader's findings follow the interpreter's.
 */
import type { CatalogueJson, FindingJson } from './catalogue-model.js';
import {
  choiceOfRole,
  headerFromRows,
  columnChoiceLabel,
  layoutKey,
  type ColumnChoice,
  type ColumnOverride,
} from './catalogue-headers.js';
import {
  importCatalogueRows,
  noHeaderError,
  resolveCatalogueHeader,
  type ImportError,
  type ImportResult,
} from './catalogue-import.js';

export interface CatalogueGrid {
  /** The file's name (the catalogue's title when the grid names none). */
  sourceName: string;
  rows: string[][];
  /**
   * merged[r][c]: the cell is covered by a merge from above (a missing entry is false). Null when the source knows
   * no merges (text, CSV): then a blank cell inherits the value above within its 一级事项.
   */
  merged: boolean[][] | null;
  /** Whether the source is a table (false: plain text that had no tabs — only changes the wording of one error). */
  tabbed: boolean;
  /**
   * Where each row came from, for messages, when a row's number alone does not find it in the file: 「第12行」 is
   * written 「第12行（label）」 — e.g. 「Word 表格2第5行」, 「PDF 第3页表格第2行」. Null: row numbers suffice.
   */
  rowLabels: string[] | null;
  /**
   * The number messages and `line`s give each row when it is not its position in `rows` (a web page's table without
   * the title row added in front, the source line of a row of pipe text). Null: 1-based positions.
   */
  rowNumbers: number[] | null;
  /** Put before 「第N行」 at the start of messages: 「工作表「目录」」. */
  messagePrefix: string | null;
  /** Aliases of offices the file lists apart from the table (an .xlsx 责任科室 sheet): added to offices of these names. */
  officeAliases: Array<{ name: string; aliases: string[] }>;
  /** The reader's own findings (tables joined or left out, prose skipped, file cut off …), after the interpreter's. */
  findings: FindingJson[];
}

export type GridResult = { ok: true; grid: CatalogueGrid } | { ok: false; error: ImportError };

export interface InterpretOptions {
  /** The user's choice of what some columns hold (0-based columns of the header). */
  columns?: readonly ColumnOverride[];
}

/** A grid with the defaults for what a reader does not use. */
export function catalogueGrid(rows: string[][], fields: Partial<Omit<CatalogueGrid, 'rows'>> = {}): CatalogueGrid {
  return {
    sourceName: fields.sourceName ?? '',
    rows,
    merged: fields.merged ?? null,
    tabbed: fields.tabbed ?? true,
    rowLabels: fields.rowLabels ?? null,
    rowNumbers: fields.rowNumbers ?? null,
    messagePrefix: fields.messagePrefix ?? null,
    officeAliases: fields.officeAliases ?? [],
    findings: fields.findings ?? [],
  };
}

/** The catalogue a grid holds, with its findings; `columns` overrides what columns hold. */
export function interpretCatalogueGrid(grid: CatalogueGrid, options: InterpretOptions = {}): ImportResult {
  const merged = grid.merged;
  const result = importCatalogueRows(grid.rows, {
    sourceName: grid.sourceName === '' ? undefined : grid.sourceName,
    merged: merged ? (r, c) => merged[r]?.[c] ?? false : undefined,
    tabbed: grid.tabbed,
    columns: options.columns,
  });
  return locate(result, grid);
}

/** How a grid's rows are named in messages: their line numbers, and messages with row labels and the prefix. */
function locator(grid: CatalogueGrid): {
  lineOf: (n: number) => number;
  message: (m: string) => string;
  changes: boolean;
} {
  const numbers = grid.rowNumbers;
  const lineOf = (n: number): number => (numbers ? (numbers[n - 1] ?? n) : n);
  const labels = grid.rowLabels;
  const message = (m: string): string => {
    let out = m;
    if (labels) {
      // Labels are looked up by the row's position, before numbers are changed.
      out = out.replace(/第(\d+)行((?:第\d+列)?)/gu, (whole, n: string, col: string, at: number, all: string) => {
        const label = labels[Number(n) - 1];
        if (label === undefined) return whole;
        const rest = all.slice(at + whole.length);
        if (rest.startsWith(`（${label}`) || rest.startsWith(`(${label}`)) return whole;
        return `第${n}行${col}（${label}）`;
      });
    }
    if (numbers)
      out = out.replace(
        /第(\d+(?:[、–]\d+)*)行/gu,
        (_, nums: string) => `第${nums.replace(/\d+/gu, (d) => String(lineOf(Number(d))))}行`,
      );
    if (grid.messagePrefix) out = out.replace(/^第/u, `${grid.messagePrefix}第`);
    return out;
  };
  return { lineOf, message, changes: numbers !== null || labels !== null || grid.messagePrefix !== null };
}

function locateError(error: ImportError, grid: CatalogueGrid): ImportError {
  const { lineOf, message } = locator(grid);
  return { line: error.line === null ? null : lineOf(error.line), message: message(error.message) };
}

function locateFinding(f: FindingJson, grid: CatalogueGrid, at = locator(grid)): FindingJson {
  const { lineOf, message } = at;
  const data =
    grid.rowNumbers && f.data && Array.isArray(f.data.lines)
      ? { ...f.data, lines: (f.data.lines as number[]).map(lineOf) }
      : f.data;
  const out = { ...f, line: f.line === null ? null : lineOf(f.line), message: message(f.message) };
  return data ? { ...out, data } : out;
}

/** Line numbers, row labels and the message prefix of a grid applied to an interpreter's result. */
function locate(result: ImportResult, grid: CatalogueGrid): ImportResult {
  const at = locator(grid);
  const { lineOf } = at;
  const numbers = grid.rowNumbers;
  if (!result.ok) return { ok: false, error: locateError(result.error, grid) };
  const c: CatalogueJson = result.catalogue;
  if (numbers) {
    const walk = (items: typeof c.items): void => {
      for (const item of items) {
        if (item.line !== null) item.line = lineOf(item.line);
        for (const r of item.requirements) if (r.line !== null) r.line = lineOf(r.line);
        walk(item.children);
      }
    };
    walk(c.items);
  }
  if (at.changes) c.findings = c.findings.map((f) => locateFinding(f, grid, at));
  for (const { name, aliases } of grid.officeAliases) {
    const office = c.offices.find((o) => o.name === name);
    if (office) office.aliases = [...new Set([...office.aliases, ...aliases])];
  }
  c.findings.push(...grid.findings.map((f) => ({ ...f })));
  return result;
}

export type GridColumnStatus = 'detected' | 'overridden' | 'unplaced' | 'ambiguous' | 'extraLevel' | 'untitled';

export interface GridColumn {
  /** 0-based column. */
  column: number;
  /** The column's header as written (groups first: 「公开对象（全社会）」), '' for a column without a title. */
  title: string;
  /** What the importer reads the column as ('remark': its values become remarks 「列名：值」). */
  choice: ColumnChoice;
  /** The official label of the choice. */
  label: string;
  /** For tick columns: the option the column ticks (a channel, 主动, 县级 …). */
  tickLabel: string | null;
  /**
   * How the choice came about: detected from the title, set by the user, a title no field holds (kept as remark), a
   * second column looking like a field already read (kept as remark), an item column beyond three levels, no title.
   */
  status: GridColumnStatus;
  /** Detection is unsure about this column (the grid cannot be read without a choice): a UI asks the user. */
  needsChoice: boolean;
}

export interface GridLayout {
  /** 0-based first and last header row, or null when no row names columns (not a catalogue as it stands). */
  headerRows: { first: number; last: number } | null;
  /** A one-cell 「…目录」 row above the header. */
  title: string | null;
  columns: GridColumn[];
  /** {@link layoutKey} of the header's titles (to remember a mapping per agency and layout); null without a header. */
  layoutKey: string | null;
  /** Rows below the header. */
  dataRows: number;
  /** Why the grid cannot be imported as mapped (no header, no 一级事项 column, an invalid override), or null. */
  problem: ImportError | null;
  /** Findings about the header (columns kept as remarks, columns alike, channel tick columns …). */
  findings: FindingJson[];
}

/** The header the interpreter finds in a grid and what it makes of each column (with the user's overrides, if any). */
export function describeCatalogueGrid(grid: CatalogueGrid, options: InterpretOptions = {}): GridLayout {
  const resolved = resolveCatalogueHeader(grid.rows, options.columns ?? []);
  if (!resolved) {
    return {
      headerRows: null,
      title: null,
      columns: [],
      layoutKey: null,
      dataRows: grid.rows.length,
      problem: locateError(noHeaderError(grid.rows, grid.tabbed), grid),
      findings: [],
    };
  }
  const { header, block, overridden, problem } = resolved;
  const unsure = problem !== null && !header.roles.includes('l1');
  const statusOf = (c: number): GridColumnStatus => {
    if (overridden.has(c)) return 'overridden';
    if (header.ambiguous.some((a) => a.column === c)) return 'ambiguous';
    if (header.extraLevels.some((e) => e.column === c)) return 'extraLevel';
    if (header.unplaced.some((u) => u.column === c)) return 'unplaced';
    if (header.roles[c] === 'extra' && (header.titles[c] ?? '') === '') return 'untitled';
    return 'detected';
  };
  const columns = header.roles.map((role, c): GridColumn => {
    const status = statusOf(c);
    const choice = choiceOfRole(role);
    return {
      column: c,
      title: header.titles[c] ?? '',
      choice,
      label: columnChoiceLabel(choice),
      tickLabel: header.tickLabels[c] ?? null,
      status,
      needsChoice: unsure && (status === 'unplaced' || status === 'ambiguous' || status === 'extraLevel'),
    };
  });
  // The key is of the header as written (not of the mapping), so a remembered mapping is found again.
  const titles = headerFromRows(block.rows).titles;
  return {
    headerRows: { first: block.start, last: block.end },
    title: block.title,
    columns,
    layoutKey: layoutKey(titles),
    dataRows: Math.max(0, grid.rows.length - block.end - 1),
    problem: problem ? locateError(problem, grid) : null,
    findings: resolved.findings.map((f) => locateFinding(f, grid)),
  };
}
