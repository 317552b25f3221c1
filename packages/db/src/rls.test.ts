import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, Requirement } from './entities.js';
import { loadDemoDataIfEmpty } from './demo-data.js';
import { createTestDatabase, type TestDatabase } from './test-support/test-database.js';

// Row-level security, tested below the application: the application role with no scope, with one agency's
// scope, and with a deliberately unscoped query (raw SQL, ORM filters off) must never see another agency's rows.
let db: TestDatabase;
let sfj: string;
let mzj: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  const em = db.orm.em.fork();
  sfj = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  mzj = (await em.findOneOrFail(Agency, { code: '150785-mzj' })).id;
});
afterAll(async () => db?.close());

async function asApp<T>(
  settings: Record<string, string>,
  fn: (run: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>) => Promise<T>,
): Promise<T> {
  return db.appOrm.em.fork().transactional(async (tx) => {
    for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
    return fn((sql, params = []) => tx.execute(sql, params));
  });
}

describe('row-level security', () => {
  it('connects as a role that owns nothing and cannot bypass RLS', async () => {
    const [role] = await asApp({}, (run) =>
      run('select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user'),
    );
    expect(role).toEqual({ name: 'gongkai_app', rolsuper: false, rolbypassrls: false });
    const owned = await asApp({}, (run) =>
      run("select tablename from pg_tables where schemaname = 'public' and tableowner = current_user"),
    );
    expect(owned).toEqual([]);
  });

  it('shows nothing when the scope is forgotten', async () => {
    const counts = await asApp({}, (run) =>
      run(
        'select (select count(*) from catalogue)::int as c, (select count(*) from requirement)::int as r, (select count(*) from office)::int as o, (select count(*) from import_finding)::int as f, (select count(*) from app_user)::int as u',
      ),
    );
    expect(counts[0]).toEqual({ c: 0, r: 0, o: 0, f: 0, u: 0 });
  });

  it('shows one agency only its own rows, even to a deliberately unscoped query', async () => {
    await asApp({ 'gongkai.read': sfj }, async (run) => {
      const agencies = await run('select distinct agency_id from requirement');
      expect(agencies).toEqual([{ agency_id: sfj }]);
      expect(await run('select * from catalogue where agency_id = ?', [mzj])).toEqual([]);
      expect(await run('select * from office where agency_id = ?', [mzj])).toEqual([]);
      expect((await run('select id from agency')).map((r) => r.id)).toEqual([sfj]);
    });
    // Through the ORM with every filter off: still only the scope's rows.
    const rows = await db.appOrm.em.fork().transactional(async (tx) => {
      await tx.execute("select set_config('gongkai.read', ?, true)", [sfj]);
      return tx.find(Requirement, {}, { filters: false });
    });
    expect(rows.length).toBe(28);
    expect(new Set(rows.map((r) => r.agency.id))).toEqual(new Set([sfj]));
  });

  it('refuses writes outside the write scope', async () => {
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': sfj }, (run) =>
        run("update catalogue set title = 'x' where agency_id = ? returning id", [mzj]),
      ),
    ).resolves.toEqual([]);
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': sfj }, (run) =>
        run("insert into office (id, agency_id, name) values (gen_random_uuid(), ?, '偷偷加的科')", [mzj]),
      ),
    ).rejects.toThrow(/row-level security/u);
  });

  it('shows anonymous visitors published catalogues only, and no findings', async () => {
    const owner = db.orm.em.fork();
    const published = await owner.find(Catalogue, { status: 'PUBLISHED' });
    const publishedAgencies = published.map((c) => c.agency.id).sort();
    const publishedRows = await owner.count(Requirement, { catalogue: { status: 'PUBLISHED' } });
    expect(published.length).toBeGreaterThan(1);
    expect(await owner.count(Catalogue, { status: 'DRAFT' })).toBeGreaterThan(0);
    await asApp({ 'gongkai.public': 'on' }, async (run) => {
      const cats = await run('select agency_id, status from catalogue');
      expect(cats.every((c) => c.status === 'PUBLISHED')).toBe(true);
      expect(cats.map((c) => c.agency_id).sort()).toEqual(publishedAgencies);
      expect(await run('select count(*)::int as n from requirement')).toEqual([{ n: publishedRows }]);
      expect(await run('select count(*)::int as n from import_finding')).toEqual([{ n: 0 }]);
      expect(await run('select count(*)::int as n from app_user')).toEqual([{ n: 0 }]);
      // Offices: only those named in a published catalogue (民政局's exist only in its draft).
      const officeAgencies = (await run('select distinct agency_id from office')).map((r) => r.agency_id);
      expect(officeAgencies).toContain(sfj);
      expect(officeAgencies).not.toContain(mzj);
      expect(officeAgencies.every((a) => publishedAgencies.includes(a as string))).toBe(true);
    });
  });

  it('keeps the audit log append-only for the application', async () => {
    const catalogues = await db.orm.em.fork().count(Catalogue, {});
    await asApp({ 'gongkai.read': 'all', 'gongkai.write': 'all' }, (run) =>
      run("insert into audit_log (id, operation, object_type) values (gen_random_uuid(), 'test', 'Test')"),
    );
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': 'all' }, (run) =>
        run("delete from audit_log where operation = 'test'"),
      ),
    ).rejects.toThrow(/permission denied/u);
    expect(await db.orm.em.fork().count(Catalogue, {})).toBe(catalogues);
  });
});
