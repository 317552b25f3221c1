/**
 * 按月录入 the decision counts (行政许可 / 行政处罚 / 行政强制) and 收费 (万元) that table 二 sums: the twelve months as
 * the form holds them (text per cell), checked with the domain's rules, and the setMonthlyDecisions input.
 */
import { DECISION_FIELDS, tableTwoRowLabel, validateMonthlyDecisions, type MonthlyDecisions } from '@gongkai/domain';

export type DecisionKey = (typeof DECISION_FIELDS)[number]['key'];
export const FEES_CELL = 'p.fees.amount';

/** The form's columns with the report format's row labels (「行政许可」…, 「行政事业性收费」). */
export const DECISION_COLUMNS: ReadonlyArray<{ key: DecisionKey | 'fees'; label: string }> = [
  ...DECISION_FIELDS.map((f) => ({ key: f.key, label: tableTwoRowLabel(f.cell) })),
  { key: 'fees', label: `${tableTwoRowLabel(FEES_CELL)}（万元）` },
];

export interface MonthRow {
  month: number;
  licensing: string;
  punishment: string;
  enforcement: string;
  fees: string;
}

const text = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** Twelve rows, the entered months filled in. */
export function monthRows(
  entered: ReadonlyArray<{
    month: number;
    licensing?: number | null;
    punishment?: number | null;
    enforcement?: number | null;
    fees?: string | null;
  }>,
): MonthRow[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = entered.find((e) => e.month === i + 1);
    return {
      month: i + 1,
      licensing: text(m?.licensing),
      punishment: text(m?.punishment),
      enforcement: text(m?.enforcement),
      fees: text(m?.fees),
    };
  });
}

function count(s: string): number | null | 'bad' {
  const t = s.trim().replace(/[，,]/gu, '');
  if (t === '') return null;
  return /^\d+$/u.test(t) ? Number(t) : 'bad';
}

/** The months to save (all twelve: a blank month clears it) or the problems, 「3月 行政许可：…」. */
export function monthlyInput(rows: readonly MonthRow[]): { months: MonthlyDecisions[]; errors: string[] } {
  const months: MonthlyDecisions[] = [];
  const errors: string[] = [];
  for (const r of rows) {
    const m: MonthlyDecisions = { month: r.month, licensing: null, punishment: null, enforcement: null, fees: null };
    for (const f of DECISION_FIELDS) {
      const v = count(r[f.key]);
      if (v === 'bad') errors.push(`${r.month}月 ${tableTwoRowLabel(f.cell)}：「${r[f.key]}」应为不小于 0 的整数`);
      else m[f.key] = v;
    }
    const fees = r.fees.trim().replace(/[，,]/gu, '');
    m.fees = fees === '' ? null : fees;
    errors.push(...validateMonthlyDecisions(m));
    months.push(m);
  }
  return { months, errors: [...new Set(errors)] };
}

/** The column sums as the table's footer shows them (fees summed in 1/10000 units to avoid float error). */
export function monthTotals(rows: readonly MonthRow[]): Record<DecisionKey | 'fees', string> {
  const out = {} as Record<DecisionKey | 'fees', string>;
  for (const f of DECISION_FIELDS) {
    const nums = rows.map((r) => count(r[f.key])).filter((v): v is number => typeof v === 'number');
    out[f.key] = nums.length ? String(nums.reduce((a, b) => a + b, 0)) : '';
  }
  let units = 0n;
  let any = false;
  for (const r of rows) {
    const m = /^(\d+)(?:\.(\d{1,4}))?$/u.exec(r.fees.trim());
    if (!m) continue;
    any = true;
    units += BigInt(m[1]!) * 10000n + BigInt((m[2] ?? '').padEnd(4, '0'));
  }
  const frac = (units % 10000n).toString().padStart(4, '0').replace(/0+$/u, '');
  out.fees = any ? `${units / 10000n}${frac ? `.${frac}` : ''}` : '';
  return out;
}
