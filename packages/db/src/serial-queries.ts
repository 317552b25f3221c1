/**
 * One statement at a time per database connection (issue 14). A request's transaction holds one connection, and
 * its batch loaders fire in the same tick (items, rows, offices of a tree): knex then hands several queries to the
 * same `pg` client at once, which `pg` queues today with a deprecation warning and pg 9 will refuse. Here each
 * connection's queries are chained instead, in the order they were issued, so nothing changes for the callers but
 * the client is never asked to run two at once. Connections outside a transaction come from the pool one query at a
 * time and are unaffected.
 */
import type { MikroORM } from '@mikro-orm/postgresql';

interface KnexClient {
  _query(connection: object, obj: unknown): Promise<unknown>;
  __gongkaiSerial?: true;
}

/**
 * Patches the dialect's `_query` on its prototype: knex builds each transaction's client from the dialect's
 * prototype (makeTxClient), not from the pool's client object, so that is the one place every query passes.
 */
function serialize(client: KnexClient): void {
  const proto = Object.getPrototypeOf(client) as KnexClient;
  if (proto.__gongkaiSerial) return;
  const query = proto._query;
  const last = new WeakMap<object, Promise<unknown>>();
  proto._query = function (this: KnexClient, connection, obj) {
    const previous = last.get(connection);
    const run = previous
      ? previous.then(noop, noop).then(() => query.call(this, connection, obj))
      : query.call(this, connection, obj);
    last.set(connection, run);
    return run;
  };
  proto.__gongkaiSerial = true;
}

function noop(): void {}

/** Chains the statements of each connection of `orm` (primary and replicas). */
export function serializeQueriesPerConnection(orm: MikroORM): void {
  const driver = orm.em.getDriver() as unknown as {
    getConnection(type?: 'read' | 'write'): { getKnex(): { client: KnexClient } };
    replicas?: Array<{ getKnex(): { client: KnexClient } }>;
  };
  for (const connection of [driver.getConnection('write'), ...(driver.replicas ?? [])]) {
    serialize(connection.getKnex().client);
  }
}
