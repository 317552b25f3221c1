/**
 * The import preview and column mappings (issue 12, item 3): previewCatalogueFile reads a file and writes nothing;
 * importCatalogueFile with columns reads it as mapped and remembers the mapping for the agency and the layout, in
 * the draft's transaction; the mapping is offered the next time that layout is previewed, to that agency only.
 */
import { describe, expect, it } from 'vitest';
import { describeCatalogueGrid, interpretCatalogueGrid, type CatalogueGrid } from '@gongkai/domain';
import { Catalogue, loadCatalogueJson } from '@gongkai/db';
import { parsePool } from '@gongkai/exchange';
import { useImportHarness } from '../test-support/import-harness.js';

const PREVIEW =
  'mutation($a: String!, $n: String!, $c: String!) { previewCatalogueFile(agencyCode: $a, fileName: $n, contentBase64: $c) { fileName kind grid layoutKey rememberedColumns { column choice tickLabel } rememberedAt rememberedBy catalogue note } }';
const IMPORT =
  'mutation($n: String!, $c: String!, $v: String, $cols: [ColumnMappingInput!]) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $n, contentBase64: $c, versionLabel: $v, columns: $cols) { id status requirementCount items { name children { name } } } }';

/** A catalogue as a department's CSV has it: the last column (填报说明) is no field, 公开依据 is one. */
const CSV = [
  '根河市司法局主动公开目录',
  '序号,一级事项,二级事项,公开内容,公开依据,公开时限,责任科室,填报说明',
  '1,机构职能,机构设置,内设机构、领导信息,《中华人民共和国政府信息公开条例》第二十条,信息形成或变更之日起20个工作日内,办公室,按年更新',
  '2,普法工作,普法宣传,普法活动信息,《中华人民共和国政府信息公开条例》第二十条,信息形成之日起20个工作日内,普法与依法治理办公室,',
  '3,公共法律服务,法律援助,法律援助办理指南,《法律援助法》,长期公开,公共法律服务办公室,办事指南',
].join('\n');
const csv64 = Buffer.from(CSV, 'utf8').toString('base64');

const h = useImportHarness();

type Preview = {
  fileName: string;
  kind: string;
  grid: CatalogueGrid | null;
  layoutKey: string | null;
  rememberedColumns: Array<{ column: number; choice: string; tickLabel: string | null }> | null;
  rememberedBy: string | null;
  catalogue: unknown;
  note: string | null;
};

