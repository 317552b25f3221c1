/**
 * Sessions: a random token in an httpOnly, SameSite=Lax cookie; only its sha256 is stored. Sessions expire
 * after 12 hours, or 2 hours without use. A tampered, unknown or expired cookie makes the request anonymous
 * and is reported (UNAUTHENTICATED with the reason) when the operation needs a user.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Agency, User, UserSession } from '@gongkai/db';
import { ANONYMOUS, SYSTEM_SCOPE, applyScope, type Principal, type Scope } from '../scope.js';

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

/** The agencies a user may read and change, from roles and agency. */
async function accessOf(
  em: EntityManager,
  user: User,
): Promise<Pick<Extract<Principal, { kind: 'user' }>, 'readAgencies' | 'writeAgencies' | 'governmentId'>> {
  const agency = user.agency ? await em.findOne(Agency, user.agency.id) : null;
  const governmentId = agency ? (agency.kind === 'GOVERNMENT' ? agency.id : (agency.parent?.id ?? agency.id)) : null;
  if (user.roles.includes('PLATFORM_ADMIN')) return { readAgencies: 'all', writeAgencies: 'all', governmentId };
  const read = new Set<string>();
  const write = new Set<string>();
  if (agency) {
    read.add(agency.id);
    if (user.roles.some((r) => r === 'DEPT_EDITOR' || r === 'DEPT_APPROVER')) write.add(agency.id);
  }
  if (governmentId) {
    // Everyone of a government may read its standard catalogues (the reference a department is held against).
    const standards = await em.find(Agency, { parent: governmentId, kind: 'STANDARD' }, { fields: ['id'] });
    for (const s of standards) read.add(s.id);
  }
  if (user.roles.includes('CITY_REVIEWER') && governmentId) {
    // The government and every agency below it.
    const rows = await em.execute<Array<{ id: string }>>(
      `with recursive tree as (select id from agency where id = ? union all select a.id from agency a join tree t on a.parent_id = t.id) select id from tree`,
      [governmentId],
    );
    // The office reviews, returns, approves and publishes its government's reports: it writes there too. What it
    // may change is still limited by the access rules (policy.ts); the database scope keeps it inside its government.
    for (const r of rows) {
      read.add(r.id);
      write.add(r.id);
    }
  }
  return { readAgencies: [...read], writeAgencies: [...write], governmentId };
}

export async function principalForUser(em: EntityManager, user: User, sessionId: string): Promise<Principal> {
  return {
    kind: 'user',
    userId: user.id,
    sessionId,
    login: user.login,
    displayName: user.displayName,
    roles: [...user.roles],
    agencyId: user.agency?.id ?? null,
    mustChangePassword: user.mustChangePassword,
    ...(await accessOf(em, user)),
  };
}

/** Resolves a cookie token to a principal; moves the idle expiry forward. */
export async function principalFromToken(
  orm: MikroORM,
  token: string | undefined,
): Promise<{ principal: Principal; problem: SessionProblem }> {
  if (!token) return { principal: ANONYMOUS, problem: null };
  if (!/^[A-Za-z0-9_-]{43}$/u.test(token)) return { principal: ANONYMOUS, problem: 'invalid' };
  return withSystemScope(orm, async (em) => {
    const session = await em.findOne(UserSession, { tokenHash: tokenHash(token) }, { populate: ['user'] });
    if (!session) return { principal: ANONYMOUS, problem: 'invalid' as const };
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || session.idleExpiresAt.getTime() <= now || session.user.disabled) {
      await em.nativeDelete(UserSession, { id: session.id });
      return { principal: ANONYMOUS, problem: 'expired' as const };
    }
    const idle = new Date(Math.min(now + SESSION_IDLE_MS, session.expiresAt.getTime()));
    if (idle.getTime() - session.idleExpiresAt.getTime() > 60_000) {
      await em.nativeUpdate(UserSession, { id: session.id }, { idleExpiresAt: idle });
    }
    return { principal: await principalForUser(em, session.user, session.id), problem: null };
  });
}
