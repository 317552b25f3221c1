/**
 * A published report recorded as printed (按原文录入) is history from before the platform: it skips the workflow
 * (fill → submit → review → publish). So only years whose filing season is over may be recorded that way — the
 * reports of a year are due by 31 January (departments) and 31 March (the government) of the next year; until then
 * that year's report is filled and reviewed on the platform.
 */
export function publishedReportYearProblem(year: number, today: Date = new Date()): string | null {
  const thisYear = today.getFullYear();
  if (year >= thisYear) return `读出的年份是 ${year} 年：该年度的报告在次年才公开，只能按原文录入往年已发布的报告`;
  // 1 January – 31 March: last year's reports are being filed and reviewed.
  if (year === thisYear - 1 && today.getMonth() < 3) {
    return `读出的年份是 ${year} 年：${year} 年度报告正在报送期内（至 ${thisYear} 年 3 月 31 日），请在平台上填写、报送和审核，不能按原文录入`;
  }
  return null;
}
