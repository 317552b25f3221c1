/**
 * The platform's roles and their official labels — one definition for the server (policy, audit, CLI) and the admin
 * app (tags, user form). What each role may do is decided by the server's policy table and the database's row-level
 * security; the descriptions say it in the user form.
 */
export type UserRole = 'PLATFORM_ADMIN' | 'CITY_REVIEWER' | 'DEPT_EDITOR' | 'DEPT_APPROVER' | 'VIEWER';

/** In the order forms offer them and tags show them: broadest first. */
export const ROLES_IN_ORDER: readonly UserRole[] = [
  'PLATFORM_ADMIN',
  'CITY_REVIEWER',
  'DEPT_APPROVER',
  'DEPT_EDITOR',
  'VIEWER',
];

export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  PLATFORM_ADMIN: '平台管理员',
  CITY_REVIEWER: '政务公开办审核员',
  DEPT_EDITOR: '部门编辑',
  DEPT_APPROVER: '部门审批人',
  VIEWER: '只读用户',
};

/** What each role may do, for the role picker of the user form. */
export const ROLE_DESCRIPTIONS: Readonly<Record<UserRole, string>> = {
  PLATFORM_ADMIN: '管理用户，读写所有机关',
  CITY_REVIEWER: '读取本级政府所有部门，审核与发布',
  DEPT_EDITOR: '编辑本机关的草稿、导入目录',
  DEPT_APPROVER: '发布本机关的目录、提交年报',
  VIEWER: '只读本机关数据',
};

/** Kinds of agency: a government (人民政府), its working departments, and standard catalogues (templates). */
export type AgencyKind = 'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD';

export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, string>> = {
  GOVERNMENT: '人民政府',
  DEPARTMENT: '工作部门',
  STANDARD: '标准目录',
};
