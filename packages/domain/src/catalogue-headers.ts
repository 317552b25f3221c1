/**
 * Reading the header of a catalogue grid: which column holds what (see shared/spec/catalogue.md).
 *
 * Real catalogues name their columns in many ways (事项名称, 一级目录, 公开要素, 时限要求, 责任主体, 公开方式和载体,
 * 公开范围, 承办科室 …). {@link COLUMN_VARIANTS} is the one table of those names — add a spelling there. Header
 * text is normalised before it is looked up (spaces and line breaks inside a cell, half- and full-width brackets,
 * 「*」 marks of required columns), and a name with a bracketed note (「事项类别（法定公开、其他）」) is also looked up
 * without the note. Names the table does not know fall back to key words (「…内容…」 → 公开内容, 「…时限…」 → 公开时限).
 *
 * Headers may take two or three rows where a top cell spans sub-columns (公开事项 over 一级/二级/三级事项, 公开对象
 * over 全社会/特定群体, 公开渠道和载体 over channel tick columns, 公开方式 over 主动/依申请, 公开层级 over 县级/乡级).
 * Grids from Word, HTML or Excel either repeat the spanning text in every covered cell or leave covered cells
 * empty; both read the same. A single cell 「公开方式（主动）」 reads like 公开方式 over 主动.
 *
 * Columns that name no field (公开格式, 监督电话, 事项类别, anything unknown) are kept as titled extra columns: the
 * importer writes their values into the row's remarks as 「列名：值」 and reports them once.
 */
import { channelOf } from './channels.js';
import { cleanCell } from './text-normalize.js';

export type Role =
  | 'serial'
  | 'l1'
  | 'l2'
  | 'l3'
  | 'content'
  | 'timeLimit'
  | 'organ'
  | 'channels'
  | 'audPublic'
  | 'audSpecific'
  | 'audience'
  | 'office'
  | 'basis'
  | 'mode'
  | 'level'
  | 'remarks'
  | 'modeTick'
  | 'levelTick'
  | 'channelTick'
  | 'extraChannels'
  | 'extra'
  /** A column the user chose not to import (a column override); never detected. */
  | 'ignore';

export const COLUMN_TITLES: Record<Role, string> = {
  serial: '序号',
  l1: '一级事项',
  l2: '二级事项',
  l3: '三级事项',
  content: '公开内容（要素）',
  timeLimit: '公开时限',
  organ: '公开主体',
  channels: '公开渠道和载体',
  audPublic: '公开对象（全社会）',
  audSpecific: '公开对象（特定群体）',
  audience: '公开对象',
  office: '责任科室',
  basis: '公开依据',
  mode: '公开方式',
  level: '公开层级',
  remarks: '备注',
  modeTick: '公开方式',
  levelTick: '公开层级',
  channelTick: '公开渠道和载体',
  extraChannels: '其他渠道',
  extra: '表头外的列',
  ignore: '不导入',
};

/**
 * What a header name says a column is. Besides the roles: `item` is an item column whose level follows from its
 * place (事项名称, 公开事项: the first item column is 一级事项, the next 二级事项 …), `category` an item column that is
 * the top level (信息类别), `unplaced` a known column that no field of a catalogue row holds (kept as a remark).
 */
export type ColumnKind =
  Exclude<Role, 'modeTick' | 'levelTick' | 'channelTick' | 'extra' | 'ignore'> | 'item' | 'category' | 'unplaced';

