/**
 * One reading for an import with a column mapping (issue 12 review): `readCatalogueFileWithLayout` gives exactly what
 * `readCatalogueFile` gives, with the layout `describeCatalogueGrid` gives for the grid `readCatalogueGrid` reads —
 * in the calling thread and in one parse of the worker pool.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCatalogueGrid, type ColumnOverride } from '@gongkai/domain';
import { readCatalogueFile, readCatalogueFileWithLayout, readCatalogueGrid } from './catalogue-read.js';
import { findSoffice } from './office-convert.js';
import { ParsePool } from './parse-pool.js';

const NO_SOFFICE = (await findSoffice()) === null;
const FIXTURES = new URL('./__fixtures__/', import.meta.url);
/** The committed catalogue fixtures read without LibreOffice (goldens left out), as paths under __fixtures__/. */
const fixtures = ['', 'corpus/'].flatMap((dir) => {
  const at = new URL(dir, FIXTURES);
  return (existsSync(at) ? readdirSync(at) : [])
    .filter((f) => /\.(?:csv|html|md|txt|xlsx|docx|tsv|pdf)$/u.test(f))
    .map((f) => `${dir}${f}`);
});

const csv = (): Uint8Array =>
  new TextEncoder().encode(
    [
      '序号,服务项目,公开内容,公开时限,公开主体,公开渠道,公开对象,责任科室,公开格式',
      '1,低保审批,审批结果,20个工作日内,XX县民政局,政府网站,全社会,社会救助股,电子',
      '2,特困供养,供养标准,即时公开,XX县民政局,政府网站,全社会,社会救助股,纸质',
    ].join('\n'),
  );
const columns: ColumnOverride[] = [
  { column: 1, choice: 'l1' },
  { column: 8, choice: 'ignore' },
];

async function expected(name: string, data: Uint8Array, options: { columns?: ColumnOverride[] } = {}) {
  const grid = await readCatalogueGrid(name, data);
  return {
    result: await readCatalogueFile(name, data, options),
    layout: grid.ok ? describeCatalogueGrid(grid.grid, options) : null,
  };
}

describe('readCatalogueFileWithLayout', () => {
  it('finds fixtures of every container', () => {
    const kinds = new Set(fixtures.map((f) => f.split('.').pop()));
    for (const k of ['csv', 'html', 'md', 'txt', 'docx', 'xlsx', 'pdf']) expect(kinds).toContain(k);
  });

  it.each(fixtures.map((f) => [f]))('%s: the result of readCatalogueFile, the layout of its grid', async (name) => {
    const data = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
    const file = name.split('/').pop()!;
    expect(await readCatalogueFileWithLayout(file, data)).toEqual(await expected(file, data));
  });

  it('takes the columns for both the result and the layout (whose key is of the header as written)', async () => {
    const got = await readCatalogueFileWithLayout('民政.csv', csv(), { columns });
    expect(got).toEqual(await expected('民政.csv', csv(), { columns }));
    expect(got.result.ok).toBe(true);
    expect(got.layout?.problem).toBeNull();
    const unmapped = await readCatalogueFileWithLayout('民政.csv', csv());
    expect(unmapped.result.ok).toBe(false);
    expect(unmapped.layout?.problem?.message).toMatch(/没有「公开事项」/u);
    expect(got.layout?.layoutKey).toBe(unmapped.layout?.layoutKey);
  });

  it('has no layout for JSON or for a file that is no grid', async () => {
    const json = await readCatalogueFileWithLayout('a.json', new TextEncoder().encode('{}'));
    expect(json.layout).toBeNull();
    expect(json.result).toEqual(await readCatalogueFile('a.json', new TextEncoder().encode('{}')));
    const empty = await readCatalogueFileWithLayout('空.csv', new Uint8Array());
    expect(empty).toEqual({ result: await readCatalogueFile('空.csv', new Uint8Array()), layout: null });
  });

  it.skipIf(NO_SOFFICE)(
    'an old Word file: converted once, read as readCatalogueFile reads it',
    { timeout: 120_000 },
    async () => {
      const data = new Uint8Array(readFileSync(new URL('old-full-layout.doc', FIXTURES)));
      const got = await readCatalogueFileWithLayout('old-full-layout.doc', data);
      expect(got.result.ok && got.layout?.layoutKey).toBeTruthy();
      expect(got).toEqual(await expected('old-full-layout.doc', data));
    },
  );

  describe('in the worker pool', () => {
    const pool = new ParsePool({ workers: 1 });
    afterAll(() => pool.close());

    it('is one parse, counted by its kind', async () => {
      const { parsed, parsedByKind } = pool.stats;
      const before = { parsed, ...parsedByKind };
      expect(await pool.parseFileWithLayout('民政.csv', csv(), { columns })).toEqual(
        await expected('民政.csv', csv(), { columns }),
      );
      expect(pool.stats.parsed).toBe(before.parsed + 1);
      expect(pool.stats.parsedByKind).toEqual({ ...parsedByKind, fileWithLayout: before.fileWithLayout + 1 });
    });
  });
});
