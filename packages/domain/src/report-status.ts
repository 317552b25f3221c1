/**
 * The annual report's workflow statuses and their official labels — defined once here, used by the server (the
 * report store's checks and messages, the API) and the admin app (tags, which reports can still be edited).
 */

/** Every status of an annual report, in workflow order. */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The official labels (as the server's messages and the API's documentation say them). */
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = Object.freeze({
  DRAFT: '草稿',
  SUBMITTED: '已报送',
  RETURNED: '已退回',
  APPROVED: '已审核通过',
  PUBLISHED: '已公开',
});

/** Statuses in which a report can still be changed (saved, imported over) and submitted. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = Object.freeze(['DRAFT', 'RETURNED'] as const);

/** Statuses the sum of a government's departments' reports counts unless others are chosen (已审核通过 and 已公开). */
export const DEFAULT_SUMMED_REPORT_STATUSES: readonly ReportStatus[] = Object.freeze([
  'APPROVED',
  'PUBLISHED',
] as const);

export function isReportStatus(s: unknown): s is ReportStatus {
  return typeof s === 'string' && (REPORT_STATUSES as readonly string[]).includes(s);
}

/** Whether a report in this status can still be changed. */
export function isEditableReportStatus(s: string): boolean {
  return (EDITABLE_REPORT_STATUSES as readonly string[]).includes(s);
}

/** The label of a department that has no report of the year (yet). */
export const NO_REPORT_LABEL = '未报';

export interface ReportProgressCounts {
  total: number;
  none: number;
  submitted: number;
  approved: number;
  late: number;
}

/**
 * The office dashboard's summary (部门 N 个：已报送 …，已审核通过 …，未报 …，逾期 …), shown on the page and in its Excel
 * export: submitted counts everything from SUBMITTED on, approved APPROVED and PUBLISHED.
 */
export function reportProgressCounts(
  rows: ReadonlyArray<{ status: string | null | undefined; late: boolean }>,
): ReportProgressCounts {
  const c = { total: rows.length, none: 0, submitted: 0, approved: 0, late: 0 };
  for (const r of rows) {
    if (!r.status) c.none++;
    if (r.status && ['SUBMITTED', 'APPROVED', 'PUBLISHED'].includes(r.status)) c.submitted++;
    if (r.status && ['APPROVED', 'PUBLISHED'].includes(r.status)) c.approved++;
    if (r.late) c.late++;
  }
  return c;
}

/** The summary line of the counts, in the official labels. */
export function reportProgressSummary(c: ReportProgressCounts): string {
  return `部门 ${c.total} 个：${REPORT_STATUS_LABELS.SUBMITTED} ${c.submitted}，${REPORT_STATUS_LABELS.APPROVED} ${c.approved}，${NO_REPORT_LABEL} ${c.none}，逾期 ${c.late}`;
}
