/**
 * Records from files: a spreadsheet's grid of strings read through a column mapping (like the catalogue's grid,
 * catalogue-grid.ts), every row giving a record input or its errors named by row and field; and a website's
 * 信息公开 list (title, date, URL, column name) matched to catalogue items by name with the matching the coverage
 * matrix uses (catalogue-matching.ts), unmatched lines listed for a person to place.
 */
import type { ItemJson } from '../catalogue-model.js';
import {
  SIMILARITY_THRESHOLD,
  flattenWithPaths,
  itemSimilarity,
  pathKey,
  type MatchMethod,
} from '../catalogue-matching.js';
import { cleanCell } from '../text-normalize.js';
import {
  RECORD_FIELD_LABELS,
  documentKindOf,
  emptyRecordInput,
  parseChannelList,
  parseDateText,
  validateRecordInput,
  validityOf,
  type RecordField,
  type RecordInput,
  type RecordStatus,
} from './record-model.js';

/** What a column can hold: a record field, or the catalogue item the row is filed under. */
export type RecordColumn = Exclude<RecordField, 'status'> | 'item';

export const RECORD_COLUMN_LABELS: Record<RecordColumn, string> = {
  ...(Object.fromEntries(Object.entries(RECORD_FIELD_LABELS).filter(([k]) => k !== 'status')) as Record<
    Exclude<RecordField, 'status'>,
    string
  >),
  item: '公开事项',
};

/** Header words that name a column (besides its label). */
const HEADER_WORDS: Record<RecordColumn, RegExp> = {
  title: /^(?:标题|名称|信息名称|文件名称|文件标题|题目)$/u,
  documentNumber: /^(?:文号|发文字号|文件编号|索引号)$/u,
  formedDate: /^(?:信息形成或变更日期|形成日期|成文日期|生成日期|印发日期|发文日期|变更日期)$/u,
  publishedDate: /^(?:公开日期|发布日期|发布时间|公开时间|日期)$/u,
  channels: /^(?:公开渠道|公开渠道和载体|渠道|发布渠道)$/u,
  url: /^(?:链接|网址|URL|地址|网页地址)$/iu,
  attachment: /^(?:附件|附件名称)$/u,
  documentKind: /^(?:文件类别|文件类型|类别)$/u,
  validity: /^(?:效力状态|效力|有效性)$/u,
  abolishedDate: /^(?:废止或失效日期|废止日期|失效日期)$/u,
  period: /^(?:所属期间|期间|所属时期|统计期间)$/u,
  item: /^(?:公开事项|事项|栏目|栏目名称|所属栏目|目录事项|主题分类)$/u,
};

export type RecordMapping = Partial<Record<RecordColumn, number>>;

/** The mapping a header row suggests (first column that names a field wins). */
export function guessRecordMapping(header: string[]): RecordMapping {
  const mapping: RecordMapping = {};
  header.forEach((h, i) => {
    const t = cleanCell(h).replace(/\s/gu, '');
    for (const col of Object.keys(HEADER_WORDS) as RecordColumn[]) {
      if (mapping[col] !== undefined) continue;
      if (t === RECORD_COLUMN_LABELS[col] || HEADER_WORDS[col].test(t)) {
        mapping[col] = i;
        return;
      }
    }
  });
  return mapping;
}

export interface RecordRowResult {
  /** 1-based row of the grid (header included). */
  row: number;
  /** The item name or path (「履职依据›规范性文件」) the row names, when mapped. */
  item: string | null;
  input: RecordInput | null;
  /** Chinese, each naming the row and field: 「第3行「公开日期」…」. */
  errors: Array<{ field: RecordColumn; message: string }>;
}

/**
 * Reads each data row (after `headerRows`) through the mapping. Blank rows are skipped. `status` is what rows become
 * (published by default: a list of what was published).
 */
export function interpretRecordGrid(
  rows: string[][],
  mapping: RecordMapping,
  options: { headerRows?: number; status?: RecordStatus; today?: string; rowPrefix?: string } = {},
): RecordRowResult[] {
  const headerRows = options.headerRows ?? 1;
  const out: RecordRowResult[] = [];
  const prefix = options.rowPrefix ?? '';
  rows.forEach((cells, index) => {
    if (index < headerRows) return;
    if (cells.every((c) => cleanCell(c ?? '') === '')) return;
    const rowNo = index + 1;
    const where = `${prefix}第${rowNo}行`;
    const get = (col: RecordColumn): string => {
      const i = mapping[col];
      return i === undefined ? '' : cleanCell(cells[i] ?? '');
    };
    const errors: RecordRowResult['errors'] = [];
    const bad = (field: RecordColumn, msg: string): void => {
      errors.push({ field, message: `${where}「${RECORD_COLUMN_LABELS[field]}」${msg}` });
    };
    const input = emptyRecordInput();
    input.status = options.status ?? 'PUBLISHED';
    const text = (field: 'title' | 'documentNumber' | 'url' | 'attachment' | 'period'): void => {
      const v = get(field);
      input[field] = v === '' ? null : v;
    };
    text('title');
    text('documentNumber');
    text('url');
    text('attachment');
    text('period');
    for (const f of ['formedDate', 'publishedDate', 'abolishedDate'] as const) {
      const d = parseDateText(get(f));
      if (d.ok) input[f] = d.date;
      else bad(f, d.message.replace(/^日期/u, ''));
    }
    const ch = parseChannelList(get('channels'));
    input.channels = ch.channels;
    if (ch.unknown.length) bad('channels', `「${ch.unknown.join('、')}」不是 13 种公开渠道之一`);
    const kind = documentKindOf(get('documentKind'));
    if (kind === undefined) bad('documentKind', `「${get('documentKind')}」应为「规章」或「行政规范性文件」`);
    else input.documentKind = kind;
    const validity = validityOf(get('validity'));
    if (validity === undefined) bad('validity', `「${get('validity')}」应为继续有效、修改、废止或失效`);
    else input.validity = validity;
    if (errors.length === 0) {
      for (const e of validateRecordInput(input, options.today)) {
        errors.push({
          field: e.field as RecordColumn,
          message: `${where}${e.message.replace(RECORD_FIELD_LABELS[e.field], `「${RECORD_FIELD_LABELS[e.field]}」`)}`,
        });
      }
    }
    const item = get('item');
    out.push({ row: rowNo, item: item === '' ? null : item, input: errors.length ? null : input, errors });
  });
  return out;
}

