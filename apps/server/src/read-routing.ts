/**
 * Read replica routing (DATABASE_REPLICA_URL). Every GraphQL operation is one transaction with per-transaction
 * row-level-security settings (packages/api request-plugin.ts, scope.ts), so a whole operation runs on one server:
 * a query's transaction opens on the replica (`BEGIN READ ONLY` on MikroORM's `read` connection); mutations,
 * sign-in, sessions, access checks (systemOrm) and downloads stay on the primary. The scope settings are
 * `set_config(…, true)`, which a hot standby accepts, and the policies are the primary's (physical replication), so
 * row-level security holds on the replica the same way.
 *
 * Read-your-writes: a mutation that wrote anything puts its transaction id (`pg_current_xact_id_if_assigned()`,
 * taken just before its commit) into a short-lived cookie (WROTE_COOKIE). A query that carries it runs on the
 * replica only if the replica already sees that transaction as finished (`pg_visible_in_snapshot(xid,
 * pg_current_snapshot())`, asked inside the replica transaction it would use: the commit has been replayed there),
 * otherwise on the primary. The window is thus exactly as long as the replica needs, and costs one extra `select`
 * per query for WROTE_MAX_AGE_S seconds after a write. (A WAL position would not do: `pg_current_wal_lsn()` can
 * point into a record the primary has not finished flushing, which an idle replica never reaches.) The cookie
 * travels with the browser, so it works whichever API process answers; it only chooses a server, so a forged value
 * can do no more than send that browser's reads to the primary.
 *
 * Replica down: opening the transaction there fails fast (1 s connect timeout, orm.ts); the query then runs on the
 * primary and the replica is skipped for RETRY_AFTER_MS before it is tried again. A query that fails because the
 * replica went away while it ran (fast shutdown, crash) is answered with HTTP 503 (request-plugin.ts asks
 * `replicaLost`), which the load balancer retries on another process — which then reads from the primary.
 */
import type { EntityManager } from '@gongkai/db';
import type { ReadRouting } from '@gongkai/api';

export const WROTE_COOKIE = 'gongkai_wrote';
/** How long after a write the user's reads check the replica's progress (far longer than its lag should be). */
export const WROTE_MAX_AGE_S = 60;
const RETRY_AFTER_MS = 2000;
const XID = /^\d{1,20}$/u;

/** Counters, for /readyz and the cluster test. */
export interface ReadRoutingStats {
  onReplica: number;
  onPrimary: number;
  /** Queries sent to the primary because the replica had not replayed the user's own write yet. */
  replicaBehind: number;
  /** Times the replica could not be used (down, refused); reads went to the primary. */
  replicaFailures: number;
  lastReplicaError: string | null;
}

/** knex's client: a connection outside its pool. */
interface RawConnections {
  acquireRawConnection(): Promise<{ query(sql: string): Promise<unknown> }>;
  destroyRawConnection(connection: unknown): Promise<void>;
}

// The knex transaction MikroORM's connections hand out (what em.setTransactionContext takes).
type Transaction = Parameters<EntityManager['setTransactionContext']>[0];

export class ReadRouter {
  private downUntil = 0;
  readonly stats: ReadRoutingStats = {
    onReplica: 0,
    onPrimary: 0,
    replicaBehind: 0,
    replicaFailures: 0,
    lastReplicaError: null,
  };

  /** True while the replica is skipped after a failure. */
  get replicaSkipped(): boolean {
    return Date.now() < this.downUntil;
  }

  /**
   * The routing of one HTTP request: `wrote` is the WROTE_COOKIE value it carries, `setWrote` sets that cookie on
   * the response.
   */
  forRequest(wrote: string | undefined, setWrote: (xid: string, maxAgeMs: number) => void): ReadRouting {
    const wroteXid = wrote && XID.test(wrote) ? wrote : undefined;
    let readFrom: EntityManager | undefined;
    return {
      beginRead: async (em, inTransaction) => {
        const onReplica = await this.beginRead(em, wroteXid, inTransaction);
        if (onReplica) readFrom = em;
        return onReplica;
      },
      replicaLost: async () => {
        if (!readFrom) return false;
        // Another request may have found out already; otherwise ask on a new connection (a pooled one may belong
        // to a backend the shutting-down replica has not terminated yet).
        if (this.replicaSkipped) return true;
        const client = (
          readFrom.getConnection('read') as unknown as { getKnex(): { client: RawConnections } }
        ).getKnex().client;
        let raw: { query(sql: string): Promise<unknown> } | undefined;
        try {
          raw = await client.acquireRawConnection();
          await raw.query('select 1');
          return false;
        } catch (e) {
          this.failed(e);
          return true;
        } finally {
          if (raw) await client.destroyRawConnection(raw).catch(() => {});
        }
      },
      beforeCommit: async (em) => {
        try {
          const rows = await em.execute<Array<{ xid: string | null }>>(
            'select pg_current_xact_id_if_assigned()::text as xid',
          );
          if (rows[0]?.xid) setWrote(rows[0].xid, WROTE_MAX_AGE_S * 1000);
        } catch (e) {
          // Without the cookie the user's next reads may lag by the replica's delay; the mutation itself goes on.
          console.error('读写分离：无法读取事务号：', e);
        }
      },
    };
  }

  private async beginRead(
    em: EntityManager,
    wroteXid: string | undefined,
    inTransaction: () => Promise<void>,
  ): Promise<boolean> {
    if (this.replicaSkipped) {
      this.stats.onPrimary++;
      return false;
    }
    const replica = em.getConnection('read');
    let trx: Transaction;
    try {
      trx = (await replica.begin({ readOnly: true })) as Transaction;
    } catch (e) {
      this.failed(e);
      this.stats.onPrimary++;
      return false;
    }
    try {
      if (wroteXid) {
        const rows = await replica.execute<Array<{ ok: boolean | null }>>(
          'select pg_visible_in_snapshot(?::xid8, pg_current_snapshot()) as ok',
          [wroteXid],
          'all',
          trx,
        );
        if (!rows[0]?.ok) {
          await replica.rollback(trx);
          this.stats.replicaBehind++;
          this.stats.onPrimary++;
          return false;
        }
      }
      em.setTransactionContext(trx);
      await inTransaction();
    } catch (e) {
      em.resetTransactionContext();
      await replica.rollback(trx).catch(() => {});
      this.failed(e);
      this.stats.onPrimary++;
      return false;
    }
    this.stats.onReplica++;
    return true;
  }

  private failed(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    if (!this.replicaSkipped)
      console.warn(`只读副本不可用，读请求改由主库处理（${RETRY_AFTER_MS / 1000} 秒后重试）：${message}`);
    this.downUntil = Date.now() + RETRY_AFTER_MS;
    this.stats.replicaFailures++;
    this.stats.lastReplicaError = message;
  }
}
