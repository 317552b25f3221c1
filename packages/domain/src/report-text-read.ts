/**
 * Reading a PUBLISHED annual report (政府信息公开工作年度报告) back from its text — a PDF's text layer rebuilt into
 * lines, `pdftotext -layout` output, a Word document's paragraphs and table rows, a web page's text — into the
 * report JSON the platform's report import takes (see report-json-import.ts), with findings in Chinese.
 *
 * Pure (no Node APIs): shared by the server, the CLI and the browser. Containers give lines (one array per page);
 * a table row is one line whose cells are separated by runs of spaces. Built for the variety of real layouts:
 * - headings found in order 一 … 六 by meaning (「四、因政府信息公开工作被申请行政复议、提起行政诉讼情况」 is 四), variants
 *   reported;
 * - page numbers (「-1-」「第 2 页」「3/5」, a lone number closing a page) and running headers/footers repeated on
 *   most pages dropped;
 * - table rows found by their trailing run of numbers (7 for table 三, 15 for table 四), whatever the label cells'
 *   wrapping does (labels wrapped above and below their numbers, group labels printed one character per line);
 *   a row whose numbers were split over two lines joined; a number split inside a cell (「44 7228」 for 447228,
 *   one more number than columns) joined at the narrowest gap, reported;
 * - rows matched by position, checked by meaning: a printed label that differs from the official one (a typo such
 *   as 「2.其他法律行政止公开」) is reported, the row kept; when the count of rows does not fit, rows are aligned by
 *   their labels;
 * - （六）其他处理 printed as one row in a 2021-format report: reported, and recorded as printed — its numbers under
 *   「3.其他」, 0 under 1. and 2. (so （七）总计 still adds up as printed);
 * - 「/」 cells kept as not applicable (dashes 「—」 read as 「/」, reported).
 * Texts of 一/五/六: the lines of the section joined (layout text: wrapped lines joined without a space; documents
 * with real paragraphs: one paragraph per line).
 */
import {
  REPORT_FORMATS,
  SECTION_HEADINGS,
  formatForYear,
  type ReportFormat,
  type TextSection,
} from './report-format.js';
import { parseCellInput } from './report-rules.js';
import type { ReportJson } from './report-json-import.js';
import { looksLikeAgencyName } from './agency-names.js';

export type ReportReadLevel = 'info' | 'warning' | 'error';

export interface ReportReadFinding {
  level: ReportReadLevel;
  /** Stable code: headingVariant, otherAsOneRow, labelTypo, notApplicable, dash, pageFurniture, splitNumber, splitRow, missingSection, missingCell, badCell, formatMismatch, rowCount, yearFromFileName. */
  code: string;
  message: string;
  /** A cell id, when the finding is about a cell or row. */
  cell?: string;
  /** 1-based page and line (within the page) of the source, when known. */
  page?: number;
  line?: number;
}

export interface ReportTextInput {
  /** Lines of each page (one page for documents without pages). */
  pages: string[][];
  /** True when each line is a real paragraph (Word, HTML): texts keep one paragraph per line. */
  paragraphs?: boolean;
  /** The file's name: a year in it is used when the text names none. */
  fileName?: string;
}

export type ReportTextResult =
  | { ok: true; report: ReportJson; findings: ReportReadFinding[]; title: string | null; organ: string | null }
  | { ok: false; message: string; findings: ReportReadFinding[] };

interface Line {
  text: string;
  page: number;
  line: number;
}

// ---------------------------------------------------------------- small helpers

const WS = /[\s\u00A0\u3000]+/gu;
const squash = (s: string): string => s.replace(WS, '');
const toAsciiDigits = (s: string): string =>
  s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/gu, '.');
/** Letters and digits only (punctuation, quotes and numbering marks differ between printings). */
const core = (s: string): string => toAsciiDigits(s).replace(/[^\p{L}\p{N}]/gu, '');

const PAGE_NUMBER = [
  /^[-－—–_~·•\s]*\d{1,3}[-－—–_~·•\s]*$/u, // checked only with decoration or position, see below
  /^第\s*\d{1,3}\s*页(\s*[，,]?\s*共\s*\d{1,3}\s*页)?$/u,
  /^\d{1,3}\s*[/／]\s*\d{1,3}$/u,
  /^[-－—–]\s*\d{1,3}\s*[-－—–]$/u,
  /^共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页$/u,
];

