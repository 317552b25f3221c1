import { describe, expect, it } from 'vitest';
import { reportYearToFile } from '@gongkai/domain';
import { dashboardCounts } from './dashboard-data';
import { defaultReportYear } from '../../report-access';
import { stepIds } from './useBulkReview';

describe('dashboardCounts', () => {
  it('counts none, submitted (from SUBMITTED on), approved and late', () => {
    const rows = [
      { status: null, late: true },
      { status: 'DRAFT', late: true },
      { status: 'RETURNED', late: false },
      { status: 'SUBMITTED', late: false },
      { status: 'APPROVED', late: false },
      { status: 'PUBLISHED', late: false },
    ];
    expect(dashboardCounts(rows)).toEqual({ total: 6, none: 1, submitted: 3, approved: 2, late: 2 });
  });
  it('is all zero without departments', () => {
    expect(dashboardCounts([])).toEqual({ total: 0, none: 0, submitted: 0, approved: 0, late: 0 });
  });
});

describe('the year the dashboard opens on', () => {
  it('is the last year whose filing season has started: Y−1 until 31 December of Y, Y from 1 January of Y+1', () => {
    expect(defaultReportYear(new Date('2026-12-01T10:00:00Z'))).toBe(2025);
    expect(defaultReportYear(new Date('2026-01-01T00:00:00+08:00'))).toBe(2025);
    expect(defaultReportYear(new Date('2025-12-31T23:59:00+08:00'))).toBe(2024);
    // Beijing's new year comes 8 hours before UTC's.
    expect(defaultReportYear(new Date('2026-12-31T16:30:00Z'))).toBe(2026);
  });
  it('is the domain’s rule, not a copy', () => {
    for (const d of ['2026-06-30T12:00:00Z', '2027-01-15T12:00:00Z', '2026-12-31T20:00:00Z'])
      expect(defaultReportYear(new Date(d))).toBe(reportYearToFile(new Date(d)));
  });
});

describe('bulk steps on the selection', () => {
  const row = (status: string | null, id = status ?? 'none') => ({ status, report: status ? { id } : null });
  it('apply to all the selected reports or to none (a mixed selection is not half done)', () => {
    expect(stepIds([row('SUBMITTED', 'a'), row('SUBMITTED', 'b')] as never, 'approve')).toEqual(['a', 'b']);
    expect(stepIds([row('SUBMITTED', 'a'), row('APPROVED', 'b')] as never, 'approve')).toEqual([]);
    expect(stepIds([row('APPROVED', 'b')] as never, 'publish')).toEqual(['b']);
    expect(stepIds([], 'return')).toEqual([]);
  });
});
