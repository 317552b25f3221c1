/**
 * The audit log: every mutation leaves an entry (user, agency, operation, object, before/after).
 * Resolvers record what they changed; the request plugin adds a generic entry for a successful mutation
 * that recorded nothing, so no mutation goes unlogged.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditLog } from '@gongkai/db';
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
