/**
 * Old Word/Excel/WPS files through importCatalogueFile (issue 12): the parse worker converts them with LibreOffice
 * (packages/exchange office-convert.ts) before reading; a file whose name lies is read as what it is; junk is refused
 * with a message naming the file, and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '@gongkai/db';
import { findSoffice } from '@gongkai/exchange';
import type { GqlResult } from '../test-support/api-harness.js';
import { useImportHarness } from '../test-support/import-harness.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../exchange/src/__fixtures__/${name}`, import.meta.url));
const IMPORT_FILE =
  'mutation($n: String!, $c: String!, $v: String) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $n, contentBase64: $c, versionLabel: $v, confirmAgency: true) { id requirementCount } }';
const NO_SOFFICE = (await findSoffice()) === null;

const h = useImportHarness();

const importFile = async (name: string, data: Uint8Array): Promise<GqlResult> =>
  h.run(IMPORT_FILE, { n: name, c: Buffer.from(data).toString('base64'), v: `测试-${name}` }, { token: h.editor });
const draftCount = async (): Promise<number> =>
  h.db.orm.em.fork().count(Catalogue, { agency: { code: '150785-sfj' }, status: 'DRAFT' });
const imported = (r: GqlResult): number => {
  expect(r.errors).toBeUndefined();
  return (r.data as { importCatalogueFile: { requirementCount: number } }).importCatalogueFile.requirementCount;
};

describe('importCatalogueFile — old Office/WPS files', () => {
  it('a fake .doc (random bytes) is refused with a clear message naming it; nothing is written; the server goes on', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const r = await importFile('假目录.doc', junk);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/^「假目录\.doc」不是 Word 文件/u);
    expect(await draftCount()).toBe(0);
    // The next import works.
    expect(imported(await importFile('网页.doc', fixture('html-layout-a.html')))).toBe(5);
  });

  it('a .doc that is a saved web page is read as the web page', async () => {
    expect(imported(await importFile('根河市司法局目录.doc', fixture('html-layout-a.html')))).toBe(5);
    expect(await draftCount()).toBe(1);
  });

  it.skipIf(NO_SOFFICE)('a real .doc and a real .et are converted with LibreOffice and imported', async () => {
    expect(imported(await importFile('民政局目录.doc', fixture('old-full-layout.doc')))).toBe(7);
    await h.deleteDrafts('150785-sfj', h.editor);
    expect(imported(await importFile('司法局目录.et', fixture('old-seed.xls')))).toBeGreaterThan(20);
  });
});
