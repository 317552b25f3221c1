/**
 * The hostile requests of issue 11, each answered with a clear error and nothing changed: query shapes that used to
 * freeze validation, a mutation whose other field fails, password guessing with a stolen session, parallel inserts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, CatalogueItem, Requirement, User, UserSession, appDatabaseUrl, createOrm } from '@gongkai/db';
import { createContext } from './context.js';
import { createApiHarness, type ApiHarness } from './test-support/api-harness.js';
import { MAX_TOKENS } from './validation-rules.js';
import { MAX_VARIABLE_DEPTH } from './request-limits.js';

let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());

const PASSWORD = 'gongkai-demo-2026';

/** Runs an operation and returns its body with the HTTP status Apollo chose. */
async function runWithStatus(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number | undefined;
  errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined;
}> {
  const contextValue = await createContext(h.db.appOrm, { systemOrm: h.db.systemOrm });
  const res = await h.apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('incremental response');
  return { status: res.http.status, errors: res.body.singleResult.errors as never };
}

describe('query shapes that used to freeze the server', () => {
  it('refuses a chain of fragments that each spread the next twice, after one pass', async () => {
    const n = 40; // 2⁴⁰ paths: the old depth rule followed every one of them
    const frags = Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Agency { ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'id'} }`,
    ).join('\n');
    const r = await runWithStatus(`{ agencies { ...F0 } }\n${frags}`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toContain('展开后字段过多');
    expect(r.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.status).toBe(400);
  });

  it('refuses a flat fan-out of fragments before the cost estimate runs', async () => {
    const spreads = Array.from({ length: 80 }, () => '...A').join(' ');
    const r = await runWithStatus(
      `{ agencies { ...B } } fragment B on Agency { ${spreads} } fragment A on Agency { ${Array.from({ length: 60 }, (_, i) => `f${i}: name`).join(' ')} }`,
    );
    expect(r.errors).toHaveLength(1);
    expect(r.status).toBe(400);
    expect(r.errors![0]!.message).toMatch(/别名过多|展开后字段过多/u);
  });

  it('stops the parser at the token limit: 20,000 repeated fields never reach validation', async () => {
    const r = await runWithStatus(`{ ${'__typename '.repeat(20_000)}}`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toContain(String(MAX_TOKENS));
    expect(r.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.status).toBe(400);
  });

  it('refuses deep nesting, still with one error', async () => {
    let q = 'id';
    for (let i = 0; i < 20; i++) q = `parent { ${q} }`;
    const r = await runWithStatus(`{ agencies { ${q} } }`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toContain('嵌套过深');
  });

  it('refuses a 100,000-deep JSON variable without overflowing the stack', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = await runWithStatus('query($code: String!) { agency(code: $code) { id } }', { code: deep });
    expect(r.errors?.[0]?.message).toContain(`超过 ${MAX_VARIABLE_DEPTH} 层`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.status).toBe(400);
  });

  it('refuses one wide selection set of identical fields (graphql compares them pairwise)', async () => {
    const r = await runWithStatus(`{ ${'me { id } '.repeat(150)}}`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toContain('同一层选择的字段过多');
    expect(r.status).toBe(400);
  });

  it('still answers the admin app’s real queries', async () => {
    const r = await h.run(
      '{ agencies { id code name currentCatalogue { id items { name children { name requirements { id timeLimit { raw } } } } } } }',
    );
    expect(r.errors).toBeUndefined();
  });
});

describe('one request, one transaction', () => {
  it('a password change next to a failing field changes nothing', async () => {
    const token = await h.tokenFor('sfj-viewer');
    const r = await h.run(
      'mutation { changePassword(currentPassword: "gongkai-demo-2026", newPassword: "a-brand-new-password-1") addOffice(agencyCode: "150785-sfj", name: "") { id } }',
      {},
      { token },
    );
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.data ?? null).toBeNull();
    // The old password still signs in; the new one does not.
    const login = 'mutation($p: String!) { login(login: "sfj-viewer", password: $p) { login } }';
    expect(
      (await h.run(login, { p: 'a-brand-new-password-1' }, { http: { ip: '198.51.100.1' } })).errors?.[0]?.message,
    ).toBe('登录名或密码错误');
    expect((await h.run(login, { p: PASSWORD }, { http: { ip: '198.51.100.1' } })).errors).toBeUndefined();
  });

  it('a sign-in next to a failing field issues no session and sends no cookie', async () => {
    const user = await h.db.orm.em.fork().findOneOrFail(User, { login: 'mzj-editor' });
    const before = await h.db.orm.em.fork().count(UserSession, { user: user.id });
    let cookie: string | undefined;
    const r = await h.run(
      'mutation { login(login: "mzj-editor", password: "gongkai-demo-2026") { login } addOffice(agencyCode: "150785-sfj", name: "x") { id } }',
      {},
      { http: { ip: '198.51.100.2', setSessionCookie: (t) => (cookie = t) } },
    );
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(cookie).toBeUndefined();
    expect(await h.db.orm.em.fork().count(UserSession, { user: user.id })).toBe(before);
  });

  it('a sign-in alone still sets the cookie after the commit', async () => {
    let cookie: string | undefined;
    const r = await h.run(
      'mutation { login(login: "mzj-editor", password: "gongkai-demo-2026") { login } }',
      {},
      { http: { ip: '198.51.100.3', setSessionCookie: (t) => (cookie = t) } },
    );
    expect(r.errors).toBeUndefined();
    expect((await h.run('{ me { login } }', {}, { token: cookie })).data).toEqual({ me: { login: 'mzj-editor' } });
  });
});

describe('password checks side by side', () => {
  it('two sign-ins in one request both finish (the throttle rows are not held by the request)', async () => {
    const r = await h.run(
      'mutation { a: login(login: "mzj-editor", password: "gongkai-demo-2026") { login } b: login(login: "mzj-editor", password: "gongkai-demo-2026") { login } }',
      {},
      { http: { ip: '198.51.100.9' } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: { login: 'mzj-editor' }, b: { login: 'mzj-editor' } });
    // And the next sign-in from the same address is not stuck behind it.
    const next = await h.run(
      'mutation { login(login: "mzj-editor", password: "gongkai-demo-2026") { login } }',
      {},
      { http: { ip: '198.51.100.9' } },
    );
    expect(next.errors).toBeUndefined();
  });

  it('a new password the rules refuse costs no attempt of the current-password check', async () => {
    const { token } = await h.newSession('sfj-viewer');
    for (let i = 0; i < 8; i++) {
      const r = await h.run(
        'mutation { changePassword(currentPassword: "gongkai-demo-2026", newPassword: "short") }',
        {},
        { token },
      );
      expect(r.errors?.[0]?.extensions?.field).toBe('newPassword');
    }
    const r = await h.run(
      'mutation { changePassword(currentPassword: "wrong-one", newPassword: "a-long-enough-password-9") }',
      {},
      { token },
    );
    expect(r.errors?.[0]?.message).toBe('当前密码：不正确');
  });
});

describe('the audit log', () => {
  it('records no entry for a mutation that only asks for __typename, whatever variables come with it', async () => {
    const em = h.db.orm.em.fork();
    const before = await em.count(AuditLog, {});
    const r = await h.run('mutation { __typename }', { junk: 'x'.repeat(200_000) });
    expect(r.errors).toBeUndefined();
    expect(await em.fork().count(AuditLog, {})).toBe(before);
  });
});

describe('password guessing with a stolen session', () => {
  const CHANGE = 'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "another-password-22") }';

  it('locks the password check after 5 wrong guesses, logs the lock, and an administrator can lift it', async () => {
    const { token } = await h.newSession('sfj-approver');
    for (let i = 0; i < 5; i++) {
      const r = await h.run(CHANGE, { c: `guess-${i}` }, { token });
      expect(r.errors?.[0]?.message).toBe('当前密码：不正确');
    }
    const locked = await h.run(CHANGE, { c: PASSWORD }, { token });
    expect(locked.errors?.[0]?.message).toMatch(/当前密码验证失败次数过多，请 \d+ 分钟后再试/u);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const em = h.db.orm.em.fork();
    const user = await em.findOneOrFail(User, { login: 'sfj-approver' });
    expect(await em.count(AuditLog, { operation: 'accountLocked', objectId: user.id })).toBe(1);
    expect(await em.count(AuditLog, { operation: 'changePasswordFailed', objectId: user.id })).toBe(5);

    const admin = await h.tokenFor('demo-admin');
    const listed = await h.run('{ users { login lockedUntil } }', {}, { token: admin });
    const row = (listed.data!.users as Array<{ login: string; lockedUntil: string | null }>).find(
      (u) => u.login === 'sfj-approver',
    );
    expect(row?.lockedUntil).not.toBeNull();
    const unlocked = await h.run(
      'mutation($id: ID!) { unlockAccount(id: $id) { login lockedUntil } }',
      { id: user.id },
      { token: admin },
    );
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data).toEqual({ unlockAccount: { login: 'sfj-approver', lockedUntil: null } });
    expect(await em.fork().count(AuditLog, { operation: 'unlockAccount', objectId: user.id })).toBe(1);

    const ok = await h.run(CHANGE, { c: PASSWORD }, { token });
    expect(ok.errors).toBeUndefined();
    // Put the demo password back for the other tests.
    await h.run(
      'mutation { changePassword(currentPassword: "another-password-22", newPassword: "gongkai-demo-2026") }',
      {},
      { token },
    );
  });

  it('only an administrator unlocks accounts', async () => {
    const user = await h.db.orm.em.fork().findOneOrFail(User, { login: 'sfj-viewer' });
    const r = await h.run(
      'mutation($id: ID!) { unlockAccount(id: $id) { login } }',
      { id: user.id },
      { token: await h.tokenFor('demo-reviewer') },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('parallel edits and names', () => {
  it('gives 50 parallel new rows of one item 50 distinct positions', async () => {
    const token = await h.tokenFor('sfj-editor');
    const em = h.db.orm.em.fork();
    const cat = await h.run('{ agency(code: "150785-sfj") { catalogues { id status } } }', {}, { token });
    const catalogues = (cat.data!.agency as { catalogues: Array<{ id: string; status: string }> }).catalogues;
    let draft = catalogues.find((c) => c.status === 'DRAFT');
    if (!draft) {
      const published = catalogues.find((c) => c.status === 'PUBLISHED')!;
      const created = await h.run(
        'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "并发测试版") { id status } }',
        { id: published.id },
        { token },
      );
      expect(created.errors).toBeUndefined();
      draft = created.data!.createDraft as { id: string; status: string };
    }
    const item = await em.findOneOrFail(
      CatalogueItem,
      { catalogue: draft.id, level: 2 },
      { orderBy: { position: 'asc' } },
    );
    const before = await em.count(Requirement, { item: item.id });
    // As many connections as requests, as a busy server has: the requests really run side by side.
    // Their own pool for sessions and access checks, as the server has (a request holds its transaction's
    // connection while its access rules are checked).
    const wide = await createOrm({ clientUrl: appDatabaseUrl(h.db.url), poolMax: 50 });
    const system = await createOrm({ clientUrl: appDatabaseUrl(h.db.url), poolMax: 4 });
    const contexts = await Promise.all(
      Array.from({ length: 50 }, () => createContext(wide, { sessionToken: token, systemOrm: system })),
    );
    const results = await Promise.all(
      contexts.map(async (contextValue) => {
        const res = await h.apollo.executeOperation(
          { query: 'mutation($id: ID!) { addRequirement(itemId: $id) { id position } }', variables: { id: item.id } },
          { contextValue },
        );
        return res.body.kind === 'single' ? res.body.singleResult : { errors: [{ message: 'incremental' }] };
      }),
    ).finally(() => Promise.all([wide.close(), system.close()]));
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.message)).toEqual([]);
    const rows = await em.fork().find(Requirement, { item: item.id });
    const positions = rows.map((r) => r.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: before + 50 }, (_, i) => i));
  });

  it('refuses a 64 KB office name on rename as on add', async () => {
    const token = await h.tokenFor('sfj-editor');
    const offices = await h.run('{ agency(code: "150785-sfj") { offices { id name } } }', {}, { token });
    const office = (offices.data!.agency as { offices: Array<{ id: string }> }).offices[0]!;
    const r = await h.run(
      'mutation($id: ID!, $n: String!) { renameOffice(id: $id, name: $n) { name } }',
      { id: office.id, n: '科'.repeat(65_536) },
      { token },
    );
    expect(r.errors?.[0]).toMatchObject({
      message: '科室名称：不能超过 50 个字',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
  });
});
