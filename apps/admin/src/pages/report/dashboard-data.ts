/**
 * The report dashboard's types and counts: a department's row as the dashboard query returns it, the statuses the
 * 汇总 may include, and the summary line's counts.
 */
import { DEFAULT_SUMMED_REPORT_STATUSES, reportProgressCounts, type ReportProgressCounts } from '@gongkai/domain';
import type { ReportDashboardQuery as DashboardResult } from '../../gql/graphql';

export type Dashboard = DashboardResult['reportDashboard'];
export type DepartmentRow = Dashboard['departments'][number];

/** The statuses the 汇总 may include, in workflow order; APPROVED and PUBLISHED by default. */
export const SUM_STATUS_OPTIONS = ['DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED', 'PUBLISHED'] as const;
/** The statuses the sum counts unless others are chosen: the server's default (packages/domain). */
export const DEFAULT_SUM_STATUSES: string[] = [...DEFAULT_SUMMED_REPORT_STATUSES];

/** The summary line's counts: the domain's (the Excel export says the same). */
export type DashboardCounts = ReportProgressCounts;
export const dashboardCounts = reportProgressCounts;
