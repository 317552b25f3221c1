/**
 * MikroORM set-up: one place that knows the entities, the migrations and the connection options.
 */
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { serializeQueriesPerConnection } from './serial-queries.js';

export interface OrmOptions {
  /** postgres://user:password@host:port/database */
  clientUrl: string;
  /** Called with every SQL statement (for counting and debugging). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /**
   * A streaming replica (hot standby) of `clientUrl`, as MikroORM's `replicas`. Nothing goes there by itself
   * (`preferReadReplicas: false`): the request pipeline opens a read-only operation's transaction on
   * `em.getConnection('read')` explicitly (apps/server/src/read-routing.ts); everything else stays on the primary.
   */
  replicaUrl?: string;
}

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    ...(options.replicaUrl
      ? {
          preferReadReplicas: false,
          // A replica that is down or unreachable must fail fast: the request then runs on the primary.
          replicas: [
            {
              name: 'replica',
              clientUrl: options.replicaUrl,
              driverOptions: { connection: { connectionTimeoutMillis: 1000 }, acquireConnectionTimeout: 2000 },
            },
          ],
        }
      : {}),
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery
      ? (message: string) => {
          // MikroORM logs "[query] <sql> [took n ms, …]"; pass the SQL on.
          const m = /\[query\]\s(.*?)(?:\s\[took[^\]]*\])?$/su.exec(message);
          if (m) options.onQuery!(m[1]!);
        }
      : undefined,
    colors: false,
  };
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  serializeQueriesPerConnection(orm);
  return orm;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/**
 * Migrations of this build not applied to the database of `orm` (empty: up to date). Reads the migrations table
 * only (the application role may select it), so a server's readiness check can run it as that role.
 */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const rows = await orm.em
    .fork()
    .getConnection('write')
    .execute<Array<{ name: string }>>('select name from mikro_orm_migrations');
  const applied = new Set(rows.map((r) => r.name.replace(/\.[jt]s$/u, '')));
  return migrationsList.map((m) => m.name).filter((name) => !applied.has(name));
}
