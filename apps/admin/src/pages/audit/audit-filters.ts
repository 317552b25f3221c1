/**
 * The 审计日志 page's filters and paging as kept in the address (so a view can be reloaded or shared), the
 * variables they send, and the CSV's file name. Pure.
 */
import { AUDIT_OPERATION_LABELS } from '@gongkai/domain';

export interface AuditFilters {
  agencyCode: string;
  /** Part of a login or display name. */
  user: string;
  /** An operation name (AUDIT_OPERATION_LABELS). */
  operation: string;
  /** YYYY-MM-DD, both included; '' for open. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: Readonly<AuditFilters> = Object.freeze({
  agencyCode: '',
  user: '',
  operation: '',
  from: '',
  to: '',
});

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

type RouteQuery = Record<string, string | null | ReadonlyArray<string | null> | undefined>;

function first(v: RouteQuery[string]): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

function positive(v: RouteQuery[string], fallback: number): number {
  const n = Number(first(v));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The state an address describes; what it gets wrong (an unknown operation, a bad date) is left out. */
export function stateFromQuery(q: RouteQuery): { filters: AuditFilters; page: number; pageSize: number } {
  const operation = first(q['op']);
  const from = first(q['from']);
  const to = first(q['to']);
  const size = positive(q['size'], DEFAULT_PAGE_SIZE);
  return {
    filters: {
      agencyCode: first(q['agency']),
      user: first(q['user']).slice(0, 64),
      operation: Object.hasOwn(AUDIT_OPERATION_LABELS, operation) ? operation : '',
      from: DAY.test(from) ? from : '',
      to: DAY.test(to) ? to : '',
    },
    page: positive(q['page'], 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address of a state (defaults left out). */
export function queryFromState(filters: AuditFilters, page: number, pageSize: number): Record<string, string> {
  const q: Record<string, string> = {};
  if (filters.agencyCode) q['agency'] = filters.agencyCode;
  if (filters.user.trim()) q['user'] = filters.user.trim();
  if (filters.operation) q['op'] = filters.operation;
  if (filters.from) q['from'] = filters.from;
  if (filters.to) q['to'] = filters.to;
  if (pageSize !== DEFAULT_PAGE_SIZE) q['size'] = String(pageSize);
  if (page > 1) q['page'] = String(page);
  return q;
}

/** The filter arguments of auditLog and auditLogCsv (null for none). */
export function filterVariables(f: AuditFilters): {
  agencyCode: string | null;
  user: string | null;
  operation: string | null;
  from: string | null;
  to: string | null;
} {
  return {
    agencyCode: f.agencyCode || null,
    user: f.user.trim() || null,
    operation: f.operation || null,
    from: f.from || null,
    to: f.to || null,
  };
}

export function hasFilters(f: AuditFilters): boolean {
  return Boolean(f.agencyCode || f.user.trim() || f.operation || f.from || f.to);
}

/** 「审计日志_2026-11-01_至_2026-11-30.csv」, 「审计日志_截至_2026-12-01.csv」 when no range is chosen. */
export function csvFileName(f: AuditFilters, today: string): string {
  const range = f.from || f.to ? `${f.from || '最早'}_至_${f.to || today}` : `截至_${today}`;
  return `审计日志_${range}.csv`;
}