function isDecoratedPageNumber(t: string): boolean {
  return PAGE_NUMBER.slice(1).some((r) => r.test(t));
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(line: string): Tok[] {
  const out: Tok[] = [];
  for (const m of line.matchAll(/[^\s\u00A0\u3000]+/gu))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
const SLASH = /^[/／\\]$/u;
const DASH = /^[—–－-]{1,2}$/u;

/** A value token as printed, normalised: '12', '12.5', '/', or null when the token is not a value. */
function valueOf(t: string): string | null {
  const a = toAsciiDigits(t);
  if (NUMBER.test(a)) return a;
  if (GROUPED.test(a)) return a.replace(/,/gu, '');
  if (SLASH.test(a)) return '/';
  if (DASH.test(a)) return '—';
  return null;
}

interface Values {
  /** Text before the values (the row's label as printed on this line). */
  label: string;
  values: Array<{ v: string; start: number; end: number }>;
}

/** The trailing run of values of a line, and the label before it. */
function trailingValues(line: string): Values {
  const toks = tokens(line);
  let i = toks.length;
  while (i > 0 && valueOf(toks[i - 1]!.text) !== null) i--;
  // A label ending in a list number such as 「3.」 is not a value; 「3.」 fails NUMBER anyway.
  const values = toks.slice(i).map((t) => ({ v: valueOf(t.text)!, start: t.start, end: t.end }));
  const label = i > 0 ? line.slice(0, toks[i - 1]!.end) : '';
  return { label: label.trim(), values };
}

/** Joins the pair of adjacent numbers with the narrowest gap until `want` values remain (a number split in a cell). */
function mergeSplit(values: Values['values'], want: number): Values['values'] | null {
  const v = [...values];
  while (v.length > want) {
    let best = -1;
    let gap = Infinity;
    for (let k = 0; k + 1 < v.length; k++) {
      if (!/^\d+$/u.test(v[k]!.v) || !/^\d+(\.\d+)?$/u.test(v[k + 1]!.v)) continue;
      const g = v[k + 1]!.start - v[k]!.end;
      if (g < gap) {
        gap = g;
        best = k;
      }
    }
    // One number too many: the narrowest gap is the split (a wide one only when it is the only candidate left).
    if (best < 0 || gap > (v.length === want + 1 ? 3 : 1)) return null;
    v.splice(best, 2, { v: v[best]!.v + v[best + 1]!.v, start: v[best]!.start, end: v[best + 1]!.end });
  }
  return v;
}

/** Longest common subsequence length (labels are short). */
function lcs(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/** Is `needle` a subsequence of `hay`? */
function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

const where = (l: Line | undefined, pages: number): string =>
  l ? (pages > 1 ? `第 ${l.page} 页第 ${l.line} 行` : `第 ${l.line} 行`) : '';

// ---------------------------------------------------------------- page furniture

function dropFurniture(pages: string[][], findings: ReportReadFinding[]): Line[] {
  const out: Line[] = [];
  const edgeKey = (s: string): string => squash(s).replace(/\d+/gu, '#');
  // Running headers/footers: the first or last non-empty line of a page, the same (digits aside) on most pages.
  const counts = new Map<string, number>();
  const edges = pages.map((lines) => {
    const filled = lines.map((t, i) => ({ t, i })).filter((x) => x.t.trim() !== '');
    const e = [filled[0], filled[filled.length - 1]].filter((x): x is { t: string; i: number } => !!x);
    const keys = [...new Set(e.map((x) => edgeKey(x.t)))];
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return e;
  });
  const repeated = new Set<string>();
  if (pages.length >= 3)
    for (const [k, n] of counts)
      if (k !== '' && n >= Math.max(3, Math.ceil(pages.length * 0.6)) && k.length <= 60) repeated.add(k);
  let dropped = 0;
  pages.forEach((lines, p) => {
    const filled = lines.map((t, i) => ({ t, i })).filter((x) => x.t.trim() !== '');
    const lastIdx = filled[filled.length - 1]?.i ?? -1;
    const firstIdx = filled[0]?.i ?? -1;
    const edgeIdx = new Set(edges[p]!.map((x) => x.i));
    lines.forEach((raw, i) => {
      const t = raw.trim();
      if (t === '') {
        out.push({ text: '', page: p + 1, line: i + 1 });
        return;
      }
      const decorated = isDecoratedPageNumber(t);
      // A bare number alone on the first or last line of a page is its page number.
      const bare =
        /^\d{1,3}$/u.test(toAsciiDigits(t)) &&
        Math.abs(Number(toAsciiDigits(t)) - (p + 1)) <= 3 &&
        (i === lastIdx || i === firstIdx) &&
        pages.length > 1;
      if (decorated || bare || (edgeIdx.has(i) && repeated.has(edgeKey(t)))) {
        dropped++;
        return;
      }
      out.push({ text: raw.replace(/\s+$/u, ''), page: p + 1, line: i + 1 });
    });
  });
  if (dropped) findings.push({ level: 'info', code: 'pageFurniture', message: `去掉了页码、页眉页脚 ${dropped} 行` });
  return out;
}

// ---------------------------------------------------------------- headings

type SectionKey = keyof typeof SECTION_HEADINGS;
const SECTION_ORDER: SectionKey[] = ['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other'];
const HEADING: Record<SectionKey, RegExp> = {
  overview: /^(?:一|1)[、.．，,]?(?:总体情况|总体|概述|概况|基本情况|工作概况|工作总体情况|政府信息公开工作总体情况)/u,
  proactive: /^(?:二|2)[、.．，,]?.{0,12}主动公开/u,
  applications: /^(?:三|3)[、.．，,]?.{0,12}(?:收到和处理|收到、处理|依申请|申请情况|申请的情况)/u,
  reviewLitigation: /^(?:四|4)[、.．，,]?.{0,24}(?:复议|诉讼)/u,
  problems: /^(?:五|5)[、.．，,]?.{0,20}(?:问题|改进)/u,
  other: /^(?:六|6)[、.．，,]?.{0,8}(?:其他|其它)/u,
};

/** A heading run into its paragraph (「一、总体情况2023年，我局……」, common in Word and web pages): split off. */
function splitRunInHeadings(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    const key = SECTION_ORDER.find(
      (k) => t.startsWith(SECTION_HEADINGS[k]) && t.length > SECTION_HEADINGS[k].length + 8,
    );
    if (key) {
      const h = SECTION_HEADINGS[key];
      out.push({ ...l, text: h }, { ...l, text: t.slice(h.length).replace(/^[。：:\s]+/u, '') });
    } else out.push(l);
  }
  return out;
}

function findHeadings(
  lines: Line[],
  findings: ReportReadFinding[],
  pages: number,
): Partial<Record<SectionKey, number>> {
  const at: Partial<Record<SectionKey, number>> = {};
  let from = 0;
  for (const key of SECTION_ORDER) {
    for (let i = from; i < lines.length; i++) {
      const s = toAsciiDigits(squash(lines[i]!.text)).replace(/[：:]$/u, '');
      if (s.length > 48 || !HEADING[key].test(s)) continue;
      at[key] = i;
      from = i + 1;
      if (s !== SECTION_HEADINGS[key]) {
        findings.push({
          level: 'info',
          code: 'headingVariant',
          message: `标题印作「${s}」（${where(lines[i], pages)}），按「${SECTION_HEADINGS[key]}」读取`,
          page: lines[i]!.page,
          line: lines[i]!.line,
        });
      }
      break;
    }
    if (at[key] === undefined)
      findings.push({
        level: 'warning',
        code: 'missingSection',
        message: `没有找到「${SECTION_HEADINGS[key]}」这一部分的标题`,
      });
  }
  return at;
}

function range(at: Partial<Record<SectionKey, number>>, key: SectionKey, total: number): [number, number] | null {
  const start = at[key];
  if (start === undefined) return null;
  const idx = SECTION_ORDER.indexOf(key);
  let end = total;
  for (const k of SECTION_ORDER.slice(idx + 1)) {
    if (at[k] !== undefined) {
      end = at[k]!;
      break;
    }
  }
  return [start + 1, end];
}

// ---------------------------------------------------------------- texts

/** Control characters and unpaired surrogates a PDF's text layer may hold: never stored. */
const UNSTORABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

function joinText(lines: Line[], paragraphs: boolean): string {
  const parts = lines.map((l) => l.text.replace(UNSTORABLE, '').trim()).filter((t) => t !== '');
  if (paragraphs) return parts.join('\n');
  let out = '';
  for (const p of parts) {
    if (out && /[A-Za-z0-9]$/u.test(out) && /^[A-Za-z]/u.test(p)) out += ' ';
    out += p;
  }
  return out;
}

const WEB_BOILERPLATE =
  /^(?:主办(?:单位)?[:：]|承办(?:单位)?[:：]|网站标识码|版权所有|Copyright|©|联系我们|网站地图|技术支持[:：]|【?(?:打印|关闭|关闭窗口|打印本页|收藏)】?$|分享到|上一篇|下一篇|相关(?:链接|文章|阅读)|扫一扫)|ICP备|公网安备/iu;

/** The organ's name and the date that close a report (「根河市财政局」「2022年1月20日」) are not part of 六. */
function dropSignature(body: Line[], findings: ReportReadFinding[]): Line[] {
  const out = [...body];
  const isDate = (t: string): boolean =>
    /^(?:(?:19|20)\d{2}|[〇一二三四五六七八九零]{4})年[\d〇一二三四五六七八九十]{1,2}月[\d〇一二三四五六七八九十]{1,3}日$/u.test(
      toAsciiDigits(squash(t)),
    );
  let dropped = 0;
  while (out.length > 1) {
    const t = out[out.length - 1]!.text;
    if (isDate(t) || (dropped > 0 && dropped < 3 && looksLikeAgencyName(squash(t)))) {
      out.pop();
      dropped++;
    } else break;
  }
  if (dropped)
    findings.push({
      level: 'info',
      code: 'signature',
      message: '报告末尾的落款（机关名称、日期）没有计入「六、其他需要报告的事项」',
    });
  return out;
}

// ---------------------------------------------------------------- year and format

function findYear(
  lines: Line[],
  fileName: string | undefined,
  findings: ReportReadFinding[],
): { year: number | null; title: string | null; organ: string | null } {
  const head = lines.slice(0, 60);
  for (const [k, l] of head.entries()) {
    const s = toAsciiDigits(squash(l.text));
    const m = /((?:19|20)\d{2})年度?.{0,20}?(?:政府)?信息公开(?:工作)?(?:年度)?报告/u.exec(s);
    if (!m) continue;
    // The organ's name often stands on the line above 「2023 年政府信息公开工作年度报告」.
    const above = head
      .slice(0, k)
      .reverse()
      .find((x) => x.text.trim() !== '');
    const organ =
      m.index === 0 && above && squash(above.text).length <= 30
        ? squash(above.text)
        : s.slice(0, m.index).replace(/^#/u, '');
    return { year: Number(m[1]), title: `${organ}${m[0]}`, organ: organ.replace(/[（(].*$/u, '') || null };
  }
  for (const l of lines.slice(0, 120)) {
    const s = toAsciiDigits(squash(l.text));
    const m =
      /统计(?:期限|期|时限)?.{0,6}?自?((?:19|20)\d{2})年1月1日/u.exec(s) ?? /^((?:19|20)\d{2})年(?:度)?[，,]/u.exec(s);
    if (m) return { year: Number(m[1]), title: null, organ: null };
  }
  const f = fileName ? /((?:19|20)\d{2})/u.exec(toAsciiDigits(fileName)) : null;
  if (f) {
    findings.push({ level: 'warning', code: 'yearFromFileName', message: `正文中没有读到年份，按文件名取 ${f[1]} 年` });
    return { year: Number(f[1]), title: null, organ: null };
  }
  return { year: null, title: null, organ: null };
}

// ---------------------------------------------------------------- the reading

interface ValueRow {
  idx: number;
  label: string;
  values: string[];
  /** Label text of the lines around it (wrapped label parts). */
  context: string;
}

const ITEM_MARK = /(?:\d{1,2}[.、．]|[（(][一二三四五六七八][）)]|[一二三四][、.．])/gu;

/** The label as printed, without group labels before its own numbering: 「本 2.其他…」 → 「2.其他…」. */
function ownLabel(label: string): string {
  const s = squash(label);
  let last = -1;
  for (const m of s.matchAll(ITEM_MARK)) last = m.index;
  return last > 0 ? s.slice(last) : s;
}

function collectRows(
  lines: Line[],
  from: number,
  to: number,
  width: number,
  findings: ReportReadFinding[],
  pages: number,
  what: string,
): ValueRow[] {
  const rows: Array<{ idx: number; label: string; values: string[] }> = [];
  let pending: { idx: number; label: string; values: Values['values'] } | null = null;
  for (let i = from; i < to; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    const tv = trailingValues(text);
    if (tv.values.length === 0) {
      pending = null;
      continue;
    }
    let vals = tv.values;
    if (vals.length > width) {
      const merged = mergeSplit(vals, width);
      if (merged) {
        findings.push({
          level: 'warning',
          code: 'splitNumber',
          message: `${what}${where(lines[i], pages)}：一格中的数字被空格分开，已连起来读（${vals.map((v) => v.v).join(' ')} → ${merged.map((v) => v.v).join(' ')}）`,
          page: lines[i]!.page,
          line: lines[i]!.line,
        });
        vals = merged;
      } else {
        findings.push({
          level: 'warning',
          code: 'extraValues',
          message: `${what}${where(lines[i], pages)}：一行有 ${vals.length} 个数（应为 ${width} 个），取最后 ${width} 个：请核对`,
          page: lines[i]!.page,
          line: lines[i]!.line,
        });
        vals = vals.slice(vals.length - width);
      }
    }
    if (vals.length === width) {
      rows.push({ idx: i, label: tv.label, values: vals.map((v) => v.v) });
      pending = null;
    } else if (pending && tv.label === '' && pending.values.length + vals.length === width) {
      findings.push({
        level: 'info',
        code: 'splitRow',
        message: `${what}${where(lines[pending.idx], pages)}：一行的数字分在两行，已合并`,
        page: lines[i]!.page,
        line: lines[i]!.line,
      });
      rows.push({ idx: pending.idx, label: pending.label, values: [...pending.values, ...vals].map((v) => v.v) });
      pending = null;
    } else pending = { idx: i, label: tv.label, values: vals };
  }
  // Context: the row's own label and the label-only lines between it and its neighbours.
  return rows.map((r, k) => {
    const lo = k > 0 ? rows[k - 1]!.idx + 1 : from;
    const hi = k + 1 < rows.length ? rows[k + 1]!.idx : to;
    const around: string[] = [];
    for (let i = lo; i < hi; i++)
      around.push(i === r.idx ? r.label : trailingValues(lines[i]!.text).values.length ? '' : lines[i]!.text);
    return { ...r, context: squash(around.join('')) };
  });
}

interface RowDef {
  key: string;
  label: string;
}

/** Aligns printed rows to expected rows by label (sequence alignment maximising label similarity). */
function alignByLabel(rows: ValueRow[], defs: RowDef[]): Array<ValueRow | null> {
  const n = rows.length;
  const m = defs.length;
  const score = (r: ValueRow, d: RowDef): number => {
    const a = core(d.label);
    const own = core(ownLabel(r.label));
    const s1 = own ? lcs(a, own) / Math.max(a.length, own.length) : 0;
    const s2 = lcs(a, core(r.context)) / a.length;
    return Math.max(s1, s2 * 0.9);
  };
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(rows[i - 1]!, defs[j - 1]!);
      dp[i]![j] = Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!, s >= 0.5 ? dp[i - 1]![j - 1]! + s : -Infinity);
    }
  }
  const out: Array<ValueRow | null> = new Array<ValueRow | null>(m).fill(null);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = score(rows[i - 1]!, defs[j - 1]!);
    if (s >= 0.5 && dp[i]![j] === dp[i - 1]![j - 1]! + s) {
      out[j - 1] = rows[i - 1]!;
      i--;
      j--;
    } else if (dp[i]![j] === dp[i - 1]![j]) i--;
    else j--;
  }
  return out;
}

