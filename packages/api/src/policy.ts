/**
 * The access rules of every root query and mutation, in one place. An operation without a rule here is
 * refused (and the schema-walking test in access.test.ts fails until it gets one).
 *
 * access:  'public'        anyone, also anonymous visitors (the database scope limits what they see)
 *          'authenticated' any signed-in user
 *          Role[]          signed-in users with one of these roles
 * target:  the argument naming the object the operation reads or changes; the object's agency must be in the
 *          user's read (or write) scope, else FORBIDDEN. Anonymous visitors are not target-checked: the database
 *          shows them published data only.
 */
import type { Role } from '@gongkai/db';

export type TargetKind = 'agencyCode' | 'agencyId' | 'catalogueId' | 'officeId' | 'userId';

export interface OperationPolicy {
  access: 'public' | 'authenticated' | readonly Role[];
  target?: { arg: string; kind: TargetKind; need: 'read' | 'write' };
  /** Allowed while the user must still change a one-time password. */
  allowedBeforePasswordChange?: boolean;
}

const DEPT_WRITERS: readonly Role[] = ['PLATFORM_ADMIN', 'DEPT_EDITOR', 'DEPT_APPROVER'];

export const POLICIES: { Query: Record<string, OperationPolicy>; Mutation: Record<string, OperationPolicy> } = {
  Query: {
    me: { access: 'public', allowedBeforePasswordChange: true },
    agencies: { access: 'public' },
    agencyRoots: { access: 'public' },
    agency: { access: 'public', target: { arg: 'code', kind: 'agencyCode', need: 'read' } },
    catalogue: { access: 'public', target: { arg: 'id', kind: 'catalogueId', need: 'read' } },
    channelOptions: { access: 'public', allowedBeforePasswordChange: true },
    users: { access: ['PLATFORM_ADMIN'] },
    auditLog: { access: ['PLATFORM_ADMIN', 'CITY_REVIEWER'], target: { arg: 'agencyCode', kind: 'agencyCode', need: 'read' } },
  },
  Mutation: {
    login: { access: 'public', allowedBeforePasswordChange: true },
    logout: { access: 'authenticated', allowedBeforePasswordChange: true },
    changePassword: { access: 'authenticated', allowedBeforePasswordChange: true },
    createUser: { access: ['PLATFORM_ADMIN'] },
    updateUser: { access: ['PLATFORM_ADMIN'], target: { arg: 'id', kind: 'userId', need: 'write' } },
    resetUserPassword: { access: ['PLATFORM_ADMIN'], target: { arg: 'id', kind: 'userId', need: 'write' } },
    importCatalogue: { access: DEPT_WRITERS, target: { arg: 'agencyCode', kind: 'agencyCode', need: 'write' } },
    renameOffice: { access: DEPT_WRITERS, target: { arg: 'id', kind: 'officeId', need: 'write' } },
  },
};

export const ROLE_LABELS: Record<Role, string> = {
  PLATFORM_ADMIN: '平台管理员',
  CITY_REVIEWER: '政务公开办审核员',
  DEPT_EDITOR: '部门编辑',
  DEPT_APPROVER: '部门审批人',
  VIEWER: '只读用户',
};
