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
