/**
 * The side-by-side page's pure parts: the choices (tables, 申请人 columns) with the domain's labels, the page's and
 * the exports' URLs, reading the choices from the address, and the trend chart's ECharts option.
 */
import {
  APPLICANT_COLUMNS,
  SIDE_BY_SIDE_APPLICANT_DEFAULT,
  SIDE_BY_SIDE_TABLES,
  isSideBySideApplicant,
  isSideBySideTable,
  type SideBySideApplicant,
  type SideBySideTable,
} from '@gongkai/domain';

export const TABLE_OPTIONS = SIDE_BY_SIDE_TABLES.map((t) => ({
  value: t.key,
  short: t.label.split(' ')[0]!,
  label: t.label,
}));

export const APPLICANT_OPTIONS: Array<{ value: SideBySideApplicant; label: string }> = [
  ...APPLICANT_COLUMNS.map((c) => ({ value: c.key, label: c.group ? `${c.group} · ${c.label}` : c.label })),
  { value: 'all', label: '全部申请人列' },
];

/** The table and 申请人 column from the address (?table=…&applicant=…), or the defaults. */
export function choicesFromQuery(query: Record<string, unknown>): {
  table: SideBySideTable;
  applicant: SideBySideApplicant;
} {
  const t = typeof query.table === 'string' ? query.table : '';
  const a = typeof query.applicant === 'string' ? query.applicant : '';
  return {
    table: isSideBySideTable(t) ? t : 'proactive',
    applicant: isSideBySideApplicant(a) ? a : SIDE_BY_SIDE_APPLICANT_DEFAULT,
  };
}

const statusParam = (statuses: readonly string[]): string =>
  statuses.length ? `statuses=${statuses.map(encodeURIComponent).join(',')}` : '';

/** The Excel export of the table as shown. */
export function sideBySideXlsxUrl(
  code: string,
  year: number,
  table: SideBySideTable,
  applicant: SideBySideApplicant,
  statuses: readonly string[],
): string {
  const q = [`table=${table}`, ...(table === 'applications' ? [`applicant=${applicant}`] : []), statusParam(statuses)];
  return `/exports/reports/${encodeURIComponent(code)}/${year}/side-by-side.xlsx?${q.filter(Boolean).join('&')}`;
}

/** The government's sum as a document (xlsx, docx or pdf) with the statuses counted. */
export function sumDocumentUrl(
  code: string,
  year: number,
  format: 'xlsx' | 'docx' | 'pdf',
  statuses: readonly string[],
) {
  const q = statusParam(statuses);
  return `/exports/reports/${encodeURIComponent(code)}/${year}/sum.${format}${q ? `?${q}` : ''}`;
}

/** A value as the table shows it: the number or 「/」; empty when not filled. */
export const shownValue = (v: string | null | undefined): string => v ?? '';

export interface TrendData {
  figures: Array<{ key: string; label: string }>;
  years: Array<{ year: number; values: Array<string | null | undefined> }>;
}

/**
 * A line per figure over the years; 「/」 and not filled are gaps (not zero). Numbers as numbers.
 */
export function trendOption(title: string, data: TrendData): Record<string, unknown> {
  const num = (v: string | null | undefined): number | null =>
    v === null || v === undefined || v === '/' || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 30, type: 'scroll' },
    grid: { top: 80, left: 50, right: 30, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: data.years.map((y) => `${y.year}年`) },
    yAxis: { type: 'value', minInterval: 1, name: '件' },
    series: data.figures.map((f, i) => ({
      name: f.label,
      type: 'line',
      connectNulls: false,
      symbolSize: 7,
      data: data.years.map((y) => num(y.values[i])),
    })),
  };
}