function setCell(
  cells: Record<string, string | null>,
  format: ReportFormat,
  id: string,
  raw: string | null,
  findings: ReportReadFinding[],
  at?: Line,
  pages = 1,
): void {
  const def = REPORT_FORMATS[format].byId.get(id)!;
  if (raw === null) {
    cells[id] = null;
    return;
  }
  let v = raw;
  if (v === '—') {
    findings.push({
      level: 'info',
      code: 'dash',
      message: `「${def.row}」「${def.column}」印作「—」，按「/」（不适用）记录`,
      cell: id,
      page: at?.page,
      line: at?.line,
    });
    v = '/';
  }
  const p = parseCellInput(def.kind, v);
  if (!p.ok) {
    findings.push({
      level: 'error',
      code: 'badCell',
      message: `「${def.row}」「${def.column}」印作「${raw}」（${where(at, pages)}）：${p.message}，没有录入`,
      cell: id,
      page: at?.page,
      line: at?.line,
    });
    cells[id] = null;
    return;
  }
  cells[id] = p.value;
}

function readProactive(
  lines: Line[],
  r: [number, number] | null,
  format: ReportFormat,
  cells: Record<string, string | null>,
  findings: ReportReadFinding[],
  pages: number,
): void {
  const tables = REPORT_FORMATS[format].proactive;
  const [from, to] = r ?? [0, 0];
  const used = new Set<number>();
  for (const table of tables) {
    for (const row of table.rows) {
      const want = row.cells.length;
      const alt =
        row.label === '行政规范性文件'
          ? ['行政规范性文件', '规范性文件']
          : row.label === '规范性文件'
            ? ['规范性文件', '行政规范性文件']
            : [row.label];
      let found: { vals: string[]; line: Line } | null = null;
      for (let i = from; i < to && !found; i++) {
        if (used.has(i)) continue;
        const tv = trailingValues(lines[i]!.text);
        const label = squash(tv.label).replace(/^[\d.、．（）()一二三四五六七八九]+/u, '');
        const label2 = label + squash(trailingValues(lines[i + 1]?.text ?? '').label);
        if (!alt.some((a) => label.startsWith(a) || (label.length >= 2 && a.startsWith(label) && label2.startsWith(a))))
          continue;
        if (row.label === '规章' && /规章.*规范性文件/u.test(label)) continue;
        let vals = tv.values.map((v) => v.v);
        // Values printed on neighbouring lines (a wrapped label centres its numbers).
        for (const j of [i + 1, i - 1, i + 2]) {
          if (vals.length >= want || j < from || j >= to || used.has(j)) continue;
          const nv = trailingValues(lines[j]!.text);
          if (nv.label === '' && nv.values.length + vals.length <= want) {
            vals = j < i ? [...nv.values.map((v) => v.v), ...vals] : [...vals, ...nv.values.map((v) => v.v)];
            used.add(j);
          }
        }
        if (vals.length === 0) continue;
        used.add(i);
        found = { vals: vals.slice(0, want), line: lines[i]! };
      }
      row.cells.forEach((id, k) => {
        const v = found?.vals[k] ?? null;
        if (v === null)
          findings.push({
            level: 'warning',
            code: 'missingCell',
            message: `没有读到「${table.caption} ${row.label}」「${table.columns[k]}」`,
            cell: id,
          });
        setCell(cells, format, id, v, findings, found?.line, pages);
      });
    }
  }
}

