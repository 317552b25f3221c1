/**
 * Separation of duties (职责分离), the one statement of the rule: the server checks it before an operation runs
 * (packages/api duties.ts, declared per operation in policy.ts) and the admin app shows or hides its buttons by it.
 *
 * Annual reports:
 * - a department fills (部门编辑、部门审批人) and submits (部门审批人) its own report;
 * - the city office (政务公开办审核员) fills and submits only its government's own report (the agency of kind
 *   GOVERNMENT), never a department's;
 * - the platform administrator, an operator, may fill and submit any report;
 * - returning, approving and publishing (the office or the administrator) is refused for a report of the user's
 *   own agency, and for a report the user filled in (saved, imported, started) or submitted — nobody reviews
 *   their own work.
 *
 * Catalogues: where the agency has a 部门审批人 and the government's setting is on (the default), a draft is not
 * published by the only person who edited it.
 */

/** Roles as strings, so the rule runs with the server's and the admin app's role types alike. */
export type DutyRole = 'PLATFORM_ADMIN' | 'CITY_REVIEWER' | 'DEPT_EDITOR' | 'DEPT_APPROVER' | 'VIEWER';

export interface DutyUser {
  roles: readonly string[];
  /** The user's own agency; null for a platform administrator who belongs to none. */
  agencyId: string | null;
  login: string;
}

export interface DutyAgency {
  id: string;
  kind: 'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD';
}

/** fill: save, import or start a draft; submit: 报送; return, approve, publish: the office's review. */
export type ReportStep = 'fill' | 'submit' | 'return' | 'approve' | 'publish';

export const REVIEW_STEPS: readonly ReportStep[] = ['return', 'approve', 'publish'];

const STEP_VERBS: Record<ReportStep, string> = {
  fill: '填报',
  submit: '报送',
  return: '退回',
  approve: '审核',
  publish: '公开',
};

const has = (u: DutyUser, role: DutyRole): boolean => u.roles.includes(role);

/**
 * Why `user` may not take `step` on the report of `agency`, or null when the separation of duties allows it.
 * `authors`: logins of who filled in or submitted the report (its workflow record); only review steps look at them.
 * Role checks are included (a viewer may do nothing), so a caller needs nothing else to decide.
 */
export function reportStepRefusal(
  user: DutyUser,
  step: ReportStep,
  agency: DutyAgency,
  authors: readonly string[] = [],
): string | null {
  const verb = STEP_VERBS[step];
  if (agency.kind === 'STANDARD') return '标准目录不是机关，没有年度报告';
  const own = user.agencyId !== null && user.agencyId === agency.id;
  if (step === 'fill' || step === 'submit') {
    if (has(user, 'PLATFORM_ADMIN')) return null;
    const deptRoles: DutyRole[] = step === 'fill' ? ['DEPT_EDITOR', 'DEPT_APPROVER'] : ['DEPT_APPROVER'];
    if (own && deptRoles.some((r) => has(user, r))) return null;
    if (has(user, 'CITY_REVIEWER') && agency.kind === 'GOVERNMENT') return null;
    if (has(user, 'CITY_REVIEWER')) return `职责分离：政务公开办只能${verb}本级政府的报告，部门的报告由部门自己${verb}`;
    if (!own) return `职责分离：只能${verb}本机关的报告`;
    return step === 'submit' ? '报告须由本机关的部门审批人报送' : '没有填报报告的权限';
  }
  if (!has(user, 'PLATFORM_ADMIN') && !has(user, 'CITY_REVIEWER'))
    return `只有政务公开办审核员或平台管理员可以${verb}报告`;
  if (own) return `职责分离：不能${verb}本机关的报告`;
  if (authors.includes(user.login)) return `职责分离：不能${verb}自己填报或报送的报告`;
  return null;
}

export interface DraftPublication {
  /** Logins of everyone who changed the draft (created, imported, edited it), from its history. */
  editors: readonly string[];
  /** Whether the draft's agency has a user with the role 部门审批人 (else there is nobody to separate from). */
  agencyHasApprover: boolean;
  /** The government's setting 「目录发布须经他人编辑」 (on unless switched off). */
  settingOn: boolean;
}

/** Why `user` may not publish the draft, or null: refused when the user is the only one who edited it. */
export function draftPublishRefusal(user: Pick<DutyUser, 'login'>, draft: DraftPublication): string | null {
  if (!draft.settingOn || !draft.agencyHasApprover) return null;
  const editors = new Set(draft.editors);
  if (editors.size === 1 && editors.has(user.login))
    return '职责分离：草稿只有你一人编辑过，不能由你发布；请由本机关的另一位用户核对或修改后再发布';
  return null;
}
