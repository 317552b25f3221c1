/**
 * Catalogue files as departments have them (issue 12), through the whole upload path: importCatalogueFile, the
 * worker pool, the reader chosen by the file's extension, the one interpreter, and the new draft.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useImportHarness } from '../test-support/import-harness.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../exchange/src/__fixtures__/${name}`, import.meta.url));
const IMPORT_FILE =
  'mutation($n: String!, $c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $n, contentBase64: $c, confirmAgency: true) { id status title requirementCount items { name } findings { severity message } } }';

const h = useImportHarness();

type Imported = {
  status: string;
  title: string;
  requirementCount: number;
  items: Array<{ name: string }>;
  findings: Array<{ severity: string; message: string }>;
};

async function upload(name: string, data: Buffer): Promise<Imported> {
  const r = await h.run(IMPORT_FILE, { n: name, c: data.toString('base64') }, { token: h.editor });
  expect(r.errors).toBeUndefined();
  return r.data!.importCatalogueFile as Imported;
}

describe('importing the files departments have', () => {
  it('a saved web page: the catalogue table among navigation and footer tables', async () => {
    const c = await upload('目录.html', fixture('html-layout-a.html'));
    expect(c.status).toBe('DRAFT');
    expect(c.requirementCount).toBeGreaterThan(3);
    expect(c.title).toContain('目录');
  });

  it('a CSV saved as GBK with semicolons', async () => {
    const c = await upload('目录.csv', fixture('csv-layout-b-gbk.csv'));
    expect(c.requirementCount).toBeGreaterThan(1);
    expect(c.items.map((i) => i.name)).toContain('社会救助');
  });

  it('a table copied from a web page as pipe-separated text', async () => {
    const c = await upload('目录.md', fixture('pipe-layout-b.md'));
    expect(c.title).toBe('根河市民政局主动公开目录');
    expect(c.items.map((i) => i.name)).toEqual(expect.arrayContaining(['社会救助', '养老服务']));
  });

  it('the seed text, unchanged', async () => {
    const c = await upload(
      '目录.txt',
      readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url)),
    );
    expect(c.requirementCount).toBe(28);
    expect(c.items).toHaveLength(9);
  });

  it('an old Word file is refused with what to do', async () => {
    const r = await h.run(
      IMPORT_FILE,
      { n: '目录.doc', c: Buffer.from('\xd0\xcf\x11\xe0 not really').toString('base64') },
      { token: h.editor },
    );
    expect(r.errors?.[0]?.message).toContain('.docx');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
