import { describe, expect, it } from 'vitest';
import {
  canCompareCatalogues,
  canEditStandard,
  canManageUsers,
  canReadAuditLog,
  canEditHolidays,
  canPublishAgency,
  canWriteAgency,
  roleLabels,
  ROLE_LABELS,
  ROLES,
  routeAccess,
  rolesProblem,
  sortRoles,
  type Principal,
} from './roles';

const SFJ = 'agency-sfj';
const MZJ = 'agency-mzj';
const user = (roles: Principal['roles'], agencyId: string | null, extra: Partial<Principal> = {}): Principal => ({
  roles,
  agency: agencyId ? { id: agencyId } : null,
  disabled: false,
  mustChangePassword: false,
  ...extra,
});

describe('role labels', () => {
  it('labels every role in Chinese', () => {
    expect(ROLES).toHaveLength(5);
    expect(ROLE_LABELS).toEqual({
      PLATFORM_ADMIN: '平台管理员',
      CITY_REVIEWER: '政务公开办审核员',
      DEPT_EDITOR: '部门编辑',
      DEPT_APPROVER: '部门审批人',
      VIEWER: '只读用户',
    });
  });
  it('sorts roles broadest first and joins their labels', () => {
    expect(sortRoles(['VIEWER', 'DEPT_EDITOR', 'PLATFORM_ADMIN'])).toEqual(['PLATFORM_ADMIN', 'DEPT_EDITOR', 'VIEWER']);
    expect(roleLabels(['DEPT_EDITOR', 'DEPT_APPROVER'])).toBe('部门审批人、部门编辑');
    expect(roleLabels([])).toBe('');
  });
});

describe('canWriteAgency', () => {
  it('lets a platform administrator write every agency', () => {
    expect(canWriteAgency(user(['PLATFORM_ADMIN'], null), SFJ)).toBe(true);
    expect(canWriteAgency(user(['PLATFORM_ADMIN'], MZJ), SFJ)).toBe(true);
  });
  it('lets department editors and approvers write their own agency only', () => {
    expect(canWriteAgency(user(['DEPT_EDITOR'], SFJ), SFJ)).toBe(true);
    expect(canWriteAgency(user(['DEPT_APPROVER'], SFJ), SFJ)).toBe(true);
    expect(canWriteAgency(user(['DEPT_EDITOR'], MZJ), SFJ)).toBe(false);
  });
  it('does not let viewers, reviewers or anonymous visitors write', () => {
    expect(canWriteAgency(user(['VIEWER'], SFJ), SFJ)).toBe(false);
    expect(canWriteAgency(user(['CITY_REVIEWER'], SFJ), SFJ)).toBe(false);
    expect(canWriteAgency(null, SFJ)).toBe(false);
    expect(canWriteAgency(undefined, SFJ)).toBe(false);
  });
  it('does not let a disabled user or one with a one-time password write', () => {
    expect(canWriteAgency(user(['DEPT_EDITOR'], SFJ, { disabled: true }), SFJ)).toBe(false);
    expect(canWriteAgency(user(['PLATFORM_ADMIN'], null, { mustChangePassword: true }), SFJ)).toBe(false);
  });
});

describe('canPublishAgency', () => {
  it('lets approvers publish their own agency and administrators every agency', () => {
    expect(canPublishAgency(user(['DEPT_APPROVER'], SFJ), SFJ)).toBe(true);
    expect(canPublishAgency(user(['PLATFORM_ADMIN'], null), SFJ)).toBe(true);
    expect(canPublishAgency(user(['DEPT_EDITOR', 'DEPT_APPROVER'], SFJ), SFJ)).toBe(true);
  });
  it('does not let editors, approvers of other agencies or reviewers publish', () => {
    expect(canPublishAgency(user(['DEPT_EDITOR'], SFJ), SFJ)).toBe(false);
    expect(canPublishAgency(user(['DEPT_APPROVER'], MZJ), SFJ)).toBe(false);
    expect(canPublishAgency(user(['CITY_REVIEWER'], SFJ), SFJ)).toBe(false);
    expect(canPublishAgency(user(['DEPT_APPROVER'], SFJ, { mustChangePassword: true }), SFJ)).toBe(false);
    expect(canPublishAgency(null, SFJ)).toBe(false);
  });
});

