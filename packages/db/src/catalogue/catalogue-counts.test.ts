import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue } from '../entities.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import {
  addItem,
  addRequirement,
  createDraft,
  deleteDraft,
  deleteItem,
  deleteRequirement,
} from './catalogue-editing.js';

// Issue 14: catalogue_counts holds every catalogue's numbers of items and rows (kept by triggers), which the agency
// list reads instead of counting. After every kind of edit they must equal a count of the rows themselves.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
});
afterAll(async () => db?.close());

/** Catalogues whose kept counts differ from counting their rows (empty when all agree). */
async function disagreements(): Promise<unknown[]> {
  return db.orm.em.fork().execute(
    `select c.id, k.items, k.requirements,
            (select count(*) from catalogue_item i where i.catalogue_id = c.id)::int as counted_items,
            (select count(*) from requirement r where r.catalogue_id = c.id)::int as counted_requirements
       from catalogue c left join catalogue_counts k on k.catalogue_id = c.id
      where coalesce(k.items, 0) <> (select count(*) from catalogue_item i where i.catalogue_id = c.id)
         or coalesce(k.requirements, 0) <> (select count(*) from requirement r where r.catalogue_id = c.id)`,
  );
}

async function counts(id: string): Promise<{ items: number; requirements: number }> {
  const [row] = await db.orm.em
    .fork()
    .execute('select items, requirements from catalogue_counts where catalogue_id = ?', [id]);
  return { items: Number(row?.items ?? 0), requirements: Number(row?.requirements ?? 0) };
}

describe('catalogue_counts', () => {
  it('agree with the rows after the demo data is loaded through the importer', async () => {
    expect(await db.orm.em.fork().count(Catalogue, {})).toBeGreaterThan(3);
    expect(await disagreements()).toEqual([]);
    const em = db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const published = await em.findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED' });
    expect(await counts(published.id)).toEqual({ items: 33, requirements: 28 });
  });

  it('follow a draft through copying, adding, deleting (with cascades) and being deleted', async () => {
    const em = db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const published = await em.findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED' });
    const draft = await em.transactional((tx) => createDraft(tx, published.id, '计数测试版'));
    expect(await counts(draft.id)).toEqual({ items: 33, requirements: 28 });

    const top = await em.fork().transactional((tx) => addItem(tx, draft.id, null, '新增一级事项'));
    const child = await em.fork().transactional((tx) => addItem(tx, draft.id, top.id, '新增二级事项'));
    await em.fork().transactional((tx) => addRequirement(tx, child.id));
    const row = await em.fork().transactional((tx) => addRequirement(tx, child.id));
    expect(await counts(draft.id)).toEqual({ items: 35, requirements: 30 });

    await em.fork().transactional((tx) => deleteRequirement(tx, row.id));
    expect(await counts(draft.id)).toEqual({ items: 35, requirements: 29 });
    // Deleting the top item cascades to its child and the child's row.
    await em.fork().transactional((tx) => deleteItem(tx, top.id));
    expect(await counts(draft.id)).toEqual({ items: 33, requirements: 28 });
    expect(await counts(published.id)).toEqual({ items: 33, requirements: 28 });
    expect(await disagreements()).toEqual([]);

    // A rolled-back edit leaves the counts as they were.
    await expect(
      em.fork().transactional(async (tx) => {
        await addItem(tx, draft.id, null, '回滚的事项');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await counts(draft.id)).toEqual({ items: 33, requirements: 28 });

    await em.fork().transactional((tx) => deleteDraft(tx, draft.id));
    expect(await db.orm.em.fork().execute('select * from catalogue_counts where catalogue_id = ?', [draft.id])).toEqual(
      [],
    );
    expect(await disagreements()).toEqual([]);
  });

  it('are read by the application role only for catalogues it can read, and never written by it', async () => {
    const em = db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const published = await em.findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED' });
    const draft = await em.transactional((tx) => createDraft(tx, published.id, '可见性测试版'));
    try {
      const asApp = (settings: Record<string, string>, sql: string) =>
        db.appOrm.em.fork().transactional(async (tx) => {
          for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
          return tx.execute(sql);
        });
      const seen = async (settings: Record<string, string>) =>
        (
          await asApp(
            settings,
            `select catalogue_id from catalogue_counts where catalogue_id in ('${published.id}', '${draft.id}')`,
          )
        )
          .map((r) => r.catalogue_id)
          .sort();
      // The public sees the published version's counts, not the draft's; the agency itself sees both.
      expect(await seen({ 'gongkai.public': 'on' })).toEqual([published.id]);
      expect(await seen({ 'gongkai.read': sfj.id })).toEqual([published.id, draft.id].sort());
      // A reviewer's subtree, probed or hashed; a subtree elsewhere sees nothing.
      const government = sfj.parent!.id;
      for (const probe of ['on', 'off'])
        expect(await seen({ 'gongkai.read': `tree:${government}`, 'gongkai.probe': probe })).toEqual(
          [published.id, draft.id].sort(),
        );
      expect(await seen({ 'gongkai.read': `tree:${randomUUID()}`, 'gongkai.probe': 'on' })).toEqual([]);
      // Whatever the scope, the counts seen are exactly those of the catalogues seen.
      const counted = new Set(
        (await em.fork().execute('select catalogue_id from catalogue_counts')).map((r) => String(r.catalogue_id)),
      );
      const scopes: Array<Record<string, string>> = [
        { 'gongkai.public': 'on' },
        { 'gongkai.read': sfj.id },
        { 'gongkai.read': 'all' },
      ];
      for (const settings of scopes) {
        const ids = async (sql: string) => (await asApp(settings, sql)).map((r) => String(r.id)).sort();
        const counts = await ids('select catalogue_id as id from catalogue_counts');
        const catalogues = (await ids('select id from catalogue')).filter((id) => counted.has(id));
        expect(counts.length, JSON.stringify(settings)).toBeGreaterThan(0);
        expect(counts, JSON.stringify(settings)).toEqual(catalogues);
      }
      await expect(
        asApp({ 'gongkai.read': sfj.id, 'gongkai.write': sfj.id }, `update catalogue_counts set items = 0`),
      ).rejects.toThrow(/permission denied/u);
    } finally {
      await em.fork().transactional((tx) => deleteDraft(tx, draft.id));
    }
  });
});
