import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Agency, User } from '@gongkai/db';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { SESSION_KEPT_MS, forgetKeptSessions } from './sessions.js';

// Issue 14: a session is kept by the server between requests and checked in each request's own transaction
// (gongkai_auth_version() read with the scope). Whatever ends or changes it — sign-out, a password change, a role
// change, a disabled user, a change to the agency tree — made by this process or any other (here: straight in the
// database), the next request acts on the current state.
let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());
afterEach(() => {
  vi.restoreAllMocks();
  forgetKeptSessions();
});

const ME = '{ me { login } }';
const USERS = '{ users { login } }';
const lookups = () => h.db.queries.filter((q) => q.includes('gongkai_session_lookup')).length;
const owner = () => h.db.orm.em.fork();

async function setRoles(login: string, roles: string[]): Promise<void> {
  await owner().nativeUpdate(User, { login }, { roles: roles as User['roles'] });
}

describe('kept sessions', () => {
  it('answer the next request without looking the session up (one statement fewer)', async () => {
    const { token } = await h.newSession('demo-admin');
    await h.run(USERS, {}, { token });
    h.db.queries.length = 0;
    const kept = await h.run(USERS, {}, { token });
    expect(kept.errors).toBeUndefined();
    const keptStatements = h.db.queries.length;
    expect(lookups()).toBe(0);
    h.db.queries.length = 0;
    await h.run(USERS, {}, { token, freshSession: true });
    expect(lookups()).toBe(1);
    expect(h.db.queries.length).toBe(keptStatements + 1);
  });

  it('end with sign-out: the same token is refused at the next request', async () => {
    const { token } = await h.newSession('demo-admin');
    expect((await h.run(USERS, {}, { token })).errors).toBeUndefined();
    expect((await h.run('mutation { logout }', {}, { token })).errors).toBeUndefined();
    const after = await h.run(USERS, {}, { token });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.run(ME, {}, { token })).data).toEqual({ me: null });
  });

  it('are not renewed by another user’s sign-out (the number is per user)', async () => {
    const mine = await h.newSession('demo-admin');
    const theirs = await h.newSession('demo-reviewer');
    await h.run(USERS, {}, { token: mine.token });
    expect((await h.run('mutation { logout }', {}, { token: theirs.token })).errors).toBeUndefined();
    h.db.queries.length = 0;
    expect((await h.run(USERS, {}, { token: mine.token })).errors).toBeUndefined();
    expect(lookups()).toBe(0);
  });

  it('end when another process ends the session (deleted in the database)', async () => {
    const { token, sessionId } = await h.newSession('demo-admin');
    expect((await h.run(USERS, {}, { token })).errors).toBeUndefined();
    await owner().execute('delete from user_session where id = ?', [sessionId]);
    expect((await h.run(USERS, {}, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('see a role taken away and given back at the next request', async () => {
    const { token } = await h.newSession('demo-admin');
    expect((await h.run(USERS, {}, { token })).errors).toBeUndefined();
    await setRoles('demo-admin', ['VIEWER']);
    try {
      const refused = await h.run(USERS, {}, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await setRoles('demo-admin', ['PLATFORM_ADMIN']);
    }
    expect((await h.run(USERS, {}, { token })).errors).toBeUndefined();
  });

  it('see a user disabled at the next request', async () => {
    const { token } = await h.newSession('demo-reviewer');
    expect((await h.run(ME, {}, { token })).data).toMatchObject({ me: { login: 'demo-reviewer' } });
    await owner().nativeUpdate(User, { login: 'demo-reviewer' }, { disabled: true });
    try {
      expect((await h.run(ME, {}, { token })).data).toEqual({ me: null });
    } finally {
      await owner().nativeUpdate(User, { login: 'demo-reviewer' }, { disabled: false });
    }
  });

  it('are looked up again when the agency tree changes, and left alone when nothing did', async () => {
    const { token } = await h.newSession('demo-reviewer');
    await h.run(ME, {}, { token });
    h.db.queries.length = 0;
    await h.run(ME, {}, { token });
    expect(lookups()).toBe(0);
    const em = owner();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    const added = em.create(Agency, {
      code: 'kept-1',
      name: '会话测试局',
      kind: 'DEPARTMENT',
      parent: gov,
      position: 900,
    });
    await em.flush();
    try {
      h.db.queries.length = 0;
      await h.run(ME, {}, { token });
      expect(lookups()).toBe(1);
      h.db.queries.length = 0;
      await h.run(ME, {}, { token });
      expect(lookups()).toBe(0);
    } finally {
      await owner().nativeDelete(Agency, { id: added.id });
    }
  });

  it('are looked up again after SESSION_KEPT_MS (so an active session keeps moving its idle expiry)', async () => {
    const { token } = await h.newSession('demo-admin');
    await h.run(ME, {}, { token });
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + SESSION_KEPT_MS + 1);
    h.db.queries.length = 0;
    await h.run(ME, {}, { token });
    expect(lookups()).toBe(1);
  });
});
