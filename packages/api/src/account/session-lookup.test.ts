import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, User } from '@gongkai/db';
import { randomUUID } from 'node:crypto';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { applyScope, canRead, canWrite, scopeOf } from '../scope.js';
import { principalFromToken } from './sessions.js';

// Issue 14: the session is looked up in one statement (gongkai_session_lookup); a reviewer's subtree is kept per
// government and agency-tree version, so a new agency is in scope at the next request, in every server process.
let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());

const AGENCIES = '{ agencies { code } }';

describe('session lookup', () => {
  it('costs one statement once the reviewer’s subtree is known', async () => {
    const { token } = await h.newSession('demo-reviewer');
    await h.run(AGENCIES, {}, { token });
    h.db.queries.length = 0;
    // Looked up (not the server's kept copy: kept-session.test.ts), in one statement.
    const r = await h.run('{ me { login } }', {}, { token, freshSession: true });
    expect(r.data).toEqual({ me: { login: 'demo-reviewer' } });
    expect(h.db.queries[0]).toMatch(/gongkai_session_lookup/u);
    expect(h.db.queries.filter((q) => /gongkai_agency_subtree|from "user_session"/u.test(q))).toEqual([]);
  });

  it('tells the database the reviewer’s subtree by its root, not by its ids', async () => {
    const token = await h.tokenFor('demo-reviewer');
    const { principal } = await principalFromToken(h.db.appOrm, token);
    const gov = await h.db.orm.em.fork().findOneOrFail(Agency, { code: '150785' });
    const sfj = await h.db.orm.em.fork().findOneOrFail(Agency, { code: '150785-sfj' });
    expect(canRead(principal, sfj.id) && canWrite(principal, sfj.id)).toBe(true);
    expect(canRead(principal, randomUUID())).toBe(false);
    const setting = await h.db.appOrm.em.fork().transactional(async (tx) => {
      await applyScope(tx, scopeOf(principal));
      const [row] = await tx.execute("select current_setting('gongkai.read') as v");
      return String(row?.v);
    });
    // The root, and at most the few ids outside the subtree — never the subtree's members.
    expect(setting.split(',')).toContain(`tree:${gov.id}`);
    expect(setting).not.toContain(sfj.id);
  });

  it('puts an agency added under the government in the reviewer’s scope at the next request', async () => {
    const { token } = await h.newSession('demo-reviewer');
    const before = (await h.run(AGENCIES, {}, { token })).data!.agencies as Array<{ code: string }>;
    const em = h.db.orm.em.fork();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    em.create(Agency, { code: '150785-new-dept', name: '根河市新设局', kind: 'DEPARTMENT', parent: gov, position: 99 });
    await em.flush();
    try {
      h.db.queries.length = 0;
      const after = (await h.run(AGENCIES, {}, { token })).data!.agencies as Array<{ code: string }>;
      expect(after.length).toBe(before.length + 1);
      expect(after.map((a) => a.code)).toContain('150785-new-dept');
      expect(h.db.queries.filter((q) => /gongkai_agency_subtree/u.test(q))).toHaveLength(1);
    } finally {
      await em.nativeDelete(Agency, { code: '150785-new-dept' });
    }
    const again = (await h.run(AGENCIES, {}, { token })).data!.agencies as Array<{ code: string }>;
    expect(again.map((a) => a.code)).not.toContain('150785-new-dept');
  });

  it('ends the session of a disabled user, and says so', async () => {
    const { token } = await h.newSession('sfj-viewer');
    expect((await h.run('{ me { login } }', {}, { token })).data).toEqual({ me: { login: 'sfj-viewer' } });
    const em = h.db.orm.em.fork();
    await em.nativeUpdate(User, { login: 'sfj-viewer' }, { disabled: true });
    try {
      const change = 'mutation { changePassword(currentPassword: "x", newPassword: "y") }';
      expect((await h.run(change, {}, { token })).errors?.[0]).toMatchObject({ message: '会话已过期，请重新登录' });
      // The session is gone: the same cookie is now unknown.
      expect((await h.run(change, {}, { token })).errors?.[0]).toMatchObject({ message: '会话无效，请重新登录' });
    } finally {
      await em.nativeUpdate(User, { login: 'sfj-viewer' }, { disabled: false });
    }
  });

  it('treats an unknown token as invalid, never as a user', async () => {
    const r = await h.run(
      'mutation { changePassword(currentPassword: "x", newPassword: "y") }',
      {},
      {
        token: 'A'.repeat(43),
      },
    );
    expect(r.errors?.[0]).toMatchObject({ message: '会话无效，请重新登录' });
  });
});

describe('access check of a named object', () => {
  it('costs one statement, before the request’s own transaction', async () => {
    const { token } = await h.newSession('sfj-viewer');
    const id = ((await h.run('{ agency(code: "150785-sfj") { currentCatalogue { id } } }', {}, { token })).data as any)
      .agency.currentCatalogue.id;
    h.db.queries.length = 0;
    const r = await h.run('query($id: ID!) { catalogue(id: $id) { title } }', { id }, { token, freshSession: true });
    expect(r.errors).toBeUndefined();
    // The lookup, then the request's transaction: its access checks (the catalogue's owner) come after the scope,
    // which is what tells a kept session from a changed one (request-plugin.ts).
    const begin = h.db.queries.indexOf('begin');
    expect(h.db.queries.slice(0, begin)).toEqual([expect.stringMatching(/gongkai_session_lookup/u)]);
    expect(h.db.queries.slice(begin).filter((q) => /gongkai_object_agency/u.test(q))).toHaveLength(1);
    // Another agency's catalogue: refused as forbidden, not as missing.
    const other = (
      (
        await h.run(
          '{ agency(code: "150785-mzj") { currentCatalogue { id } } }',
          {},
          { token: await h.tokenFor('demo-admin') },
        )
      ).data as any
    ).agency.currentCatalogue.id;
    const refused = await h.run('query($id: ID!) { catalogue(id: $id) { title } }', { id: other }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
