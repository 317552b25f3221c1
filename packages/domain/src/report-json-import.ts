/**
 * Reading an annual report back from its JSON form (the `.json` download, `reportJson` in packages/exchange), for
 * `importAnnualReport`. The JSON comes from a user: every value is checked here and a bad one is refused with its
 * path — a year PostgreSQL's int cannot hold, a format that is not a format (「constructor」 included), unknown or
 * missing cells, text that cannot be stored — so nothing malformed reaches the database.
 */
import { REPORT_FORMATS, TEXT_SECTIONS, formatForYear, type ReportFormat, type TextSection } from './report-format.js';
import { invalidTextProblem } from './text-safety.js';

export interface ReportJson {
  year: number;
  format: ReportFormat;
  texts: Record<TextSection, string>;
  /** Cell values as written ('12', '/', null); parsed and range-checked by the save (parseCellInput). */
  cells: Record<string, string | null>;
}

export type ReportJsonResult = { ok: true; report: ReportJson } | { ok: false; message: string; field: string };

/** Years a report may name here (the save narrows it to 2008 … this year). */
const FIRST_YEAR = 2008;
const LAST_YEAR = 9999;
const KNOWN_KEYS = new Set(['agency', 'status', 'year', 'format', 'texts', 'cells']);

class ReportJsonError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const shown = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function text(v: string, path: string, field: string): string {
  const problem = invalidTextProblem(v);
  if (problem) throw new ReportJsonError(`${path}：含有不允许的字符（${problem}）`, field);
  return v;
}

function keyList(keys: string[]): string {
  return `「${keys.slice(0, 5).map(shown).join('」「')}」${keys.length > 5 ? ` 等 ${keys.length} 个` : ''}`;
}

export function readReportJson(json: unknown): ReportJsonResult {
  try {
    if (!isObject(json)) throw new ReportJsonError('json：应为对象', 'json');
    for (const k of Object.keys(json)) text(k, 'json 的字段名', 'json');
    const extra = Object.keys(json).filter((k) => !KNOWN_KEYS.has(k));
    if (extra.length) throw new ReportJsonError(`json：未知的字段${keyList(extra)}`, 'json');

    const year = json.year;
    if (typeof year !== 'number' || !Number.isSafeInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new ReportJsonError(`json.year：应为年份（${FIRST_YEAR} 年以来的整数）`, 'year');
    }
    const format = json.format;
    if (typeof format !== 'string' || !Object.prototype.hasOwnProperty.call(REPORT_FORMATS, format)) {
      throw new ReportJsonError('json.format：应为 "2021" 或 "2019"', 'format');
    }
    if (format !== formatForYear(year))
      throw new ReportJsonError(
        `json.format：${year} 年的报告应为 ${formatForYear(year)} 年格式，不是 ${format} 年格式`,
        'format',
      );
    const def = REPORT_FORMATS[format as ReportFormat];

    const texts = { overview: '', problems: '', other: '' } as Record<TextSection, string>;
    if (json.texts !== undefined && json.texts !== null) {
      if (!isObject(json.texts)) throw new ReportJsonError('json.texts：应为对象', 'texts');
      for (const k of Object.keys(json.texts)) text(k, 'json.texts 的字段名', 'texts');
      const unknownTexts = Object.keys(json.texts).filter((k) => !(TEXT_SECTIONS as readonly string[]).includes(k));
      if (unknownTexts.length)
        throw new ReportJsonError(
          `json.texts：未知的部分${keyList(unknownTexts)}（应为 ${TEXT_SECTIONS.join('、')}）`,
          'texts',
        );
      for (const k of TEXT_SECTIONS) {
        const v = json.texts[k];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string') throw new ReportJsonError(`json.texts.${k}：应为文字`, k);
        texts[k] = text(v, `json.texts.${k}`, k);
      }
    }

    if (!isObject(json.cells)) throw new ReportJsonError('json.cells：应为对象', 'cells');
    const given = json.cells;
    for (const k of Object.keys(given)) text(k, 'json.cells 的字段名', 'cells');
    const unknown = Object.keys(given).filter((id) => !def.byId.has(id));
    if (unknown.length) throw new ReportJsonError(`json.cells：未知的单元格${keyList(unknown)}`, 'cells');
    const missing = def.cells.filter((c) => given[c.id] === undefined).map((c) => c.id);
    if (missing.length) throw new ReportJsonError(`json.cells：缺少单元格${keyList(missing)}`, 'cells');
    const cells: Record<string, string | null> = {};
    for (const c of def.cells) {
      const v = given[c.id];
      if (v === null) cells[c.id] = null;
      else if (typeof v === 'string') cells[c.id] = text(v, `json.cells.${c.id}`, c.id);
      else if (typeof v === 'number' && Number.isFinite(v)) cells[c.id] = String(v);
      else throw new ReportJsonError(`json.cells.${c.id}：应为数字、"/" 或 null`, c.id);
    }
    return { ok: true, report: { year, format: format as ReportFormat, texts, cells } };
  } catch (e) {
    if (e instanceof ReportJsonError) return { ok: false, message: e.message, field: e.field };
    throw e;
  }
}
