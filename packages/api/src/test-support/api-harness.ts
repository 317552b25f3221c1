/**
 * Runs GraphQL operations against a fresh test database with demo data, as any demo account or anonymously,
 * through the whole request pipeline (access rules, transaction, row-level security).
 */
import type { ApolloServer } from '@apollo/server';
import { createHash } from 'node:crypto';
import { Catalogue, User, UserSession, loadDemoDataIfEmpty } from '@gongkai/db';
import { createTestDatabase, type TestDatabase } from '../../../db/src/test-support/test-database.js';
import { createApolloServer } from '../apollo.js';
import { createContext, type Context, type HttpSide } from '../context.js';
import { createSession, withSystemScope } from '../account/sessions.js';

export interface GqlResult {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface ApiHarness {
  db: TestDatabase;
  apollo: ApolloServer<Context>;
  /** A session token for a user (by login), as the login mutation would set in the cookie. */
  tokenFor(login: string): Promise<string>;
  /** A new session (not shared with other tests), with its token. */
  newSession(login: string): Promise<{ token: string; sessionId: string }>;
  run(
    query: string,
    variables?: Record<string, unknown>,
    as?: { token?: string; http?: Partial<HttpSide>; freshSession?: boolean },
  ): Promise<GqlResult>;
  /** Deletes the agency's open drafts through the API as the given user (an import makes one; a second is refused). */
  deleteDrafts(agencyCode: string, token: string): Promise<void>;
  close(): Promise<void>;
}

export async function createApiHarness(): Promise<ApiHarness> {
  const db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  const apollo = await createApolloServer({ log: process.env.SHOW_ERRORS ? console.error : () => {} });
  const tokens = new Map<string, string>();
  const harness: ApiHarness = {
    db,
    apollo,
    async tokenFor(login) {
      const cached = tokens.get(login);
      if (cached) return cached;
      const { token } = await withSystemScope(db.appOrm, async (em) =>
        createSession(em, await em.findOneOrFail(User, { login }), { ip: '127.0.0.1', userAgent: 'test' }),
      );
      tokens.set(login, token);
      return token;
    },
    async newSession(login) {
      const token = await withSystemScope(
        db.appOrm,
        async (em) =>
          (await createSession(em, await em.findOneOrFail(User, { login }), { ip: '127.0.0.1', userAgent: 'test' }))
            .token,
      );
      const session = await db.orm.em
        .fork()
        .findOneOrFail(UserSession, { tokenHash: createHash('sha256').update(token).digest('hex') });
      return { token, sessionId: session.id };
    },
    async run(query, variables = {}, as = {}) {
      const http: HttpSide = {
        ip: '127.0.0.1',
        userAgent: 'test',
        setSessionCookie: () => {},
        clearSessionCookie: () => {},
        ...as.http,
      };
      // As the server does: the session's kept copy, checked in the request's transaction (unless asked otherwise).
      const contextValue = await createContext(db.appOrm, {
        sessionToken: as.token,
        http,
        systemOrm: db.systemOrm,
        keepSession: as.freshSession !== true,
      });
      const res = await apollo.executeOperation({ query, variables }, { contextValue });
      if (res.body.kind !== 'single') throw new Error('incremental response');
      return res.body.singleResult as GqlResult;
    },
    async deleteDrafts(agencyCode, token) {
      for (const d of await db.orm.em.fork().find(Catalogue, { agency: { code: agencyCode }, status: 'DRAFT' })) {
        const r = await harness.run('mutation($id: ID!) { deleteDraft(id: $id) }', { id: d.id }, { token });
        if (r.errors) throw new Error(`删除草稿失败：${r.errors[0]!.message}`);
      }
    },
    close: () => db.close(),
  };
  return harness;
}
