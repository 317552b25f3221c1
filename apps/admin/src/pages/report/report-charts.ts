/**
 * Chart data of annual reports: what the ECharts bars show (applications by applicant type, outcomes, review
 * and litigation), across years or across departments, and the year-on-year rows of a report's 同比 tab.
 */
import {
  APPLICANT_COLUMNS,
  NOT_APPLICABLE,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ReportFormat,
} from '@gongkai/domain';

export type CellMap = Record<string, string | null | undefined>;

/** A report's (or a sum's) cells as a map from a list of { id, value }. */
export function cellMap(cells: ReadonlyArray<{ id: string; value?: string | null }>): CellMap {
  const m: CellMap = {};
  for (const c of cells) m[c.id] = c.value ?? null;
  return m;
}

/** A cell as a number for a chart: 「/」 and unfilled count as 0. */
export function cellNumber(v: string | null | undefined): number {
  if (v === null || v === undefined || v === NOT_APPLICABLE) return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
}

export interface Metric {
  label: string;
  /** Cells summed for the metric. */
  ids: string[];
}

/** 一、本年新收 by applicant type (the six columns without 总计). */
export function applicantMetrics(): Metric[] {
  return APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map((c) => ({
    label: c.label === '其他' ? '其他组织' : c.label,
    ids: [`a.newReceived.${c.key}`],
  }));
}

/** 办理结果 in six groups, from the 总计 column. */
export function outcomeMetrics(format: ReportFormat): Metric[] {
  const rows = REPORT_FORMATS[format].applicationRows;
  const ids = (prefix: string): string[] =>
    rows.filter((r) => r.key === prefix || r.key.startsWith(`${prefix}.`)).map((r) => `a.${r.key}.total`);
  return [
    { label: '予以公开', ids: ids('granted') },
    { label: '部分公开', ids: ids('partial') },
    { label: '不予公开', ids: ids('denied') },
    { label: '无法提供', ids: ids('unable') },
    { label: '不予处理', ids: ids('notProcessed') },
    { label: '其他处理', ids: ids('other') },
  ];
}

/** Table 四's groups: the 总计 of 行政复议, 未经复议直接起诉, 复议后起诉. */
export function reviewMetrics(): Metric[] {
  return REVIEW_GROUPS.map((g) => ({
    label: g.group === g.label ? g.label : `${g.group}（${g.label}）`,
    ids: [`r.${g.key}.total`],
  }));
}

/** Table 四's results (结果维持 …) summed over the three groups. */
export function reviewResultMetrics(): Metric[] {
  return REVIEW_COLUMNS.filter((c) => c.key !== 'total').map((c) => ({
    label: c.label,
    ids: REVIEW_GROUPS.map((g) => `r.${g.key}.${c.key}`),
  }));
}

export interface ChartEntry {
  /** Category name: a year (「2024年」) or a department. */
  name: string;
  cells: CellMap;
}

export interface ChartData {
  categories: string[];
  series: Array<{ name: string; data: number[] }>;
}

/** One series per metric, one value per entry. */
export function buildSeries(entries: readonly ChartEntry[], metrics: readonly Metric[]): ChartData {
  return {
    categories: entries.map((e) => e.name),
    series: metrics.map((m) => ({
      name: m.label,
      data: entries.map((e) => m.ids.reduce((s, id) => s + cellNumber(e.cells[id]), 0)),
    })),
  };
}

/** Whether a chart has anything but zeros. */
export function hasData(data: ChartData): boolean {
  return data.series.some((s) => s.data.some((v) => v !== 0));
}

export interface ComparisonRow {
  id: string;
  section: 'proactive' | 'applications' | 'reviewLitigation';
  row: string;
  column: string;
  current: string | null;
  previous: string | null;
  change: string | null;
  trend: 'up' | 'down' | 'same' | null;
}

/**
 * The main cells for the 同比 tab: every cell of the 二 tables, the 总计 column of table 三, the 总计 cells of
 * table 四, with the change and its direction.
 */
export function mainComparisons(
  format: ReportFormat,
  rows: ReadonlyArray<{ id: string; current?: string | null; previous?: string | null; change?: string | null }>,
): ComparisonRow[] {
  const def = REPORT_FORMATS[format];
  const out: ComparisonRow[] = [];
  for (const r of rows) {
    const c = def.byId.get(r.id);
    if (!c) continue;
    const main =
      c.section === 'proactive' ||
      (c.section === 'applications' && r.id.endsWith('.total')) ||
      (c.section === 'reviewLitigation' && r.id.endsWith('.total'));
    if (!main) continue;
    const change = r.change ?? null;
    const trend = change === null ? null : change.startsWith('-') ? 'down' : /^0(\.0*)?$/u.test(change) ? 'same' : 'up';
    out.push({
      id: r.id,
      section: c.section,
      row: c.row,
      column: c.column,
      current: r.current ?? null,
      previous: r.previous ?? null,
      change,
      trend,
    });
  }
  return out;
}

/** 「+3」「-2」「0」 */
export function signedChange(change: string | null): string {
  if (change === null) return '—';
  return change.startsWith('-') || /^0(\.0*)?$/u.test(change) ? change : `+${change}`;
}

/** An ECharts option for a bar chart (grouped, or stacked), Chinese labels, legend on top. */
export function barOption(
  title: string,
  data: ChartData,
  options: { stacked?: boolean; horizontal?: boolean } = {},
): Record<string, unknown> {
  const category = {
    type: 'category',
    data: data.categories,
    axisLabel: { interval: 0, width: 90, overflow: 'break' },
  };
  const value = { type: 'value', minInterval: 1, name: '件' };
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 38, type: 'scroll' },
    grid: { top: 90, left: 50, right: 20, bottom: 40, containLabel: true },
    xAxis: options.horizontal ? value : category,
    yAxis: options.horizontal ? category : value,
    series: data.series.map((s) => ({
      name: s.name,
      type: 'bar',
      data: s.data,
      ...(options.stacked ? { stack: 'total', emphasis: { focus: 'series' } } : {}),
      barMaxWidth: 36,
    })),
  };
}

/** An ECharts pie of the metrics of one entry (e.g. this year's outcomes). */
export function pieOption(title: string, data: ChartData, index = data.categories.length - 1): Record<string, unknown> {
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        center: ['50%', '52%'],
        label: { formatter: '{b}\n{c}' },
        data: data.series.map((s) => ({ name: s.name, value: s.data[index] ?? 0 })).filter((d) => d.value > 0),
      },
    ],
  };
}