describe('standard catalogues (标准目录)', () => {
  const STANDARD = { id: 'agency-bz-ty', kind: 'STANDARD' as const };
  const DEPARTMENT = { id: SFJ, kind: 'DEPARTMENT' as const };
  const GOVERNMENT = { id: 'agency-gov', kind: 'GOVERNMENT' as const };
  const reviewer = user(['CITY_REVIEWER'], 'agency-zwgkb');
  it('lets the city office edit, import and publish a standard catalogue', () => {
    expect(canEditStandard(reviewer, STANDARD)).toBe(true);
    expect(canWriteAgency(reviewer, STANDARD)).toBe(true);
    expect(canPublishAgency(reviewer, STANDARD)).toBe(true);
  });
  it("does not let the city office change a department's or the government's catalogue", () => {
    expect(canEditStandard(reviewer, DEPARTMENT)).toBe(false);
    expect(canWriteAgency(reviewer, DEPARTMENT)).toBe(false);
    expect(canPublishAgency(reviewer, DEPARTMENT)).toBe(false);
    expect(canWriteAgency(reviewer, GOVERNMENT)).toBe(false);
    // Without the kind (an id only) nothing is granted beyond the department rules.
    expect(canWriteAgency(reviewer, STANDARD.id)).toBe(false);
  });
  it('does not let departments change a standard, whatever their role', () => {
    expect(canWriteAgency(user(['DEPT_EDITOR'], SFJ), STANDARD)).toBe(false);
    expect(canPublishAgency(user(['DEPT_APPROVER'], SFJ), STANDARD)).toBe(false);
    expect(canWriteAgency(user(['VIEWER'], SFJ), STANDARD)).toBe(false);
    expect(canWriteAgency(null, STANDARD)).toBe(false);
  });
  it("keeps the platform administrator's rights and the one-time-password and disabled rules", () => {
    expect(canPublishAgency(user(['PLATFORM_ADMIN'], null), STANDARD)).toBe(true);
    expect(canWriteAgency(user(['CITY_REVIEWER'], 'agency-zwgkb', { mustChangePassword: true }), STANDARD)).toBe(false);
    expect(canEditStandard(user(['CITY_REVIEWER'], 'agency-zwgkb', { disabled: true }), STANDARD)).toBe(false);
  });
  it('accepts an agency object for the department rules too', () => {
    expect(canWriteAgency(user(['DEPT_EDITOR'], SFJ), DEPARTMENT)).toBe(true);
    expect(canPublishAgency(user(['DEPT_EDITOR'], SFJ), DEPARTMENT)).toBe(false);
    expect(canPublishAgency(user(['DEPT_APPROVER'], SFJ), DEPARTMENT)).toBe(true);
  });
});

describe('canCompareCatalogues', () => {
  it('is for the city office and platform administrators', () => {
    expect(canCompareCatalogues(user(['CITY_REVIEWER'], 'agency-zwgkb'))).toBe(true);
    expect(canCompareCatalogues(user(['PLATFORM_ADMIN'], null))).toBe(true);
    expect(canCompareCatalogues(user(['DEPT_APPROVER'], SFJ))).toBe(false);
    expect(canCompareCatalogues(user(['CITY_REVIEWER'], 'agency-zwgkb', { mustChangePassword: true }))).toBe(false);
    expect(canCompareCatalogues(null)).toBe(false);
  });
});

describe('canEditHolidays', () => {
  it('is for platform administrators only', () => {
    expect(canEditHolidays(user(['PLATFORM_ADMIN'], null))).toBe(true);
    expect(canEditHolidays(user(['DEPT_APPROVER'], SFJ))).toBe(false);
    expect(canEditHolidays(null)).toBe(false);
  });
});

describe('page permissions', () => {
  it('shows 用户管理 to platform administrators only', () => {
    expect(canManageUsers(user(['PLATFORM_ADMIN'], null))).toBe(true);
    expect(canManageUsers(user(['CITY_REVIEWER'], SFJ))).toBe(false);
    expect(canManageUsers(null)).toBe(false);
  });
  it('shows 审计日志 to platform administrators and city reviewers', () => {
    expect(canReadAuditLog(user(['PLATFORM_ADMIN'], null))).toBe(true);
    expect(canReadAuditLog(user(['CITY_REVIEWER'], SFJ))).toBe(true);
    expect(canReadAuditLog(user(['DEPT_APPROVER', 'VIEWER'], SFJ))).toBe(false);
    expect(canReadAuditLog(user(['CITY_REVIEWER'], SFJ, { disabled: true }))).toBe(false);
  });
});

describe('routeAccess', () => {
  it('lets everyone see public routes', () => {
    expect(routeAccess(null, {})).toBe('ok');
  });
  it('sends anonymous visitors of protected routes to the login page', () => {
    expect(routeAccess(null, { requiresAuth: true })).toBe('login');
    expect(routeAccess(null, { roles: ['PLATFORM_ADMIN'] })).toBe('login');
  });
  it('refuses signed-in users without the role', () => {
    expect(routeAccess(user(['DEPT_EDITOR'], SFJ), { roles: ['PLATFORM_ADMIN'] })).toBe('forbidden');
    expect(routeAccess(user(['CITY_REVIEWER'], SFJ), { roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] })).toBe('ok');
    expect(routeAccess(user(['VIEWER'], SFJ), { requiresAuth: true })).toBe('ok');
  });
});

describe('rolesProblem', () => {
  it('wants at least one role', () => {
    expect(rolesProblem([], 'x')).toEqual({ field: 'roles', message: '请至少选择一个角色' });
  });
  it('wants an agency unless the user is only a platform administrator', () => {
    expect(rolesProblem(['PLATFORM_ADMIN'], null)).toBeNull();
    expect(rolesProblem(['DEPT_EDITOR'], null)?.field).toBe('agencyCode');
    expect(rolesProblem(['PLATFORM_ADMIN', 'VIEWER'], null)?.field).toBe('agencyCode');
    expect(rolesProblem(['DEPT_EDITOR'], '150785-sfj')).toBeNull();
  });
});

describe('one definition of the labels the server also uses', () => {
  it('role, agency-kind and audience labels are the domain’s own objects, not copies', async () => {
    const domain = await import('@gongkai/domain');
    const labels = await import('./labels');
    expect(ROLE_LABELS).toBe(domain.ROLE_LABELS);
    expect(labels.AGENCY_KIND_LABELS).toBe(domain.AGENCY_KIND_LABELS);
    expect(labels.AUDIENCE_LABELS).toBe(domain.AUDIENCE_LABELS);
  });
});
