import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, Office, User, hashPassword } from '@gongkai/db';
import { createSchema } from './schema.js';
import { POLICIES } from './policy.js';
import { createSession, withSystemScope } from './sessions.js';
import { createApiHarness, type ApiHarness } from './test-support/api-harness.js';

/**
 * Every root query and mutation of the schema, run as every kind of principal, must be allowed or refused
 * exactly as designed below. The list of operations comes from the schema: an operation added without an
 * access rule (policy.ts), a sample call and an expected row here fails this suite.
 */
const PRINCIPALS = ['anonymous', 'demo-admin', 'demo-reviewer', 'sfj-editor', 'sfj-approver', 'sfj-viewer', 'mzj-editor'] as const;
type Outcome = 'A' | 'U' | 'F'; // allowed, UNAUTHENTICATED, FORBIDDEN

// Columns: anonymous, platform admin, city reviewer, 司法局 editor, 司法局 approver, 司法局 viewer, 民政局 editor (another agency).
// Every sample targets 根河市司法局's data.
const EXPECTED: Record<'Query' | 'Mutation', Record<string, string>> = {
  Query: {
    me: 'AAAAAAA',
    agencies: 'AAAAAAA',
    agencyRoots: 'AAAAAAA',
    agency: 'AAAAAAF',
    catalogue: 'AAAAAAF',
    channelOptions: 'AAAAAAA',
    users: 'UAFFFFF',
    auditLog: 'UAAFFFF',
  },
  Mutation: {
    login: 'AAAAAAA',
    logout: 'UAAAAAA',
    changePassword: 'UAAAAAA',
    createUser: 'UAFFFFF',
    updateUser: 'UAFFFFF',
    resetUserPassword: 'UAFFFFF',
    importCatalogue: 'UAFAAFF',
    renameOffice: 'UAFAAFF',
  },
};

interface Ids {
  catalogueId: string;
  officeId: string;
  officeName: string;
  targetUserId: string;
}
let counter = 0;
const seed = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

const SAMPLES: Record<'Query' | 'Mutation', Record<string, (ids: Ids) => { query: string; variables?: Record<string, unknown> }>> = {
  Query: {
    me: () => ({ query: '{ me { login } }' }),
    agencies: () => ({ query: '{ agencies { code } }' }),
    agencyRoots: () => ({ query: '{ agencyRoots { code } }' }),
    agency: () => ({ query: 'query($c: String!) { agency(code: $c) { name } }', variables: { c: '150785-sfj' } }),
    catalogue: (ids) => ({ query: 'query($id: ID!) { catalogue(id: $id) { title } }', variables: { id: ids.catalogueId } }),
    channelOptions: () => ({ query: '{ channelOptions { code } }' }),
    users: () => ({ query: '{ users { login } }' }),
    auditLog: () => ({ query: '{ auditLog(agencyCode: "150785-sfj") { total } }' }),
  },
  Mutation: {
    login: () => ({ query: 'mutation { login(login: "login-probe", password: "probe-password-1") { login } }' }),
    logout: () => ({ query: 'mutation { logout }' }),
    changePassword: () => ({ query: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "another-password-2") }' }),
    createUser: () => ({
      query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { login } oneTimePassword } }',
      variables: { i: { login: `probe-${++counter}`, displayName: '探针', agencyCode: '150785-sfj', roles: ['VIEWER'] } },
    }),
    updateUser: (ids) => ({ query: 'mutation($id: ID!) { updateUser(id: $id, input: { displayName: "目标用户" }) { login } }', variables: { id: ids.targetUserId } }),
    resetUserPassword: (ids) => ({ query: 'mutation($id: ID!) { resetUserPassword(id: $id) { oneTimePassword } }', variables: { id: ids.targetUserId } }),
    importCatalogue: () => ({ query: 'mutation($t: String!) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: "探针") { id } }', variables: { t: seed } }),
    renameOffice: (ids) => ({ query: 'mutation($id: ID!, $n: String!) { renameOffice(id: $id, name: $n) { name } }', variables: { id: ids.officeId, n: ids.officeName } }),
  },
};

