import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from '@gongkai/domain';
import { Agency, Catalogue, CatalogueItem, ImportFinding, Office, Requirement } from '../entities.js';
import { loadCatalogueJson, saveCatalogue } from './catalogue-store.js';
import { loadCatalogueTrees } from './catalogue-comparison.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { schemaDrift } from '../test-support/schema-drift.js';

const seedText = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

describe('catalogue store against PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.close());

  it('has no drift between entities and migrations', async () => {
    expect(await schemaDrift(db.orm)).toBe('');
  });

  it('loads the demo data once, through the importer', async () => {
    const em = db.orm.em.fork();
    const first = await loadDemoDataIfEmpty(em);
    const demo = JSON.parse(readFileSync(new URL('../../../../demo-data/agencies.json', import.meta.url), 'utf8')) as {
      agencies: Array<{ code: string; kind: string; catalogue?: unknown }>;
    };
    expect(first).toMatchObject({
      loaded: true,
      agencies: demo.agencies.length,
      catalogues: demo.agencies.filter((a) => a.catalogue).length,
    });
    // The standard catalogues (templates) are agencies of kind STANDARD under the government, published.
    const standards = await em.find(Agency, { kind: 'STANDARD' }, { populate: ['parent'] });
    expect(standards.map((a) => a.code).sort()).toEqual(
      demo.agencies
        .filter((a) => a.kind === 'STANDARD')
        .map((a) => a.code)
        .sort(),
    );
    for (const s of standards) {
      expect(s.parent?.code).toBe('150785');
      expect(await em.count(Catalogue, { agency: s, status: 'PUBLISHED' })).toBe(1);
    }
    const second = await loadDemoDataIfEmpty(db.orm.em.fork());
    expect(second.loaded).toBe(false);
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' }, { populate: ['parent'] });
    expect(sfj.parent?.name).toBe('根河市人民政府');
    expect(await em.count(Office, { agency: sfj })).toBe(5);
    expect(await em.count(CatalogueItem, { agency: sfj })).toBe(33);
    expect(await em.count(Requirement, { agency: sfj })).toBe(28);
  });

  it("loads many catalogues' trees in two statements, the same as one by one", async () => {
    const em = db.orm.em.fork();
    const all = await em.find(Catalogue, {});
    expect(all.length).toBeGreaterThan(3);
    const trees = await loadCatalogueTrees(
      em,
      all.map((c) => c.id),
    );
    for (const c of all) expect(trees.get(c.id), c.title).toEqual((await loadCatalogueJson(em, c.id)).items);
  });

  it('exports a stored catalogue in the importer JSON shape (round trip)', async () => {
    const em = db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const catalogue = await em.findOneOrFail(Catalogue, { agency: sfj });
    const exported = await loadCatalogueJson(em, catalogue.id);
    expect(exported).toEqual(importCatalogueTextOrThrow(seedText));
  });

  it('writes nothing when a save fails half-way', async () => {
    const em = db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const before = await em.count(Catalogue, {});
    const json = importCatalogueTextOrThrow(seedText);
    // An item with an invalid level violates a check constraint after the first rows were sent.
    json.items[8]!.children[3]!.level = 7 as 3;
    await expect(saveCatalogue(db.orm.em.fork(), sfj.id, json, { versionLabel: '坏数据' })).rejects.toThrow();
    expect(await em.count(Catalogue, {})).toBe(before);
    expect(await em.count(ImportFinding, { catalogue: { versionLabel: '坏数据' } })).toBe(0);
  });
});
