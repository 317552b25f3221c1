/**
 * A fresh, migrated database per test file, on the cluster the global set-up provides.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createDatabase, dropDatabase } from '../database-admin.js';
import { createOrm, migrate } from '../orm.js';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** SQL statements seen since the last reset. */
  queries: string[];
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const cluster = inject('clusterUrl');
  const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(cluster, name);
  const queries: string[] = [];
  const orm = await createOrm({ clientUrl: url, onQuery: (sql) => queries.push(sql), poolMax: 4 });
  await migrate(orm);
  queries.length = 0;
  return {
    orm,
    url,
    queries,
    async close() {
      await orm.close(true);
      await dropDatabase(cluster, name);
    },
  };
}
