import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, loadDemoDataIfEmpty } from './index.js';
import { createTestDatabase, type TestDatabase } from './test-support/test-database.js';

// Issue 14: the row-level-security check must not parse the scope's id list once per row. A province reviewer's
// scope holds thousands of ids; the check's plan must read the list once (InitPlan, hashed SubPlan), whatever
// migration added the policy. Plans, not timings: timings belong in bench/.
let db: TestDatabase;
let sfj: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  sfj = (await db.orm.em.fork().findOneOrFail(Agency, { code: '150785-sfj' })).id;
});
afterAll(async () => db?.close());

async function asApp<T>(settings: Record<string, string>, fn: (run: (sql: string) => Promise<any[]>) => Promise<T>) {
  return db.appOrm.em.fork().transactional(async (tx) => {
    for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
    return fn((sql) => tx.execute(sql));
  });
}

describe('row-level security at scale', () => {
  it('has no policy left that parses the id list per row', async () => {
    const policies = await db.orm.em
      .fork()
      .execute(
        "select tablename, policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr from pg_policies where schemaname = 'public'",
      );
    expect(policies.length).toBeGreaterThan(30);
    expect(policies.filter((p) => String(p.expr).includes('gongkai_scope_has'))).toEqual([]);
    // Every agency-owned table is still checked against the scope.
    const scoped = new Set(
      policies.filter((p) => String(p.expr).includes('gongkai_scope_ids')).map((p) => p.tablename),
    );
    for (const t of ['agency', 'catalogue', 'requirement', 'office', 'annual_report', 'import_mapping', 'item_match'])
      expect(scoped.has(t), t).toBe(true);
  });

  it('reads a scope of 2,001 ids once per statement, not once per row', async () => {
    const ids = [sfj, ...Array.from({ length: 2000 }, () => randomUUID())].join(',');
    const plan = await asApp({ 'gongkai.read': ids }, (run) => run('explain (costs off) select id from requirement'));
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/InitPlan/u);
    expect(text).toMatch(/hashed SubPlan/u);
  });

  it('keeps the meaning of the scope: a list, everything, nothing', async () => {
    const count = (settings: Record<string, string>) =>
      asApp(settings, async (run) => {
        const [row] = await run('select count(distinct agency_id)::int as n from requirement');
        return row.n as number;
      });
    const all = await count({ 'gongkai.read': 'all' });
    expect(all).toBeGreaterThan(1);
    expect(await count({ 'gongkai.read': `${randomUUID()},${sfj}` })).toBe(1);
    expect(await count({ 'gongkai.read': '' })).toBe(0);
    expect(await count({})).toBe(0);
    // Writes: an agency outside the write scope is refused, inside accepted.
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': randomUUID() }, (run) =>
        run(`update agency set name = name where id = '${sfj}' returning id`),
      ),
    ).resolves.toEqual([]);
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': sfj }, (run) =>
        run(`update agency set name = name where id = '${sfj}' returning id`),
      ),
    ).resolves.toEqual([{ id: sfj }]);
  });
});