let h: ApiHarness;
let ids: Ids;

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
  const office = await em.findOneOrFail(Office, { agency: sfj, name: '办公室' });
  const catalogue = await em.findOneOrFail(Catalogue, { agency: sfj });
  const target = em.create(User, { login: 'target-user', displayName: '目标用户', agency: sfj, roles: ['VIEWER'], passwordHash: await hashPassword('target-password-1') });
  em.create(User, { login: 'login-probe', displayName: '登录探针', agency: sfj, roles: ['VIEWER'], passwordHash: await hashPassword('probe-password-1') });
  await em.flush();
  ids = { catalogueId: catalogue.id, officeId: office.id, officeName: office.name, targetUserId: target.id };
});
afterAll(async () => h?.close());

/** A fresh session per call, so logout or a password reset in one call does not affect the next. */
async function freshToken(login: string): Promise<string> {
  return withSystemScope(h.db.appOrm, async (em) => (await createSession(em, await em.findOneOrFail(User, { login }), { ip: null, userAgent: null })).token);
}

describe('access rules cover the whole schema', () => {
  it('has a rule, a sample and an expectation for every root field, and nothing else', async () => {
    const schema = await createSchema();
    for (const root of ['Query', 'Mutation'] as const) {
      const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const fields = Object.keys(type.getFields()).sort();
      expect(Object.keys(POLICIES[root]).sort(), `${root}: access rules in policy.ts`).toEqual(fields);
      expect(Object.keys(SAMPLES[root]).sort(), `${root}: samples in access.test.ts`).toEqual(fields);
      expect(Object.keys(EXPECTED[root]).sort(), `${root}: expectations in access.test.ts`).toEqual(fields);
    }
  });

  for (const root of ['Query', 'Mutation'] as const) {
    for (const [field, row] of Object.entries(EXPECTED[root])) {
      it(`${root}.${field}: ${row}`, async () => {
        const got: string[] = [];
        for (const principal of PRINCIPALS) {
          const token = principal === 'anonymous' ? undefined : await freshToken(principal);
          const sample = SAMPLES[root][field]!(ids);
          const r = await h.run(sample.query, sample.variables, { token });
          const code = r.errors?.[0]?.extensions?.code;
          const outcome: Outcome = code === 'UNAUTHENTICATED' && field !== 'login' ? 'U' : code === 'FORBIDDEN' ? 'F' : 'A';
          if (outcome === 'A' && r.errors) {
            // Allowed calls may still fail for their own reasons (a wrong current password), never with a 500.
            expect(code, `${field} as ${principal}: ${r.errors[0]!.message}`).not.toBe('INTERNAL_SERVER_ERROR');
          }
          if (outcome !== 'A') expect(r.data ?? null, `${field} as ${principal}: refused calls return no data`).toBeNull();
          got.push(outcome);
        }
        expect(got.join(''), PRINCIPALS.join(', ')).toBe(row);
      });
    }
  }
});

describe('list queries return only the principal’s data', () => {
  const list = async (login: string | null) => {
    const token = login ? await freshToken(login) : undefined;
    const r = await h.run('{ agencies { code currentCatalogue { status findings { line } } } }', {}, { token });
    expect(r.errors).toBeUndefined();
    return (r.data!.agencies as Array<{ code: string; currentCatalogue: { status: string; findings: unknown[] } | null }>);
  };

  it('a department user sees its own agency only', async () => {
    expect((await list('sfj-viewer')).map((a) => a.code)).toEqual(['150785-sfj']);
    expect((await list('mzj-editor')).map((a) => a.code)).toEqual(['150785-mzj']);
  });

  it('the city reviewer sees every agency of its government, the administrator all', async () => {
    expect((await list('demo-reviewer')).length).toBe(5);
    expect((await list('demo-admin')).length).toBe(5);
  });

  it('anonymous visitors see published catalogues only, without findings', async () => {
    const agencies = await list(null);
    const withCatalogue = agencies.filter((a) => a.currentCatalogue);
    expect(withCatalogue.map((a) => a.code)).toEqual(['150785-sfj']);
    expect(withCatalogue[0]!.currentCatalogue).toMatchObject({ status: 'PUBLISHED', findings: [] });
  });
});