async function preview(token: string, name = '目录.csv', c = csv64, agency = '150785-sfj'): Promise<Preview> {
  const r = await h.run(PREVIEW, { a: agency, n: name, c }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.previewCatalogueFile as Preview;
}

async function footprint(): Promise<Record<string, number>> {
  const [row] = await h.db.orm.em
    .fork()
    .execute<Array<Record<string, number>>>(
      "select (select count(*) from catalogue)::int as catalogues, (select count(*) from requirement)::int as requirements, (select count(*) from import_mapping)::int as mappings, (select count(*) from audit_log where operation <> 'login')::int as audit",
    );
  return row!;
}

describe('previewCatalogueFile', () => {
  it('returns the grid and its layout, and writes nothing', async () => {
    const before = await footprint();
    const p = await preview(h.editor);
    // Only the preview's own audit entry: the file's name and size, not its content.
    expect(await footprint()).toEqual({ ...before, audit: before.audit! + 1 });
    const [entry] = await h.db.orm.em
      .fork()
      .execute<Array<{ after: Record<string, unknown> }>>(
        "select after from audit_log where operation = 'previewCatalogueFile' order by at desc limit 1",
      );
    expect(entry!.after).toEqual({ fileName: '目录.csv', bytes: Buffer.from(CSV).length, layoutKey: p.layoutKey });
    expect(p).toMatchObject({
      fileName: '目录.csv',
      kind: 'csv',
      rememberedColumns: null,
      catalogue: null,
      note: null,
    });
    expect(p.grid!.rows.length).toBeGreaterThanOrEqual(5);
    const layout = describeCatalogueGrid(p.grid!);
    expect(p.layoutKey).toBe(layout.layoutKey);
    expect(layout.columns.map((c) => c.choice)).toEqual([
      'serial',
      'l1',
      'l2',
      'content',
      'basis',
      'timeLimit',
      'office',
      'remark',
    ]);
    // The same interpreter the browser runs: three rows, 填报说明 kept as a remark.
    const result = interpretCatalogueGrid(p.grid!);
    expect(result.ok).toBe(true);
  });

  it('answers a .json catalogue with the parsed catalogue and no grid, saying so', async () => {
    const em = h.db.orm.em.fork();
    const published = await em.findOneOrFail(Catalogue, { agency: { code: '150785-sfj' }, status: 'PUBLISHED' });
    const jsonText = JSON.stringify(await loadCatalogueJson(em, published.id));
    const before = await footprint();
    const p = await preview(h.editor, '目录.json', Buffer.from(jsonText).toString('base64'));
    expect((await footprint()).requirements).toBe(before.requirements);
    expect(p.grid).toBeNull();
    expect(p.note).toMatch(/JSON/u);
    expect(p.catalogue).toMatchObject({ title: '根河市司法局主动公开目录' });
  });

  it('refuses a file with no catalogue header, naming what it found', async () => {
    const r = await h.run(
      PREVIEW,
      { a: '150785-sfj', n: '说明.txt', c: Buffer.from('这不是目录\n第二行\n').toString('base64') },
      { token: h.editor },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/第\s*\d/u);
  });

  it("is FORBIDDEN for another agency's editor", async () => {
    const r = await h.run(
      PREVIEW,
      { a: '150785-sfj', n: '目录.csv', c: csv64 },
      { token: await h.tokenFor('mzj-editor') },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('importCatalogueFile with columns', () => {
  it('reads the file as mapped, stores the mapping with the draft, and offers it for the same layout', async () => {
    const cols = [
      { column: 4, choice: 'remark' },
      { column: 7, choice: 'ignore' },
    ];
    const r = await h.run(IMPORT, { n: '目录.csv', c: csv64, v: '按列导入', cols }, { token: h.editor });
    expect(r.errors).toBeUndefined();
    const id = (r.data!.importCatalogueFile as { id: string }).id;
    const rows = await h.db.orm.em
      .fork()
      .execute<Array<{ legal_basis: string[]; remarks: string[] }>>(
        'select legal_basis, remarks from requirement where catalogue_id = ? order by position',
        [id],
      );
    expect(rows.length).toBe(3);
    // 公开依据 kept as a remark 「公开依据：…」, 填报说明 not imported at all.
    for (const row of rows) expect(row.legal_basis).toEqual([]);
    expect(rows.flatMap((x) => x.remarks).some((x) => x.startsWith('公开依据：'))).toBe(true);
    expect(rows.flatMap((x) => x.remarks).some((x) => x.includes('按年更新'))).toBe(false);

    const p = await preview(h.editor, '另一个目录.csv');
    expect(p.rememberedColumns).toEqual([
      { column: 4, choice: 'remark', tickLabel: null },
      { column: 7, choice: 'ignore', tickLabel: null },
    ]);
    expect(p.rememberedBy).toBe('sfj-editor');
    // The stored mapping, applied by the same interpreter, gives what was imported.
    const again = interpretCatalogueGrid(p.grid!, {
      columns: p.rememberedColumns!.map((c) => ({ column: c.column, choice: c.choice as 'remark' })),
    });
    expect(again.ok && again.catalogue.items.length).toBe(3);
  });

  it("does not show one agency's mapping to another (row-level security)", async () => {
    const r = await h.run(
      IMPORT,
      { n: '目录.csv', c: csv64, v: '按列导入2', cols: [{ column: 7, choice: 'ignore' }] },
      { token: h.editor },
    );
    expect(r.errors).toBeUndefined();
    const mzj = await h.tokenFor('mzj-editor');
    const other = await preview(mzj, '目录.csv', csv64, '150785-mzj');
    expect(other.layoutKey).not.toBeNull();
    expect(other.rememberedColumns).toBeNull();
    const own = await preview(h.editor);
    expect(own.rememberedColumns).toEqual([{ column: 7, choice: 'ignore', tickLabel: null }]);
  });

  it('an empty mapping forgets the one remembered', async () => {
    await h.run(
      IMPORT,
      { n: '目录.csv', c: csv64, v: '记住', cols: [{ column: 7, choice: 'ignore' }] },
      { token: h.editor },
    );
    await h.deleteDrafts('150785-sfj', h.editor);
    const r = await h.run(IMPORT, { n: '目录.csv', c: csv64, v: '忘记', cols: [] }, { token: h.editor });
    expect(r.errors).toBeUndefined();
    expect((await preview(h.editor)).rememberedColumns).toBeNull();
  });

  it('reads the file once (one worker parse) and stores the mapping under the layout key the preview shows', async () => {
    // Tab text of the same catalogue: another reader, another grid — its key must be the one its preview gives.
    const tsv = Buffer.from(
      CSV.split('\n')
        .map((l) => l.replaceAll(',', '\t'))
        .join('\n'),
      'utf8',
    ).toString('base64');
    const mappings = async (): Promise<Record<string, unknown>> => {
      const rows = await h.db.orm.em
        .fork()
        .execute<Array<{ layout_key: string; columns: unknown }>>(
          "select layout_key, columns from import_mapping m join agency a on a.id = m.agency_id where a.code = '150785-sfj'",
        );
      return Object.fromEntries(rows.map((x) => [x.layout_key, x.columns]));
    };
    const runs = [
      { name: '目录.csv', content: csv64, cols: [{ column: 7, choice: 'ignore' }] },
      {
        name: '目录.txt',
        content: tsv,
        cols: [
          { column: 4, choice: 'remark' },
          { column: 7, choice: 'ignore' },
        ],
      },
    ];
    for (const { name, content, cols } of runs) {
      const key = (await preview(h.editor, name, content)).layoutKey;
      expect(key).not.toBeNull();
      const before = await mappings();
      const stats = parsePool().stats;
      const [parsed, grids] = [stats.parsed, stats.parsedByKind.grid];
      const r = await h.run(IMPORT, { n: name, c: content, v: `一次读取-${name}`, cols }, { token: h.editor });
      expect(r.errors).toBeUndefined();
      expect(stats.parsed - parsed).toBe(1);
      expect(stats.parsedByKind.grid - grids).toBe(0);
      expect(await mappings()).toEqual({ ...before, [key!]: cols });
      await h.deleteDrafts('150785-sfj', h.editor);
    }
  });

  it('names a mapping that leaves no 一级事项 as the fault of columns, after one parse', async () => {
    const before = await footprint();
    const parsed = parsePool().stats.parsed;
    const r = await h.run(
      IMPORT,
      { n: '目录.csv', c: csv64, v: '无一级', cols: [{ column: 1, choice: 'ignore' }] },
      { token: h.editor },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns' });
    expect(parsePool().stats.parsed - parsed).toBe(1);
    expect(await footprint()).toEqual(before);
  });

  it('refuses an unknown choice with BAD_USER_INPUT naming the column, before anything is read', async () => {
    const before = await footprint();
    const r = await h.run(
      IMPORT,
      { n: '目录.csv', c: csv64, v: '坏列', cols: [{ column: 2, choice: 'nonsense' }] },
      { token: h.editor },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns[0].choice', column: 2 });
    expect(r.errors?.[0]?.message).toMatch(/^第3列：未知的列含义「nonsense」/u);
    const twice = await h.run(
      IMPORT,
      {
        n: '目录.csv',
        c: csv64,
        v: '坏列',
        cols: [
          { column: 2, choice: 'remark' },
          { column: 2, choice: 'ignore' },
        ],
      },
      { token: h.editor },
    );
    expect(twice.errors?.[0]?.message).toBe('第3列：设置了不止一次');
    const outside = await h.run(
      IMPORT,
      { n: '目录.csv', c: csv64, v: '坏列', cols: [{ column: 30, choice: 'remark' }] },
      { token: h.editor },
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0]?.message).toMatch(/第31列/u);
    expect(await footprint()).toEqual(before);
  });

  it('a refused import remembers nothing (one transaction with the draft)', async () => {
    const first = await h.run(IMPORT, { n: '目录.csv', c: csv64, v: '先导入' }, { token: h.editor });
    expect(first.errors).toBeUndefined();
    const before = await footprint();
    // The open draft refuses the second import: its mapping must not be stored either.
    const r = await h.run(
      IMPORT,
      { n: '目录.csv', c: csv64, v: '再导入', cols: [{ column: 4, choice: 'remark' }] },
      { token: h.editor },
    );
    expect(r.errors?.[0]?.message).toContain('请先发布或删除该草稿');
    expect(await footprint()).toEqual(before);
  });
});
