import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, AuditLog, Office, User, UserSession } from '@gongkai/db';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { MAX_ALIASES, MAX_DEPTH } from '../validation-rules.js';

let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());

const LOGIN = 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login roles agency { code } } }';

describe('sign-in', () => {
  it('signs in with the right password and sets the session cookie', async () => {
    let cookie: string | undefined;
    const r = await h.run(
      LOGIN,
      { l: 'sfj-editor', p: 'gongkai-demo-2026' },
      { http: { setSessionCookie: (t) => (cookie = t) } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ login: { login: 'sfj-editor', roles: ['DEPT_EDITOR'], agency: { code: '150785-sfj' } } });
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    const me = await h.run('{ me { login } }', {}, { token: cookie });
    expect(me.data).toEqual({ me: { login: 'sfj-editor' } });
    // Stored as a hash only.
    expect(await h.db.orm.em.fork().count(UserSession, { tokenHash: cookie! })).toBe(0);
  });

  it('refuses a wrong password with UNAUTHENTICATED, no data, and logs the attempt', async () => {
    const r = await h.run(LOGIN, { l: 'sfj-viewer', p: 'wrong-password' });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]).toMatchObject({ message: '登录名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
    expect(await h.db.orm.em.fork().count(AuditLog, { operation: 'loginFailed' })).toBeGreaterThan(0);
  });

  it('throttles an account after 5 failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++)
      await h.run(LOGIN, { l: 'sfj-approver', p: `wrong-${i}` }, { http: { ip: `10.0.0.${i}` } });
    const r = await h.run(LOGIN, { l: 'sfj-approver', p: 'gongkai-demo-2026' }, { http: { ip: '10.0.0.99' } });
    expect(r.errors?.[0]?.message).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/u);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts parallel attempts before checking passwords, so they cannot slip past the limit', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.run(LOGIN, { l: 'demo-reviewer', p: `wrong-${i}` }, { http: { ip: `10.1.0.${i}` } }),
      ),
    );
    const locked = attempts.filter((r) => /登录失败次数过多/u.test(r.errors?.[0]?.message ?? '')).length;
    expect(locked).toBeGreaterThanOrEqual(7); // at most 5 got their password checked
    const right = await h.run(LOGIN, { l: 'demo-reviewer', p: 'gongkai-demo-2026' }, { http: { ip: '10.1.0.99' } });
    expect(right.errors?.[0]?.message).toMatch(/登录失败次数过多/u);
  });

  it('throttles an address after 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i++) await h.run(LOGIN, { l: `nobody-${i}`, p: 'x' }, { http: { ip: '192.0.2.7' } });
    const r = await h.run(LOGIN, { l: 'mzj-editor', p: 'gongkai-demo-2026' }, { http: { ip: '192.0.2.7' } });
    expect(r.errors?.[0]?.message).toMatch(/登录失败次数过多/u);
    const other = await h.run(LOGIN, { l: 'mzj-editor', p: 'gongkai-demo-2026' }, { http: { ip: '192.0.2.8' } });
    expect(other.errors).toBeUndefined();
  });

  it('answers an expired session and a tampered cookie with UNAUTHENTICATED and the reason', async () => {
    const { token, sessionId } = await h.newSession('demo-admin');
    await h.db.orm.em
      .fork()
      .nativeUpdate(UserSession, { id: sessionId }, { idleExpiresAt: new Date(Date.now() - 1000) });
    const expired = await h.run('{ users { login } }', {}, { token });
    expect(expired.errors?.[0]).toMatchObject({
      message: '会话已过期，请重新登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const tampered = await h.run('{ users { login } }', {}, { token: `${token.slice(0, -2)}xx` });
    expect(tampered.errors?.[0]).toMatchObject({
      message: '会话无效，请重新登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const garbage = await h.run('{ users { login } }', {}, { token: '"><script>' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the session is gone', async () => {
    let cookie = '';
    await h.run(
      LOGIN,
      { l: 'sfj-viewer', p: 'gongkai-demo-2026' },
      { http: { setSessionCookie: (t) => (cookie = t), ip: '198.51.100.1' } },
    );
    let cleared = false;
    const out = await h.run(
      'mutation { logout }',
      {},
      { token: cookie, http: { clearSessionCookie: () => (cleared = true) } },
    );
    expect(out.data).toEqual({ logout: true });
    expect(cleared).toBe(true);
    expect((await h.run('{ me { login } }', {}, { token: cookie })).data).toEqual({ me: null });
  });
});

describe('accounts', () => {
  it('a new user gets a one-time password and must change it before doing anything else', async () => {
    const admin = await h.tokenFor('demo-admin');
    const created = await h.run(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id login mustChangePassword agency { code } } oneTimePassword } }',
      { i: { login: 'new.editor', displayName: '新编辑', agencyCode: '150785-sfj', roles: ['DEPT_EDITOR'] } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const { oneTimePassword } = created.data!.createUser as { oneTimePassword: string };
    expect(oneTimePassword).toHaveLength(16);
    let cookie = '';
    await h.run(
      LOGIN,
      { l: 'new.editor', p: oneTimePassword },
      { http: { setSessionCookie: (t) => (cookie = t), ip: '198.51.100.2' } },
    );
    const blocked = await h.run('{ agencies { code } }', {}, { token: cookie });
    expect(blocked.errors?.[0]).toMatchObject({ message: '请先修改初始密码', extensions: { code: 'FORBIDDEN' } });
    const weak = await h.run(
      'mutation { changePassword(currentPassword: $c, newPassword: "short") }'.replace(
        '$c',
        JSON.stringify(oneTimePassword),
      ),
      {},
      { token: cookie },
    );
    expect(weak.errors?.[0]).toMatchObject({
      message: '新密码：密码至少 10 个字符',
      extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
    });
    const ok = await h.run(
      'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a-much-better-password") }',
      { c: oneTimePassword },
      { token: cookie },
    );
    expect(ok.data).toEqual({ changePassword: true });
    expect((await h.run('{ agencies { code } }', {}, { token: cookie })).data).toEqual({
      agencies: [{ code: '150785-sfj' }, { code: '150785-bz-ty' }, { code: '150785-bz-ggflfw' }],
    });
  });

  it('a read-only user (no write scope) can still change their own password', async () => {
    const admin = await h.tokenFor('demo-admin');
    const created = await h.run(
      'mutation { createUser(input: { login: "new.viewer", displayName: "新只读", agencyCode: "150785-sfj", roles: [VIEWER] }) { oneTimePassword } }',
      {},
      { token: admin },
    );
    const otp = (created.data!.createUser as { oneTimePassword: string }).oneTimePassword;
    let cookie = '';
    await h.run(
      LOGIN,
      { l: 'new.viewer', p: otp },
      { http: { setSessionCookie: (t) => (cookie = t), ip: '198.51.100.3' } },
    );
    const changed = await h.run(
      'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "viewer-password-2") }',
      { c: otp },
      { token: cookie },
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect((await h.run('{ me { mustChangePassword } agencies { code } }', {}, { token: cookie })).data).toEqual({
      me: { mustChangePassword: false },
      agencies: [{ code: '150785-sfj' }, { code: '150785-bz-ty' }, { code: '150785-bz-ggflfw' }],
    });
  });

  it('names the field of bad user input', async () => {
    const admin = await h.tokenFor('demo-admin');
    const r = await h.run(
      'mutation { createUser(input: { login: "X", displayName: "x", roles: [VIEWER] }) { oneTimePassword } }',
      {},
      { token: admin },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'login' });
    const noAgency = await h.run(
      'mutation { createUser(input: { login: "abc", displayName: "x", roles: [VIEWER] }) { oneTimePassword } }',
      {},
      { token: admin },
    );
    expect(noAgency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyCode' });
    const dup = await h.run(
      'mutation { createUser(input: { login: "sfj-editor", displayName: "x", agencyCode: "150785-sfj", roles: [VIEWER] }) { oneTimePassword } }',
      {},
      { token: admin },
    );
    expect(dup.errors?.[0]?.message).toBe('登录名：「sfj-editor」已被使用');
  });
});

describe('mutations are all-or-nothing and audited', () => {
  it('rolls back every change of a request that has an error, and returns no data', async () => {
    const token = await h.tokenFor('sfj-editor');
    const em = h.db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const office = await em.findOneOrFail(Office, { agency: sfj, name: '公共法律服务办公室' });
    const r = await h.run(
      'mutation($id: ID!) { a: renameOffice(id: $id, name: "公共法律服务科") { name } b: renameOffice(id: $id, name: "") { name } }',
      { id: office.id },
      { token },
    );
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]).toMatchObject({
      message: '科室名称：不能为空',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    expect((await h.db.orm.em.fork().findOneOrFail(Office, office.id)).name).toBe('公共法律服务办公室');
  });

  it('records who changed what, before and after, readable by the city office', async () => {
    const token = await h.tokenFor('sfj-editor');
    const em = h.db.orm.em.fork();
    const office = await em.findOneOrFail(Office, { name: '普法与依法治理办公室' });
    const r = await h.run(
      'mutation($id: ID!) { renameOffice(id: $id, name: "普法与依法治理科") { name } }',
      { id: office.id },
      { token },
    );
    expect(r.errors).toBeUndefined();
    const log = await h.run(
      '{ auditLog(agencyCode: "150785-sfj", limit: 5) { total entries { userLogin operation objectType objectId before after } } }',
      {},
      { token: await h.tokenFor('demo-reviewer') },
    );
    const entry = (log.data!.auditLog as { entries: Array<Record<string, unknown>> }).entries.find(
      (e) => e.operation === 'renameOffice',
    );
    expect(entry).toMatchObject({
      userLogin: 'sfj-editor',
      objectType: 'Office',
      objectId: office.id,
      before: { name: '普法与依法治理办公室' },
      after: { name: '普法与依法治理科', aliases: ['普法与依法治理办公室'] },
    });
  });

  it('rejects a catalogue file that is not a catalogue with the line, writing nothing', async () => {
    const token = await h.tokenFor('sfj-editor');
    const before = await h.db.orm.em.fork().count(AuditLog, { operation: 'importCatalogue' });
    const r = await h.run(
      'mutation { importCatalogue(agencyCode: "150785-sfj", text: "a,b\\n1,2") { id } }',
      {},
      { token },
    );
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text', line: 1 } });
    expect(r.errors?.[0]?.message).toContain('第1–2行');
    expect(await h.db.orm.em.fork().count(AuditLog, { operation: 'importCatalogue' })).toBe(before);
  });
});

describe('GraphQL hardening', () => {
  it('refuses queries nested too deep, with too many aliases, or too costly', async () => {
    let deep =
      '{ agencyRoots { children { children { children { children { children { children { children { children { children { children { children { code } } } } } } } } } } } } }';
    const r = await h.run(deep);
    expect(r.errors?.[0]?.message).toMatch(new RegExp(`查询嵌套过深（\\d+ 层，上限 ${MAX_DEPTH} 层）`, 'u'));
    const aliases = `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: channelOptions { code }`).join(' ')} }`;
    expect((await h.run(aliases)).errors?.[0]?.message).toMatch(/别名过多/u);
    deep = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: agencies { catalogues { items { children { children { requirements { channels contentElements publishingOrgans offices { name aliases } timeLimit { raw rule kind description } } } } } } }`).join(' ')} }`;
    expect((await h.run(deep)).errors?.[0]?.message).toMatch(/查询过于复杂/u);
  });

  it('gives anonymous visitors no field suggestions, signed-in users do get them', async () => {
    const anon = await h.run('{ agencie { code } }');
    expect(anon.errors?.[0]?.message).toBe('Cannot query field "agencie" on type "Query".');
    const signedIn = await h.run('{ agencie { code } }', {}, { token: await h.tokenFor('sfj-viewer') });
    expect(signedIn.errors?.[0]?.message).toContain('Did you mean');
  });

  it('ends the live sessions of a user who was disabled, without a 500', async () => {
    const { token } = await h.newSession('sfj-approver');
    await h.db.orm.em.fork().nativeUpdate(User, { login: 'sfj-approver' }, { disabled: true });
    const first = await h.run('{ users { login } }', {}, { token });
    expect(first.errors?.[0]).toMatchObject({
      message: '会话已过期，请重新登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const again = await h.run('{ agencies { code } }', {}, { token });
    expect(again.errors).toBeUndefined(); // now simply anonymous
    expect(await h.db.orm.em.fork().count(UserSession, { user: { login: 'sfj-approver' } })).toBe(0);
  });
});
