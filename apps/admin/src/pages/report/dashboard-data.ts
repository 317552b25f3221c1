/**
 * The report dashboard's types and counts: a department's row as the dashboard query returns it, the statuses the
 * 汇总 may include, and the summary line's counts.
 */
import { DEFAULT_SUMMED_REPORT_STATUSES } from '@gongkai/domain';
import type { ReportDashboardQuery as DashboardResult } from '../../gql/graphql';

export type Dashboard = DashboardResult['reportDashboard'];
export type DepartmentRow = Dashboard['departments'][number];

/** The statuses the 汇总 may include, in workflow order; APPROVED and PUBLISHED by default. */
export const SUM_STATUS_OPTIONS = ['DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED', 'PUBLISHED'] as const;
/** The statuses the sum counts unless others are chosen: the server's default (packages/domain). */
export const DEFAULT_SUM_STATUSES: string[] = [...DEFAULT_SUMMED_REPORT_STATUSES];

export interface DashboardCounts {
  total: number;
  none: number;
  submitted: number;
  approved: number;
  late: number;
}

/** 部门 N 个：已报送 …，已审核通过 …，未报 …，逾期 … — submitted counts everything from SUBMITTED on. */
export function dashboardCounts(rows: ReadonlyArray<Pick<DepartmentRow, 'status' | 'late'>>): DashboardCounts {
  const c = { total: rows.length, none: 0, submitted: 0, approved: 0, late: 0 };
  for (const r of rows) {
    if (!r.status) c.none++;
    if (r.status && ['SUBMITTED', 'APPROVED', 'PUBLISHED'].includes(r.status)) c.submitted++;
    if (r.status && ['APPROVED', 'PUBLISHED'].includes(r.status)) c.approved++;
    if (r.late) c.late++;
  }
  return c;
}
