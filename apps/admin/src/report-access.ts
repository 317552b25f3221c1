/**
 * Who may do what with an annual report. The rule — separation of duties (职责分离) included — lives once in the
 * domain (`reportStepRefusal`, packages/domain separation-of-duties.ts), which the server checks too (policy.ts
 * `duty`): departments fill their own (DEPT_EDITOR fills, DEPT_APPROVER fills and submits); the city office
 * (CITY_REVIEWER) fills only its government's own report, and reviews, returns, approves and publishes the others —
 * never a report of its own agency or one the same person filled in or submitted; PLATFORM_ADMIN fills and submits
 * any, and reviews what it did not fill in itself. These checks only decide what to show; the server decides.
 */
import {
  EDITABLE_REPORT_STATUSES,
  isEditableReportStatus,
  reportStepRefusal,
  reportYearToFile,
  type DutyUser,
  type ReportStep,
} from '@gongkai/domain';
import { hasRole, type Principal } from './roles';

export interface ReportAgency {
  id: string;
  kind: 'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD';
}

/** The signed-in user as the report checks see it (the SessionUser fragment has the login). */
export type ReportPrincipal = Principal & { login?: string };

/** Statuses in which a report can still be changed: the domain's (the server checks the same). */
export const EDITABLE_STATUSES = EDITABLE_REPORT_STATUSES;

function usable(p: ReportPrincipal | null | undefined): p is ReportPrincipal {
  return !!p && !p.disabled && !p.mustChangePassword;
}

function dutyUser(p: ReportPrincipal): DutyUser {
  return { roles: p.roles, agencyId: p.agency?.id ?? null, login: p.login ?? '' };
}

/** Why the user may not take the step on the agency's report (the domain's rule), or null; always a reason when signed out. */
export function reportStepProblem(
  p: ReportPrincipal | null | undefined,
  step: ReportStep,
  agency: ReportAgency,
  authors: readonly string[] = [],
): string | null {
  if (!usable(p)) return '请先登录';
  return reportStepRefusal(dutyUser(p), step, agency, authors);
}

/** May fill in (save) the agency's report. */
export function canFillReport(p: ReportPrincipal | null | undefined, agency: ReportAgency): boolean {
  return reportStepProblem(p, 'fill', agency) === null;
}

/** May submit (报送) the agency's report. */
export function canSubmitReport(p: ReportPrincipal | null | undefined, agency: ReportAgency): boolean {
  return reportStepProblem(p, 'submit', agency) === null;
}

/** May open the office's dashboard and review reports in general (which ones: `canReviewReport`). */
export function canReviewReports(p: Principal | null | undefined): boolean {
  return usable(p) && hasRole(p, 'PLATFORM_ADMIN', 'CITY_REVIEWER');
}

/**
 * May return, approve or publish this agency's report: not one of the user's own agency, nor one the user filled
 * in or submitted (`authors`: logins from the report's workflow record, e.g. who submitted it).
 */
export function canReviewReport(
  p: ReportPrincipal | null | undefined,
  step: 'return' | 'approve' | 'publish',
  agency: ReportAgency,
  authors: readonly string[] = [],
): boolean {
  return reportStepProblem(p, step, agency, authors) === null;
}

/** Logins of who submitted the report, from its workflow record (transitions). */
export function reportSubmitters(
  transitions: ReadonlyArray<{ toStatus: string; userLogin: string }> | null | undefined,
): string[] {
  return [...new Set((transitions ?? []).filter((t) => t.toStatus === 'SUBMITTED').map((t) => t.userLogin))];
}

/** Whether the form is editable: a user who may fill it, and a report not yet submitted (or returned). */
export function reportEditable(
  p: ReportPrincipal | null | undefined,
  agency: ReportAgency,
  status: string | null | undefined,
): boolean {
  return canFillReport(p, agency) && (status === null || status === undefined || isEditableReportStatus(status));
}

/**
 * The government whose dashboard the nav opens: the reviewer's own agency when it is a government, else the first
 * government the user can see (the reviewer's office is a department of its government; only that government is
 * visible to it).
 */
export function dashboardGovernment(
  p: (Principal & { agency: { id: string; code?: string; kind?: string } | null }) | null | undefined,
  governments: readonly string[],
): string | null {
  if (p?.agency?.code && p.agency.kind === 'GOVERNMENT') return p.agency.code;
  return governments[0] ?? null;
}

/**
 * The report year to open by default: the year whose filing season started last (the domain's rule — before 1 January
 * of Y+1 the last completed year Y−1, from then the year Y; Beijing days).
 */
export function defaultReportYear(today: Date = new Date()): number {
  return reportYearToFile(today);
}

/** Years offered by the year pickers: from 2019 (the trial format) to this year, newest first. */
export function reportYears(today: Date = new Date()): number[] {
  const out: number[] = [];
  for (let y = today.getFullYear(); y >= 2019; y--) out.push(y);
  return out;
}
