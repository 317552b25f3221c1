/**
 * Annual report values and the consistency rules R1–R11 (shared/spec/annual-report.md), written once: the browser
 * checks as the user types, the server on save and submit. Numbers are exact: every value is a canonical decimal
 * string, arithmetic runs on integers of 1/10000.
 */
import { textSimilarity } from './text-normalize.js';
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  TEXT_SECTIONS,
  cellName,
  type CellKind,
  type ReportFormat,
  type TextSection,
} from './report-format.js';

/** '12', '3.5' (amounts, ≤ 4 decimals), '/' (not applicable), or null (not yet filled). */
export type CellValue = string | null;
export const NOT_APPLICABLE = '/';

export interface ReportData {
  format: ReportFormat;
  year: number;
  texts: Record<TextSection, string>;
  cells: Record<string, CellValue>;
}

export function emptyReport(year: number, format: ReportFormat): ReportData {
  const cells: Record<string, CellValue> = {};
  for (const c of REPORT_FORMATS[format].cells) cells[c.id] = null;
  return { format, year, texts: { overview: '', problems: '', other: '' }, cells };
}

export type CellInput = { ok: true; value: CellValue } | { ok: false; message: string };

/** Reads what a user typed (or pasted) into a cell. */
export function parseCellInput(kind: CellKind, text: string): CellInput {
  const t = text
    .trim()
    .replace(/[，,\s]/gu, '')
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (t === '') return { ok: true, value: null };
  if (t === '/' || t === '／') return { ok: true, value: NOT_APPLICABLE };
  if (/\d{15,}/u.test(t.split('.')[0] ?? '')) return { ok: false, message: '数字过大（最多 14 位整数）' };
  if (kind === 'amount') {
    if (/^-/u.test(t)) return { ok: false, message: '不能为负数' };
    const m = /^(\d+)(?:\.(\d+))?$/u.exec(t);
    if (!m) return { ok: false, message: '应为数字（单位：万元）' };
    // Trailing zeros are the same value (12.34560 = 12.3456): only significant decimals count against the four.
    if ((m[2] ?? '').replace(/0+$/u, '').length > 4) return { ok: false, message: '最多 4 位小数' };
    return { ok: true, value: canonical(toUnits(`${m[1]}.${(m[2] ?? '').replace(/0+$/u, '')}`)) };
  }
  if (kind === 'signedCount') {
    if (!/^[+-]?\d+$/u.test(t))
      return { ok: false, message: /^[+-]?\d+\.\d+$/u.test(t) ? '应为整数' : '应为整数（可为负数）' };
    return { ok: true, value: String(Number(t)) };
  }
  if (/^-\d/u.test(t)) return { ok: false, message: '不能为负数' };
  if (/^\d+\.\d+$/u.test(t)) return { ok: false, message: '应为整数，不能有小数' };
  if (!/^\d+$/u.test(t)) return { ok: false, message: '应为非负整数' };
  return { ok: true, value: String(Number(t)) };
}

const SCALE = 10000n;

/** A decimal string as integer units of 1/10000. */
export function toUnits(v: string): bigint {
  const neg = v.startsWith('-');
  const [int = '0', frac = ''] = v.replace(/^[+-]/u, '').split('.');
  const units = BigInt(int) * SCALE + BigInt((frac + '0000').slice(0, 4));
  return neg ? -units : units;
}

export function canonical(units: bigint): string {
  const neg = units < 0n;
  const abs = neg ? -units : units;
  const int = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(4, '0').replace(/0+$/u, '');
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** Value of a cell for arithmetic: 「/」 counts as 0; null when not filled. */
function units(report: ReportData, id: string): bigint | null {
  const v = report.cells[id];
  if (v === null || v === undefined) return null;
  if (v === NOT_APPLICABLE) return 0n;
  try {
    return toUnits(v);
  } catch {
    return null;
  }
}

function sum(report: ReportData, ids: string[]): bigint | null {
  let total = 0n;
  for (const id of ids) {
    const u = units(report, id);
    if (u === null) return null;
    total += u;
  }
  return total;
}

/** Whether every one of the cells is 「/」 (not applicable). */
function allNotApplicable(report: ReportData, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => report.cells[id] === NOT_APPLICABLE);
}

/**
 * Totals the platform computes (（七）总计, the 总计 column, the 总计 cells of table 四), when their parts are filled;
 * a total whose parts are all 「/」 is 「/」.
 */
