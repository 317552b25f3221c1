/**
 * Who may do what with an annual report, mirroring the server's policy (packages/api policy.ts): departments
 * fill their own (DEPT_EDITOR fills, DEPT_APPROVER fills and submits); the city office (CITY_REVIEWER) reviews,
 * returns, approves and publishes, and fills its government's own report; PLATFORM_ADMIN everything. These
 * checks only decide what to show; the server decides.
 */
import { hasRole, type Principal } from './roles';

export interface ReportAgency {
  id: string;
  kind: 'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD';
}

/** Statuses in which a report can still be changed. */
export const EDITABLE_STATUSES: readonly string[] = ['DRAFT', 'RETURNED'];

function usable(p: Principal | null | undefined): p is Principal {
  return !!p && !p.disabled && !p.mustChangePassword;
}

function ownAgency(p: Principal, agency: ReportAgency): boolean {
  return p.agency !== null && p.agency.id === agency.id;
}

/** May fill in (save) the agency's report. */
export function canFillReport(p: Principal | null | undefined, agency: ReportAgency): boolean {
  // A standard catalogue (标准目录) is a reference, not an organ: it has no annual report.
  if (!usable(p) || agency.kind === 'STANDARD') return false;
  if (p.roles.includes('PLATFORM_ADMIN')) return true;
  if (ownAgency(p, agency) && p.roles.some((r) => r === 'DEPT_EDITOR' || r === 'DEPT_APPROVER')) return true;
  // The office (whose own agency is e.g. 政务公开办, a department of the government) fills the government's report.
  return agency.kind === 'GOVERNMENT' && p.roles.includes('CITY_REVIEWER');
}

/** May submit (报送) the agency's report. */
export function canSubmitReport(p: Principal | null | undefined, agency: ReportAgency): boolean {
  if (!usable(p) || agency.kind === 'STANDARD') return false;
  if (p.roles.includes('PLATFORM_ADMIN')) return true;
  if (ownAgency(p, agency) && p.roles.includes('DEPT_APPROVER')) return true;
  return agency.kind === 'GOVERNMENT' && p.roles.includes('CITY_REVIEWER');
}

/** May return, approve and publish reports (and see the office's dashboard). */
export function canReviewReports(p: Principal | null | undefined): boolean {
  return usable(p) && hasRole(p, 'PLATFORM_ADMIN', 'CITY_REVIEWER');
}

/** Whether the form is editable: a user who may fill it, and a report not yet submitted (or returned). */
export function reportEditable(p: Principal | null | undefined, agency: ReportAgency, status: string | null | undefined): boolean {
  return canFillReport(p, agency) && (status === null || status === undefined || EDITABLE_STATUSES.includes(status));
}

/**
 * The government whose dashboard the nav opens: the reviewer's own agency when it is a government, else the first
 * government the user can see (the reviewer's office is a department of its government; only that government is
 * visible to it).
 */
export function dashboardGovernment(p: (Principal & { agency: { id: string; code?: string; kind?: string } | null }) | null | undefined, governments: readonly string[]): string | null {
  if (p?.agency?.code && p.agency.kind === 'GOVERNMENT') return p.agency.code;
  return governments[0] ?? null;
}

/** The report year to open by default: last year (reports are written in January for the year before). */
export function defaultReportYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}

/** Years offered by the year pickers: from 2019 (the trial format) to this year, newest first. */
export function reportYears(today: Date = new Date()): number[] {
  const out: number[] = [];
  for (let y = today.getFullYear(); y >= 2019; y--) out.push(y);
  return out;
}
