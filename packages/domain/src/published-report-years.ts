/**
 * Report years and the filing season. The reports of a year Y are filed from 1 January of Y+1: departments by
 * 31 January, the government's own by 31 March (R11). Calendar days are Beijing days (UTC+8, no daylight saving).
 */

/** The calendar year and month (0–11) of a moment in Beijing. */
function chinaYearMonth(d: Date): { year: number; month: number } {
  const b = new Date(d.getTime() + 8 * 3600_000);
  return { year: b.getUTCFullYear(), month: b.getUTCMonth() };
}

/**
 * The report year whose filing season started last — the year the dashboard and the report links open on: before
 * 1 January of Y+1 the last completed year is Y−1; from 1 January of Y+1 the year to file is Y.
 */
export function reportYearToFile(today: Date = new Date()): number {
  return chinaYearMonth(today).year - 1;
}

/**
 * A published report recorded as printed (按原文录入) is history from before the platform: it skips the workflow
 * (fill → submit → review → publish). So only years whose filing season is over may be recorded that way — the
 * reports of a year are due by 31 January (departments) and 31 March (the government) of the next year; until then
 * that year's report is filled and reviewed on the platform.
 */
export function publishedReportYearProblem(year: number, today: Date = new Date()): string | null {
  const filing = reportYearToFile(today);
  const thisYear = filing + 1;
  if (year > filing) return `读出的年份是 ${year} 年：该年度的报告在次年才公开，只能按原文录入往年已发布的报告`;
  // 1 January – 31 March: last year's reports are being filed and reviewed.
  if (year === filing && chinaYearMonth(today).month < 3) {
    return `读出的年份是 ${year} 年：${year} 年度报告正在报送期内（至 ${thisYear} 年 3 月 31 日），请在平台上填写、报送和审核，不能按原文录入`;
  }
  return null;
}