function readApplications(
  lines: Line[],
  r: [number, number] | null,
  format: ReportFormat,
  cells: Record<string, string | null>,
  findings: ReportReadFinding[],
  pages: number,
): void {
  const defs: RowDef[] = REPORT_FORMATS[format].applicationRows.map((x) => ({ key: x.key, label: x.label }));
  const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
  const rows = r ? collectRows(lines, r[0], r[1], 7, findings, pages, '表三') : [];
  let assigned: Array<ValueRow | null>;
  let otherSingle: ValueRow | null = null;
  const otherIdx = defs.findIndex((d) => d.key.startsWith('other'));
  if (rows.length === defs.length) assigned = rows;
  else if (format === '2021' && rows.length === defs.length - 2) {
    // （六）其他处理 printed as one row.
    assigned = [...rows.slice(0, otherIdx), null, null, null, ...rows.slice(otherIdx + 1)];
    otherSingle = rows[otherIdx]!;
  } else if (format === '2019' && rows.length === defs.length + 2) {
    // The 2021 format's three sub-rows of （六） in a trial-format report: summed into its one row.
    const three = rows.slice(otherIdx, otherIdx + 3);
    const sum = columns.map((_, c) => {
      const vs = three.map((x) => x.values[c]!);
      return vs.every((v) => /^\d+$/u.test(v)) ? String(vs.reduce((a, v) => a + Number(v), 0)) : vs[0]!;
    });
    findings.push({
      level: 'warning',
      code: 'otherAsOneRow',
      message: '（六）其他处理印有三个子项，按试行格式相加为一行',
    });
    assigned = [
      ...rows.slice(0, otherIdx),
      { ...three[0]!, values: sum, label: '（六）其他处理' },
      ...rows.slice(otherIdx + 3),
    ];
  } else {
    if (rows.length)
      findings.push({
        level: 'warning',
        code: 'rowCount',
        message: `表三读到 ${rows.length} 行数字（应为 ${defs.length} 行），按行标签对应`,
      });
    assigned = alignByLabel(rows, defs);
    // （六）其他处理 as one row in the 2021 format, seen by its label.
    if (
      format === '2021' &&
      assigned[otherIdx] === null &&
      assigned[otherIdx + 1] === null &&
      assigned[otherIdx + 2] === null
    ) {
      const single = rows.find((x) => /（六）其他处理$|^其他处理$/u.test(ownLabel(x.label)));
      if (single) otherSingle = single;
    }
  }
  if (otherSingle) {
    const nonzero = otherSingle.values.some((v) => v !== '0');
    findings.push({
      level: 'warning',
      code: 'otherAsOneRow',
      message: `表三「（六）其他处理」印成一行（${otherSingle.values.join(' ')}），没有分 1.2.3. 三项：按原文录入，${nonzero ? '其数字记在「3.其他」，1.、2. 记 0' : '三项都记 0'}`,
      cell: 'a.other.other.total',
      page: lines[otherSingle.idx]?.page,
      line: lines[otherSingle.idx]?.line,
    });
    assigned[otherIdx] = { ...otherSingle, values: otherSingle.values.map((v) => (v === '/' ? v : '0')) };
    assigned[otherIdx + 1] = { ...otherSingle, values: otherSingle.values.map((v) => (v === '/' ? v : '0')) };
    assigned[otherIdx + 2] = otherSingle;
  }
  defs.forEach((d, k) => {
    const row = assigned[k] ?? null;
    const at = row ? lines[row.idx] : undefined;
    if (!row)
      findings.push({
        level: 'warning',
        code: 'missingCell',
        message: `表三没有读到「${d.label}」这一行`,
        cell: `a.${d.key}.total`,
      });
    else if (!(otherSingle && d.key.startsWith('other.'))) {
      const want = core(d.label);
      if (!isSubsequence(want, core(row.context))) {
        const printed = ownLabel(row.label) || row.context.slice(0, 40);
        findings.push({
          level: 'warning',
          code: 'labelTypo',
          message: `表三行标签印作「${printed}」（${where(at, pages)}），按位置和含义读作「${d.label}」`,
          cell: `a.${d.key}.total`,
          page: at?.page,
          line: at?.line,
        });
      }
    }
    columns.forEach((c, i) =>
      setCell(cells, format, `a.${d.key}.${c}`, row ? (row.values[i] ?? null) : null, findings, at, pages),
    );
  });
}

