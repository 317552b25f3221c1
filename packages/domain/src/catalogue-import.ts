/**
 * The catalogue importer: reads a 主动公开目录 in the text format a PDF table becomes when copied
 * (tab-separated cells, header rows, merged cells left blank, wrap spaces, checkbox marks) and returns
 * the catalogue plus findings that point at source lines. See shared/spec/catalogue.md.
 *
 * Rules applied generally, not for one file:
 * - the layout comes from the header rows; rows of another width (a page without the 三级事项 column)
 *   are matched to the header's layout minus optional columns, checked against the channel column;
 * - a blank cell inherits the value above within the same 一级事项 (merged cells), reported;
 * - a row with no item name continues the item above as a further requirement;
 * - which 一级事项 a row belongs to (序号 numbering rows or items, a 一级 name repeated on consecutive rows) is
 *   decided in catalogue-item-identity.ts;
 * - text rows that do not line up with the header (a row split by a bare line break inside a cell, rows under a
 *   rowspan lacking the merged cells at the left) are joined / right-aligned (catalogue-row-shape.ts), reported;
 * - empty cells beyond the header's width (a CSV record ending in 「,」) are no extra columns;
 * - 「同上」 copies the cell of the row above;
 * - an office name found outside the 责任科室 column is taken by what it is;
 * - text that fits nowhere is kept as a remark of its row and reported.
 *
 * Which column holds what comes from catalogue-headers.ts (column-name variants, headers of one to three rows);
 * titled columns no field holds are kept as remarks 「列名：值」 and reported once with the header.
 */
import { CHANNELS, channelOf, sortChannels, type ChannelCode } from './channels.js';
import type {
  Audience,
  CatalogueJson,
  FindingJson,
  FindingKind,
  FindingSeverity,
  ItemJson,
  RequirementJson,
} from './catalogue-model.js';
import { parseContentElements } from './content-elements.js';
import { isOfficeName, mergeOfficeVariants, splitOffices } from './offices.js';
import { cleanCell } from './text-normalize.js';
import {
  applyColumnOverrides,
  headerFromRows,
  isHeaderRow,
  isSubHeaderRow,
  knownColumnKind,
  type ColumnOverride,
  type Header,
  type Role,
} from './catalogue-headers.js';
import { level1Step, serialNumbersRows } from './catalogue-item-identity.js';
import { joinBrokenRows, missingAtLeft } from './catalogue-row-shape.js';
import { parseTimeLimit } from './time-limit.js';
import { invalidTextProblem } from './text-safety.js';

export interface ImportError {
  /** 1-based line the error is about, or null for the whole file. */
  line: number | null;
  message: string;
}

export type ImportResult = { ok: true; catalogue: CatalogueJson } | { ok: false; error: ImportError };

/** Thrown by {@link importCatalogueTextOrThrow}; carries the line. */
export class CatalogueImportError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
    this.name = 'CatalogueImportError';
  }
}

const MARK = /■|□|☑|☐|<input[^>]*>/u;

interface Layout {
  roles: Role[];
  /** The header column of each column of the layout (-1 beyond the header). */
  columns: number[];
}

function layoutCandidates(header: Role[]): Layout[] {
  const all = header.map((_, i) => i);
  const bases = [all];
  if (header.includes('l3')) bases.push(all.filter((i) => header[i] !== 'l3'));
  const out: Layout[] = [];
  for (const base of bases) {
    let trailing = 0;
    while (trailing < base.length && header[base[base.length - 1 - trailing]!] === 'extra') trailing++;
    for (let k = 0; k <= trailing; k++) {
      const columns = base.slice(0, base.length - k);
      out.push({ roles: columns.map((i) => header[i]!), columns });
    }
  }
  return out;
}

function anchorOk(roles: Role[], cells: string[]): boolean {
  const markAt = cells.findIndex((c) => MARK.test(c));
  return markAt < 0 || roles[markAt] === 'channels' || roles[markAt] === 'channelTick';
}

interface ChannelParse {
  channels: ChannelCode[];
  extras: string[];
  optionsSeen: number;
  unknownTicked: string[];
  unknownUnticked: string[];
}

const TICK_MARK = /^(?:■|☑|√|✓|✔)$/u;
const OPTION = /(■|□|☑|☐|√|✓|✔|<input[^>]*>)\s*([^■□☑☐√✓✔<]*)/gu;

export function parseChannelCell(raw: string): ChannelParse {
  const result: ChannelParse = { channels: [], extras: [], optionsSeen: 0, unknownTicked: [], unknownUnticked: [] };
  const text = raw.trim();
  if (text === '') return result;
  const codes: ChannelCode[] = [];
  if (MARK.test(text) || /[√✓✔]/u.test(text)) {
    for (const m of text.matchAll(OPTION)) {
      const ticked = TICK_MARK.test(m[1]!);
      const label = cleanCell(m[2]);
      if (label === '') continue;
      result.optionsSeen++;
      // 「其他（12345热线）」: the option plus a named extra channel.
      const other = /^其[他它][：:（(]\s*(.+?)[）)]?$/u.exec(label);
      const code = other ? 'OTHER' : channelOf(label);
      if (code) {
        if (ticked) codes.push(code);
        if (ticked && other) result.extras.push(other[1]!);
      } else if (ticked) {
        result.unknownTicked.push(label);
        result.extras.push(label);
      } else {
        result.unknownUnticked.push(label);
      }
    }
  } else {
    // No marks: a plain list of the channels used (「政府网站、两微一端（微博、微信、客户端）」「政府网站/公示栏」).
    for (const part of splitOutsideBrackets(cleanCell(text))) {
      const other = /^其[他它][：:（(]\s*(.+?)[）)]?$/u.exec(part);
      const code = other ? 'OTHER' : channelOf(part);
      const pieces = code ? [] : part.split(/[／/]/u).map((p) => p.trim());
      if (code) {
        codes.push(code);
        if (other) result.extras.push(other[1]!);
      } else if (pieces.length > 1 && pieces.every((p) => channelOf(p) !== undefined)) {
        for (const p of pieces) codes.push(channelOf(p)!);
      } else {
        result.unknownTicked.push(part);
        result.extras.push(part);
      }
    }
  }
  result.channels = sortChannels(codes);
  return result;
}

/** Splits a plain list at 、，； and spaces, but not inside brackets. */
function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (/[（(【[]/u.test(ch)) depth++;
    if (/[）)】\]]/u.test(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;\s]/u.test(ch)) {
      if (current !== '') out.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') out.push(current);
  return out;
}

