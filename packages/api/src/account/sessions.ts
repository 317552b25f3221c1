/**
 * Sessions: a random token in an httpOnly, SameSite=Lax cookie; only its sha256 is stored. Sessions expire
 * after 12 hours, or 2 hours without use. A tampered, unknown or expired cookie makes the request anonymous
 * and is reported (UNAUTHENTICATED with the reason) when the operation needs a user.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { User, UserSession, type Role } from '@gongkai/db';
import { ANONYMOUS, SYSTEM_SCOPE, applyScope, type AgencyTree, type Principal, type Scope } from '../scope.js';
import { KeptCopies } from '../kept-copies.js';

export const SESSION_COOKIE = 'gongkai_session';
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

export type SessionProblem = 'expired' | 'invalid' | null;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Runs `fn` in its own transaction with the system scope (sign-in, session lookup, access checks). */
export async function withSystemScope<T>(orm: MikroORM, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(async (tx) => {
    await applyScope(tx, SYSTEM_SCOPE);
    return fn(tx);
  });
}

/**
 * Runs `fn` inside the request's own transaction with the system scope (a user's own password and sessions,
 * which their read/write scope does not cover), then restores the principal's scope. The change commits or rolls
 * back with the rest of the request. Only for mutations: their root fields run one after another, so nothing
 * else of the request runs while the scope is widened.
 */
export async function inRequestAsSystem<T>(
  em: EntityManager,
  principalScope: Scope,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  await applyScope(em, SYSTEM_SCOPE);
  let result: T;
  try {
    result = await fn(em);
  } catch (e) {
    // The transaction may be aborted (a database error): restoring the scope would fail and hide the error. The
    // request is rolled back whole anyway, so the widened scope ends with it.
    await applyScope(em, principalScope).catch(() => {});
    throw e;
  }
  await applyScope(em, principalScope);
  return result;
}

export async function createSession(
  em: EntityManager,
  user: User,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_ABSOLUTE_MS);
  em.create(UserSession, {
    tokenHash: tokenHash(token),
    user,
    expiresAt,
    idleExpiresAt: new Date(Math.min(now + SESSION_IDLE_MS, expiresAt.getTime())),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  await em.flush();
  return { token, expiresAt };
}

export async function deleteSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeDelete(UserSession, { id: sessionId });
}

/** What the session lookup returns about a signed-in user (gongkai_session_lookup, one statement). */
interface SessionFacts {
  sessionId: string;
  userId: string;
  login: string;
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  mustChangePassword: boolean;
  governmentId: string | null;
  /** The government's standard catalogues (agencies of kind STANDARD under it). */
  standards: string[];
  treeVersion: string | number;
  /** gongkai_auth_version() when the session was looked up (Migration20261204020000AuthVersion). */
  authVersion: string;
  /** The session's absolute expiry. */
  expiresAt: string;
}

/**
 * A reviewer's subtree (the government and every agency below it), per government, for the agency tree version it
 * was read at: reused until an agency is added, removed or moved anywhere (the version is in the database, so every
 * server process sees the change at once). The database is told only the root (`tree:<id>`, agency_closure); the
 * members answer the access checks the server makes itself (canRead / canWrite). A handful of governments have
 * reviewers; the map stays small.
 */
const subtrees = new KeptCopies<AgencyTree>(500);

async function subtreeOf(orm: MikroORM, governmentId: string, version: string): Promise<AgencyTree> {
  const kept = subtrees.get(governmentId, version);
  if (kept) return kept;
  const [row] = await orm.em
    .fork()
    .execute<Array<{ ids: string[] | null; version: string }>>('select * from gongkai_agency_subtree(?)', [
      governmentId,
    ]);
  // The version read with the ids: a change committed between the two statements only makes the copy miss once more.
  const tree: AgencyTree = {
    root: governmentId,
    version: String(row?.version ?? version),
    members: new Set(row?.ids?.length ? row.ids : [governmentId]),
  };
  subtrees.set(governmentId, tree.version, tree);
  return tree;
}