/** Every column name the importer knows, by what the column holds. Matched after {@link headerKey}. */
export const COLUMN_VARIANTS: ReadonlyArray<{ kind: ColumnKind; names: readonly string[] }> = [
  { kind: 'serial', names: ['序号', '编号', '序'] },
  { kind: 'category', names: ['信息类别', '信息分类', '类别', '目录类别'] },
  { kind: 'item', names: ['公开事项', '事项名称', '公开事项名称', '事项', '信息名称', '目录名称', '事项目录'] },
  { kind: 'l1', names: ['一级事项', '一级目录', '一级', '一级分类', '一级类别', '一级事项名称', '一级目录名称'] },
  { kind: 'l2', names: ['二级事项', '二级目录', '二级', '二级分类', '二级类别', '二级事项名称', '二级目录名称'] },
  { kind: 'l3', names: ['三级事项', '三级目录', '三级', '三级分类', '三级类别', '三级事项名称', '三级目录名称'] },
  {
    kind: 'content',
    names: [
      '公开内容',
      '公开要素',
      '内容要求',
      '公开内容（要素）',
      '公开内容及要素',
      '公开内容和要素',
      '内容',
      '主要内容',
      '具体内容',
      '公开的具体内容',
    ],
  },
  {
    kind: 'basis',
    names: ['公开依据', '依据', '政策依据', '法律依据', '法规依据', '公开依据（法律法规）', '法律法规依据'],
  },
  {
    kind: 'timeLimit',
    names: ['公开时限', '时限要求', '公开时间', '时限', '公开期限', '发布时限', '更新时限', '公开时限要求'],
  },
  { kind: 'organ', names: ['公开主体', '责任主体', '发布主体', '公开责任主体', '信息公开主体', '主体'] },
  {
    kind: 'channels',
    names: [
      '公开渠道',
      '公开载体',
      '渠道',
      '载体',
      '公开方式和载体',
      '公开方式及载体',
      '公开渠道和载体',
      '公开渠道及载体',
      '公开途径',
      '发布渠道',
      '公开渠道（载体）',
    ],
  },
  { kind: 'extraChannels', names: ['其他渠道', '其它渠道'] },
  { kind: 'audience', names: ['公开对象', '公开范围', '面向对象', '服务对象'] },
  { kind: 'audPublic', names: ['全社会', '社会公众'] },
  { kind: 'audSpecific', names: ['特定群体', '特定群众', '特定对象', '特定人群'] },
  {
    kind: 'office',
    names: [
      '责任科室',
      '责任处室',
      '责任股室',
      '责任单位',
      '承办科室',
      '责任部门',
      '承办单位',
      '承办部门',
      '牵头科室',
      '责任科（股）室',
      '责任股（室）',
      '科室',
    ],
  },
  { kind: 'mode', names: ['公开方式', '公开属性'] },
  { kind: 'level', names: ['公开层级', '层级'] },
  { kind: 'remarks', names: ['备注'] },
  {
    kind: 'unplaced',
    names: [
      '事项类别',
      '公开格式',
      '信息格式',
      '监督电话',
      '监督举报电话',
      '联系电话',
      '咨询电话',
      '投诉电话',
      '公开类别',
    ],
  },
];

/** Header text as written, for messages: wrap spaces and line breaks removed, brackets full-width. */
export function normalizeHeader(text: string): string {
  return cleanCell(text)
    .replace(/[\s\u00A0\u3000\u200B\uFEFF]+/gu, '')
    .replace(/[(（]/gu, '（')
    .replace(/[)）]/gu, '）')
    .replace(/^[*＊※]+|[*＊※]+$/gu, '')
    .replace(/[:：]$/u, '');
}

/** Lookup key of a header name: normalised, without brackets and separators. */
export function headerKey(text: string): string {
  return normalizeHeader(text).replace(/[（）【】[\]／/、，,·\-—_]/gu, '');
}

const VARIANT_KIND = new Map<string, ColumnKind>();
for (const v of COLUMN_VARIANTS) for (const n of v.names) VARIANT_KIND.set(headerKey(n), v.kind);