/** A cell of a tick column that ticks it (√ ✓ ✔ ■ ☑ ●, 是, 有). */
const TICK_CELL = /^(?:√|✓|✔|■|☑|●|是|有)$/u;

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const ORGAN_SUFFIX = /(?:人民政府|政府|委员会|局|办公室|中心|院|委|办|厅|部|所|站|队|会|署|处)$/u;

/**
 * Splits a 公开主体 cell into organs. Like office cells, PDF wrap spaces cut names (「根河 市 司 法 局」):
 * pieces are joined until they end like an organ name; 、，； always separate.
 */
export function splitOrgans(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[、，,；;／/\n]+/u)) {
    let current = '';
    for (const token of part.split(/[\s\u3000]+/u).filter((t) => t !== '')) {
      current += token;
      if (ORGAN_SUFFIX.test(current) && current.length >= 3) {
        out.push(cleanCell(current));
        current = '';
      }
    }
    if (current !== '') out.push(cleanCell(current));
  }
  return [...new Set(out)];
}

function parseLegalBasis(text: string): string[] {
  const books = [...text.matchAll(/《[^》]+》[^《、，,；;]*/gu)].map((m) => m[0].trim());
  return books.length > 0 ? books : splitList(text, /[、；;\n]/u);
}

/** Fields that inherit from the row above within one 一级事项, in column order. */
const INHERITABLE = [
  'content',
  'timeLimit',
  'organ',
  'channels',
  'audience',
  'office',
  'basis',
  'mode',
  'level',
] as const;
type Field = (typeof INHERITABLE)[number];
const REQUIRED: ReadonlySet<Field> = new Set(['content', 'timeLimit', 'organ', 'channels', 'audience', 'office']);
const FIELD_TITLE: Record<Field, string> = {
  content: '公开内容（要素）',
  timeLimit: '公开时限',
  organ: '公开主体',
  channels: '公开渠道和载体',
  audience: '公开对象',
  office: '责任科室',
  basis: '公开依据',
  mode: '公开方式',
  level: '公开层级',
};

/** The raw cells of one field as a row holds them (audience is a pair of columns). */
type FieldValue = string;

interface RowCells {
  line: number;
  /** Column indexes of each field in this row's layout (for explicit merges). */
  columns: Partial<Record<Field, number[]>>;
  names: { serial: string; l1: string; l2: string; l3: string };
  values: Record<Field, FieldValue>;
  /** Cleaned text of columns outside the header (with their 1-based column numbers). */
  extras: Array<{ column: number; raw: string }>;
  remarks: string[];
}

function audienceValue(get: (r: Role) => string | undefined, roles: Role[]): string {
  if (roles.includes('audPublic') || roles.includes('audSpecific')) {
    const p = cleanCell(get('audPublic'));
    const s = cleanCell(get('audSpecific'));
    return p === '' && s === '' ? '' : `${p}\u0001${s}`;
  }
  return cleanCell(get('audience'));
}

interface State {
  l1?: ItemJson;
  l2?: ItemJson;
  l3?: ItemJson;
  /** Values of the row above within the current 一级事项 (merged-cell inheritance). */
  above: Partial<Record<Field, FieldValue>>;
  /** Values of the row above regardless of 一级事项 (for 「同上」). */
  previousRow: Partial<Record<Field, FieldValue>>;
  lastRequirement?: { req: RequirementJson; item: ItemJson; rawContent: string };
}

export interface ImportRowsOptions {
  sourceName?: string;
  /**
   * For sources that know their merged cells (a spreadsheet): whether the cell at (row, column), 0-based, is
   * covered by a merge from above. Then only merged blanks inherit the value above, a genuinely blank cell stays
   * blank, and every row below a merged item name is a requirement of that item.
   */
  merged?: (row: number, column: number) => boolean;
  /** Text of one line for messages about lines outside the table. */
  tabbed?: boolean;
  /**
   * The user's choice of what some columns hold (0-based columns of the header), replacing what the header detection
   * made of them; the header rows are still found by detection. See {@link applyColumnOverrides}.
   */
  columns?: readonly ColumnOverride[];
}

/** The header block of a grid: where it is, its rows (cells cleaned), and a one-cell 「…目录」 title above it. */
export interface HeaderBlock {
  /** 0-based index of the first and last header row. */
  start: number;
  end: number;
  rows: string[][];
  title: string | null;
}

/**
 * The header rows of a grid: the first run of consecutive rows naming the columns (further rows of sub-titles under
 * them, three rows at most), and the one-cell title row before it. Null when no row names columns.
 */
export function findHeaderBlock(lines: readonly string[][]): HeaderBlock | null {
  const headerRows: string[][] = [];
  let headerStart = -1;
  let headerEnd = -1;
  let title: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i]!;
    const isHeader = isHeaderRow(cells) || (headerRows.length > 0 && headerRows.length < 3 && isSubHeaderRow(cells));
    if (!isHeader) {
      if (headerRows.length > 0) break;
      const nonEmpty = cells.map((c) => cleanCell(c)).filter((c) => c !== '');
      if (nonEmpty.length === 1 && /目录/u.test(nonEmpty[0]!)) title = nonEmpty[0]!;
      continue;
    }
    if (headerRows.length === 0) headerStart = i;
    headerRows.push(cells.map((c) => cleanCell(c)));
    headerEnd = i;
  }
  return headerRows.length === 0 ? null : { start: headerStart, end: headerEnd, rows: headerRows, title };
}

export interface ResolvedHeader {
  block: HeaderBlock;
  header: Header;
  /** Columns whose meaning the user set. */
  overridden: ReadonlySet<number>;
  /** Why the grid cannot be read with this header (no 一级事项 column, an invalid override), or null. */
  problem: ImportError | null;
  /** Findings about the header, once (line = the header's first row, 1-based). */
  findings: FindingJson[];
}

/**
 * The header of a grid as the importer reads it: detected, the user's column choices applied, then checked. Null
 * when the grid has no header rows.
 */