function readReview(
  lines: Line[],
  r: [number, number] | null,
  format: ReportFormat,
  cells: Record<string, string | null>,
  findings: ReportReadFinding[],
  pages: number,
): void {
  const ids = REPORT_FORMATS[format].cells.filter((c) => c.section === 'reviewLitigation').map((c) => c.id);
  let vals: Values['values'] = [];
  let first: Line | undefined;
  if (r) {
    const rowLines: Array<{ i: number; tv: Values }> = [];
    for (let i = r[0]; i < r[1]; i++) {
      const tv = trailingValues(lines[i]!.text);
      if (tv.values.length && (tv.label === '' || tv.values.length >= 5)) rowLines.push({ i, tv });
    }
    const one = rowLines.find((x) => x.tv.values.length === ids.length);
    if (one) {
      vals = one.tv.values;
      first = lines[one.i];
    } else {
      for (const x of rowLines) vals.push(...x.tv.values);
      first = rowLines[0] ? lines[rowLines[0].i] : undefined;
      if (vals.length > ids.length) {
        const merged = rowLines.length === 1 ? mergeSplit(vals, ids.length) : null;
        if (merged) {
          findings.push({
            level: 'warning',
            code: 'splitNumber',
            message: `表四${where(first, pages)}：一格中的数字被空格分开，已连起来读`,
            page: first?.page,
            line: first?.line,
          });
          vals = merged;
        }
      }
    }
  }
  if (vals.length !== ids.length) {
    findings.push({
      level: 'warning',
      code: 'missingCell',
      message: `表四读到 ${vals.length} 个数（应为 ${ids.length} 个），没有录入`,
    });
    for (const id of ids) cells[id] = null;
    return;
  }
  ids.forEach((id, k) => setCell(cells, format, id, vals[k]!.v, findings, first, pages));
}