/** The kind a header name has in {@link COLUMN_VARIANTS}, also without a bracketed note; undefined if unknown. */
export function knownColumnKind(title: string): ColumnKind | undefined {
  // Every data row is also asked whether it is a header: short cells repeat (√, office names), so answers are kept.
  if (KNOWN_CACHE.has(title)) return KNOWN_CACHE.get(title);
  const n = normalizeHeader(title);
  const kind =
    n === ''
      ? undefined
      : (VARIANT_KIND.get(headerKey(n)) ?? VARIANT_KIND.get(headerKey(n.replace(/（[^（）]*）/gu, ''))));
  if (KNOWN_CACHE.size >= 10_000) KNOWN_CACHE.clear();
  KNOWN_CACHE.set(title, kind);
  return kind;
}
const KNOWN_CACHE = new Map<string, ColumnKind | undefined>();

/** Key words for names the table does not know (the importer's rules before the table; kept for such names). */
function kindByWords(t: string): ColumnKind | 'extra' {
  if (/三级/u.test(t)) return 'l3';
  if (/二级/u.test(t)) return 'l2';
  if (/一级/u.test(t)) return 'l1';
  if (/序号/u.test(t)) return 'serial';
  if (/全社会/u.test(t)) return 'audPublic';
  if (/特定群[体众]|特定对象/u.test(t)) return 'audSpecific';
  if (/公开对象/u.test(t)) return 'audience';
  if (/内容|要素/u.test(t)) return 'content';
  if (/时限|时间/u.test(t)) return 'timeLimit';
  if (/主体/u.test(t)) return 'organ';
  if (/其他渠道|其它渠道/u.test(t)) return 'extraChannels';
  if (/渠道|载体/u.test(t)) return 'channels';
  if (/科室|责任单位|责任部门|承办/u.test(t)) return 'office';
  if (/依据/u.test(t)) return 'basis';
  if (/方式/u.test(t)) return 'mode';
  if (/层级/u.test(t)) return 'level';
  if (/备注/u.test(t)) return 'remarks';
  if (/事项/u.test(t)) return 'item';
  return 'extra';
}

/** What a header name says its column holds: the table first, then key words; `extra` when nothing fits. */
export function columnKind(title: string): ColumnKind | 'extra' {
  const n = normalizeHeader(title);
  if (n === '') return 'extra';
  return knownColumnKind(n) ?? kindByWords(n);
}

const MODE_LABEL = /^(?:主动|依申请|主动公开|依申请公开|不予公开)$/u;
const LEVEL_LABEL = /级|^(?:[省市县区乡镇街村]|镇街|乡镇|社区)/u;
const GROUP_KINDS: ReadonlySet<ColumnKind | 'extra'> = new Set([
  'channels',
  'mode',
  'level',
  'audience',
  'item',
  'category',
]);

/** A single cell 「公开方式（主动）」 as the path [公开方式, 主动] when the bracket names a sub-column of the name before it. */
function splitGroupCell(text: string): string[] {
  const n = normalizeHeader(text);
  if (VARIANT_KIND.has(headerKey(n))) return [text];
  const m = /^(.+?)（([^（）]+)）$/u.exec(n);
  if (!m) return [text];
  const [, outer = '', inner = ''] = m;
  const group = columnKind(outer);
  const sub = columnKind(inner);
  const fits =
    (group === 'channels' && channelOf(inner) !== undefined) ||
    (group === 'mode' && MODE_LABEL.test(inner)) ||
    (group === 'level' && LEVEL_LABEL.test(inner) && sub === 'extra') ||
    (group === 'audience' && (sub === 'audPublic' || sub === 'audSpecific')) ||
    ((group === 'item' || group === 'category') && (sub === 'l1' || sub === 'l2' || sub === 'l3'));
  return fits ? [outer, inner] : [text];
}

export interface HeaderColumn {
  /** 0-based column. */
  column: number;
  /** The column's header as written, groups first: 「公开对象（全社会）」, 「监督电话」. */
  title: string;
}

