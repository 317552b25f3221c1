/**
 * Who is asking (the principal) and what the database lets the request see and change (the scope).
 * The scope is set per transaction (set_config(..., true)) and enforced by PostgreSQL row-level security
 * (packages/db/src/migrations/Migration20261124010000Auth.ts), so a resolver that forgets a check still
 * cannot read or change another agency's rows.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@gongkai/db';

export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      sessionId: string;
      login: string;
      displayName: string;
      roles: Role[];
      agencyId: string | null;
      /** The government the user's agency belongs to (itself if it is one). */
      governmentId: string | null;
      /** Agencies the user may read: 'all', or ids. */
      readAgencies: 'all' | string[];
      /** Agencies the user may change: 'all', or ids. */
      writeAgencies: 'all' | string[];
      mustChangePassword: boolean;
    };

export interface Scope {
  read: 'all' | string[];
  write: 'all' | string[];
  /** Anonymous visitors: published catalogues only. */
  public: boolean;
  /**
   * Agencies whose applicants' personal data (依申请公开 applicant names and contacts) the transaction may read and
   * write: the user's own agency when they hold a department role there — never what a reviewer's or administrator's
   * wider read scope adds (row-level security of application_applicant, issue 15).
   */
  personal?: string[];
}

/** Roles that work inside their own agency, and so see its applicants' personal data. */
const PERSONAL_DATA_ROLES: readonly Role[] = ['DEPT_EDITOR', 'DEPT_APPROVER', 'VIEWER'];

export const ANONYMOUS: Principal = { kind: 'anonymous' };
export const SYSTEM_SCOPE: Scope = { read: 'all', write: 'all', public: false };

export function scopeOf(p: Principal): Scope {
  if (p.kind === 'anonymous') return { read: [], write: [], public: true };
  const personal =
    p.agencyId && p.roles.some((r) => PERSONAL_DATA_ROLES.includes(r)) && canRead(p, p.agencyId) ? [p.agencyId] : [];
  return { read: p.readAgencies, write: p.writeAgencies, public: false, personal };
}

function settingValue(v: 'all' | string[]): string {
  return v === 'all' ? 'all' : v.join(',');
}

/** Sets the scope for the current transaction of `em` (which must be inside one). */
export async function applyScope(em: EntityManager, scope: Scope): Promise<void> {
  await em.execute(
    "select set_config('gongkai.read', ?, true), set_config('gongkai.write', ?, true), set_config('gongkai.public', ?, true), set_config('gongkai.personal', ?, true)",
    [
      settingValue(scope.read),
      settingValue(scope.write),
      scope.public ? 'on' : 'off',
      (scope.personal ?? []).join(','),
    ],
  );
}

export function canRead(p: Principal, agencyId: string): boolean {
  return p.kind === 'user' && (p.readAgencies === 'all' || p.readAgencies.includes(agencyId));
}

export function canWrite(p: Principal, agencyId: string): boolean {
  return p.kind === 'user' && (p.writeAgencies === 'all' || p.writeAgencies.includes(agencyId));
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.kind === 'user' && p.roles.some((r) => roles.includes(r));
}
