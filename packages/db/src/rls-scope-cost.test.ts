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
    // …and every check of the read or write scope also probes the subtree (agency_closure), on its own table's column.
    for (const p of policies.filter((p) => p.tablename !== 'agency_closure')) {
      const expr = String(p.expr);
      const checks = expr.match(/gongkai_scope_all\(/gu)?.length ?? 0;
      const probes = expr.match(/gongkai_scope_tree\(/gu)?.length ?? 0;
      const hashes = expr.match(/gongkai_scope_tree_hashed\(/gu)?.length ?? 0;
      // Each check: the hash's root, guarded and used; the probe's root, guarded and used.
      expect(probes, `${p.tablename}.${p.policyname}`).toBe(2 * checks);
      expect(hashes, `${p.tablename}.${p.policyname}`).toBe(2 * checks);
      expect(expr, p.policyname).not.toMatch(/EXISTS \( SELECT 1\s+FROM agency_closure/u);
      if (probes > 0) expect(expr, p.policyname).toContain(`gk.agency_id = ${p.tablename}.`);
    }
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

  it('answers a subtree (tree:<id>) from agency_closure, kept right when agencies are added and moved', async () => {
    const owner = db.orm.em.fork();
    const gov = (
      await owner.execute("select id from agency where kind = 'GOVERNMENT' and parent_id is null limit 1")
    )[0]!;
    // Both ways of checking a subtree (a probe per row, a hash per statement) must answer the same.
    const visible = async (setting: string) => {
      const [probed, hashed] = await Promise.all(
        ['on', 'off'].map((probe) =>
          asApp({ 'gongkai.read': setting, 'gongkai.probe': probe }, async (run) =>
            (await run('select id from agency')).map((r) => String(r.id)).sort(),
          ),
        ),
      );
      expect(probed).toEqual(hashed);
      return probed!;
    };
    const subtree = async (root: string) =>
      (
        await owner.execute(
          `with recursive t as (select id from agency where id = '${root}' union all select a.id from agency a join t on a.parent_id = t.id) select id from t`,
        )
      )
        .map((r) => String(r.id))
        .sort();
    expect(await visible(`tree:${gov.id}`)).toEqual(await subtree(gov.id));
    // A subtree and plain ids together; an unknown root is nobody.
    const other = randomUUID();
    expect(await visible(`tree:${sfj},${gov.id}`)).toEqual([gov.id, sfj].sort());
    expect(await visible(`tree:${other}`)).toEqual([]);

    // Agencies added in one statement in any order (child before parent), then one moved under another.
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await owner.execute(
      `insert into agency (id, code, name, kind, parent_id) values
         ('${c}', 'closure-c-${c.slice(0, 8)}', 'C', 'DEPARTMENT', '${b}'),
         ('${b}', 'closure-b-${b.slice(0, 8)}', 'B', 'GOVERNMENT', '${a}'),
         ('${a}', 'closure-a-${a.slice(0, 8)}', 'A', 'GOVERNMENT', null)`,
    );
    expect(await visible(`tree:${a}`)).toEqual([a, b, c].sort());
    expect(await visible(`tree:${b}`)).toEqual([b, c].sort());
    await owner.execute(`update agency set parent_id = '${gov.id}' where id = '${b}'`);
    expect(await visible(`tree:${a}`)).toEqual([a]);
    expect(await visible(`tree:${gov.id}`)).toEqual(await subtree(gov.id));
    expect((await visible(`tree:${gov.id}`)).includes(c)).toBe(true);
    // The application role cannot read the closure itself; removing agencies removes their rows.
    await expect(asApp({ 'gongkai.read': 'all' }, (run) => run('select * from agency_closure'))).resolves.toEqual([]);
    await owner.execute(`delete from agency where id in ('${c}')`);
    await owner.execute(`delete from agency where id in ('${b}', '${a}')`);
    const [left] = await owner.execute<Array<{ n: number }>>(
      `select count(*)::int as n from agency_closure where agency_id in ('${a}', '${b}', '${c}') or ancestor_id in ('${a}', '${b}', '${c}')`,
    );
    expect(left?.n).toBe(0);
  });

  // Executed plans (analyze), so the test sees which way ran, not only what was planned: with `gongkai.probe` on,
  // agency_closure is probed once per row and never read whole; otherwise it is read once (its subtree hashed).
  const closureScans = async (probe: string) => {
    const plan = await asApp({ 'gongkai.read': `tree:${sfj}`, 'gongkai.probe': probe }, (run) =>
      run('explain (analyze, costs off, timing off, summary off) select id from requirement'),
    );
    const lines = plan.map((r) => String(r['QUERY PLAN']));
    // RLS checks every row the scan reads, visible or not.
    const rows = Number((await db.orm.em.fork().execute('select count(*)::int as n from requirement'))[0]!.n);
    return {
      rows,
      loops: lines
        .filter((l) => /agency_closure_pkey on agency_closure gk(?:_\d+)? /u.test(l))
        .map((l) => Number(/loops=(\d+)/u.exec(l)?.[1] ?? 0))
        .filter((n) => n > 0),
    };
  };

  it('checks a row of a subtree with one index probe when probing, not by reading the subtree', async () => {
    const { rows, loops } = await closureScans('on');
    expect(rows).toBeGreaterThan(10);
    // The probe runs once per row read; the hash's scan never.
    expect(loops).toEqual([rows]);
  });

  it('reads a subtree once per statement when not probing (reads of many rows)', async () => {
    const { rows, loops } = await closureScans('off');
    expect(rows).toBeGreaterThan(10);
    expect(loops).toEqual([1]);
  });
});