export interface Header {
  roles: Role[];
  /** Label of each tick column (主动, 县级, 政府网站 …), null elsewhere. */
  tickLabels: Array<string | null>;
  /** Header text of each column ('' for a column without a title). */
  titles: string[];
  /** Titled columns no field holds: their values become remarks 「列名：值」. */
  unplaced: HeaderColumn[];
  /** Columns that look like a field another column already holds: the first is read, these are kept as remarks. */
  ambiguous: Array<HeaderColumn & { field: string; readFrom: HeaderColumn }>;
  /** Item columns beyond three levels. */
  extraLevels: HeaderColumn[];
}

/** Text of each header cell, with the cells a spanning title covers filled in (when a lower row has a sub-title). */
function headerPaths(rows: string[][], width: number): string[][] {
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) paths.push([]);
  rows.forEach((row, h) => {
    let carry = '';
    for (let c = 0; c < width; c++) {
      const own = row[c] ?? '';
      if (own !== '') carry = own;
      const below = rows.slice(h + 1).some((r) => (r[c] ?? '') !== '');
      const text = own !== '' ? own : below ? carry : '';
      const path = paths[c]!;
      if (text !== '' && path[path.length - 1] !== text) path.push(text);
    }
  });
  return paths;
}

function titleOf(path: string[]): string {
  const [first = '', ...rest] = path.map(normalizeHeader);
  return first + rest.map((p) => `（${p}）`).join('');
}

/**
 * Column roles from the header rows (one to three). The first row's titles name the columns; a title spans the
 * columns to its right that are blank in that row (or repeat it) and have a sub-title below; sub-titles refine it
 * (公开事项 → 一级/二级/三级事项, 公开对象 → 全社会/特定群体, 公开方式 → 主动/依申请 tick columns, 公开层级 →
 * 县级/乡级 tick columns, 公开渠道和载体 → one tick column per channel). Item columns without a level
 * (事项名称, 信息类别) take the levels in order from the left.
 */
