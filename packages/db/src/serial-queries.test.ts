import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-support/test-database.js';

// Issue 14: a transaction's queries issued at once (batch loaders) reach its pg client one at a time — pg queues
// concurrent queries today with a deprecation warning and pg 9 will refuse them.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

describe('one statement at a time per connection', () => {
  it('never hands a client a query while it has others waiting, and keeps results and order', async () => {
    const proto = pg.Client.prototype as unknown as {
      query: (...args: unknown[]) => unknown;
      _queryQueue: unknown[];
      activeQuery?: unknown;
    };
    const original = proto.query;
    let busyCalls = 0;
    proto.query = function (this: typeof proto, ...args: unknown[]) {
      if (this._queryQueue.length > 0 || this.activeQuery) busyCalls++;
      return original.apply(this, args);
    };
    try {
      const order: number[] = [];
      const results = await db.appOrm.em.fork().transactional(async (tx) =>
        Promise.all(
          [30, 1, 20, 1, 10].map(async (ms, i) => {
            const [row] = await tx.execute<Array<{ n: number }>>(`select ${i} as n from pg_sleep(${ms / 1000})`);
            order.push(i);
            return row!.n;
          }),
        ),
      );
      expect(results).toEqual([0, 1, 2, 3, 4]);
      expect(order).toEqual([0, 1, 2, 3, 4]);
      expect(busyCalls).toBe(0);
    } finally {
      proto.query = original;
    }
  });

  it('goes on after a failed statement in another transaction', async () => {
    const em = db.appOrm.em.fork();
    await expect(em.transactional((tx) => tx.execute('select 1/0'))).rejects.toThrow(/division by zero/u);
    const rows = await em.fork().execute<Array<{ ok: number }>>('select 1 as ok');
    expect(rows).toEqual([{ ok: 1 }]);
  });
});
