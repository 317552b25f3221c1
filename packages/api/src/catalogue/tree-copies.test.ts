import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { forgetKeptTrees } from './tree-copies.js';

// Issue 14: a published catalogue's tree is read from the database once per change of its agency's catalogue data
// (offices renamed included), in every server process; drafts are read every time.
let h: ApiHarness;
let admin: string;
beforeAll(async () => {
  h = await createApiHarness();
  admin = await h.tokenFor('demo-admin');
});
afterAll(async () => h?.close());

const TREE = `query($id: ID!) { catalogue(id: $id) { status items { name requirements { offices { id name } }
  children { name requirements { offices { name } } children { name requirements { offices { name } } } } } } }`;

async function tree(id: string) {
  const r = await h.run(TREE, { id }, { token: admin });
  expect(r.errors).toBeUndefined();
  return (r.data as any).catalogue;
}

/** Statements that read a tree's rows (items, rows and their offices: one call of gongkai_catalogue_tree_rows). */
const treeStatements = () => h.db.queries.filter((q) => q.includes('gongkai_catalogue_tree_rows(')).length;

describe('published catalogue trees', () => {
  it('are read once, then served from the copy after one version statement, the same', async () => {
    const { data } = await h.run(
      '{ agency(code: "150785-sfj") { currentCatalogue { id status } } }',
      {},
      { token: admin },
    );
    const { id, status } = (data as any).agency.currentCatalogue;
    expect(status).toBe('PUBLISHED');
    forgetKeptTrees();
    h.db.queries.length = 0;
    const first = await tree(id);
    expect(treeStatements()).toBe(1);
    h.db.queries.length = 0;
    const second = await tree(id);
    expect(treeStatements()).toBe(0);
    expect(h.db.queries.filter((q) => q.includes('catalogue_data_version'))).toHaveLength(1);
    expect(second).toEqual(first);
  });

  it('show an office renamed at the next request', async () => {
    const { data } = await h.run('{ agency(code: "150785-sfj") { currentCatalogue { id } } }', {}, { token: admin });
    const id = (data as any).agency.currentCatalogue.id;
    const before = await tree(id);
    const office = before.items.flatMap((i: any) => i.requirements).flatMap((r: any) => r.offices)[0];
    const renamed = await h.run(
      'mutation($id: ID!, $name: String!) { renameOffice(id: $id, name: $name) { name } }',
      { id: office.id, name: `${office.name}（新）` },
      { token: await h.tokenFor('sfj-editor') },
    );
    expect(renamed.errors).toBeUndefined();
    try {
      const after = await tree(id);
      const names = after.items
        .flatMap((i: any) => i.requirements)
        .flatMap((r: any) => r.offices.map((o: any) => o.name));
      expect(names).toContain(`${office.name}（新）`);
      expect(names).not.toContain(office.name);
    } finally {
      await h.run(
        'mutation($id: ID!, $name: String!) { renameOffice(id: $id, name: $name) { name } }',
        { id: office.id, name: office.name },
        { token: await h.tokenFor('sfj-editor') },
      );
    }
  });

  it('are never copied while a draft', async () => {
    const { data } = await h.run(
      '{ agency(code: "150785-mzj") { currentCatalogue { id status } } }',
      {},
      { token: admin },
    );
    const { id, status } = (data as any).agency.currentCatalogue;
    expect(status).toBe('DRAFT');
    await tree(id);
    h.db.queries.length = 0;
    await tree(id);
    expect(treeStatements()).toBe(1);
  });

  it('are neither read nor made by a mutation', async () => {
    const seed = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
    const editor = await h.tokenFor('sfj-editor');
    await h.deleteDrafts('150785-sfj', editor);
    const draft = await h.run(
      'mutation($t: String!) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: "副本测试") { id } }',
      { t: seed },
      { token: editor },
    );
    expect(draft.errors).toBeUndefined();
    const id = (draft.data as any).importCatalogue.id;
    // The approver publishes it; the mutation's payload reads the now published tree — and must keep no copy of it.
    const published = await h.run(
      `mutation($id: ID!) { publishCatalogue(id: $id) { status items { name requirements { offices { name } } } } }`,
      { id },
      { token: await h.tokenFor('sfj-approver') },
    );
    expect(published.errors).toBeUndefined();
    expect((published.data as any).publishCatalogue.status).toBe('PUBLISHED');
    h.db.queries.length = 0;
    await tree(id);
    expect(treeStatements()).toBe(1);
    h.db.queries.length = 0;
    await tree(id);
    expect(treeStatements()).toBe(0);
  });
});