export function headerFromRows(rows: string[][]): Header {
  const width = Math.max(...rows.map((r) => r.length));
  const paths = headerPaths(rows, width).map((p) => (p.length === 1 ? splitGroupCell(p[0]!) : p));
  const roles: Role[] = [];
  const kinds: Array<ColumnKind | 'extra'> = [];
  const tickLabels: Array<string | null> = [];
  const titles: string[] = [];
  for (let c = 0; c < width; c++) {
    const path = paths[c]!;
    const ownTop = rows[0]?.[c] ?? '';
    const covered = c > 0 && (ownTop === '' || ownTop === rows[0]?.[c - 1]);
    let kind: ColumnKind | 'extra' = path.length === 0 ? 'extra' : columnKind(path[0]!);
    let label: string | null = null;
    if (path.length >= 2) {
      const leaf = path[path.length - 1]!;
      const leafKind = columnKind(leaf);
      const groupKind = path
        .slice(0, -1)
        .reverse()
        .map(columnKind)
        .find((k) => GROUP_KINDS.has(k));
      const tickOf =
        groupKind === 'mode'
          ? 'modeTick'
          : groupKind === 'level'
            ? 'levelTick'
            : groupKind === 'channels'
              ? 'channelTick'
              : null;
      if (groupKind === 'channels' && channelOf(leaf) !== undefined) {
        kind = 'extra';
        label = leaf;
      } else if (leafKind !== 'extra' && leafKind !== 'item') {
        kind = leafKind;
      } else if (tickOf) {
        kind = 'extra';
        label = leaf;
      } else if (leafKind === 'item' && (groupKind === 'item' || groupKind === 'category')) {
        kind = 'item';
      } else if (covered) {
        // Under a spanning title, an unknown sub-title is a column of its own, not that title's field.
        kind = 'extra';
      }
      if (label !== null) {
        roles.push(tickOf ?? 'channelTick');
        kinds.push('extra');
        tickLabels.push(label);
        titles.push(titleOf(path));
        continue;
      }
    }
    kinds.push(kind);
    roles.push('extra');
    tickLabels.push(null);
    titles.push(path.length === 0 ? '' : titleOf(path));
  }

  // Item columns: explicit distinct levels stay; otherwise levels in order from the left.
  const itemCols = kinds.flatMap((k, c) =>
    k === 'l1' || k === 'l2' || k === 'l3' || k === 'item' || k === 'category' ? [c] : [],
  );
  const explicit = itemCols.map((c) => kinds[c]);
  const allExplicit =
    explicit.every((k) => k === 'l1' || k === 'l2' || k === 'l3') && new Set(explicit).size === explicit.length;
  const extraLevels: HeaderColumn[] = [];
  if (!allExplicit) {
    const ordered = [...itemCols].sort(
      (a, b) => (kinds[a] === 'category' ? -1 : 0) - (kinds[b] === 'category' ? -1 : 0) || a - b,
    );
    ordered.forEach((c, n) => {
      if (n < 3) kinds[c] = (['l1', 'l2', 'l3'] as const)[n]!;
      else {
        kinds[c] = 'unplaced';
        extraLevels.push({ column: c, title: titles[c]! });
      }
    });
  }

  // One column per field: a second column that looks like the same field is kept as a remark and reported.
  const ambiguous: Header['ambiguous'] = [];
  const firstOf = new Map<string, number>();
  // Tick columns hold their field already (公开渠道和载体 ticks, 主动/依申请, 县级/乡级, 全社会/特定群体).
  const held: Array<[ColumnKind, number]> = [
    ['channels', roles.indexOf('channelTick')],
    ['mode', roles.indexOf('modeTick')],
    ['level', roles.indexOf('levelTick')],
    ['audience', kinds.findIndex((k) => k === 'audPublic' || k === 'audSpecific')],
  ];
  for (const [field, at] of held) if (at >= 0) firstOf.set(field, at);
  for (let c = 0; c < width; c++) {
    const k = kinds[c]!;
    if (roles[c] !== 'extra' || k === 'extra' || k === 'unplaced') continue;
    const first = firstOf.get(k);
    if (first === undefined) firstOf.set(k, c);
    else {
      ambiguous.push({
        column: c,
        title: titles[c]!,
        field: COLUMN_TITLES[k as Role],
        readFrom: { column: first, title: titles[first]! },
      });
      kinds[c] = 'unplaced';
    }
  }

  const unplaced: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (roles[c] !== 'extra') continue;
    const k = kinds[c]!;
    if (k !== 'extra' && k !== 'unplaced') roles[c] = k as Role;
    else if (titles[c] !== '' && !ambiguous.some((a) => a.column === c) && !extraLevels.some((e) => e.column === c))
      unplaced.push({ column: c, title: titles[c]! });
  }
  return { roles, tickLabels, titles, unplaced, ambiguous, extraLevels };
}

const HEADER_WORDS = [
  /序号/u,
  /公开事项/u,
  /公开内容/u,
  /公开时限/u,
  /公开主体/u,
  /公开渠道/u,
  /公开对象/u,
  /责任科室/u,
  /公开依据/u,
  /公开方式/u,
  /公开层级/u,
];
const LEVEL_WORDS = /[一二三]级事项/u;
const COLUMN_NAME_KINDS: ReadonlySet<ColumnKind> = new Set([
  'serial',
  'item',
  'category',
  'l1',
  'l2',
  'l3',
  'content',
  'basis',
  'timeLimit',
  'organ',
  'channels',
  'audience',
  'office',
  'mode',
  'level',
]);

