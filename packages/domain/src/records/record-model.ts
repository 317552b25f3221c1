/**
 * 主动公开 publication records: what a department actually published against a catalogue row. The model, the field
 * labels (every message names a field in Chinese), the checks of an input, and dates as people write them.
 *
 * A draft saves whatever is filled in (a half-entered record is never lost); a published record needs a title and the
 * date it was published. Malformed values (a date that does not exist, an unknown channel) are errors either way.
 */
import { CHANNEL_CODES, channelOf, type ChannelCode } from '../channels.js';
import { cleanCell } from '../text-normalize.js';

/** 规章 or 行政规范性文件: the two kinds table 二 counts; other records have none. */
export const DOCUMENT_KINDS = [
  { key: 'REGULATION', label: '规章' },
  { key: 'NORMATIVE', label: '行政规范性文件' },
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['key'];

/** 效力状态 of a 规章 / 行政规范性文件. */
export const VALIDITY_CLASSES = [
  { key: 'IN_FORCE', label: '继续有效' },
  { key: 'AMENDED', label: '修改' },
  { key: 'ABOLISHED', label: '废止' },
  { key: 'LAPSED', label: '失效' },
] as const;
export type ValidityClass = (typeof VALIDITY_CLASSES)[number]['key'];

export const RECORD_STATUSES = [
  { key: 'DRAFT', label: '草稿' },
  { key: 'PUBLISHED', label: '已公开' },
] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number]['key'];

export function documentKindLabel(k: DocumentKind): string {
  return DOCUMENT_KINDS.find((d) => d.key === k)!.label;
}
export function validityLabel(v: ValidityClass): string {
  return VALIDITY_CLASSES.find((d) => d.key === v)!.label;
}

/** A record as entered (by hand, from a spreadsheet row, from a website's list). Dates are 'YYYY-MM-DD'. */
export interface RecordInput {
  status: RecordStatus;
  title: string | null;
  /** 文号, e.g. 根司发〔2026〕3号. */
  documentNumber: string | null;
  /** The day the information was formed or changed: the event the row's time-limit rule counts from. */
  formedDate: string | null;
  publishedDate: string | null;
  channels: ChannelCode[];
  url: string | null;
  /** Name of an attached file. */
  attachment: string | null;
  documentKind: DocumentKind | null;
  validity: ValidityClass | null;
  /** The day a 规章 / 规范性文件 was abolished or lapsed. */
  abolishedDate: string | null;
  /** For a periodic row: the period the publication covers ('2026', '2026-H1', '2026-Q3', '2026-05'). */
  period: string | null;
}

export const RECORD_FIELD_LABELS: Record<keyof RecordInput, string> = {
  status: '状态',
  title: '标题',
  documentNumber: '文号',
  formedDate: '信息形成或变更日期',
  publishedDate: '公开日期',
  channels: '公开渠道',
  url: '链接',
  attachment: '附件',
  documentKind: '文件类别',
  validity: '效力状态',
  abolishedDate: '废止或失效日期',
  period: '所属期间',
};

export type RecordField = keyof RecordInput;

export interface RecordError {
  field: RecordField;
  /** Chinese, starts with the field's label. */
  message: string;
}

export function emptyRecordInput(): RecordInput {
  return {
    status: 'DRAFT',
    title: null,
    documentNumber: null,
    formedDate: null,
    publishedDate: null,
    channels: [],
    url: null,
    attachment: null,
    documentKind: null,
    validity: null,
    abolishedDate: null,
    period: null,
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function isValidIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200) return null;
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(s) ? s : null;
}

export type DateParse = { ok: true; date: string | null } | { ok: false; message: string };

/**
 * A date as people and spreadsheets write it: 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日, 20260105, or an Excel
 * serial number (46027 = 2026-01-05). Blank is null.
 */
export function parseDateText(text: string | null | undefined): DateParse {
  const t = cleanCell(text ?? '')
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '');
  if (t === '') return { ok: true, date: null };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]?\d{1,2}:\d{2}(?::\d{2})?.*)?$/u.exec(t);
  m ??= /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/u.exec(t);
  m ??= /^(\d{4})(\d{2})(\d{2})$/u.exec(t);
  if (m) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { ok: true, date: d } : { ok: false, message: `日期「${t}」不存在` };
  }
  if (/^\d{1,6}(?:\.\d+)?$/u.test(t)) {
    // Excel serial: days since 1899-12-30 (Excel's 1900 leap-year bug is absorbed by that epoch for dates after 1900-03-01).
    const n = Math.floor(Number(t));
    if (n >= 61 && n <= 120000) {
      const d = new Date(Date.UTC(1899, 11, 30) + n * 86400000);
      return { ok: true, date: d.toISOString().slice(0, 10) };
    }
  }
  return { ok: false, message: `「${t}」不是可识别的日期（例：2026-01-05、2026/1/5、2026年1月5日）` };
}