export function resolveCatalogueHeader(
  lines: readonly string[][],
  columns: readonly ColumnOverride[] = [],
): ResolvedHeader | null {
  const block = findHeaderBlock(lines);
  if (!block) return null;
  const header = headerFromRows(block.rows);
  const findings: FindingJson[] = [];
  const add: AddFinding = (kind, severity, line, message, column = null, data) => {
    findings.push(data ? { kind, severity, message, line, column, data } : { kind, severity, message, line, column });
  };
  const line = block.start + 1;
  const applied = applyColumnOverrides(header, columns);
  const overridden = new Set(columns.map((o) => o.column));
  // An override that cannot be applied: the header as detected, with the reason (the choices are the caller's to show).
  if (!applied.ok)
    return {
      block,
      header: headerFromRows(block.rows),
      overridden: new Set(),
      problem: { line, message: `第${line}行：${applied.message}` },
      findings,
    };
  if (!header.roles.includes('l1')) {
    const unmapped = [...header.unplaced, ...header.ambiguous].sort((a, b) => a.column - b.column);
    const which = unmapped.length > 0 ? `（未能识别的列：${columnList(unmapped)}）` : '';
    return {
      block,
      header,
      overridden,
      problem: {
        line: block.end + 1,
        message: `第${block.end + 1}行：表头中没有「公开事项」（一级事项）列，无法识别事项${which}`,
      },
      findings,
    };
  }
  reportHeader(header, line, add);
  for (const d of applied.outcome.demoted) {
    add(
      'column-mismatch',
      'WARNING',
      line,
      `第${line}行：第${d.by.column + 1}列已设为「${d.field}」，原识别为该字段的第${d.column + 1}列「${d.title}」改为记入备注（「列名：值」）`,
      d.title,
      { columns: [d.by.column + 1, d.column + 1], field: d.field },
    );
  }
  if (applied.outcome.ignored.length > 0) {
    add(
      'column-mismatch',
      'INFO',
      line,
      `第${line}行：${columnList(applied.outcome.ignored)}已设为不导入，该列的值未导入`,
      applied.outcome.ignored.map((c) => c.title).join('、'),
    );
  }
  if (!overridden.has(header.roles.indexOf('mode')))
    modeColumnHoldingChannels(header, lines.slice(block.end + 1), line, add);
  return { block, header, overridden, problem: null, findings };
}

export function importCatalogueText(text: string, options: { sourceName?: string } = {}): ImportResult {
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trim() === '') return { ok: false, error: { line: null, message: '文件为空：没有可导入的内容' } };
  const lines = body.split(/\r\n|\r|\n/u);
  const binaryLine = lines.findIndex((l) => /[\u0000-\u0008\u000E-\u001F\uFFFD]/u.test(l));
  if (binaryLine >= 0) {
    return {
      ok: false,
      error: {
        line: binaryLine + 1,
        message: `第${binaryLine + 1}行：含有二进制或无法解码的字符，这不是文本格式的目录（请另存为 UTF-8 制表符分隔文本）`,
      },
    };
  }
  return importCatalogueRows(
    lines.map((l) => l.split('\t')),
    { sourceName: options.sourceName, tabbed: lines.some((l) => l.includes('\t')) },
  );
}

/**
 * The importer over rows of cells (text split at tabs, or a spreadsheet's rows). Row numbers in findings are
 * 1-based positions in `rows`.
 */
