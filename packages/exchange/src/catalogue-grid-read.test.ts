/**
 * Readers produce a grid (issue 12): `readCatalogueGrid` then `interpretCatalogueGrid` is exactly `readCatalogueFile`
 * for every committed fixture and for files the writers make; a grid survives JSON; the user's column choices reach
 * the interpreter through `readCatalogueFile` and the worker pool.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  catalogueGrid,
  describeCatalogueGrid,
  flattenItems,
  interpretCatalogueGrid,
  type CatalogueGrid,
  type CatalogueJson,
  type ColumnOverride,
  type GridResult,
} from '@gongkai/domain';
import { readCatalogueFile, readCatalogueGrid } from './catalogue-read.js';
import { writeCatalogueXlsx } from './catalogue-xlsx.js';
import { writeCatalogueDocx } from './catalogue-docx.js';
import { writeCatalogueCsv } from './catalogue-csv.js';
import { ParsePool } from './parse-pool.js';
import { SEED_TEXT, ok } from './test-support/reader-fixtures.js';

const FIXTURES = new URL('./__fixtures__/', import.meta.url);
/** Every committed catalogue fixture this package reads without LibreOffice (goldens and report files left out). */
function fixtureFiles(): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  const add = (dir: URL): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.json') || /\.(?:doc|xls|wps|et)$/u.test(f) || !/\.\w+$/u.test(f)) continue;
      out.push([f, new Uint8Array(readFileSync(new URL(f, dir)))]);
    }
  };
  add(FIXTURES);
  add(new URL('corpus/', FIXTURES));
  return out;
}

function gridOf(r: GridResult): CatalogueGrid {
  if (!r.ok) throw new Error(`no grid: ${r.error.message}`);
  return r.grid;
}

/** The seed read by the interpreter (the writers below make files of it). */
const seedCatalogue = (): CatalogueJson =>
  ok(
    interpretCatalogueGrid(
      catalogueGrid(
        SEED_TEXT.split(/\r\n|\r|\n/u).map((l) => l.split('\t')),
        { sourceName: 'genhe.txt' },
      ),
    ),
  );

describe('readCatalogueGrid + interpretCatalogueGrid = readCatalogueFile', () => {
  const files = fixtureFiles();

  it('finds the fixtures of every container', () => {
    const kinds = new Set(files.map(([f]) => f.split('.').pop()));
    for (const k of ['csv', 'html', 'md']) expect(kinds).toContain(k);
  });

  it.each(files.map(([f]) => [f]))('%s', async (name) => {
    const data = files.find(([f]) => f === name)![1];
    const direct = await readCatalogueFile(name, data);
    const read = await readCatalogueGrid(name, data);
    if (!read.ok) {
      expect(direct).toEqual(read);
      return;
    }
    expect(interpretCatalogueGrid(read.grid)).toEqual(direct);
    // The grid is plain JSON: sent to a browser and back, it reads the same.
    const back = JSON.parse(JSON.stringify(read.grid)) as CatalogueGrid;
    expect(back).toEqual(read.grid);
    expect(interpretCatalogueGrid(back)).toEqual(direct);
  });

  it('files the writers make (xlsx, docx, csv of the seed) and the seed text', async () => {
    const c = seedCatalogue();
    const made: Array<[string, Uint8Array]> = [
      ['genhe.xlsx', new Uint8Array(await writeCatalogueXlsx(c))],
      ['genhe.docx', new Uint8Array(await writeCatalogueDocx(c))],
      ['genhe.csv', new TextEncoder().encode(writeCatalogueCsv(c))],
      ['genhe.txt', new TextEncoder().encode(SEED_TEXT)],
    ];
    for (const [name, data] of made) {
      const direct = ok(await readCatalogueFile(name, data));
      const grid = gridOf(await readCatalogueGrid(name, data));
      expect(ok(interpretCatalogueGrid(JSON.parse(JSON.stringify(grid)) as CatalogueGrid)), name).toEqual(direct);
      expect(flattenItems(direct.items).length).toBe(flattenItems(c.items).length);
    }
  });

  it('a JSON catalogue has no grid but still reads', async () => {
    const json = new TextEncoder().encode(JSON.stringify(seedCatalogue()));
    const g = await readCatalogueGrid('a.json', json);
    expect(g.ok).toBe(false);
    expect(!g.ok && g.error.message).toMatch(/JSON/u);
    expect((await readCatalogueFile('a.json', json)).ok).toBe(true);
  });
});

describe('how grids name their rows', () => {
  it('docx rows carry their Word table and row; xlsx messages the sheet; pipe text its lines', async () => {
    const c = seedCatalogue();
    const docx = gridOf(await readCatalogueGrid('a.docx', new Uint8Array(await writeCatalogueDocx(c))));
    expect(docx.rowLabels?.some((l) => /^Word 表格1第\d+行$/u.test(l))).toBe(true);
    expect(docx.rowLabels).toHaveLength(docx.rows.length);
    const xlsx = gridOf(await readCatalogueGrid('a.xlsx', new Uint8Array(await writeCatalogueXlsx(c))));
    expect(xlsx.messagePrefix).toBe('工作表「主动公开目录」');
    expect(xlsx.merged?.some((r) => r.includes(true))).toBe(true);
    const pipe = gridOf(
      await readCatalogueGrid(
        'a.md',
        new TextEncoder().encode(
          '标题行\n\n| 序号 | 公开事项 | 公开内容 | 公开时限 |\n|---|---|---|---|\n| 1 | 机构职能 | 机构名称 | 即时公开 |\n',
        ),
      ),
    );
    expect(pipe.rowNumbers).toEqual([1, 3, 5]);
  });
});

describe('column overrides through readCatalogueFile and the pool', () => {
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

  it('the grid says which columns need a choice; the choice makes it import', async () => {
    const grid = gridOf(await readCatalogueGrid('民政.csv', csv()));
    const layout = describeCatalogueGrid(grid);
    expect(layout.problem?.message).toMatch(/没有「公开事项」/u);
    expect(layout.columns.filter((c) => c.needsChoice).map((c) => c.column)).toEqual([1, 8]);
    expect((await readCatalogueFile('民政.csv', csv())).ok).toBe(false);
    const c = ok(await readCatalogueFile('民政.csv', csv(), { columns }));
    expect(c.items.map((i) => i.name)).toEqual(['低保审批', '特困供养']);
    expect(
      flattenItems(c.items)
        .flatMap((i) => i.requirements)
        .flatMap((r) => r.remarks),
    ).toEqual([]);
    expect(c.findings.some((f) => f.severity === 'INFO' && f.message.includes('第9列「公开格式」已设为不导入'))).toBe(
      true,
    );
  });

  describe('in the worker pool', () => {
    const pool = new ParsePool({ workers: 1 });
    afterAll(() => pool.close());

    it('parseGrid gives the grid readCatalogueGrid gives; parseFile takes the columns', async () => {
      expect(await pool.parseGrid('民政.csv', csv())).toEqual(await readCatalogueGrid('民政.csv', csv()));
      expect(await pool.parseFile('民政.csv', csv(), { columns })).toEqual(
        await readCatalogueFile('民政.csv', csv(), { columns }),
      );
      expect((await pool.parseFile('民政.csv', csv())).ok).toBe(false);
      const bad = await pool.parseFile('民政.csv', csv(), { columns: [{ column: 20, choice: 'l1' }] });
      expect(!bad.ok && bad.error.message).toMatch(/第21列：表头只有9列/u);
    });
  });
});