/** Channels written in one cell: 「政府网站、政府公报」, 「政府网站;两微一端」. Unknown names come back apart. */
export function parseChannelList(text: string): { channels: ChannelCode[]; unknown: string[] } {
  const parts = cleanCell(text)
    .split(/[、，,；;\n|]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const set = new Set<ChannelCode>();
  const unknown: string[] = [];
  for (const p of parts) {
    const c = channelOf(p);
    if (c) set.add(c);
    else unknown.push(p);
  }
  return { channels: CHANNEL_CODES.filter((c) => set.has(c)), unknown };
}

export function documentKindOf(text: string): DocumentKind | null | undefined {
  const t = cleanCell(text).replace(/\s/gu, '');
  if (t === '' || t === '无' || t === '其他') return null;
  if (t === '规章' || t === '政府规章' || t === '部门规章') return 'REGULATION';
  if (/^(?:行政)?规范性文件$/u.test(t)) return 'NORMATIVE';
  return undefined;
}

export function validityOf(text: string): ValidityClass | null | undefined {
  const t = cleanCell(text).replace(/\s/gu, '');
  if (t === '') return null;
  if (t === '继续有效' || t === '有效' || t === '现行有效') return 'IN_FORCE';
  if (t === '修改' || t === '已修改' || t === '修订' || t === '已修订') return 'AMENDED';
  if (t === '废止' || t === '已废止') return 'ABOLISHED';
  if (t === '失效' || t === '已失效') return 'LAPSED';
  return undefined;
}

export const PERIOD_KEY = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/u;

export const RECORD_LIMITS = { title: 500, documentNumber: 100, url: 2000, attachment: 255 } as const;

/** Most files attached to one record (the document, its annexes, a scanned original); each within the stored-file rules. */
export const MAX_RECORD_FILES = 10;

/**
 * The errors of a record input. A draft only needs its values well-formed; a published record also needs a title
 * and its publication date. `today` bounds the publication date (no record published in the future).
 */
export function validateRecordInput(input: RecordInput, today?: string): RecordError[] {
  const errors: RecordError[] = [];
  const err = (field: RecordField, msg: string): void => {
    errors.push({ field, message: `${RECORD_FIELD_LABELS[field]}${msg}` });
  };
  for (const f of ['title', 'documentNumber', 'url', 'attachment'] as const) {
    const v = input[f];
    if (v !== null && v.length > RECORD_LIMITS[f]) err(f, `不能超过 ${RECORD_LIMITS[f]} 个字符`);
  }
  for (const f of ['formedDate', 'publishedDate', 'abolishedDate'] as const) {
    const v = input[f];
    if (v !== null && !isValidIsoDate(v)) err(f, `「${v}」不是有效日期（应为 YYYY-MM-DD）`);
  }
  if (input.url !== null && input.url !== '' && !/^https?:\/\/\S+$/iu.test(input.url))
    err('url', '应以 http:// 或 https:// 开头');
  for (const c of input.channels) if (!CHANNEL_CODES.includes(c)) err('channels', `「${c}」不是 13 种公开渠道之一`);
  if (input.period !== null && !PERIOD_KEY.test(input.period))
    err('period', `「${input.period}」应写作 2026、2026-H1、2026-Q3 或 2026-05`);
  const ok = (d: string | null): d is string => d !== null && isValidIsoDate(d);
  if (ok(input.formedDate) && ok(input.publishedDate) && input.publishedDate < input.formedDate)
    err('publishedDate', `（${input.publishedDate}）早于信息形成或变更日期（${input.formedDate}）`);
  if (today && ok(input.publishedDate) && input.publishedDate > today)
    err('publishedDate', `（${input.publishedDate}）晚于今天（${today}）`);
  if (input.abolishedDate !== null || input.validity !== null) {
    if (input.documentKind === null) err('documentKind', '未填写：只有规章和行政规范性文件有效力状态和废止日期');
  }
  if (ok(input.abolishedDate) && ok(input.formedDate) && input.abolishedDate < input.formedDate)
    err('abolishedDate', `（${input.abolishedDate}）早于制发日期（${input.formedDate}）`);
  if (input.validity === 'ABOLISHED' || input.validity === 'LAPSED') {
    if (input.abolishedDate === null && input.status === 'PUBLISHED')
      err('abolishedDate', '未填写：效力状态为废止或失效');
  } else if (input.abolishedDate !== null && input.validity !== null) {
    err('validity', `应为「废止」或「失效」：已填写废止或失效日期（${input.abolishedDate}）`);
  }
  if (input.status === 'PUBLISHED') {
    if (input.title === null || input.title.trim() === '') err('title', '未填写');
    if (input.publishedDate === null) err('publishedDate', '未填写：已公开的记录需要公开日期');
  }
  return errors;
}

/** The day a 规章 / 规范性文件 took effect as made: its formed date, else its publication date. */
export function madeOn(r: Pick<RecordInput, 'formedDate' | 'publishedDate'>): string | null {
  return r.formedDate ?? r.publishedDate;
}
