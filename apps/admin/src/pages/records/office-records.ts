/**
 * The office's view of records (officeRecordView): one row per department — on-time rate, late records, missing
 * periods, items with nothing published, policies without 解读 — sorted worst first, and the workbook's address.
 */

export interface DepartmentFigures {
  agency: { code: string; name: string };
  figures: {
    records: number;
    judged: number;
    onTime: number;
    late: number;
    overdue: number;
    onTimeRate?: number | null;
    onTimeRateText: string;
    missingPeriods: number;
    itemsWithNothingPublished: number;
    policiesWithoutInterpretation: number;
  };
}

export type OfficeSort = 'rate' | 'name';

/**
 * Departments worst first: the lowest on-time rate first (no judged record last), then the most late + overdue, then
 * by name; or by name only.
 */
export function sortDepartments<D extends DepartmentFigures>(rows: readonly D[], sort: OfficeSort): D[] {
  const byName = (a: D, b: D): number => a.agency.name.localeCompare(b.agency.name, 'zh-CN');
  if (sort === 'name') return [...rows].sort(byName);
  const rate = (d: D): number => d.figures.onTimeRate ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) =>
      rate(a) - rate(b) || b.figures.late + b.figures.overdue - (a.figures.late + a.figures.overdue) || byName(a, b),
  );
}

/** The problems a department has, for the row's tags. */
export function problemCount(f: DepartmentFigures['figures']): number {
  return f.late + f.overdue + f.missingPeriods + f.itemsWithNothingPublished + f.policiesWithoutInterpretation;
}

/** The rate as a bar's percentage (0–100), null when nothing could be judged. */
export function ratePercent(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  return Math.round(Math.min(1, Math.max(0, rate)) * 1000) / 10;
}

/** The bar's colour (Element Plus success / warning / danger): green from 90 %, orange from 60 %, red below. */
export function rateColor(rate: number | null | undefined): string {
  const p = ratePercent(rate);
  if (p === null) return '#909399';
  return p >= 90 ? '#67c23a' : p >= 60 ? '#e6a23c' : '#f56c6c';
}

/** The workbook the server serves for the office view (same access, session cookie). */
export function exportUrl(governmentCode: string, year: number): string {
  return `/exports/records/${encodeURIComponent(governmentCode)}/${year}.xlsx`;
}