/** Splits plain text (e.g. `pdftotext -layout` output) into pages (form feeds) and lines. */
export function reportTextPages(text: string): string[][] {
  const pages = text
    .replace(/\r\n?/gu, '\n')
    .split('\f')
    .map((p) => p.split('\n'));
  while (pages.length > 1 && pages[pages.length - 1]!.every((l) => l.trim() === '')) pages.pop();
  return pages;
}

/** Reads a published report's text (see the module comment). */
export function readReportText(input: ReportTextInput): ReportTextResult {
  const findings: ReportReadFinding[] = [];
  const pageCount = input.pages.length;
  const lines = splitRunInHeadings(dropFurniture(input.pages, findings));
  if (!lines.some((l) => l.text.trim() !== '')) return { ok: false, message: '文件中没有文字', findings };
  const { year, title, organ } = findYear(lines, input.fileName, findings);
  const at = findHeadings(lines, findings, pageCount);
  const found = SECTION_ORDER.filter((k) => at[k] !== undefined);
  const tablesFound = (['proactive', 'applications', 'reviewLitigation'] as const).filter((k) => at[k] !== undefined);
  if (found.length < 3 || tablesFound.length === 0) {
    return {
      ok: false,
      message: `不像政府信息公开工作年度报告：只找到${found.length ? found.map((k) => `「${SECTION_HEADINGS[k]}」`).join('') : '0 个部分标题'}（应有一至六部分，含表二、三、四）`,
      findings,
    };
  }
  if (year === null)
    return { ok: false, message: '没有读出报告的年份（标题中应有「××××年政府信息公开工作年度报告」）', findings };
  const format = formatForYear(year);
  const proactive = range(at, 'proactive', lines.length);
  if (proactive) {
    const s = squash(
      lines
        .slice(proactive[0], proactive[1])
        .map((l) => l.text)
        .join(''),
    );
    const printed: ReportFormat | null = /本年新制作数量|对外公开总数量|其他对外管理服务事项|政府集中采购/u.test(s)
      ? '2019'
      : /本年制发件数|现行有效件数/u.test(s)
        ? '2021'
        : null;
    if (printed && printed !== format)
      findings.push({
        level: 'warning',
        code: 'formatMismatch',
        message: `表二是 ${printed} 年格式，但 ${year} 年的报告应为 ${format} 年格式：按 ${format} 年格式读取`,
      });
  }
  const cells: Record<string, string | null> = {};
  readProactive(lines, proactive, format, cells, findings, pageCount);
  readApplications(lines, range(at, 'applications', lines.length), format, cells, findings, pageCount);
  readReview(lines, range(at, 'reviewLitigation', lines.length), format, cells, findings, pageCount);
  const na = Object.entries(cells)
    .filter(([, v]) => v === '/')
    .map(([id]) => id);
  if (na.length)
    findings.push({
      level: 'info',
      code: 'notApplicable',
      message: `${na.length} 个单元格印作「/」（不适用），按「/」记录`,
    });
  const texts = { overview: '', problems: '', other: '' } as Record<TextSection, string>;
  for (const k of ['overview', 'problems', 'other'] as const) {
    const rg = range(at, k, lines.length);
    if (!rg) continue;
    let body = lines.slice(rg[0], rg[1]).filter((l) => l.text.trim() !== '');
    if (k === 'other') {
      // A saved web page goes on after the report: its footer (主办、网站标识码、ICP备案 …) or the page's tools.
      const end = body.findIndex((l) => WEB_BOILERPLATE.test(squash(l.text)));
      if (end >= 0) {
        findings.push({
          level: 'info',
          code: 'pageFurniture',
          message: `报告之后的网页内容（「${squash(body[end]!.text).slice(0, 20)}」起）没有计入「六、其他需要报告的事项」`,
        });
        body = body.slice(0, end);
      }
      body = dropSignature(body, findings);
    }
    texts[k] = joinText(body, !!input.paragraphs);
  }
  return { ok: true, report: { year, format, texts, cells }, findings, title, organ };
}

/** The count of cells read (not null) of a result, for summaries. */
export function reportCellsRead(report: ReportJson): { read: number; total: number } {
  const all = REPORT_FORMATS[report.format].cells;
  return {
    read: all.filter((c) => report.cells[c.id] !== null && report.cells[c.id] !== undefined).length,
    total: all.length,
  };
}
