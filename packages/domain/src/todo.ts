/**
 * The to-do list (待办事项): the kinds of item, their official labels, and the horizon of a report deadline — once
 * here, for the server (packages/api todo.service.ts) and the admin app (its page and header badge).
 */

export const TODO_KINDS = [
  'CATALOGUE_AWAITING_APPROVAL',
  'CATALOGUE_RETURNED',
  'REPORT_RETURNED',
  'REPORT_AWAITING_REVIEW',
  'REPORT_DEADLINE',
  'APPLICATION_DUE',
  'RECORD_LATE',
  'OFFICE_APPLICATIONS_DUE',
  'OFFICE_RECORDS_LATE',
  'ACCOUNT_LOCKED',
] as const;

export type TodoKind = (typeof TODO_KINDS)[number];

export const TODO_KIND_LABELS: Readonly<Record<TodoKind, string>> = Object.freeze({
  CATALOGUE_AWAITING_APPROVAL: '目录待审批',
  CATALOGUE_RETURNED: '目录被退回',
  REPORT_RETURNED: '年度报告被退回',
  REPORT_AWAITING_REVIEW: '年度报告待审核',
  REPORT_DEADLINE: '年度报告即将截止',
  APPLICATION_DUE: '依申请公开办理期限',
  RECORD_LATE: '主动公开逾期',
  OFFICE_APPLICATIONS_DUE: '部门依申请公开期限',
  OFFICE_RECORDS_LATE: '部门主动公开逾期',
  ACCOUNT_LOCKED: '账号被锁定',
});

/** A report deadline is a to-do item from this many calendar days before it (and on the day itself). */
export const TODO_DEADLINE_DAYS = 7;

/** Calendar days from `today` to `deadline` (both YYYY-MM-DD); negative once it has passed. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86400000);
}

/** Whether a deadline falls within the to-do horizon: from today up to TODO_DEADLINE_DAYS days ahead. */
export function deadlineWithinTodoHorizon(deadline: string, today: string): boolean {
  const d = daysUntil(deadline, today);
  return d >= 0 && d <= TODO_DEADLINE_DAYS;
}

/**
 * The report years whose deadline can fall near `today`: the last completed year (due in January or March of this
 * year) and the current one (due early next year, when a jurisdiction sets no earlier date nothing falls due yet).
 */
export function reportYearsToWatch(today: string): number[] {
  const y = Number(today.slice(0, 4));
  return [y - 1, y];
}

/** The counts of one department's 依申请公开 cases for the office's to-do item (no case content, no applicant). */
export interface OfficeApplicationCounts {
  dueSoon: number;
  overdue: number;
}

/** 「3 件已超期，2 件即将到期」, or null when nothing is due (no item). */
export function officeApplicationsText(c: OfficeApplicationCounts): string | null {
  const parts: string[] = [];
  if (c.overdue > 0) parts.push(`${c.overdue} 件已超期`);
  if (c.dueSoon > 0) parts.push(`${c.dueSoon} 件即将到期`);
  return parts.length ? parts.join('，') : null;
}

/** The counts of one department's 主动公开 problems for the office's to-do item. */
export interface OfficeRecordCounts {
  /** Published after their time limit (逾期公开). */
  late: number;
  /** Past their time limit and not yet published (已逾期未公开). */
  overdue: number;
  /** Periods of periodic rows past their time limit with nothing published (缺期). */
  missingPeriods: number;
}

/** 「2 条已逾期未公开，1 条逾期公开，缺 3 期」, or null when there is nothing to follow up (no item). */
export function officeRecordsText(c: OfficeRecordCounts): string | null {
  const parts: string[] = [];
  if (c.overdue > 0) parts.push(`${c.overdue} 条已逾期未公开`);
  if (c.late > 0) parts.push(`${c.late} 条逾期公开`);
  if (c.missingPeriods > 0) parts.push(`缺 ${c.missingPeriods} 期`);
  return parts.length ? parts.join('，') : null;
}
