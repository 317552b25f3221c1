/**
 * An audit entry's details in Chinese: one line per field of its before/after states, with the field's label
 * (packages/domain AUDIT_FIELD_LABELS) and values as a person reads them. Pure.
 */
import { ROLE_LABELS, auditFieldLabel } from '@gongkai/domain';
import { formatDateTime } from '../../dates';

export interface DetailRow {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u;

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A value as text: — for none, 是/否, lists joined with 、, moments in the one date format, the rest as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return ISO_MOMENT.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
      return value.map(showValue).join('、');
  }
  return JSON.stringify(value);
}

/** Names for ids the details show (an agency's id by its name); undefined when unknown. */
export type NameOf = (key: string, value: string) => string | undefined;

function showField(key: string, value: unknown, nameOf: NameOf): string {
  if (key === 'roles' && Array.isArray(value))
    return showValue(
      value.map((r) =>
        typeof r === 'string' && Object.hasOwn(ROLE_LABELS, r) ? ROLE_LABELS[r as keyof typeof ROLE_LABELS] : r,
      ),
    );
  if (typeof value === 'string') return nameOf(key, value) ?? showValue(value);
  return showValue(value);
}

/**
 * The lines of an entry whose states are objects (else none: the raw JSON says it); keys in the order they come,
 * the after-state's first. Only the fields that differ when both states are there and something differs.
 */
export function detailRows(before: unknown, after: unknown, nameOf: NameOf = () => undefined): DetailRow[] {
  const b = record(before);
  const a = record(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  const rows = keys.map((key) => {
    const bv = b ? showField(key, b[key], nameOf) : '—';
    const av = a ? showField(key, a[key], nameOf) : '—';
    return {
      key,
      label: auditFieldLabel(key),
      before: bv,
      after: av,
      changed: Boolean(a && b) && JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]),
    };
  });
  return rows;
}
