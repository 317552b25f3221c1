/**
 * Table 二 (二、主动公开政府信息情况, 2021 format) computed from records: 本年制发件数 / 本年废止件数 / 现行有效件数 of the
 * 规章 and 行政规范性文件 records, and the 行政许可 / 行政处罚 / 行政强制 decision counts and 收费 entered per month.
 * The output is keyed by the report's own cell ids (report-format.ts), so labels come from there, never retyped.
 */
import { REPORT_FORMATS } from '../report-format.js';
import { NOT_APPLICABLE, canonical, toUnits, type CellValue } from '../report-rules.js';
import { madeOn, type DocumentKind, type RecordInput } from './record-model.js';

/** The decision counts and fees of one month (null: not entered). Fees in 万元, as a decimal string. */
export interface MonthlyDecisions {
  month: number;
  licensing: number | null;
  punishment: number | null;
  enforcement: number | null;
  fees: string | null;
}

export const DECISION_FIELDS = [
  { key: 'licensing', cell: 'p.licensing.decisions' },
  { key: 'punishment', cell: 'p.punishment.decisions' },
  { key: 'enforcement', cell: 'p.enforcement.decisions' },
] as const;

const DOCUMENT_CELLS: Record<DocumentKind, { issued: string; repealed: string; inForce: string }> = {
  REGULATION: { issued: 'p.regulations.issued', repealed: 'p.regulations.repealed', inForce: 'p.regulations.inForce' },
  NORMATIVE: { issued: 'p.normative.issued', repealed: 'p.normative.repealed', inForce: 'p.normative.inForce' },
};

/** The row label of a table 二 cell, from the report format: 「行政许可」. */
export function tableTwoRowLabel(cellId: string): string {
  for (const t of REPORT_FORMATS['2021'].proactive)
    for (const r of t.rows) if (r.cells.includes(cellId)) return r.label;
  return cellId;
}

export interface TableTwoCell {
  /** The report's cell id, e.g. 'p.normative.issued'. */
  id: string;
  /** Verbatim labels from the report format. */
  row: string;
  column: string;
  /** The computed value; null when nothing to compute from (no month entered). */
  value: CellValue;
  /** How it was computed, in Chinese. */
  basis: string;
}

export type TableTwoRecord = Pick<
  RecordInput,
  'status' | 'documentKind' | 'formedDate' | 'publishedDate' | 'abolishedDate' | 'validity' | 'title'
>;

/**
 * The ten cells of table 二 for `year`. Only published records count. A record made and abolished in the same year
 * counts in both 本年制发 and 本年废止 (and not in 现行有效).
 */
export function tableTwoFromRecords(
  year: number,
  records: TableTwoRecord[],
  months: MonthlyDecisions[],
): TableTwoCell[] {
  const byId = REPORT_FORMATS['2021'].byId;
  const y = String(year);
  const end = `${year}-12-31`;
  const values = new Map<string, { value: CellValue; basis: string }>();
  for (const kind of ['REGULATION', 'NORMATIVE'] as const) {
    const docs = records.filter((r) => r.status === 'PUBLISHED' && r.documentKind === kind);
    const made = docs.filter((r) => madeOn(r)?.startsWith(y));
    const gone = docs.filter((r) => r.abolishedDate?.startsWith(y));
    const inForce = docs.filter((r) => {
      const m = madeOn(r);
      return m !== null && m <= end && (r.abolishedDate === null || r.abolishedDate > end);
    });
    const cells = DOCUMENT_CELLS[kind];
    values.set(cells.issued, {
      value: String(made.length),
      basis: `${year}年内制发（形成日期）的记录 ${made.length} 件`,
    });
    values.set(cells.repealed, {
      value: String(gone.length),
      basis: `${year}年内废止或失效的记录 ${gone.length} 件`,
    });
    values.set(cells.inForce, {
      value: String(inForce.length),
      basis: `截至 ${end} 已制发且未废止、未失效的记录 ${inForce.length} 件`,
    });
  }
  const ofYear = months.filter((m) => m.month >= 1 && m.month <= 12);
  for (const f of DECISION_FIELDS) {
    const entered = ofYear.filter((m) => m[f.key] !== null);
    const sum = entered.reduce((s, m) => s + (m[f.key] ?? 0), 0);
    values.set(f.cell, {
      value: entered.length ? String(sum) : null,
      basis: entered.length ? `${entered.length} 个月的填报数之和` : '没有按月填报的数',
    });
  }
  const fees = ofYear.filter((m) => m.fees !== null && m.fees !== NOT_APPLICABLE);
  values.set('p.fees.amount', {
    value: fees.length ? canonical(fees.reduce((s, m) => s + toUnits(m.fees!), 0n)) : null,
    basis: fees.length ? `${fees.length} 个月的收费金额之和（万元）` : '没有按月填报的收费金额',
  });
  const out: TableTwoCell[] = [];
  for (const table of REPORT_FORMATS['2021'].proactive) {
    for (const row of table.rows) {
      for (const id of row.cells) {
        const def = byId.get(id)!;
        const v = values.get(id)!;
        out.push({ id, row: row.label, column: def.column, value: v.value, basis: v.basis });
      }
    }
  }
  return out;
}

export interface TableTwoDifference {
  id: string;
  row: string;
  column: string;
  typed: CellValue;
  computed: CellValue;
}

/** Cells where the report's typed value differs from the computed one (either filled). */
export function tableTwoDifferences(computed: TableTwoCell[], typed: Record<string, CellValue>): TableTwoDifference[] {
  const out: TableTwoDifference[] = [];
  for (const c of computed) {
    const t = typed[c.id] ?? null;
    if (c.value === null || t === null || t === NOT_APPLICABLE) continue;
    const same = c.id === 'p.fees.amount' ? toUnits(t) === toUnits(c.value) : t === c.value;
    if (!same) out.push({ id: c.id, row: c.row, column: c.column, typed: t, computed: c.value });
  }
  return out;
}

/**
 * The report cells after filling in the computed values: every computed cell whose value is not null, except cells
 * the report marks not applicable (「/」 stays: a department without rule-making power).
 */
export function fillTableTwo(
  computed: TableTwoCell[],
  typed: Record<string, CellValue>,
): { cells: Record<string, CellValue>; changed: string[] } {
  const cells = { ...typed };
  const changed: string[] = [];
  for (const c of computed) {
    if (c.value === null || typed[c.id] === NOT_APPLICABLE) continue;
    if (typed[c.id] !== c.value) changed.push(c.id);
    cells[c.id] = c.value;
  }
  return { cells, changed };
}

/** Checks a month's entry: counts non-negative integers, fees a non-negative decimal (≤ 4 places). */
export function validateMonthlyDecisions(m: MonthlyDecisions): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(m.month) || m.month < 1 || m.month > 12) errors.push(`月份「${m.month}」应为 1–12`);
  for (const f of DECISION_FIELDS) {
    const v = m[f.key];
    if (v !== null && (!Number.isInteger(v) || v < 0 || v > 1e12))
      errors.push(`${m.month}月「${tableTwoRowLabel(f.cell)}」应为非负整数`);
  }
  if (m.fees !== null && !/^\d{1,12}(?:\.\d{1,4})?$/u.test(m.fees))
    errors.push(`${m.month}月「${tableTwoRowLabel('p.fees.amount')}」金额「${m.fees}」应为非负数，最多 4 位小数`);
  return errors;
}
