/** How the 审计日志 page shows an entry: operation and object labels, time, before/after JSON. */

/** Operation names the server writes (packages/api), in Chinese. Unknown names are shown as written. */
export const AUDIT_OPERATION_LABELS: Readonly<Record<string, string>> = {
  login: '登录',
  loginFailed: '登录失败',
  logout: '退出登录',
  changePassword: '修改密码',
  createUser: '新建用户',
  updateUser: '修改用户',
  resetUserPassword: '重置密码',
  importCatalogue: '导入目录',
  renameOffice: '重命名科室',
  createDraft: '新建草稿',
  publishCatalogue: '发布',
  updateRequirement: '修改公开要求',
  addRequirement: '新增公开要求',
  deleteRequirement: '删除公开要求',
  addItem: '新增事项',
  renameItem: '重命名事项',
  moveItem: '移动事项',
  deleteItem: '删除事项',
  addOffice: '新增科室',
  mergeOffices: '合并科室',
  setHolidayYear: '补录节假日',
};

export type AuditTone = 'primary' | 'success' | 'info' | 'warning' | 'danger';

const OPERATION_TONES: Readonly<Record<string, AuditTone>> = {
  login: 'success',
  loginFailed: 'danger',
  logout: 'info',
  changePassword: 'warning',
  resetUserPassword: 'warning',
  publishCatalogue: 'success',
  createDraft: 'success',
  deleteRequirement: 'danger',
  deleteItem: 'danger',
  mergeOffices: 'warning',
  setHolidayYear: 'warning',
};

export function operationLabel(operation: string): string {
  return Object.hasOwn(AUDIT_OPERATION_LABELS, operation) ? AUDIT_OPERATION_LABELS[operation]! : operation;
}

export function operationTone(operation: string): AuditTone {
  return Object.hasOwn(OPERATION_TONES, operation) ? OPERATION_TONES[operation]! : 'primary';
}

export const AUDIT_OBJECT_LABELS: Readonly<Record<string, string>> = {
  User: '用户',
  Catalogue: '目录',
  Office: '科室',
  Agency: '机关',
  Request: '请求',
  CatalogueItem: '事项',
  Requirement: '公开要求',
  HolidayYear: '节假日',
};

export function objectTypeLabel(objectType: string): string {
  return Object.hasOwn(AUDIT_OBJECT_LABELS, objectType) ? AUDIT_OBJECT_LABELS[objectType]! : objectType;
}

/** The part of an entry looked at here. */
export interface AuditEntryLike {
  operation: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  /** Who did it. */
  userLogin?: string | null;
}

/** Operations whose object is the acting user's own account. */
const OWN_ACCOUNT_OPERATIONS: ReadonlySet<string> = new Set(['login', 'logout', 'changePassword']);

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The first 8 characters of a uuid, for a compact cell. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-/iu.test(id) ? id.slice(0, 8) : id;
}

/**
 * The 对象 cell: the object's type in Chinese and the most telling name found in the entry
 * (a user's login, a catalogue's title, an office's name), else a shortened id.
 */
export function describeAuditObject(entry: AuditEntryLike): { type: string; name: string | null; id: string | null } {
  const after = record(entry.after);
  const before = record(entry.before);
  const pick = (key: string): string | null => text(after?.[key]) ?? text(before?.[key]);
  let name: string | null = null;
  switch (entry.objectType) {
    case 'User':
      name =
        pick('login') ??
        pick('displayName') ??
        (OWN_ACCOUNT_OPERATIONS.has(entry.operation) ? text(entry.userLogin) : null);
      break;
    case 'Catalogue': {
      const version = pick('versionLabel');
      name = pick('title');
      if (name) name = version ? `${name}（${version}）` : name;
      else name = version;
      break;
    }
    case 'Office':
    case 'CatalogueItem':
      name = pick('name');
      break;
    case 'HolidayYear':
      name = entry.objectId && /^\d{4}$/u.test(entry.objectId) ? `${entry.objectId}年` : null;
      break;
    default:
      name = pick('name') ?? pick('title') ?? pick('login');
  }
  return { type: objectTypeLabel(entry.objectType), name, id: entry.objectId };
}

/** JSON for the expanded row: two-space indentation, keys as the server sent them; '—' for none. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return '—';
  try {
    return JSON.stringify(value, null, 2) ?? '—';
  } catch {
    return String(value);
  }
}

export function hasDetails(entry: Pick<AuditEntryLike, 'before' | 'after'>): boolean {
  return (entry.before !== null && entry.before !== undefined) || (entry.after !== null && entry.after !== undefined);
}

/** Top-level keys whose values differ between before and after (both objects); [] otherwise. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const b = record(before);
  const a = record(after);
  if (!b || !a) return [];
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

/** 2026/11/24 09:05:03, in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('zh-CN', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone } : {}),
  });
}
