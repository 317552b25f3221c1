/**
 * The audit log: every mutation leaves an entry (user, agency, operation, object, before/after).
 * Resolvers record what they changed; the request plugin adds a generic entry for a successful mutation
 * that recorded nothing, so no mutation goes unlogged. Reading it (auditLog) takes the request's context first.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AuditLog,
  auditObjectNames,
  countAuditEntries,
  listAuditEntries,
  type AuditLogFilter,
  type AuditRecord,
} from '@gongkai/db';
import {
  AUDIT_CSV_HEADER,
  AUDIT_CSV_MAX_ROWS,
  AUDIT_OPERATION_LABELS,
  CHINA_TIME_ZONE,
  auditObjectTypeLabel,
  auditOperationLabel,
  auditOperationsMatching,
  formatDateTime,
  userObjectName,
} from '@gongkai/domain';
import { csvDocument } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import type { Principal } from '../scope.js';

export interface AuditEntry {
  operation: string;
  objectType: string;
  objectId?: string | null;
  agencyId?: string | null;
  /** The catalogue the change belongs to (shown in its history). */
  catalogueId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Who did it, when not the request's principal (sign-in: the user who just signed in). */
  actor?: { userId: string; login: string };
}

export function writeAudit(em: EntityManager, principal: Principal, entry: AuditEntry): void {
  em.create(AuditLog, {
    user: entry.actor?.userId ?? (principal.kind === 'user' ? principal.userId : null),
    userLogin: entry.actor?.login ?? (principal.kind === 'user' ? principal.login : null),
    agency: entry.agencyId ?? (principal.kind === 'user' ? principal.agencyId : null),
    catalogue: entry.catalogueId ?? null,
    operation: entry.operation,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

const SECRET_KEYS = /password|token|secret/iu;

/** Variables with secrets replaced, for generic entries. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_KEYS.test(k) ? '***' : k === 'text' && typeof v === 'string' ? `（${v.length} 个字符）` : redact(v),
      ]),
    );
  }
  return value;
}

/** The filters of the log (all optional; together they narrow it). */
export interface AuditLogArgs {
  agencyCode?: string | null;
  /** Part of the login or display name of who did it. */
  user?: string | null;
  /** An operation name (AUDIT_OPERATION_LABELS). */
  operation?: string | null;
  /** First and last day, YYYY-MM-DD, in China time (both included). */
  from?: string | null;
  to?: string | null;
}

/** An entry as the page shows it: the stored row with the names of who, where and what. */
export interface AuditRow {
  id: string;
  at: Date;
  userLogin: string | null;
  userName: string | null;
  agencyName: string | null;
  operation: string;
  objectType: string;
  objectId: string | null;
  objectName: string | null;
  before: unknown;
  after: unknown;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The start of a day in China time (UTC+8, no daylight saving), or a clear error naming the field. */
function dayStart(value: string, field: 'from' | 'to', label: string): Date {
  const m = DAY.exec(value.trim());
  const d = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00+08:00`) : null;
  const valid =
    m &&
    d &&
    !Number.isNaN(d.getTime()) &&
    new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10) === `${m[1]}-${m[2]}-${m[3]}`;
  if (!valid) throw badUserInput(`${label}「${value}」不是有效日期，应写作 2026-01-31`, { field });
  return d!;
}

async function filterOf(ctx: Context, args: AuditLogArgs): Promise<AuditLogFilter> {
  const filter: AuditLogFilter = {};
  if (args.agencyCode) filter.agencyId = (await agencyByCode(ctx.em, args.agencyCode)).id;
  const user = args.user?.trim();
  if (user) {
    if (user.length > 64) throw badUserInput('用户：最多 64 个字符', { field: 'user' });
    filter.user = user;
  }
  if (args.operation) {
    if (!Object.hasOwn(AUDIT_OPERATION_LABELS, args.operation))
      throw badUserInput(`操作「${args.operation}」不是审计日志记录的操作`, { field: 'operation' });
    filter.operations = auditOperationsMatching(args.operation);
  }
  if (args.from) filter.from = dayStart(args.from, 'from', '开始日期');
  if (args.to) filter.before = new Date(dayStart(args.to, 'to', '结束日期').getTime() + 24 * 3600_000);
  if (filter.from && filter.before && filter.from >= filter.before)
    throw badUserInput('开始日期不能晚于结束日期', { field: 'from' });
  return filter;
}

/** The entries with the names of their objects (one statement per kind of object, whatever the number of entries). */
async function rows(ctx: Context, entries: AuditRecord[]): Promise<AuditRow[]> {
  const names = await auditObjectNames(ctx.em, entries);
  return entries.map((e, i) => ({
    id: e.id,
    at: e.at,
    userLogin: e.userLogin,
    userName: e.currentLogin ? userObjectName(e.currentLogin, e.displayName) : e.userLogin,
    agencyName: e.agencyName,
    operation: e.operation,
    objectType: e.objectType,
    objectId: e.objectId,
    objectName: names[i] ?? null,
    before: e.before,
    after: e.after,
  }));
}

/** A page of the log, newest first, filtered (row-level security limits the rest). */
export async function auditLog(
  ctx: Context,
  args: AuditLogArgs,
  limit: number,
  offset: number,
): Promise<{ total: number; entries: AuditRow[] }> {
  if (limit < 1 || limit > 500) throw badUserInput('limit：应在 1 到 500 之间', { field: 'limit' });
  if (offset < 0) throw badUserInput('offset：不能为负数', { field: 'offset' });
  const filter = await filterOf(ctx, args);
  const total = await countAuditEntries(ctx.em, filter);
  const entries = offset < total ? await listAuditEntries(ctx.em, filter, { limit, offset }) : [];
  return { total, entries: await rows(ctx, entries) };
}

/** The filtered log as CSV (UTF-8 with BOM, the exports' quoting), newest first; too long a log is refused. */
export async function auditLogCsv(ctx: Context, args: AuditLogArgs): Promise<string> {
  const filter = await filterOf(ctx, args);
  const total = await countAuditEntries(ctx.em, filter);
  if (total > AUDIT_CSV_MAX_ROWS)
    throw badUserInput(
      `筛选出 ${total} 条记录，超过一次导出的上限 ${AUDIT_CSV_MAX_ROWS} 条；请按日期、用户或操作缩小范围后再导出`,
      { field: 'from' },
    );
  const list = await rows(ctx, await listAuditEntries(ctx.em, filter, { limit: AUDIT_CSV_MAX_ROWS, offset: 0 }));
  return csvDocument([
    [...AUDIT_CSV_HEADER],
    ...list.map((r) => [
      formatDateTime(r.at, { timeZone: CHINA_TIME_ZONE, seconds: true }),
      r.userName ?? '（未登录）',
      r.agencyName ?? '',
      auditOperationLabel(r.operation),
      auditObjectTypeLabel(r.objectType),
      r.objectName ?? '',
      r.objectId ?? '',
    ]),
  ]);
}