export function computedTotals(report: ReportData): Record<string, string> {
  const out: Record<string, string> = {};
  // Row totals first (总计 column), then （七）总计 per column, so the corner cell is consistent both ways.
  for (const c of REPORT_FORMATS[report.format].cells) {
    if (!c.sumOf) continue;
    if (allNotApplicable(report, c.sumOf)) {
      out[c.id] = NOT_APPLICABLE;
      continue;
    }
    const s = sum(report, c.sumOf);
    if (s !== null) out[c.id] = canonical(s);
  }
  return out;
}

export type Severity = 'error' | 'warning';

export interface RuleResult {
  rule: 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11';
  severity: Severity;
  message: string;
  /** The cells (or text sections) concerned. */
  cells: string[];
}

export interface RuleContext {
  /** The same organ's report of the previous year. */
  lastYear?: ReportData | null;
  /** Other organs' reports of the same year, for R10. */
  peers?: Array<{ name: string; report: ReportData }>;
}

const fmt = (u: bigint): string => canonical(u);
/** A stated cell as the messages show it: 「/」 when not applicable (it counts as 0), else the number. */
const stated = (report: ReportData, id: string, u: bigint): string =>
  report.cells[id] === NOT_APPLICABLE ? '「/」' : fmt(u);

function applicationColumns(): Array<{ key: string; label: string }> {
  return APPLICANT_COLUMNS.map((c) => ({ key: c.key, label: c.group ? `${c.group}·${c.label}` : c.label }));
}

