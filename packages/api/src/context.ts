import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders.js';
import { ANONYMOUS, type Principal } from './scope.js';
import { forgetKeptSession, principalFromToken, type SessionProblem } from './account/sessions.js';
import type { AuditEntry } from './audit/audit.service.js';

export interface HttpSide {
  ip: string | null;
  userAgent: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** What every resolver gets. */
export interface Context {
  orm: MikroORM;
  /**
   * Connections for work outside the request's transaction (sign-in, sessions, access checks). A separate pool:
   * a request holding a connection of `orm` must never wait for another one of the same pool (deadlock when many
   * requests do it at once).
   */
  systemOrm: MikroORM;
  /** The request's EntityManager; the request plugin runs the operation in one transaction on it, with the principal's scope. */
  em: EntityManager;
  loaders: Loaders;
  principal: Principal;
  sessionProblem: SessionProblem;
  http: HttpSide;
  /** Audit entries recorded by resolvers (written by the request plugin inside the transaction). */
  audit: AuditEntry[];
  /**
   * Effects outside the database (a session cookie) that may happen only once the request's transaction has
   * committed: run by the request plugin after the commit, dropped on rollback.
   */
  afterCommit: Array<() => void>;
  readRouting?: ReadRouting;
  /**
   * Present when the principal is the server's kept copy of the session (sessions.ts): the auth version it was read
   * at, and how to look the session up afresh. The request plugin compares the version with the one the request's
   * transaction sees before checking any access rule.
   */
  keptSession?: { authVersion: string; refresh(): Promise<{ principal: Principal; problem: SessionProblem }> };
}

/**
 * Where an operation's transaction runs when a read replica is configured (apps/server/src/read-routing.ts). Absent:
 * every transaction on the primary, as always.
 */
export interface ReadRouting {
  /**
   * Opens the transaction of a query on the replica (read-only) and runs `inTransaction` (the scope) in it; false
   * when the primary must take the query (nothing is left open then).
   */
  beginRead(em: EntityManager, inTransaction: () => Promise<void>): Promise<boolean>;
  /** A mutation's last step before its commit (read-your-writes: the user's next reads wait for the replica). */
  beforeCommit(em: EntityManager): Promise<void>;
  /** After a query failed: true when it ran on the replica and the replica is gone (the request may be retried). */
  replicaLost(): Promise<boolean>;
}

const NO_HTTP: HttpSide = { ip: null, userAgent: null, setSessionCookie: () => {}, clearSessionCookie: () => {} };

export async function createContext(
  orm: MikroORM,
  request: {
    sessionToken?: string;
    http?: HttpSide;
    systemOrm?: MikroORM;
    readRouting?: ReadRouting;
    /** Use the server's kept copy of the session (GraphQL requests only: their plugin checks it). */
    keepSession?: boolean;
  } = {},
): Promise<Context> {
  const em = orm.em.fork();
  const systemOrm = request.systemOrm ?? orm;
  const token = request.sessionToken;
  const { principal, problem, keptAt } = token
    ? await principalFromToken(systemOrm, token, { keep: request.keepSession === true })
    : { principal: ANONYMOUS, problem: null, keptAt: undefined };
  const ctx: Context = {
    orm,
    systemOrm,
    em,
    loaders: createLoaders(em),
    principal,
    sessionProblem: problem,
    http: request.http ?? NO_HTTP,
    audit: [],
    afterCommit: [],
    readRouting: request.readRouting,
  };
  if (keptAt !== undefined)
    ctx.keptSession = {
      authVersion: keptAt,
      // The caller sets what it returns on its own context (Apollo hands hooks and resolvers a copy of this object).
      async refresh() {
        forgetKeptSession(token!);
        return principalFromToken(systemOrm, token, { keep: true });
      },
    };
  return ctx;
}