/** Whether a row names columns: two known column names (or the seed's key words), or a 一级/二级/三级事项 title. */
export function isHeaderRow(cells: string[]): boolean {
  if (/^\d/u.test(cells[0]?.trim() ?? '')) return false;
  const joined = cells.map((c) => c.replace(/\s/gu, '')).join('|');
  const hits = HEADER_WORDS.filter((w) => w.test(joined)).length;
  if (hits >= 2 || LEVEL_WORDS.test(joined)) return true;
  // Column names are short; long cells are data.
  const known = new Set(
    cells
      .map((c) => (c.length <= 24 ? knownColumnKind(c) : undefined))
      .filter((k): k is ColumnKind => k !== undefined && COLUMN_NAME_KINDS.has(k)),
  );
  return known.size >= 2;
}

/**
 * Whether a row right under a header row is a further header row: every cell it fills is a column name or a
 * sub-title (全社会, 主动, 县级, a channel), and it is not numbered.
 */
export function isSubHeaderRow(cells: string[]): boolean {
  if (/^\d/u.test(cells[0]?.trim() ?? '')) return false;
  const filled = cells.map((c) => normalizeHeader(c)).filter((c) => c !== '');
  if (filled.length === 0) return false;
  return filled.every(
    (c) =>
      knownColumnKind(c) !== undefined ||
      channelOf(c) !== undefined ||
      MODE_LABEL.test(c) ||
      /^(?:[省市县区乡镇村]级|乡、村级|镇街|村级)$/u.test(c),
  );
}

// ---- Column overrides: the user's choice of what a column holds (a preview's select per column) ----

/** What a user may say a column holds: a field, a tick column of a field, kept as remark, or not imported. */
export type ColumnChoice = Exclude<Role, 'extra'> | 'remark';

/** A user's choice for one column of the header (0-based), replacing what the header detection made of it. */
export interface ColumnOverride {
  column: number;
  choice: ColumnChoice;
  /** For tick columns: the option the column ticks (a channel, 主动/依申请, 县级 …); default: the column's sub-title. */
  tickLabel?: string | null;
}

/** The selectable meanings of a column, in the order a select lists them, with the official labels. */
export const COLUMN_CHOICES: ReadonlyArray<{ choice: ColumnChoice; label: string; tick: boolean }> = [
  { choice: 'serial', label: COLUMN_TITLES.serial, tick: false },
  { choice: 'l1', label: COLUMN_TITLES.l1, tick: false },
  { choice: 'l2', label: COLUMN_TITLES.l2, tick: false },
  { choice: 'l3', label: COLUMN_TITLES.l3, tick: false },
  { choice: 'content', label: COLUMN_TITLES.content, tick: false },
  { choice: 'basis', label: COLUMN_TITLES.basis, tick: false },
  { choice: 'timeLimit', label: COLUMN_TITLES.timeLimit, tick: false },
  { choice: 'organ', label: COLUMN_TITLES.organ, tick: false },
  { choice: 'channels', label: COLUMN_TITLES.channels, tick: false },
  { choice: 'channelTick', label: `${COLUMN_TITLES.channelTick}（勾选列）`, tick: true },
  { choice: 'extraChannels', label: COLUMN_TITLES.extraChannels, tick: false },
  { choice: 'audience', label: COLUMN_TITLES.audience, tick: false },
  { choice: 'audPublic', label: COLUMN_TITLES.audPublic, tick: false },
  { choice: 'audSpecific', label: COLUMN_TITLES.audSpecific, tick: false },
  { choice: 'office', label: COLUMN_TITLES.office, tick: false },
  { choice: 'mode', label: COLUMN_TITLES.mode, tick: false },
  { choice: 'modeTick', label: `${COLUMN_TITLES.modeTick}（勾选列：主动/依申请）`, tick: true },
  { choice: 'level', label: COLUMN_TITLES.level, tick: false },
  { choice: 'levelTick', label: `${COLUMN_TITLES.levelTick}（勾选列）`, tick: true },
  { choice: 'remarks', label: COLUMN_TITLES.remarks, tick: false },
  { choice: 'remark', label: '作为备注保留（「列名：值」）', tick: false },
  { choice: 'ignore', label: COLUMN_TITLES.ignore, tick: false },
];

