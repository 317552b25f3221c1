import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../entities.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { readImportMapping, saveImportMapping } from './import-mapping.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { schemaDrift } from '../test-support/schema-drift.js';

// The remembered column mappings (issue 12, item 3): stored per agency and layout, and row-level security keeps
// one agency's mappings from another, below the application.
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
  fn: (em: ReturnType<TestDatabase['appOrm']['em']['fork']>) => Promise<T>,
): Promise<T> {
  return db.appOrm.em.fork().transactional(async (tx) => {
    for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
    return fn(tx);
  });
}

describe('import mappings', () => {
  it('has no drift between the entity and the migration', async () => {
    expect(await schemaDrift(db.orm)).toBe('');
  });

  it('stores, replaces and reads back a mapping per agency and layout', async () => {
    await asApp({ 'gongkai.read': sfj, 'gongkai.write': sfj }, async (em) => {
      await saveImportMapping(em, sfj, 'layout-a', [{ column: 2, choice: 'remark' }], 'sfj-editor');
      await saveImportMapping(em, sfj, 'layout-a', [{ column: 3, choice: 'ignore', tickLabel: null }], 'sfj-editor');
    });
    const back = await asApp({ 'gongkai.read': sfj }, (em) => readImportMapping(em, sfj, 'layout-a'));
    expect(back?.columns).toEqual([{ column: 3, choice: 'ignore' }]);
    expect(back?.updatedBy).toBe('sfj-editor');
    expect(await asApp({ 'gongkai.read': sfj }, (em) => readImportMapping(em, sfj, 'layout-b'))).toBeNull();
  });

  it("hides one agency's mappings from another and refuses writes outside the write scope", async () => {
    expect(await asApp({ 'gongkai.read': mzj }, (em) => readImportMapping(em, sfj, 'layout-a'))).toBeNull();
    expect(await asApp({}, (em) => em.execute('select count(*)::int as n from import_mapping'))).toEqual([{ n: 0 }]);
    await expect(
      asApp({ 'gongkai.read': mzj, 'gongkai.write': mzj }, (em) =>
        saveImportMapping(em, sfj, 'layout-x', [{ column: 0, choice: 'remark' }], 'mzj-editor'),
      ),
    ).rejects.toThrow(/row-level security/u);
    expect(await asApp({ 'gongkai.read': sfj }, (em) => readImportMapping(em, sfj, 'layout-x'))).toBeNull();
  });
});
