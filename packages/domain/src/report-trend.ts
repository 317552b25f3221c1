/**
 * The multi-year trend of a government's sum (各年度汇总趋势): a few main figures of the departments' reports, year by
 * year. Each figure is one or more cells of the year's format, summed by the sum's one rule (`summedCell`: 「/」 when
 * no report has a number there and some say 「/」).
 */
import { formatForYear, type ReportFormat } from './report-format.js';
import { summedCell, type CellSumParts, type CellValue } from './report-rules.js';

export interface TrendFigure {
  key: string;
  /** The report's own wording (2021 format; the 2019 trial format's row named in `note`). */
  label: string;
  cells: Record<ReportFormat, readonly string[]>;
  note?: string;
}

export const TREND_FIGURES: readonly TrendFigure[] = [
  {
    key: 'newReceived',
    label: '本年新收政府信息公开申请数量',
    cells: { '2021': ['a.newReceived.total'], '2019': ['a.newReceived.total'] },
  },
  {
    key: 'granted',
    label: '予以公开',
    cells: { '2021': ['a.granted.total'], '2019': ['a.granted.total'] },
  },
  {
    key: 'review',
    label: '行政复议（总计）',
    cells: { '2021': ['r.review.total'], '2019': ['r.review.total'] },
  },
  {
    key: 'litigation',
    label: '行政诉讼（总计）',
    cells: {
      '2021': ['r.direct.total', 'r.afterReview.total'],
      '2019': ['r.direct.total', 'r.afterReview.total'],
    },
  },
  {
    key: 'normative',
    label: '行政规范性文件本年制发件数',
    cells: { '2021': ['p.normative.issued'], '2019': ['t.normative.made'] },
    note: '2019—2020 年度为试行格式的「规范性文件」「本年新制作数量」',
  },
  {
    key: 'punishment',
    label: '行政处罚本年处理决定数量',
    cells: { '2021': ['p.punishment.decisions'], '2019': ['t.punishment.decisions'] },
  },
];

/** Every cell any figure reads, in a stable order. */
export const TREND_CELL_IDS: readonly string[] = [
  ...new Set(TREND_FIGURES.flatMap((f) => [...f.cells['2021'], ...f.cells['2019']])),
];

/** What the sum of one year saw in each cell (the parts `summedCell` takes), with the number of reports counted. */
export interface TrendYearParts {
  year: number;
  reports: number;
  cells: Record<string, CellSumParts>;
}

export interface TrendYear {
  year: number;
  format: ReportFormat;
  reports: number;
  /** In the order of TREND_FIGURES. */
  values: CellValue[];
}

/** The figures of each year, by the sum's rule (a figure of several cells sums them as one cell of all reports). */
export function reportTrend(years: readonly TrendYearParts[]): TrendYear[] {
  return [...years]
    .filter((y) => y.reports > 0)
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const format = formatForYear(y.year);
      return {
        year: y.year,
        format,
        reports: y.reports,
        values: TREND_FIGURES.map((f) => {
          const parts: CellSumParts = { total: 0n, numbers: 0, notApplicable: 0 };
          let decimal: string[] = [];
          for (const id of f.cells[format]) {
            const p = y.cells[id];
            if (!p) continue;
            parts.numbers += p.numbers;
            parts.notApplicable += p.notApplicable;
            if (p.numbers > 0 && p.total !== null) decimal = [...decimal, String(p.total)];
          }
          return summedCell({ ...parts, total: decimal.length ? addDecimals(decimal) : null });
        }),
      };
    });
}

/** Exact sum of decimal strings (as SQL returns numeric sums), as a decimal string. */
function addDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  const units = values.reduce((acc, v) => {
    const [i = '0', f = ''] = v.replace(/^-/u, '').split('.');
    const n = BigInt(i + f.padEnd(scale, '0'));
    return acc + (v.startsWith('-') ? -n : n);
  }, 0n);
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return neg ? `-${text}` : text;
}
