/**
 * Who is asking (the principal) and what the database lets the request see and change (the scope).
 * The scope is set per transaction (set_config(..., true)) and enforced by PostgreSQL row-level security
 * (packages/db/src/migrations/Migration20261124010000Auth.ts), so a resolver that forgets a check still
 * cannot read or change another agency's rows.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SUBTREE_PROBE_SETTING, withSubtreeHashed, type Role } from '@gongkai/db';

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
      /** Agencies the user may read. */
      readAgencies: AgencyScope;
      /** Agencies the user may change. */
      writeAgencies: AgencyScope;
      mustChangePassword: boolean;
      /**
       * agency_tree_version when the session was looked up (it changes whenever an agency is added, removed, moved,
       * renamed or recoded): what the owners of objects named in a request were read at (request-plugin.ts).
       */
      agencyTreeVersion?: string;
    };

/**
 * A set of agencies: every one ('all'), or some listed ids plus, for a government's reviewer, the government's whole
 * subtree. The subtree travels to PostgreSQL as `tree:<root id>` (row-level security reads agency_closure, issue 14);
 * its members are kept in memory per agency-tree version for the access checks the server makes itself.
 */
export type AgencyScope = 'all' | { ids: readonly string[]; tree: AgencyTree | null };

export interface AgencyTree {
  root: string;
  /** agency_tree_version when the members were read. */
  version: string;
  members: ReadonlySet<string>;
}

export const NO_AGENCIES: AgencyScope = { ids: [], tree: null };

export interface Scope {
  read: AgencyScope;
  write: AgencyScope;
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
  if (p.kind === 'anonymous') return { read: NO_AGENCIES, write: NO_AGENCIES, public: true };
  const personal =
    p.agencyId && p.roles.some((r) => PERSONAL_DATA_ROLES.includes(r)) && canRead(p, p.agencyId) ? [p.agencyId] : [];
  return { read: p.readAgencies, write: p.writeAgencies, public: false, personal };
}

function settingValue(v: AgencyScope): string {
  if (v === 'all') return 'all';
  return (v.tree ? [`tree:${v.tree.root}`, ...v.ids] : v.ids).join(',');
}

function contains(v: AgencyScope, agencyId: string): boolean {
  return v === 'all' || v.ids.includes(agencyId) || (v.tree?.members.has(agencyId) ?? false);
}

/**
 * A short text that differs whenever the set of agencies differs (for keys of kept copies): the listed ids sorted,
 * and the subtree by its root and the tree version its members were read at.
 */
export function agencyScopeKey(v: AgencyScope): string {
  if (v === 'all') return 'all';
  const text = [...(v.tree ? [`tree:${v.tree.root}@${v.tree.version}`] : []), ...[...v.ids].sort()].join(',');
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Sets the scope for the current transaction of `em` (which must be inside one), in one statement, and returns the
 * auth version of `userId` the transaction sees (gongkai_auth_version: kept sessions are checked against it). A subtree is
 * checked by one index probe per row (`gongkai.probe`, packages/db/src/scope-mode.ts): the cost of a row no longer
 * depends on the size of the subtree; reads of thousands of rows switch to a hash with `withSubtreeHashed`.
 */
export async function applyScope(em: EntityManager, scope: Scope, userId: string | null = null): Promise<string> {
  const [row] = await em.execute<Array<{ auth_version: string }>>(
    `select set_config('gongkai.read', ?, true), set_config('gongkai.write', ?, true), set_config('gongkai.public', ?, true), set_config('gongkai.personal', ?, true), set_config('${SUBTREE_PROBE_SETTING}', 'on', true), gongkai_auth_version(?::uuid) as auth_version`,
    [
      settingValue(scope.read),
      settingValue(scope.write),
      scope.public ? 'on' : 'off',
      (scope.personal ?? []).join(','),
      userId,
    ],
  );
  return String(row?.auth_version ?? '');
}

/**
 * A read of every agency, catalogue or record a reviewer can see (search, navigation, summaries): with a subtree
 * scope it runs with the subtree hashed once per statement instead of probed per row (two statements more, ~3 ms
 * instead of ~2 µs × 10,000 rows in a province); other scopes run it as it is.
 */
export function readingEverything<T>(em: EntityManager, p: Principal, fn: () => Promise<T>): Promise<T> {
  const subtree = p.kind === 'user' && p.readAgencies !== 'all' && p.readAgencies.tree !== null;
  return subtree ? withSubtreeHashed(em, fn) : fn();
}

export function canRead(p: Principal, agencyId: string): boolean {
  return p.kind === 'user' && contains(p.readAgencies, agencyId);
}

export function canWrite(p: Principal, agencyId: string): boolean {
  return p.kind === 'user' && contains(p.writeAgencies, agencyId);
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.kind === 'user' && p.roles.some((r) => roles.includes(r));
}
