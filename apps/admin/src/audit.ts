/**
 * How audit entries are shown (the 审计日志 page, a catalogue's 修改记录): operation and object labels (from packages/domain
 * audit-labels.ts; objects are named by the server), colours, time, raw JSON.
 */

import {
  AUDIT_OBJECT_TYPE_LABELS,
  AUDIT_OPERATION_LABELS,
  auditObjectTypeLabel,
  auditOperationLabel,
  formatDateTime as formatMoment,
} from '@gongkai/domain';

/** Operation names the server writes, in Chinese (one table, in packages/domain audit-labels.ts). */
export { AUDIT_OPERATION_LABELS };

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

/** An operation in Chinese; several (`a,b`) as 「甲、乙」; unknown names as written. */
export function operationLabel(operation: string): string {
  return auditOperationLabel(operation);
}

/** The tag colour: the table above, else by the kind of verb (deleting and failures red, publishing green…). */
export function operationTone(operation: string): AuditTone {
  if (Object.hasOwn(OPERATION_TONES, operation)) return OPERATION_TONES[operation]!;
  if (/^delete|Failed$|^accountLocked$/u.test(operation)) return 'danger';
  if (/^(publish|approve)/u.test(operation)) return 'success';
  if (/^(return|reset|merge|withdraw|unlock)/u.test(operation)) return 'warning';
  return 'primary';
}

export const AUDIT_OBJECT_LABELS = AUDIT_OBJECT_TYPE_LABELS;

export function objectTypeLabel(objectType: string): string {
  return auditObjectTypeLabel(objectType);
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

/** The first 8 characters of a uuid, for a compact cell. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-/iu.test(id) ? id.slice(0, 8) : id;
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

/** 2026-11-24 09:05 in the browser's time zone (the one date format, packages/domain date-format.ts). */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  return formatMoment(iso, timeZone ? { timeZone } : {});
}
