import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders.js';
import { ANONYMOUS, type Principal } from './scope.js';
import { principalFromToken, type SessionProblem } from './account/sessions.js';
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
  request: { sessionToken?: string; http?: HttpSide; systemOrm?: MikroORM; readRouting?: ReadRouting } = {},
): Promise<Context> {
  const em = orm.em.fork();
  const systemOrm = request.systemOrm ?? orm;
  const { principal, problem } = request.sessionToken
    ? await principalFromToken(systemOrm, request.sessionToken)
    : { principal: ANONYMOUS, problem: null };
  return {
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
}
