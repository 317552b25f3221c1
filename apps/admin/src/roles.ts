/**
 * Roles and what they let the signed-in user do in the admin app. The server decides (packages/api
 * policy.ts and the database's row-level security); these checks only decide what to show, so they mirror
 * the server's rules and never grant more.
 */
import type { AgencyKind, Role } from './gql/graphql';
import { ROLES_IN_ORDER, ROLE_DESCRIPTIONS, ROLE_LABELS } from '@gongkai/domain';
import type { TagType } from './labels';

/** The part of the signed-in user (the SessionUser fragment) the checks look at. */
export interface Principal {
  roles: readonly Role[];
  disabled?: boolean;
  mustChangePassword?: boolean;
  agency: { id: string; code?: string } | null;
}

/** In the order they are offered in forms and shown as tags: broadest first (the labels are the domain's). */
export const ROLES: readonly Role[] = ROLES_IN_ORDER;
export { ROLE_DESCRIPTIONS, ROLE_LABELS };

export const ROLE_TAG_TYPES: Record<Role, TagType> = {
  PLATFORM_ADMIN: 'danger',
  CITY_REVIEWER: 'warning',
  DEPT_APPROVER: 'success',
  DEPT_EDITOR: 'primary',
  VIEWER: 'info',
};

/** Roles in display order (unknown duplicates dropped). */
export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

/** 「部门编辑、部门审批人」 */
export function roleLabels(roles: readonly Role[]): string {
  return sortRoles(roles)
    .map((r) => ROLE_LABELS[r])
    .join('、');
}

function active(p: Principal | null | undefined): p is Principal {
  return !!p && !p.disabled;
}

export function hasRole(p: Principal | null | undefined, ...roles: Role[]): boolean {
  return active(p) && p.roles.some((r) => roles.includes(r));
}

/** Roles that may change an agency's data: everywhere for a platform administrator, else in its own agency. */
const DEPT_WRITERS: readonly Role[] = ['DEPT_EDITOR', 'DEPT_APPROVER'];

/** An agency as the permission checks see it: its id, and its kind when known. */
export interface AgencyRef {
  id: string;
  kind?: AgencyKind;
}

function agencyRef(agency: string | AgencyRef): AgencyRef {
  return typeof agency === 'string' ? { id: agency } : agency;
}

/**
 * Whether the city office may maintain this standard catalogue (标准目录): a CITY_REVIEWER edits, imports and
 * publishes the standards of its government with the same operations departments use for their catalogues
 * (server: policy.ts `standardsOnly`), but never a department's catalogue. Only its own government's standards
 * are visible to a reviewer, so the kind decides here; the server checks the government.
 */
export function canEditStandard(p: Principal | null | undefined, agency: AgencyRef): boolean {
  if (!active(p) || p.mustChangePassword) return false;
  return agency.kind === 'STANDARD' && p.roles.includes('CITY_REVIEWER');
}

/**
 * Whether the user may change the agency's data (import a catalogue, edit a draft, rename offices): a platform
 * administrator anywhere, a department editor or approver in their own agency, the city office in a standard
 * catalogue. A user who must still change a one-time password may change nothing.
 */
export function canWriteAgency(p: Principal | null | undefined, agency: string | AgencyRef): boolean {
  if (!active(p) || p.mustChangePassword) return false;
  const a = agencyRef(agency);
  if (p.roles.includes('PLATFORM_ADMIN')) return true;
  if (canEditStandard(p, a)) return true;
  return p.agency !== null && p.agency.id === a.id && p.roles.some((r) => DEPT_WRITERS.includes(r));
}

/**
 * Whether the user may publish the agency's draft (发布): a platform administrator anywhere, a department
 * approver in their own agency, the city office a standard catalogue.
 */
export function canPublishAgency(p: Principal | null | undefined, agency: string | AgencyRef): boolean {
  if (!canWriteAgency(p, agency)) return false;
  const a = agencyRef(agency);
  return p!.roles.includes('PLATFORM_ADMIN') || canEditStandard(p, a) || p!.roles.includes('DEPT_APPROVER');
}

/**
 * 目录比较 and the coverage matrix (覆盖矩阵), and deciding item matches (确认 / 否定 / 手动指定): the city office
 * and platform administrators (server: coverageMatrix, itemMatchDecisions, setItemMatch).
 */
export function canCompareCatalogues(p: Principal | null | undefined): boolean {
  return hasRole(p, 'PLATFORM_ADMIN', 'CITY_REVIEWER') && !p!.mustChangePassword;
}

/** 工作日历（节假日补录） */
export function canEditHolidays(p: Principal | null | undefined): boolean {
  return hasRole(p, 'PLATFORM_ADMIN') && !p!.mustChangePassword;
}

/** 用户管理 */
export function canManageUsers(p: Principal | null | undefined): boolean {
  return hasRole(p, 'PLATFORM_ADMIN');
}

/** 审计日志 */
export function canReadAuditLog(p: Principal | null | undefined): boolean {
  return hasRole(p, 'PLATFORM_ADMIN', 'CITY_REVIEWER');
}

/** What a route asks of the user (route meta). */
export interface RouteAccess {
  /** Only signed-in users. */
  requiresAuth?: boolean;
  /** Only users with one of these roles (implies requiresAuth). */
  roles?: readonly Role[];
}

/**
 * 'ok', 'login' (sign in first) or 'forbidden' (signed in, but the roles do not allow it) for a route.
 */
export function routeAccess(p: Principal | null | undefined, access: RouteAccess): 'ok' | 'login' | 'forbidden' {
  const needsUser = access.requiresAuth === true || (access.roles !== undefined && access.roles.length > 0);
  if (!needsUser) return 'ok';
  if (!p) return 'login';
  if (p.disabled) return 'forbidden';
  if (access.roles && access.roles.length > 0 && !p.roles.some((r) => access.roles!.includes(r))) return 'forbidden';
  return 'ok';
}

/**
 * Client-side check of a user form's roles and agency, mirroring the server: at least one role, and an
 * agency unless the user is only a platform administrator. Null when fine, else { field, message }.
 */
export function rolesProblem(
  roles: readonly Role[],
  agencyCode: string | null,
): { field: 'roles' | 'agencyCode'; message: string } | null {
  if (roles.length === 0) return { field: 'roles', message: '请至少选择一个角色' };
  if (!agencyCode && roles.some((r) => r !== 'PLATFORM_ADMIN')) {
    return { field: 'agencyCode', message: '除平台管理员外，用户必须属于一个机关' };
  }
  return null;
}