export function checkReport(report: ReportData, context: RuleContext = {}): RuleResult[] {
  const def = REPORT_FORMATS[report.format];
  const results: RuleResult[] = [];
  const name = (id: string): string => cellName(report.format, id);
  const push = (rule: RuleResult['rule'], severity: Severity, message: string, cells: string[]): void => {
    results.push({ rule, severity, message, cells });
  };

  // R5: every value valid; every cell filled (a number, 0, or 「/」).
  for (const c of def.cells) {
    const v = report.cells[c.id];
    if (v === null || v === undefined) {
      push('R5', 'error', `R5 ${name(c.id)}未填写（不适用的请填「/」）`, [c.id]);
      continue;
    }
    if (v === NOT_APPLICABLE) continue;
    const parsed = parseCellInput(c.kind, v);
    if (!parsed.ok) push('R5', 'error', `R5 ${name(c.id)}「${v}」${parsed.message}`, [c.id]);
  }
  const bad = new Set(results.map((r) => r.cells[0]!));
  const ok = (ids: string[]): boolean => ids.every((id) => !bad.has(id));

  const cols = applicationColumns();
  const rowKeys = def.applicationRows.map((r) => r.key);
  const handledParts = def.applicationRows
    .filter((r) => r.group !== null && r.key !== 'totalHandled')
    .map((r) => r.key);
  for (const col of cols) {
    // R1: 一 + 二 = （七）总计 + 四
    const left = [`a.newReceived.${col.key}`, `a.carriedOver.${col.key}`];
    const right = [`a.totalHandled.${col.key}`, `a.carriedForward.${col.key}`];
    const l = sum(report, left);
    const r = sum(report, right);
    if (l !== null && r !== null && ok([...left, ...right]) && l !== r) {
      push(
        'R1',
        'error',
        `R1 「${col.label}」列：一、本年新收 + 二、上年结转 = ${fmt(l)}，（七）总计 + 四、结转下年度 = ${fmt(r)}，两者应相等`,
        [...left, ...right],
      );
    }
    // R2: （七）总计 = sum of the outcomes
    const parts = handledParts.map((k) => `a.${k}.${col.key}`);
    const p = sum(report, parts);
    const t = units(report, `a.totalHandled.${col.key}`);
    if (p !== null && t !== null && ok([...parts, `a.totalHandled.${col.key}`]) && p !== t) {
      push(
        'R2',
        'error',
        `R2 「${col.label}」列：（七）总计填的是 ${stated(report, `a.totalHandled.${col.key}`, t)}，（一）至（六）之和是 ${fmt(p)}`,
        [`a.totalHandled.${col.key}`, ...parts],
      );
    }
  }
  // R3: 总计 column = sum of applicant columns, per row
  for (const key of rowKeys) {
    const parts = cols.filter((c) => c.key !== 'total').map((c) => `a.${key}.${c.key}`);
    const p = sum(report, parts);
    const t = units(report, `a.${key}.total`);
    if (p !== null && t !== null && ok([...parts, `a.${key}.total`]) && p !== t) {
      const label = def.applicationRows.find((r) => r.key === key)!.label;
      push(
        'R3',
        'error',
        `R3 「${label}」行：总计填的是 ${stated(report, `a.${key}.total`, t)}，自然人与法人或其他组织各列之和是 ${fmt(p)}`,
        [`a.${key}.total`, ...parts],
      );
    }
  }
  // R4: each 总计 of table 四
  for (const g of REVIEW_GROUPS) {
    const parts = REVIEW_COLUMNS.filter((c) => c.key !== 'total').map((c) => `r.${g.key}.${c.key}`);
    const p = sum(report, parts);
    const t = units(report, `r.${g.key}.total`);
    if (p !== null && t !== null && ok([...parts, `r.${g.key}.total`]) && p !== t) {
      push(
        'R4',
        'error',
        `R4 「${g.group === g.label ? g.label : `${g.group}·${g.label}`}」：总计填的是 ${stated(report, `r.${g.key}.total`, t)}，结果维持、结果纠正、其他结果、尚未审结之和是 ${fmt(p)}`,
        [`r.${g.key}.total`, ...parts],
      );
    }
  }

  // Last year's report may be in the other format (2020 trial → 2021): the rows compared exist in both.
  const last = context.lastYear ?? null;
  if (last) {
    // R6: 上年结转 = last year's 结转下年度
    for (const col of cols) {
      const now = units(report, `a.carriedOver.${col.key}`);
      const before = units(last, `a.carriedForward.${col.key}`);
      if (now !== null && before !== null && now !== before) {
        push(
          'R6',
          'warning',
          `R6 「${col.label}」列：二、上年结转 ${fmt(now)} 与 ${last.year} 年报告的四、结转下年度继续办理 ${fmt(before)} 不一致`,
          [`a.carriedOver.${col.key}`],
        );
      }
    }
    // R7: 现行有效件数 ≈ last + 制发 − 废止
    if (report.format === '2021' && last.format === '2021') {
      for (const [kind, label] of [
        ['regulations', '规章'],
        ['normative', '行政规范性文件'],
      ] as const) {
        const inForce = units(report, `p.${kind}.inForce`);
        const lastInForce = units(last, `p.${kind}.inForce`);
        const issued = units(report, `p.${kind}.issued`);
        const repealed = units(report, `p.${kind}.repealed`);
        if (
          [inForce, lastInForce, issued, repealed].every((x) => x !== null) &&
          report.cells[`p.${kind}.inForce`] !== NOT_APPLICABLE
        ) {
          const expected = lastInForce! + issued! - repealed!;
          if (expected !== inForce) {
            push(
              'R7',
              'warning',
              `R7 ${label}：现行有效件数 ${fmt(inForce!)}，按上年 ${fmt(lastInForce!)} + 本年制发 ${fmt(issued!)} − 本年废止 ${fmt(repealed!)} 应为 ${fmt(expected)}`,
              [`p.${kind}.inForce`],
            );
          }
        }
      }
    }
    // R8: year-on-year jumps of the main totals
    const totals = [
      'a.newReceived.total',
      'a.totalHandled.total',
      ...REVIEW_GROUPS.map((g) => `r.${g.key}.total`),
      ...(report.format === '2021' && last.format === '2021'
        ? ['p.licensing.decisions', 'p.punishment.decisions', 'p.enforcement.decisions']
        : []),
    ];
    for (const id of totals) {
      const now = units(report, id);
      const before = units(last, id);
      if (now === null || before === null || now < 10n * SCALE || before < 10n * SCALE) continue;
      if (now > 5n * before || now * 5n < before) {
        push('R8', 'warning', `R8 ${name(id)}：本年 ${fmt(now)}，上年 ${fmt(before)}，变化超过 5 倍，请核实`, [id]);
      }
    }
  }
  // R9: 五 and 六 not empty; 五 not a near-copy of last year's
  for (const s of ['problems', 'other'] as const) {
    if (report.texts[s].trim() === '')
      push(
        'R9',
        'warning',
        `R9 「${s === 'problems' ? '五、存在的主要问题及改进情况' : '六、其他需要报告的事项'}」为空`,
        [s],
      );
  }
  if (
    context.lastYear &&
    report.texts.problems.trim() !== '' &&
    textSimilarity(report.texts.problems, context.lastYear.texts.problems) >= 0.9
  ) {
    push(
      'R9',
      'warning',
      `R9 「五、存在的主要问题及改进情况」与 ${context.lastYear.year} 年报告的几乎相同，请写本年的问题和改进`,
      ['problems'],
    );
  }
  // R10: whole text nearly identical to last year's or a peer's
  const whole = (r: ReportData): string => TEXT_SECTIONS.map((s) => r.texts[s]).join('\n');
  if (whole(report).replace(/\s/gu, '').length >= 50) {
    const candidates = [
      ...(context.lastYear ? [{ name: `本机关 ${context.lastYear.year} 年报告`, report: context.lastYear }] : []),
      ...(context.peers ?? []),
    ];
    for (const c of candidates) {
      const sim = textSimilarity(whole(report), whole(c.report));
      if (sim >= 0.9)
        push('R10', 'warning', `R10 报告文字与${c.name}的相似度为 ${Math.round(sim * 100)}%，请核实是否照搬`, [
          ...TEXT_SECTIONS,
        ]);
    }
  }
  return results;
}