/** The agencies a user may read and change, from roles, agency and government. */
async function accessOf(
  orm: MikroORM,
  f: SessionFacts,
): Promise<Pick<Extract<Principal, { kind: 'user' }>, 'readAgencies' | 'writeAgencies' | 'governmentId'>> {
  const governmentId = f.governmentId;
  if (f.roles.includes('PLATFORM_ADMIN')) return { readAgencies: 'all', writeAgencies: 'all', governmentId };
  const read = new Set<string>();
  const write = new Set<string>();
  if (f.agencyId) {
    read.add(f.agencyId);
    if (f.roles.some((r) => r === 'DEPT_EDITOR' || r === 'DEPT_APPROVER')) write.add(f.agencyId);
  }
  // Everyone of a government may read its standard catalogues (the reference a department is held against).
  for (const s of f.standards) read.add(s);
  // The government and every agency below it. The office reviews, returns, approves and publishes its government's
  // reports: it writes there too. What it may change is still limited by the access rules (policy.ts); the database
  // scope keeps it inside its government.
  const tree =
    f.roles.includes('CITY_REVIEWER') && governmentId
      ? await subtreeOf(orm, governmentId, String(f.treeVersion))
      : null;
  const listed = (ids: Set<string>) => [...ids].filter((id) => !tree?.members.has(id));
  return {
    readAgencies: { ids: listed(read), tree },
    writeAgencies: { ids: listed(write), tree },
    governmentId,
  };
}

/**
 * Sessions kept between requests (issue 14), by token hash: a request's principal without the lookup statement. A
 * kept session is used for at most SESSION_KEPT_MS (so an active session's idle expiry is still moved forward by a
 * lookup at least once a minute) and never past its absolute expiry; and only with the check the request plugin
 * makes in the request's own transaction — the statement that sets the scope also reads gongkai_auth_version(), and a
 * kept session read at another version is looked up afresh before any access rule is checked. File downloads and
 * other callers look the session up every time.
 */
const keptSessions = new Map<string, { principal: Principal; authVersion: string; until: number }>();
export const SESSION_KEPT_MS = 60_000;
const KEPT_SESSIONS_MAX = 10_000;

/** For tests: forget every kept session. */
export function forgetKeptSessions(): void {
  keptSessions.clear();
}

/** Forget the kept copy of one session (its token). */
export function forgetKeptSession(token: string): void {
  keptSessions.delete(tokenHash(token));
}

export interface TokenPrincipal {
  principal: Principal;
  problem: SessionProblem;
  /** When the principal is a kept copy: the auth version it was read at (to be checked in the transaction). */
  keptAt?: string;
}

/**
 * Resolves a cookie token to a principal in one statement (gongkai_session_lookup: finds the session, ends it when
 * expired or its user is disabled, moves the idle expiry forward at most once a minute), plus one more the first
 * time a reviewer's government subtree is needed after the agency tree changed. With `keep`, a session looked up
 * less than SESSION_KEPT_MS ago is answered from the server's copy (`keptAt` set: the caller must check it).
 */
export async function principalFromToken(
  orm: MikroORM,
  token: string | undefined,
  options: { keep?: boolean } = {},
): Promise<TokenPrincipal> {
  if (!token) return { principal: ANONYMOUS, problem: null };
  if (!/^[A-Za-z0-9_-]{43}$/u.test(token)) return { principal: ANONYMOUS, problem: 'invalid' };
  const hash = tokenHash(token);
  const kept = options.keep ? keptSessions.get(hash) : undefined;
  if (kept && kept.until > Date.now()) return { principal: kept.principal, problem: null, keptAt: kept.authVersion };
  keptSessions.delete(hash);
  const [row] = await orm.em
    .fork()
    .execute<Array<{ s: (SessionFacts & { problem?: undefined }) | { problem: 'invalid' | 'expired' } }>>(
      'select gongkai_session_lookup(?, ?) as s',
      [hash, SESSION_IDLE_MS],
    );
  const facts = row?.s;
  if (!facts || facts.problem) return { principal: ANONYMOUS, problem: facts?.problem ?? 'invalid' };
  const principal: Principal = {
    kind: 'user',
    userId: facts.userId,
    sessionId: facts.sessionId,
    login: facts.login,
    displayName: facts.displayName,
    roles: [...facts.roles],
    agencyId: facts.agencyId,
    mustChangePassword: facts.mustChangePassword,
    agencyTreeVersion: String(facts.treeVersion),
    ...(await accessOf(orm, facts)),
  };
  if (options.keep) {
    if (keptSessions.size >= KEPT_SESSIONS_MAX) keptSessions.delete(keptSessions.keys().next().value!);
    const until = Math.min(Date.now() + SESSION_KEPT_MS, Date.parse(facts.expiresAt));
    keptSessions.set(hash, { principal, authVersion: facts.authVersion, until });
  }
  return { principal, problem: null };
}