const CHOICE_LABEL = new Map(COLUMN_CHOICES.map((c) => [c.choice, c.label]));

/** The official label of a choice (「公开时限」, 「不导入」 …). */
export function columnChoiceLabel(choice: ColumnChoice): string {
  return CHOICE_LABEL.get(choice) ?? choice;
}

/** The choice a column of a header stands for (what the importer reads it as). */
export function choiceOfRole(role: Role): ColumnChoice {
  return role === 'extra' ? 'remark' : role;
}

/**
 * Fields one column holds: two columns with the same key cannot both be read. Tick columns come many to a field but
 * exclude a plain column of that field (公开渠道和载体 as text and as ticks).
 */
function fieldKey(role: Role): string | null {
  switch (role) {
    case 'extra':
    case 'ignore':
    case 'channelTick':
    case 'modeTick':
    case 'levelTick':
      return null;
    default:
      return role;
  }
}
const EXCLUDES: ReadonlyArray<[Role, Role]> = [
  ['channels', 'channelTick'],
  ['mode', 'modeTick'],
  ['level', 'levelTick'],
  ['audience', 'audPublic'],
  ['audience', 'audSpecific'],
];

export interface OverrideOutcome {
  /** Columns set to 不导入 by the overrides. */
  ignored: HeaderColumn[];
  /** Detected columns that held a field an override gave another column: kept as remarks. */
  demoted: Array<HeaderColumn & { field: string; by: HeaderColumn }>;
}

const columnName = (column: number, title: string): string =>
  title === '' ? `第${column + 1}列` : `第${column + 1}列「${title}」`;

/**
 * Applies the user's column choices to a detected header (in place). Returns a Chinese message naming the column when
 * an override cannot be applied: a column outside the header, an unknown choice, a column named twice, a tick column
 * without its option, 二级/三级事项 without 一级事项, two overridden columns both holding one field. A detected
 * column holding the field an override gives another column is kept as a remark instead (reported by the caller).
 */