// ---- a website's 信息公开 list ----

export interface SiteListLine {
  title: string;
  date: string | null;
  url: string | null;
  /** The site's column (栏目) the line is listed under. */
  column: string;
}

export interface SiteLineMatch {
  /** 0-based index of the line. */
  index: number;
  line: SiteListLine;
  /** Path of the catalogue item matched. */
  path: string[];
  score: number;
  method: Exclude<MatchMethod, 'confirmed'>;
  /** Matched by the column name, or (the column matching nothing) by the title. */
  by: 'column' | 'title';
}

export interface SiteListMatching {
  matched: SiteLineMatch[];
  unmatched: Array<{ index: number; line: SiteListLine }>;
}

const probe = (name: string): ItemJson => ({
  name,
  level: 2,
  serial: null,
  line: null,
  requirements: [],
  children: [],
});

/**
 * Files each line of a website's list under the catalogue item its column (or, failing that, its title) names, by
 * the same name/synonym/similarity matching the coverage matrix uses. Only items with requirement rows are
 * candidates (records are filed under rows). `confirmed` maps a column name to an item path key a person chose.
 */
export function matchSiteList(
  lines: SiteListLine[],
  items: ItemJson[],
  options: { confirmed?: Record<string, string>; threshold?: number } = {},
): SiteListMatching {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const candidates = flattenWithPaths(items).filter((f) => f.item.requirements.length > 0);
  const byKey = new Map(candidates.map((c) => [pathKey(c.path), c]));
  const memo = new Map<string, { path: string[]; score: number; method: Exclude<MatchMethod, 'confirmed'> } | null>();
  const best = (name: string): { path: string[]; score: number; method: Exclude<MatchMethod, 'confirmed'> } | null => {
    if (name === '') return null;
    if (memo.has(name)) return memo.get(name)!;
    let found: { path: string[]; score: number; method: Exclude<MatchMethod, 'confirmed'> } | null = null;
    const p = probe(name);
    for (const c of candidates) {
      const s = itemSimilarity(p, c.item);
      if (s.score >= threshold && (!found || s.score > found.score)) found = { path: c.path, ...s };
    }
    memo.set(name, found);
    return found;
  };
  const result: SiteListMatching = { matched: [], unmatched: [] };
  lines.forEach((line, index) => {
    const column = cleanCell(line.column);
    const confirmedKey = options.confirmed?.[column];
    const confirmed = confirmedKey ? byKey.get(confirmedKey) : undefined;
    if (confirmed) {
      result.matched.push({ index, line, path: confirmed.path, score: 1, method: 'exact', by: 'column' });
      return;
    }
    const byColumn = best(column);
    if (byColumn) {
      result.matched.push({ index, line, ...byColumn, by: 'column' });
      return;
    }
    const byTitle = best(cleanCell(line.title));
    if (byTitle) result.matched.push({ index, line, ...byTitle, by: 'title' });
    else result.unmatched.push({ index, line });
  });
  return result;
}

/** Lines of a website's list from JSON: an array of { title, date, url, column } (Chinese keys accepted). */
export function siteListFromJson(value: unknown): { lines: SiteListLine[]; errors: string[] } {
  const errors: string[] = [];
  const lines: SiteListLine[] = [];
  if (!Array.isArray(value)) return { lines, errors: ['JSON 应为数组，每项含 title、date、url、column'] };
  value.forEach((v, i) => {
    if (!v || typeof v !== 'object') {
      errors.push(`第${i + 1}项不是对象`);
      return;
    }
    const o = v as Record<string, unknown>;
    const s = (...keys: string[]): string => {
      for (const k of keys) if (typeof o[k] === 'string' || typeof o[k] === 'number') return String(o[k]);
      return '';
    };
    const title = cleanCell(s('title', '标题', '名称'));
    const dateText = s('date', '日期', '发布日期', 'publishedDate');
    const d = parseDateText(dateText);
    if (title === '') errors.push(`第${i + 1}项「标题」未填写`);
    else if (!d.ok) errors.push(`第${i + 1}项「日期」${d.message.replace(/^日期/u, '')}`);
    else
      lines.push({
        title,
        date: d.date,
        url: cleanCell(s('url', '链接', '网址')) || null,
        column: cleanCell(s('column', '栏目', '栏目名称')),
      });
  });
  return { lines, errors };
}