export const hasErrors = (results: RuleResult[]): boolean => results.some((r) => r.severity === 'error');

export interface DeadlineStatus {
  deadline: string;
  /** Days past the deadline (0 when on time or not yet due). */
  daysLate: number;
  late: boolean;
}

/**
 * R11: a department's report is due by 31 January of the next year; a government's own report is published by
 * 31 March (either or both earlier where the jurisdiction set `customDeadline`). `submittedOn` (for a government's
 * report: the day it was published) null: not yet, measured against `today`.
 */
export function reportDeadline(
  kind: 'department' | 'government',
  year: number,
  submittedOn: string | null,
  today: string,
  customDeadline?: string,
): DeadlineStatus {
  const deadline = customDeadline ?? (kind === 'government' ? `${year + 1}-03-31` : `${year + 1}-01-31`);
  const when = submittedOn ?? today;
  const days = Math.round((Date.parse(`${when}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86400000);
  return { deadline, daysLate: Math.max(0, days), late: days > 0 && (submittedOn !== null || when > deadline) };
}

/**
 * What a sum saw in one cell over the included reports: the sum of the numbers (in units of 1/10000, or a decimal
 * string as SQL returns it), how many reports had a number there and how many said 「/」.
 */
export interface CellSumParts {
  total: bigint | string | null;
  numbers: number;
  notApplicable: number;
}

/**
 * One cell of a sum of reports — the one rule, used by the SQL aggregation and by `sumReports`: the numbers summed
 * (「/」 in some reports and a number in others sums the numbers); 「/」 when no report has a number there and at
 * least one says 「/」 (a cell 「/」 in every included report stays 「/」: not applicable is not 0); null when no
 * report filled it in.
 */
export function summedCell(parts: CellSumParts): CellValue {
  if (parts.numbers > 0) {
    const t = parts.total ?? 0n;
    return canonical(typeof t === 'bigint' ? t : toUnits(t));
  }
  return parts.notApplicable > 0 ? NOT_APPLICABLE : null;
}

/**
 * A sum's totals settled: a total whose parts are all 「/」 is 「/」 (when the reports stated it as 0 or not at all —
 * a nonzero total over 「/」 parts stays, and R2–R4 point at it). Row totals before （七）总计, as the format lists them.
 */
export function settleSumTotals(data: ReportData): ReportData {
  for (const c of REPORT_FORMATS[data.format].cells) {
    if (!c.sumOf || !allNotApplicable(data, c.sumOf)) continue;
    const v = data.cells[c.id];
    if (v === null || v === undefined || v === NOT_APPLICABLE || toUnits(v) === 0n) data.cells[c.id] = NOT_APPLICABLE;
  }
  return data;
}

/** The cell-wise sum of reports of one format (what the SQL aggregation computes): `summedCell` per cell. */
export function sumReports(format: ReportFormat, year: number, reports: ReportData[]): ReportData {
  const out = emptyReport(year, format);
  for (const c of REPORT_FORMATS[format].cells) {
    const parts: CellSumParts = { total: 0n, numbers: 0, notApplicable: 0 };
    for (const r of reports) {
      const v = r.cells[c.id];
      if (v === null || v === undefined) continue;
      if (v === NOT_APPLICABLE) parts.notApplicable++;
      else {
        parts.total = (parts.total as bigint) + toUnits(v);
        parts.numbers++;
      }
    }
    out.cells[c.id] = summedCell(parts);
  }
  return settleSumTotals(out);
}

export interface CellComparison {
  id: string;
  current: CellValue;
  previous: CellValue;
  /** current − previous, when both are numbers. */
  change: string | null;
}

/** Year-on-year comparison, cell by cell. */
export function compareReports(current: ReportData, previous: ReportData): CellComparison[] {
  return REPORT_FORMATS[current.format].cells.map((c) => {
    const a = current.cells[c.id] ?? null;
    // The other format shares the ids of the rows both have (table 三 rows, table 四): those compare.
    const b = previous.cells[c.id] ?? null;
    const change =
      a !== null && b !== null && a !== NOT_APPLICABLE && b !== NOT_APPLICABLE
        ? canonical(toUnits(a) - toUnits(b))
        : null;
    return { id: c.id, current: a, previous: b, change };
  });
}
