import { describe, expect, it } from 'vitest';
import { publishedReportYearProblem, reportYearToFile } from './published-report-years.js';

describe('publishedReportYearProblem', () => {
  it('lets years whose filing season is over be recorded as printed', () => {
    expect(publishedReportYearProblem(2025, new Date(2026, 11, 1))).toBeNull();
    expect(publishedReportYearProblem(2019, new Date(2026, 11, 1))).toBeNull();
    expect(publishedReportYearProblem(2025, new Date(2026, 3, 1))).toBeNull();
  });

  it('refuses the running year and the year being filed (until 31 March), which go through the workflow', () => {
    expect(publishedReportYearProblem(2026, new Date(2026, 11, 1))).toMatch(/次年才公开/u);
    expect(publishedReportYearProblem(2027, new Date(2026, 11, 1))).toMatch(/次年才公开/u);
    expect(publishedReportYearProblem(2025, new Date(2026, 0, 15))).toMatch(/报送期内（至 2026 年 3 月 31 日）/u);
    expect(publishedReportYearProblem(2025, new Date(2026, 2, 31))).toMatch(/报送期内/u);
  });
});

describe('reportYearToFile', () => {
  it('is the last completed year until 31 December, the year just ended from 1 January (Beijing days)', () => {
    expect(reportYearToFile(new Date('2026-12-01T08:00:00Z'))).toBe(2025);
    expect(reportYearToFile(new Date('2026-12-31T15:59:59Z'))).toBe(2025);
    // 2027-01-01 00:00 in Beijing is 2026-12-31 16:00 UTC: the 2026 reports' season has started.
    expect(reportYearToFile(new Date('2026-12-31T16:00:00Z'))).toBe(2026);
    expect(reportYearToFile(new Date('2027-03-31T12:00:00Z'))).toBe(2026);
  });
});
