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
  | 'extra';

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
};

/**
 * What a header name says a column is. Besides the roles: `item` is an item column whose level follows from its
 * place (事项名称, 公开事项: the first item column is 一级事项, the next 二级事项 …), `category` an item column that is
 * the top level (信息类别), `unplaced` a known column that no field of a catalogue row holds (kept as a remark).
 */
export type ColumnKind = Exclude<Role, 'modeTick' | 'levelTick' | 'channelTick' | 'extra'> | 'item' | 'category' | 'unplaced';

/** Every column name the importer knows, by what the column holds. Matched after {@link headerKey}. */
export const COLUMN_VARIANTS: ReadonlyArray<{ kind: ColumnKind; names: readonly string[] }> = [
  { kind: 'serial', names: ['序号', '编号', '序'] },
  { kind: 'category', names: ['信息类别', '信息分类', '类别', '目录类别'] },
  { kind: 'item', names: ['公开事项', '事项名称', '公开事项名称', '事项', '信息名称', '目录名称', '事项目录'] },
  { kind: 'l1', names: ['一级事项', '一级目录', '一级', '一级分类', '一级类别', '一级事项名称', '一级目录名称'] },
  { kind: 'l2', names: ['二级事项', '二级目录', '二级', '二级分类', '二级类别', '二级事项名称', '二级目录名称'] },
  { kind: 'l3', names: ['三级事项', '三级目录', '三级', '三级分类', '三级类别', '三级事项名称', '三级目录名称'] },
  { kind: 'content', names: ['公开内容', '公开要素', '内容要求', '公开内容（要素）', '公开内容及要素', '公开内容和要素', '内容', '主要内容', '具体内容', '公开的具体内容'] },
  { kind: 'basis', names: ['公开依据', '依据', '政策依据', '法律依据', '法规依据', '公开依据（法律法规）', '法律法规依据'] },
  { kind: 'timeLimit', names: ['公开时限', '时限要求', '公开时间', '时限', '公开期限', '发布时限', '更新时限', '公开时限要求'] },
  { kind: 'organ', names: ['公开主体', '责任主体', '发布主体', '公开责任主体', '信息公开主体', '主体'] },
  {
    kind: 'channels',
    names: ['公开渠道', '公开载体', '渠道', '载体', '公开方式和载体', '公开方式及载体', '公开渠道和载体', '公开渠道及载体', '公开途径', '发布渠道', '公开渠道（载体）'],
  },
  { kind: 'extraChannels', names: ['其他渠道', '其它渠道'] },
  { kind: 'audience', names: ['公开对象', '公开范围', '面向对象', '服务对象'] },
  { kind: 'audPublic', names: ['全社会', '社会公众'] },
  { kind: 'audSpecific', names: ['特定群体', '特定群众', '特定对象', '特定人群'] },
  {
    kind: 'office',
    names: ['责任科室', '责任处室', '责任股室', '责任单位', '承办科室', '责任部门', '承办单位', '承办部门', '牵头科室', '责任科（股）室', '责任股（室）', '科室'],
  },
  { kind: 'mode', names: ['公开方式', '公开属性'] },
  { kind: 'level', names: ['公开层级', '层级'] },
  { kind: 'remarks', names: ['备注'] },
  { kind: 'unplaced', names: ['事项类别', '公开格式', '信息格式', '监督电话', '监督举报电话', '联系电话', '咨询电话', '投诉电话', '公开类别'] },
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
  const kind = n === '' ? undefined : (VARIANT_KIND.get(headerKey(n)) ?? VARIANT_KIND.get(headerKey(n.replace(/（[^（）]*）/gu, ''))));
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
const GROUP_KINDS: ReadonlySet<ColumnKind | 'extra'> = new Set(['channels', 'mode', 'level', 'audience', 'item', 'category']);

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
      const tickOf = groupKind === 'mode' ? 'modeTick' : groupKind === 'level' ? 'levelTick' : groupKind === 'channels' ? 'channelTick' : null;
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
  const itemCols = kinds.flatMap((k, c) => (k === 'l1' || k === 'l2' || k === 'l3' || k === 'item' || k === 'category' ? [c] : []));
  const explicit = itemCols.map((c) => kinds[c]);
  const allExplicit = explicit.every((k) => k === 'l1' || k === 'l2' || k === 'l3') && new Set(explicit).size === explicit.length;
  const extraLevels: HeaderColumn[] = [];
  if (!allExplicit) {
    const ordered = [...itemCols].sort((a, b) => (kinds[a] === 'category' ? -1 : 0) - (kinds[b] === 'category' ? -1 : 0) || a - b);
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
      ambiguous.push({ column: c, title: titles[c]!, field: COLUMN_TITLES[k as Role], readFrom: { column: first, title: titles[first]! } });
      kinds[c] = 'unplaced';
    }
  }

  const unplaced: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (roles[c] !== 'extra') continue;
    const k = kinds[c]!;
    if (k !== 'extra' && k !== 'unplaced') roles[c] = k as Role;
    else if (titles[c] !== '' && !ambiguous.some((a) => a.column === c) && !extraLevels.some((e) => e.column === c)) unplaced.push({ column: c, title: titles[c]! });
  }
  return { roles, tickLabels, titles, unplaced, ambiguous, extraLevels };
}

const HEADER_WORDS = [/序号/u, /公开事项/u, /公开内容/u, /公开时限/u, /公开主体/u, /公开渠道/u, /公开对象/u, /责任科室/u, /公开依据/u, /公开方式/u, /公开层级/u];
const LEVEL_WORDS = /[一二三]级事项/u;
const COLUMN_NAME_KINDS: ReadonlySet<ColumnKind> = new Set([
  'serial', 'item', 'category', 'l1', 'l2', 'l3', 'content', 'basis', 'timeLimit', 'organ', 'channels', 'audience', 'office', 'mode', 'level',
]);

/** Whether a row names columns: two known column names (or the seed's key words), or a 一级/二级/三级事项 title. */
export function isHeaderRow(cells: string[]): boolean {
  if (/^\d/u.test(cells[0]?.trim() ?? '')) return false;
  const joined = cells.map((c) => c.replace(/\s/gu, '')).join('|');
  const hits = HEADER_WORDS.filter((w) => w.test(joined)).length;
  if (hits >= 2 || LEVEL_WORDS.test(joined)) return true;
  // Column names are short; long cells are data.
  const known = new Set(cells.map((c) => (c.length <= 24 ? knownColumnKind(c) : undefined)).filter((k): k is ColumnKind => k !== undefined && COLUMN_NAME_KINDS.has(k)));
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
  return filled.every((c) => knownColumnKind(c) !== undefined || channelOf(c) !== undefined || MODE_LABEL.test(c) || /^(?:[省市县区乡镇村]级|乡、村级|镇街|村级)$/u.test(c));
}