export function importCatalogueRows(rows: string[][], options: ImportRowsOptions = {}): ImportResult {
  // Text that cannot be stored (NUL, unpaired surrogates) — a spreadsheet's 「_x0000_」 reads as NUL — is refused,
  // naming the line and column, before anything is parsed.
  for (const [r, cells] of rows.entries()) {
    for (const [c, cell] of cells.entries()) {
      const problem = invalidTextProblem(cell);
      if (problem)
        return {
          ok: false,
          error: { line: r + 1, message: `第${r + 1}行第${c + 1}列：含有不允许的字符（${problem}），无法导入` },
        };
    }
  }
  const findings: FindingJson[] = [];
  const add = (
    kind: FindingKind,
    severity: FindingSeverity,
    line: number | null,
    message: string,
    column: string | null = null,
    data?: Record<string, unknown>,
  ): void => {
    findings.push(data ? { kind, severity, message, line, column, data } : { kind, severity, message, line, column });
  };
  const lines = rows;
  const explicit = options.merged;

  // Header rows: consecutive rows naming the columns (further rows of sub-titles under them). The first block
  // sets the layout; the user's column choices replace what detection made of those columns.
  const resolved = resolveCatalogueHeader(lines, options.columns ?? []);
  if (!resolved) return { ok: false, error: noHeaderError(lines, options.tabbed ?? true) };
  if (resolved.problem) return { ok: false, error: resolved.problem };
  const { header, block } = resolved;
  const headerRows = block.rows;
  const headerStart = block.start;
  const headerEnd = block.end;
  const title = block.title;
  const headerRoles = header.roles;
  const tickLabels = header.tickLabels;
  findings.push(...resolved.findings);
  // Text above the header other than the title (a 附件 line, a note, the year of the edition): not imported, said.
  let titleSeen = false;
  for (let i = 0; i < headerStart; i++) {
    const nonEmpty = lines[i]!.map((c) => cleanCell(c)).filter((c) => c !== '');
    if (nonEmpty.length === 0) continue;
    if (!titleSeen && nonEmpty.length === 1 && nonEmpty[0] === title) {
      titleSeen = true;
      continue;
    }
    add(
      'unknown-cell',
      'INFO',
      i + 1,
      `第${i + 1}行：表头之前的文字「${clip(nonEmpty.join(' '), 60)}」，未导入为目录内容`,
    );
  }
  const headerTexts = new Set(headerRows.map((r) => r.join('\t')));
  // Header cells are short: a row with a long cell is data, not compared.
  const repeatsHeader = (cells: string[]): boolean =>
    cells.every((c) => c.length <= 40) && headerTexts.has(cells.map((c) => cleanCell(c)).join('\t'));
  const candidates = layoutCandidates(headerRoles);

  const items: ItemJson[] = [];
  const state: State = { above: {}, previousRow: {} };
  const officeUses = new Map<string, number[]>();
  const rawContents = new Map<RequirementJson, string>();

  /** Tick columns of the 13 channels (a spreadsheet layout) as the marked list the channel parser reads. */
  const channelTicks = (roles: Role[], cells: string[]): string => {
    const parts: string[] = [];
    roles.forEach((r, i) => {
      if (r !== 'channelTick') return;
      const cell = cleanCell(cells[i]);
      parts.push(`${TICK_CELL.test(cell) || /[√✓✔■☑●]/u.test(cell) ? '■' : '□'}${tickLabelOf(roles, i)}`);
    });
    const extra = extraChannelMarks(
      roles.includes('extraChannels') ? cells[roles.indexOf('extraChannels')] : undefined,
    );
    return [parts.join(' '), extra].filter((x) => x !== '').join(' ');
  };
  const extraChannelMarks = (cell: string | undefined): string =>
    splitList(cleanCell(cell), /[、，,；;]+/u)
      .map((name) => `■${name}`)
      .join(' ');

  const tickedLabels = (roles: Role[], cells: string[], role: Role): string => {
    const labels: string[] = [];
    roles.forEach((r, i) => {
      const cell = cleanCell(cells[i]);
      if (r === role && (TICK_CELL.test(cell) || /[√✓✔■☑●]/u.test(cell))) labels.push(tickLabelOf(roles, i));
    });
    return labels.join('；');
  };
  /** Tick columns keep their label across layouts: the label of the i-th column of that role. */
  const tickLabelOf = (roles: Role[], i: number): string => {
    const role = roles[i]!;
    const nth = roles.slice(0, i).filter((r) => r === role).length;
    const headerIdx = headerRoles!.map((r, k) => (r === role ? k : -1)).filter((k) => k >= 0)[nth];
    return (headerIdx !== undefined ? tickLabels[headerIdx] : undefined) ?? '';
  };

  /** The layout a row of cells fits, or null when none does (then it is read by the header's positions). */
  const fittingLayout = (cells: string[]): Layout | null => {
    const n = cells.length;
    const exact = candidates.find((c) => c.roles.length === n && anchorOk(c.roles, cells));
    if (exact) return exact;
    // Text without merges: a row under a rowspan lacks the merged cells at the left (a web table copied).
    const left = explicit ? 0 : missingAtLeft(headerRoles, cells);
    if (left > 0) {
      const columns = headerRoles.map((_, k) => k).slice(left);
      const shifted = { roles: columns.map((k) => headerRoles[k]!), columns };
      if (anchorOk(shifted.roles, cells)) return shifted;
    }
    return candidates.find((c) => c.roles.length >= n && anchorOk(c.roles, cells)) ?? null;
  };
  const pickLayout = (cells: string[], line: number): Layout => {
    const fits = fittingLayout(cells);
    const n = cells.length;
    const left = fits?.columns[0] ?? 0;
    if (fits && left > 0) {
      const skipped = header.titles
        .slice(0, left)
        .map((t) => `「${t}」`)
        .join('');
      add(
        'column-mismatch',
        'INFO',
        line,
        `第${line}行：有${n}列，比表头（${headerRoles.length}列）少${left}列，左侧的${skipped}视为与上一行合并，其余各列按右对齐读取，请核对`,
        header.titles.slice(0, left).join('、'),
      );
    }
    if (fits) return fits;
    add(
      'column-mismatch',
      'WARNING',
      line,
      `第${line}行：有${n}列，与表头（${headerRoles.length}列）对不上，已按表头位置读取，请核对`,
    );
    const roles = [...headerRoles];
    const columns = headerRoles.map((_, i) => i);
    while (roles.length < n) {
      roles.push('extra');
      columns.push(-1);
    }
    return { roles, columns };
  };

  const readRow = (cells: string[], line: number): RowCells => {
    const { roles, columns } = pickLayout(cells, line);
    const get = (r: Role): string | undefined => {
      const idx = roles.indexOf(r);
      return idx >= 0 ? cells[idx] : undefined;
    };
    const extras: RowCells['extras'] = [];
    const remarks: string[] = [];
    cells.forEach((c, i) => {
      const role = roles[i] ?? 'extra';
      const value = cleanCell(c);
      if (value === '' || role === 'ignore') return;
      // A titled column no field holds (监督电话, 公开格式 …): its value is a remark naming the column.
      const title = role === 'extra' ? (header.titles[columns[i] ?? -1] ?? '') : '';
      if (title !== '') remarks.push(`${title}：${value}`);
      else if (role === 'extra') extras.push({ column: i + 1, raw: c });
      if (role === 'remarks') remarks.push(...splitList(value, /[；;]+/u));
    });
    const colsOf = (...rs: Role[]): number[] => roles.flatMap((r, i) => (rs.includes(r) ? [i] : []));
    return {
      line,
      columns: {
        content: colsOf('content'),
        timeLimit: colsOf('timeLimit'),
        organ: colsOf('organ'),
        channels: colsOf('channels', 'channelTick', 'extraChannels'),
        audience: colsOf('audPublic', 'audSpecific', 'audience'),
        office: colsOf('office'),
        basis: colsOf('basis'),
        mode: colsOf('mode', 'modeTick'),
        level: colsOf('level', 'levelTick'),
      },
      names: {
        serial: cleanCell(get('serial')),
        l1: cleanCell(get('l1')),
        l2: cleanCell(get('l2')),
        l3: cleanCell(get('l3')),
      },
      values: {
        content: cleanCell(get('content')),
        timeLimit: cleanCell(get('timeLimit')),
        organ: (get('organ') ?? '').trim(),
        channels: roles.includes('channelTick')
          ? channelTicks(roles, cells)
          : [(get('channels') ?? '').trim(), extraChannelMarks(get('extraChannels'))].filter((x) => x !== '').join(' '),
        audience: audienceValue(get, roles),
        office: (get('office') ?? '').trim(),
        basis: cleanCell(get('basis')),
        mode: roles.includes('modeTick') ? tickedLabels(roles, cells, 'modeTick') : cleanCell(get('mode')),
        level: roles.includes('levelTick') ? tickedLabels(roles, cells, 'levelTick') : cleanCell(get('level')),
      },
      extras,
      remarks,
    };
  };

  const newItem = (name: string, level: 1 | 2 | 3, line: number, serial: string | null): ItemJson => ({
    name,
    level,
    serial,
    line,
    requirements: [],
    children: [],
  });

  const itemPath = (): string =>
    [state.l1, state.l2, state.l3]
      .filter((x) => x)
      .map((x) => `「${x!.name}」`)
      .join(' › ');

  // Empty cells beyond the header's width (a CSV whose every record ends in 「,」) are no extra columns.
  const body = lines.map((cells, i) => (i > headerEnd ? withoutBlankTail(cells, headerRoles.length) : cells));
  // Text without merges: a row split by a bare line break inside a cell (a web table copied) is joined again.
  if (!explicit) {
    const widths = new Set(candidates.map((c) => c.roles.length));
    for (const { row, parts } of joinBrokenRows(
      body,
      headerEnd + 1,
      widths,
      (cells) => isHeaderRow(cells) || repeatsHeader(cells),
    )) {
      const line = row + 1;
      add(
        'continuation-row',
        'INFO',
        line,
        `第${line}–${parts[parts.length - 1]! + 1}行：单元格内的换行把一行分成了${parts.length + 1}行，已合并为第${line}行读取`,
        null,
      );
    }
  }
  // Whether 序号 numbers the rows rather than the 一级事项 (decided once, from every row's names).
  const rowsNumbered = serialNumbersRows(
    body.slice(headerEnd + 1).flatMap((cells) => {
      if (cells.filter((c) => cleanCell(c) !== '').length < 2 || isHeaderRow(cells)) return [];
      const roles = (fittingLayout(cells) ?? { roles: headerRoles }).roles;
      const name = (r: Role): string => cleanCell(cells[roles.indexOf(r)]);
      return [{ serial: name('serial'), l1: name('l1'), l2: name('l2'), l3: name('l3') }];
    }),
  );

  for (let i = headerEnd + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const cells = body[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    if (isHeaderRow(cells) || repeatsHeader(cells)) continue; // header repeated on a new page
    const nonEmpty = cells.map((c) => cleanCell(c)).filter((c) => c !== '');
    if (nonEmpty.length === 1 && (cells.length === 1 || proseInSerialColumn(cells, headerRoles))) {
      // A line outside the table (page number, footnote): kept as a finding.
      add('unknown-cell', 'INFO', lineNo, `第${lineNo}行：表格外的文字「${nonEmpty[0]}」，未导入为目录内容`);
      continue;
    }
    const row = readRow(cells, lineNo);
    const { names } = row;

    // 「同上」 in any cell: the same cell of the row above.
    for (const f of INHERITABLE) {
      const v = f === 'audience' ? row.values[f].replace('\u0001', '') : cleanCell(row.values[f]);
      if (/^同上[。.]?$/u.test(v)) {
        const prev = state.previousRow[f];
        if (prev !== undefined && prev !== '') {
          row.values[f] = prev;
          add(
            f === 'timeLimit' ? 'time-limit-same-as-above' : 'inherited-cell',
            'INFO',
            lineNo,
            `第${lineNo}行：${FIELD_TITLE[f]}写作「同上」，已展开为上一行的「${displayValue(f, prev)}」`,
            FIELD_TITLE[f],
          );
        } else {
          add(
            'blank-required',
            'WARNING',
            lineNo,
            `第${lineNo}行：${FIELD_TITLE[f]}写作「同上」，但上方没有可沿用的值`,
            FIELD_TITLE[f],
          );
          row.values[f] = '';
        }
      }
    }

    // Item hierarchy.
    const step = level1Step(names, state.l1, rowsNumbered);
    const startsLevel1 = step !== 'none';
    if (step === 'new') {
      if (names.l1 === '')
        add(
          'blank-required',
          'WARNING',
          lineNo,
          `第${lineNo}行：有序号「${names.serial}」但一级事项名称为空`,
          '一级事项',
        );
      state.l1 = newItem(names.l1, 1, lineNo, names.serial || null);
      items.push(state.l1);
      state.l2 = undefined;
      state.l3 = undefined;
      state.above = {};
    }
    if (names.l2 !== '') {
      if (!state.l1) {
        add(
          'orphan-row',
          'WARNING',
          lineNo,
          `第${lineNo}行：二级事项「${names.l2}」之前没有一级事项，已建一个名称为空的一级事项`,
          '一级事项',
        );
        state.l1 = newItem('', 1, lineNo, null);
        items.push(state.l1);
      }
      state.l2 = newItem(names.l2, 2, lineNo, null);
      state.l1.children.push(state.l2);
      state.l3 = undefined;
    }
    if (names.l3 !== '') {
      const parent = state.l2 ?? state.l1;
      if (!parent) {
        add(
          'orphan-row',
          'WARNING',
          lineNo,
          `第${lineNo}行：三级事项「${names.l3}」之前没有上级事项，已建一个名称为空的一级事项`,
          '一级事项',
        );
        state.l1 = newItem('', 1, lineNo, null);
        items.push(state.l1);
      }
      state.l3 = newItem(names.l3, 3, lineNo, null);
      (state.l2 ?? state.l1!).children.push(state.l3);
    }
    const namedHere = startsLevel1 || names.l2 !== '' || names.l3 !== '';
    const target =
      names.l3 !== ''
        ? state.l3
        : names.l2 !== ''
          ? state.l2
          : startsLevel1
            ? state.l1
            : (state.lastRequirement?.item ?? state.l3 ?? state.l2 ?? state.l1);

    const ownValues = INHERITABLE.filter((f) => row.values[f] !== '');
    const hasData = ownValues.length > 0 || row.extras.length > 0 || row.remarks.length > 0;
    if (!hasData) {
      // A row with item names only (a 一级事项 whose rows follow).
      continue;
    }
    if (!target) {
      add(
        'orphan-row',
        'WARNING',
        lineNo,
        `第${lineNo}行：在任何事项之前出现内容，已作为名称为空的一级事项导入`,
        '一级事项',
      );
      state.l1 = newItem('', 1, lineNo, null);
      items.push(state.l1);
    }
    const item = target ?? state.l1!;

    if (!namedHere && !explicit) {
      const hasContent = row.values.content !== '';
      const hasTime = row.values.timeLimit !== '';
      const last = state.lastRequirement;
      if (!(hasContent && hasTime) && last) {
        // Not a new requirement: the rest of the row above (a cell split over a page break).
        mergeIntoPrevious(last, row, add, state, officeUses);
        continue;
      }
      add(
        'continuation-row',
        'INFO',
        lineNo,
        `第${lineNo}行：没有事项名称，作为${itemPath() || '上一事项'}的又一条公开要求`,
        '公开事项',
      );
    }

    // Shifted offices: an office name outside the 责任科室 column.
    let officeRaw = row.values.office;
    const leftovers: RowCells['extras'] = [];
    for (const extra of row.extras) {
      const names2 = splitOffices(extra.raw);
      if (names2.length > 0 && names2.every(isOfficeName)) {
        officeRaw = officeRaw === '' ? extra.raw : `${officeRaw} ${extra.raw}`;
        add(
          'office-shifted',
          'INFO',
          lineNo,
          `第${lineNo}行：责任科室「${names2.join('、')}」写在第${extra.column}列（表头之外），已按科室名识别`,
          '责任科室',
        );
      } else {
        leftovers.push(extra);
      }
    }
    row.values.office = officeRaw;

    // Merged-cell inheritance within the 一级事项.
    const inherited: Field[] = [];
    const blank: Field[] = [];
    const effective = {} as Record<Field, FieldValue>;
    for (const f of INHERITABLE) {
      let v = row.values[f];
      if (v === '') {
        // A source that knows its merges says the cell is covered from above: the value is the row above's, even
        // across 一级事项 (a 公开主体 merged down the whole table). Without that knowledge, only within the 一级事项.
        const mergedHere = explicit !== undefined && (row.columns[f] ?? []).some((c) => explicit(i, c));
        const up = mergedHere ? (state.previousRow[f] ?? state.above[f]) : state.above[f];
        const mayInherit = !explicit || mergedHere;
        if (mayInherit && up !== undefined && up !== '') {
          v = up;
          inherited.push(f);
        } else if (REQUIRED.has(f)) {
          if (f !== 'audience' || hasAudienceColumns(headerRoles)) blank.push(f);
        }
      }
      effective[f] = v;
    }
    if (inherited.length > 0 && !explicit) {
      add(
        'inherited-cell',
        'INFO',
        lineNo,
        `第${lineNo}行：${inherited.map((f) => FIELD_TITLE[f]).join('、')}为空（合并单元格），沿用一级事项「${state.l1?.name ?? ''}」内上一行的值`,
        inherited.map((f) => FIELD_TITLE[f]).join('、'),
      );
    }
    const requiredBlank = blank.filter((f) => f !== 'office' || effective.office === '');
    if (requiredBlank.length > 0) {
      add(
        'blank-required',
        'WARNING',
        lineNo,
        `第${lineNo}行：${requiredBlank.map((f) => FIELD_TITLE[f]).join('、')}为空，且上方同一一级事项内没有可沿用的值`,
        requiredBlank.map((f) => FIELD_TITLE[f]).join('、'),
      );
    }

    const req = buildRequirement(
      lineNo,
      effective,
      new Set(inherited),
      add,
      row.remarks,
      headerRoles.includes('channelTick'),
    );
    for (const extra of leftovers) {
      const text = cleanCell(extra.raw);
      req.remarks.push(text);
      add(
        'unknown-cell',
        'WARNING',
        lineNo,
        `第${lineNo}行第${extra.column}列：表头之外的文字「${text}」无法归入任何列，已记为备注`,
        '备注',
      );
    }
    for (const name of req.offices) {
      const uses = officeUses.get(name) ?? [];
      uses.push(lineNo);
      officeUses.set(name, uses);
    }
    item.requirements.push(req);
    rawContents.set(req, effective.content);
    state.lastRequirement = { req, item, rawContent: effective.content };
    for (const f of INHERITABLE) {
      state.above[f] = effective[f];
      state.previousRow[f] = effective[f];
    }
  }

  if (items.length === 0) {
    return { ok: false, error: { line: headerEnd + 2, message: `第${headerEnd + 2}行起：表头之后没有任何事项行` } };
  }

  // Office spelling variants → one office with aliases.
  // A title that names a county and a 领域 (「五原县公共法律服务领域基层政务公开标准目录」) names no department: then
  // the 公开主体 most rows name.
  const fromTitle = title ? agencyFromTitle(title) : null;
  const agencyName = title && (fromTitle === null || ORGAN_SUFFIX.test(fromTitle)) ? fromTitle : mostCommonOrgan(items);
  const uses = [...officeUses.entries()].map(([name, ls]) => ({ name, lines: ls }));
  const { offices, canonical } = mergeOfficeVariants(uses);
  for (const office of offices) {
    for (const alias of office.aliases) {
      const aliasLines = officeUses.get(alias) ?? [];
      add(
        'office-alias-merged',
        'WARNING',
        aliasLines[0] ?? null,
        `第${aliasLines.join('、')}行：「${alias}」与「${office.name}」只差一字，视为同一科室，「${alias}」记为别名——请确认`,
        '责任科室',
        { alias, office: office.name, lines: aliasLines },
      );
    }
  }
  for (const item of flatten(items)) {
    for (const req of item.requirements) {
      req.offices = [...new Set(req.offices.map((o) => canonical.get(o) ?? o))];
    }
  }

  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const catalogueTitle = title ?? (agencyName ? `${agencyName}主动公开目录` : (options.sourceName ?? '主动公开目录'));
  return {
    ok: true,
    catalogue: {
      title: catalogueTitle,
      agencyName,
      offices: offices.map((o) => ({ name: o.name, aliases: o.aliases })),
      items,
      findings,
    },
  };
}

/**
 * Whether a line of text around a table reads as the catalogue's title (「某某局主动公开目录（2025年版）」) rather than a
 * sentence that mentions the catalogue (「…结合我县实际，编制本目录。」, 「现将本单位主动公开目录公布如下：」).
 */
export function looksLikeCatalogueTitle(text: string): boolean {
  const t = cleanCell(text);
  if (!/目录/u.test(t) || t.length > 80 || t.includes('\n')) return false;
  return !/[。，,：:；;！？!?]/u.test(t.replace(/[（(][^（）()]*[）)]/gu, ''));
}

/**
 * The refusal of a grid without a catalogue header, naming what it holds instead: the first row of several cells
 * (the header of whatever table it is), or the first line of text.
 */
export function noHeaderError(lines: readonly string[][], tabbed = true): ImportError {
  const base = tabbed
    ? `第1–${lines.length}行：没有找到目录表头（没有一行包含「公开事项」「公开内容」「公开时限」等列名），这不是主动公开目录`
    : `第1–${lines.length}行：不是制表符分隔的表格，也没有「公开事项」表头，这不是主动公开目录`;
  return { line: 1, message: base + foundInstead(lines) };
}

/** The cells up to `width`, when every cell beyond it is blank; else the cells as they are. */
function withoutBlankTail(cells: string[], width: number): string[] {
  return cells.length > width && cells.slice(width).every((c) => c.trim() === '') ? cells.slice(0, width) : cells;
}

const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n)}…` : text);

/** 「；找到的表格有 3 列，第1行为「姓名」「电话」「地址」」, or the first line of text; '' for an empty grid. */
function foundInstead(lines: readonly string[][]): string {
  const filled = (cells: readonly string[]): string[] => cells.map((c) => cleanCell(c)).filter((c) => c !== '');
  const at = lines.findIndex((cells) => filled(cells).length >= 2);
  if (at >= 0) {
    const cells = filled(lines[at]!);
    const width = Math.max(...lines.map((r) => r.length));
    const shown = cells
      .slice(0, 5)
      .map((c) => `「${clip(c, 12)}」`)
      .join('');
    return `；找到的表格有 ${width} 列，第${at + 1}行为${shown}${cells.length > 5 ? '等' : ''}`;
  }
  const first = lines.findIndex((cells) => filled(cells).length > 0);
  return first >= 0 ? `；第${first + 1}行为「${clip(filled(lines[first]!)[0]!, 20)}」` : '';
}

/**
 * A row whose only text is in the 序号 column and is no number (「注：本目录由…负责解释。」 with the rest of the row
 * blank, as a spreadsheet saved as CSV writes a note under the table): text outside the table.
 */
function proseInSerialColumn(cells: readonly string[], roles: readonly Role[]): boolean {
  const at = cells.findIndex((c) => cleanCell(c) !== '');
  if (at < 0 || roles[at] !== 'serial') return false;
  const text = cleanCell(cells[at]);
  return text.length >= 6 && !/^[\d\s.．、,，()（）\-—一二三四五六七八九十百零〇]+$/u.test(text);
}

export function importCatalogueTextOrThrow(text: string, options: { sourceName?: string } = {}): CatalogueJson {
  const r = importCatalogueText(text, options);
  if (!r.ok) throw new CatalogueImportError(r.error.message, r.error.line);
  return r.catalogue;
}

function columnList(columns: Array<{ column: number; title: string }>): string {
  return columns.map((c) => `第${c.column + 1}列「${c.title}」`).join('、');
}

/** Findings about the header itself, once: columns no field holds, columns that look alike, channel tick columns. */
function reportHeader(header: Header, line: number, add: AddFinding): void {
  const { unplaced, ambiguous, extraLevels, roles, tickLabels } = header;
  if (unplaced.length > 0) {
    const unknown = unplaced.filter((u) => knownColumnKind(u.title) !== 'unplaced');
    add(
      'unknown-cell',
      unknown.length > 0 ? 'WARNING' : 'INFO',
      line,
      `第${line}行：表头的${columnList(unplaced)}不是目录的字段，各行该列的值已记入备注（「列名：值」）`,
      unplaced.map((u) => u.title).join('、'),
      { columns: unplaced.map((u) => ({ column: u.column + 1, title: u.title })) },
    );
  }
  for (const a of ambiguous) {
    add(
      'column-mismatch',
      'WARNING',
      line,
      `第${line}行：第${a.readFrom.column + 1}列「${a.readFrom.title}」和第${a.column + 1}列「${a.title}」都像「${a.field}」列，已按第${a.readFrom.column + 1}列读取；第${a.column + 1}列未能归入，其值已记入备注`,
      a.title,
      { columns: [a.readFrom.column + 1, a.column + 1], field: a.field },
    );
  }
  if (extraLevels.length > 0) {
    add(
      'column-mismatch',
      'WARNING',
      line,
      `第${line}行：事项列超过三级，${columnList(extraLevels)}未能归入事项，其值已记入备注`,
      extraLevels.map((e) => e.title).join('、'),
    );
  }
  const ticks = roles.flatMap((r, c) => (r === 'channelTick' ? [tickLabels[c] ?? ''] : []));
  if (ticks.length > 0) {
    const unknown = ticks.filter((t) => channelOf(t) === undefined);
    if (unknown.length > 0) {
      add(
        'unknown-channel',
        'INFO',
        line,
        `第${line}行：渠道勾选列「${unknown.join('」「')}」不在官方13个选项中，勾选时记为其他渠道`,
        '公开渠道和载体',
      );
    }
    const known = new Set(ticks.map((t) => channelOf(t)).filter((c) => c !== undefined));
    if (known.size < CHANNELS.length) {
      add(
        'channels-truncated',
        'INFO',
        line,
        `第${line}行：表头只有${ticks.length}个渠道勾选列（${ticks.join('、')}），没有列出的官方渠道按未勾选处理`,
        '公开渠道和载体',
      );
    }
  }
}

/**
 * Many catalogues title the channel column 「公开方式」 (「政府网站、公开栏」). Without another channel column, a
 * 公开方式 column whose cells name channels and never 主动/依申请 is read as 公开渠道和载体, and reported.
 */
function modeColumnHoldingChannels(header: Header, body: string[][], line: number, add: AddFinding): void {
  const at = header.roles.indexOf('mode');
  if (at < 0 || header.roles.some((r) => r === 'channels' || r === 'channelTick')) return;
  const values = body.map((cells) => cleanCell(cells[at])).filter((v) => v !== '' && !/^同上[。.]?$/u.test(v));
  if (values.length === 0 || values.some((v) => /主动|依申请/u.test(v))) return;
  const channelLike = values.filter((v) => parseChannelCell(v).channels.length > 0).length;
  if (channelLike * 2 <= values.length) return;
  header.roles[at] = 'channels';
  add(
    'column-mismatch',
    'INFO',
    line,
    `第${line}行：第${at + 1}列「${header.titles[at]}」写的是公开渠道（如「${values[0]}」）而不是主动/依申请，已按「公开渠道和载体」读取`,
    header.titles[at] ?? null,
  );
}

function hasAudienceColumns(roles: Role[]): boolean {
  return roles.includes('audPublic') || roles.includes('audSpecific') || roles.includes('audience');
}

function displayValue(f: Field, v: string): string {
  if (f === 'audience') return v.replace('\u0001', ' ').trim();
  if (f === 'organ' || f === 'office' || f === 'channels') return cleanCell(v);
  return cleanCell(v);
}

function flatten(items: ItemJson[]): ItemJson[] {
  return items.flatMap((i) => [i, ...flatten(i.children)]);
}

function agencyFromTitle(title: string): string | null {
  const name = title.replace(/(?:政府信息|政务)?(?:主动)?公开(?:事项)?(?:标准|基本)?目录.*$/u, '').trim();
  return name === '' ? null : name;
}

function mostCommonOrgan(items: ItemJson[]): string | null {
  const counts = new Map<string, number>();
  for (const item of flatten(items))
    for (const r of item.requirements) for (const o of r.publishingOrgans) counts.set(o, (counts.get(o) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [o, c] of counts) if (c > n) [best, n] = [o, c];
  return best;
}

type AddFinding = (
  kind: FindingKind,
  severity: FindingSeverity,
  line: number | null,
  message: string,
  column?: string | null,
  data?: Record<string, unknown>,
) => void;

function parseAudience(value: string, line: number, own: boolean, add: AddFinding, remarks: string[]): Audience[] {
  if (value === '') return [];
  const out: Audience[] = [];
  if (value.includes('\u0001')) {
    const [p = '', s = ''] = value.split('\u0001');
    for (const [cell, aud, label] of [
      [p, 'PUBLIC', '全社会'],
      [s, 'SPECIFIC', '特定群体'],
    ] as const) {
      if (cell === '') continue;
      if (TICK_CELL.test(cell)) out.push(aud);
      else {
        if (/[√✓✔■●]/u.test(cell)) out.push(aud);
        remarks.push(`${label}：${cell}`);
        if (own)
          add(
            'audience-unrecognised',
            'WARNING',
            line,
            `第${line}行：公开对象（${label}）一栏写的是「${cell}」而不是「√」，已记为备注`,
            '公开对象',
          );
      }
    }
    return out;
  }
  if (/全社会|社会公众|公众/u.test(value)) out.push('PUBLIC');
  if (/特定群[体众]|特定对象/u.test(value)) out.push('SPECIFIC');
  if (out.length === 0) {
    remarks.push(`公开对象：${value}`);
    if (own)
      add(
        'audience-unrecognised',
        'WARNING',
        line,
        `第${line}行：公开对象「${value}」不是全社会或特定群体，已记为备注`,
        '公开对象',
      );
  }
  return out;
}

function buildRequirement(
  line: number,
  v: Record<Field, FieldValue>,
  inherited: Set<Field>,
  add: AddFinding,
  rowRemarks: string[],
  /** Channels come from tick columns: their labels and number were reported once with the header. */
  channelTicks = false,
): RequirementJson {
  const content = parseContentElements(v.content);
  const timeLimit = parseTimeLimit(v.timeLimit);
  const ownTime = !inherited.has('timeLimit');
  if (ownTime && timeLimit.rule.kind === 'unparsed') {
    add(
      'time-limit-unparsed',
      'WARNING',
      line,
      `第${line}行：公开时限「${timeLimit.raw}」无法识别为时限规则，已保留原文`,
      '公开时限',
    );
  } else if (ownTime && timeLimit.unparsedClauses.length > 0) {
    add(
      'time-limit-unparsed',
      'INFO',
      line,
      `第${line}行：公开时限中「${timeLimit.unparsedClauses.join('，')}」未能识别，已保留原文`,
      '公开时限',
    );
  }

  const ch = parseChannelCell(v.channels);
  const ownChannels = !inherited.has('channels');
  if (
    ownChannels &&
    !channelTicks &&
    ch.optionsSeen > 0 &&
    ch.optionsSeen < CHANNELS.length &&
    /■|□|☑|☐|<input/u.test(v.channels)
  ) {
    add(
      'channels-truncated',
      'WARNING',
      line,
      `第${line}行：公开渠道和载体只列出${ch.optionsSeen}个选项（官方共${CHANNELS.length}个），疑似被截断；未列出的选项按未勾选处理`,
      '公开渠道和载体',
    );
  }
  if (ownChannels && ch.unknownTicked.length > 0) {
    add(
      'unknown-channel',
      'WARNING',
      line,
      `第${line}行：公开渠道「${ch.unknownTicked.join('」「')}」不在官方13个选项中，已记为其他渠道`,
      '公开渠道和载体',
    );
  }
  if (ownChannels && !channelTicks && ch.unknownUnticked.length > 0) {
    add(
      'unknown-channel',
      'INFO',
      line,
      `第${line}行：未勾选的渠道选项「${ch.unknownUnticked.join('」「')}」不在官方13个选项中`,
      '公开渠道和载体',
    );
  }

  const remarks = [...rowRemarks];
  const audiences = parseAudience(v.audience, line, !inherited.has('audience'), add, remarks);

  const offices = v.office === '' ? [] : splitOffices(v.office);
  if (!inherited.has('office')) {
    const odd = offices.filter((o) => !isOfficeName(o));
    if (odd.length > 0)
      add(
        'office-unrecognised',
        'INFO',
        line,
        `第${line}行：责任科室「${odd.join('、')}」不像科室名称（如「…办公室」「…科」），已按原文保留`,
        '责任科室',
      );
  }

  return {
    line,
    contentIntro: content.intro,
    contentElements: content.elements,
    timeLimit: {
      raw: timeLimit.raw,
      rule: timeLimit.rule,
      longTerm: timeLimit.longTerm,
      statutoryDefault: timeLimit.statutoryDefault,
    },
    publishingOrgans: splitOrgans(v.organ),
    channels: ch.channels,
    extraChannels: ch.extras,
    audiences,
    offices,
    legalBasis: parseLegalBasis(v.basis),
    modes: splitList(v.mode, /[、，,；;/\s]+/u),
    levels: splitList(v.level, /[，,；;/\s]+/u),
    remarks,
  };
}

/** A row with no item name and not both content and time limit: the rest of the row above. */
function mergeIntoPrevious(
  last: NonNullable<State['lastRequirement']>,
  row: RowCells,
  add: AddFinding,
  state: State,
  officeUses: Map<string, number[]>,
): void {
  const { req } = last;
  const merged: string[] = [];
  if (row.values.content !== '') {
    last.rawContent = `${last.rawContent} ${row.values.content}`;
    const c = parseContentElements(last.rawContent);
    req.contentIntro = c.intro;
    req.contentElements = c.elements;
    merged.push('公开内容（要素）');
  }
  if (row.values.timeLimit !== '') {
    const t = parseTimeLimit(`${req.timeLimit.raw}${row.values.timeLimit}`);
    req.timeLimit = { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault };
    merged.push('公开时限');
  }
  const officeRaw = [row.values.office, ...row.extras.map((e) => e.raw)].filter((s) => s.trim() !== '').join(' ');
  if (officeRaw !== '') {
    for (const o of splitOffices(officeRaw)) {
      if (!req.offices.includes(o)) req.offices.push(o);
      const uses = officeUses.get(o) ?? [];
      uses.push(row.line);
      officeUses.set(o, uses);
    }
    merged.push('责任科室');
  }
  for (const f of ['organ', 'basis', 'mode', 'level', 'channels', 'audience'] as const) {
    if (row.values[f] !== '') {
      req.remarks.push(displayValue(f, row.values[f]));
      merged.push(FIELD_TITLE[f]);
    }
  }
  req.remarks.push(...row.remarks);
  state.above.content = last.rawContent;
  add(
    'continuation-row',
    'INFO',
    row.line,
    `第${row.line}行：没有事项名称也没有完整的内容和时限，已并入上一行（第${req.line}行）的${merged.join('、') || '备注'}`,
    merged.join('、') || null,
  );
}
