/**
 * A fresh, migrated database per test file, on the cluster the global set-up provides: `orm` connects as the
 * owner (migrations, fixtures), `appOrm` as the application role that row-level security applies to.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createDatabase, dropDatabase } from '../database-admin.js';
import { appDatabaseUrl } from '../database-roles.js';
import { createOrm, migrate } from '../orm.js';

export interface TestDatabase {
  /** Owner connection. */
  orm: MikroORM;
  /** Application-role connection (row-level security applies). */
  appOrm: MikroORM;
  /** A second, separate application-role pool for work outside request transactions (as the server has). */
  systemOrm: MikroORM;
  url: string;
  /** SQL statements of the application-role connection since the last reset. */
  queries: string[];
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const cluster = inject('clusterUrl');
  const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(cluster, name);
  const queries: string[] = [];
  const orm = await createOrm({ clientUrl: url, poolMax: 4 });
  await migrate(orm);
  const appOrm = await createOrm({ clientUrl: appDatabaseUrl(url), onQuery: (sql) => queries.push(sql), poolMax: 4 });
  const systemOrm = await createOrm({
    clientUrl: appDatabaseUrl(url),
    onQuery: (sql) => queries.push(sql),
    poolMax: 2,
  });
  return {
    orm,
    appOrm,
    systemOrm,
    url,
    queries,
    async close() {
      await appOrm.close(true);
      await systemOrm.close(true);
      await orm.close(true);
      await dropDatabase(cluster, name);
    },
  };
}
