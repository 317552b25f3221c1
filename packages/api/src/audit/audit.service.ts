/**
 * The audit log: every mutation leaves an entry (user, agency, operation, object, before/after).
 * Resolvers record what they changed; the request plugin adds a generic entry for a successful mutation
 * that recorded nothing, so no mutation goes unlogged. Reading it (auditLog) takes the request's context first.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditLog } from '@gongkai/db';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { AuditLogPageType } from '../graphql-types.js';
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

/** A page of the log, newest first; of one agency when `agencyCode` is given (row-level security limits the rest). */
export async function auditLog(
  ctx: Context,
  agencyCode: string | null | undefined,
  limit: number,
  offset: number,
): Promise<AuditLogPageType> {
  if (limit < 1 || limit > 500) throw badUserInput('limit：应在 1 到 500 之间', { field: 'limit' });
  if (offset < 0) throw badUserInput('offset：不能为负数', { field: 'offset' });
  let where = {};
  if (agencyCode) {
    const agency = await agencyByCode(ctx.em, agencyCode);
    where = { agency };
  }
  const [entries, total] = await ctx.em.findAndCount(AuditLog, where, {
    orderBy: { at: 'desc', id: 'asc' },
    limit,
    offset,
  });
  return { total, entries };
}
