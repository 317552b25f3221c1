import { describe, expect, it } from 'vitest';
import { dashboardCounts } from './dashboard-data';

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