export function applyColumnOverrides(
  header: Header,
  overrides: readonly ColumnOverride[],
): { ok: true; outcome: OverrideOutcome } | { ok: false; message: string } {
  const width = header.roles.length;
  const outcome: OverrideOutcome = { ignored: [], demoted: [] };
  if (overrides.length === 0) return { ok: true, outcome };
  const seen = new Set<number>();
  const titleAt = (c: number): string => header.titles[c] ?? '';
  for (const o of overrides) {
    const c = o.column;
    if (!Number.isInteger(c) || c < 0 || c >= width) {
      return {
        ok: false,
        message: `第${Number.isInteger(c) ? c + 1 : String(c)}列：表头只有${width}列，无法设置这一列的含义`,
      };
    }
    if (!CHOICE_LABEL.has(o.choice))
      return { ok: false, message: `${columnName(c, titleAt(c))}：未知的列含义「${String(o.choice)}」` };
    if (seen.has(c)) return { ok: false, message: `${columnName(c, titleAt(c))}：设置了不止一次` };
    seen.add(c);
  }
  const drop = (c: number): void => {
    header.unplaced = header.unplaced.filter((u) => u.column !== c);
    header.ambiguous = header.ambiguous.filter((a) => a.column !== c);
    header.extraLevels = header.extraLevels.filter((e) => e.column !== c);
  };
  const asRemark = (c: number): void => {
    header.roles[c] = 'extra';
    header.tickLabels[c] = null;
    if (titleAt(c) === '') header.titles[c] = `第${c + 1}列`;
    header.unplaced.push({ column: c, title: titleAt(c) });
    header.unplaced.sort((a, b) => a.column - b.column);
  };
  for (const o of overrides) {
    const c = o.column;
    const before = header.roles[c]!;
    drop(c);
    if (o.choice === 'remark') {
      asRemark(c);
      continue;
    }
    if (o.choice === 'ignore') {
      header.roles[c] = 'ignore';
      header.tickLabels[c] = null;
      outcome.ignored.push({ column: c, title: titleAt(c) });
      continue;
    }
    if (o.choice === 'channelTick' || o.choice === 'modeTick' || o.choice === 'levelTick') {
      const title = normalizeHeader(titleAt(c));
      const leaf = /（([^（）]+)）$/u.exec(title)?.[1] ?? title;
      const label = cleanCell(o.tickLabel ?? (before === o.choice ? (header.tickLabels[c] ?? '') : leaf));
      if (label === '')
        return {
          ok: false,
          message: `${columnName(c, titleAt(c))}：设为「${columnChoiceLabel(o.choice)}」时需要指明勾选的选项（如渠道名称、主动、县级）`,
        };
      header.roles[c] = o.choice;
      header.tickLabels[c] = label;
      continue;
    }
    header.roles[c] = o.choice;
    header.tickLabels[c] = null;
  }

  // One column per field: two overridden columns holding one field is an error; a detected one gives way.
  const holders = new Map<string, number[]>();
  header.roles.forEach((r, c) => {
    const k = fieldKey(r);
    if (k !== null) holders.set(k, [...(holders.get(k) ?? []), c]);
  });
  const conflicts: Array<[number[], string]> = [...holders.entries()]
    .filter(([, cs]) => cs.length > 1)
    .map(([k, cs]) => [cs, k]);
  for (const [a, b] of EXCLUDES) {
    const cs = header.roles.flatMap((r, c) => (r === a || r === b ? [c] : []));
    if (cs.some((c) => header.roles[c] === a) && cs.some((c) => header.roles[c] === b)) conflicts.push([cs, a]);
  }
  for (const [cs, field] of conflicts) {
    const label = COLUMN_TITLES[field as Role] ?? field;
    const set = cs.filter((c) => seen.has(c));
    if (set.length === 0) continue;
    const live = cs.filter((c) => header.roles[c] !== 'extra');
    if (live.length <= 1) continue;
    const setLive = set.filter((c) => header.roles[c] !== 'extra');
    if (setLive.length > 1) {
      const same =
        setLive.every((c) => header.roles[c] === header.roles[setLive[0]!]) &&
        fieldKey(header.roles[setLive[0]!]!) === null;
      if (!same)
        return {
          ok: false,
          message: `${setLive.map((c) => columnName(c, titleAt(c))).join('和')}都设为「${label}」，同一字段只能由一列读取`,
        };
    }
    const by = setLive[0];
    if (by === undefined) continue;
    for (const c of live) {
      if (seen.has(c)) continue;
      outcome.demoted.push({ column: c, title: titleAt(c), field: label, by: { column: by, title: titleAt(by) } });
      asRemark(c);
    }
  }

  const has = (r: Role): boolean => header.roles.includes(r);
  for (const level of ['l2', 'l3'] as const) {
    if (has(level) && !has('l1')) {
      const c = header.roles.indexOf(level);
      return {
        ok: false,
        message: `${columnName(c, titleAt(c))}是「${COLUMN_TITLES[level]}」，但没有一列设为「${COLUMN_TITLES.l1}」：请先指定一级事项所在的列`,
      };
    }
  }
  return { ok: true, outcome };
}

/**
 * A stable key of a header layout, to remember a user's mapping per agency and layout: the column titles normalised
 * (spaces, line breaks, half/full-width brackets and separators, 「*」 marks do not count), in column order.
 */
export function layoutKey(titles: readonly string[]): string {
  const norm = titles.map((t) => headerKey(t).toLowerCase());
  while (norm.length > 0 && norm[norm.length - 1] === '') norm.pop();
  const text = norm.join('\u0001');
  // Two 32-bit FNV-1a hashes of the UTF-16 text: short enough for a column, collisions negligible for layouts.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ norm.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return `${norm.length}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
