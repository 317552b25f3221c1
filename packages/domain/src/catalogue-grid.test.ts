/**
 * The grid interpreter's column overrides (a user's choice per column in the import preview), describing a grid for
 * that preview, and the layout key a chosen mapping is remembered by.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueGrid, describeCatalogueGrid, interpretCatalogueGrid, type CatalogueGrid } from './catalogue-grid.js';
import { COLUMN_CHOICES, COLUMN_TITLES, layoutKey, type ColumnOverride } from './catalogue-headers.js';
import { importCatalogueRows, importCatalogueText } from './catalogue-import.js';
import { flattenItems, type CatalogueJson } from './catalogue-model.js';

const SEED = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
const seedRows = (): string[][] =>
  SEED.replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((l) => l.split('\t'));

function ok(r: ReturnType<typeof interpretCatalogueGrid>): CatalogueJson {
  if (!r.ok) throw new Error(r.error.message);
  return r.catalogue;
}
function errorOf(r: ReturnType<typeof interpretCatalogueGrid>): string {
  if (r.ok) throw new Error('expected an error');
  return r.error.message;
}
const reqs = (c: CatalogueJson) => flattenItems(c.items).flatMap((i) => i.requirements);

/** A county catalogue whose item column has a title no variant knows (「服务项目」): detection finds no 一级事项. */
const UNSURE: string[][] = [
  ['序号', '服务项目', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室', '监督电话'],
  ['1', '低保审批', '审批结果', '20个工作日内', 'XX县民政局', '政府网站', '全社会', '社会救助股', '0470-1234567'],
  ['2', '特困供养', '供养标准', '即时公开', 'XX县民政局', '政府网站、公示栏', '特定群体', '社会救助股', '0470-1234567'],
];

/** A catalogue whose 公开时限 column is titled 「更新频率」 (unknown), and a 「说明」 column. */
const PLAIN: string[][] = [
  ['序号', '公开事项', '公开内容', '更新频率', '公开主体', '公开渠道', '公开对象', '责任科室', '说明'],
  [
    '1',
    '机构职能',
    '机构名称、主要职能',
    '信息形成之日起20个工作日内',
    'XX县司法局',
    '政府网站',
    '全社会',
    '办公室',
    '无',
  ],
  ['2', '政策文件', '规范性文件', '即时公开', 'XX县司法局', '政府网站', '全社会', '法规股', ''],
];

describe('interpretCatalogueGrid without overrides', () => {
  it('gives what importCatalogueRows / importCatalogueText give', () => {
    const grid = catalogueGrid(seedRows(), { sourceName: 'seed.txt', tabbed: true });
    expect(interpretCatalogueGrid(grid)).toEqual(importCatalogueText(SEED, { sourceName: 'seed.txt' }));
    expect(interpretCatalogueGrid(catalogueGrid(PLAIN))).toEqual(importCatalogueRows(PLAIN, { tabbed: true }));
  });

  it('survives a JSON round trip', () => {
    const grid: CatalogueGrid = catalogueGrid(seedRows(), {
      sourceName: 'seed.txt',
      merged: seedRows().map(() => []),
      rowLabels: seedRows().map((_, r) => `表1第${r + 1}行`),
      findings: [{ kind: 'unknown-cell', severity: 'INFO', line: null, column: null, message: '表2未导入' }],
    });
    const back = JSON.parse(JSON.stringify(grid)) as CatalogueGrid;
    expect(back).toEqual(grid);
    expect(interpretCatalogueGrid(back)).toEqual(interpretCatalogueGrid(grid));
  });

  it('applies row labels, row numbers, the message prefix, office aliases and the reader findings', () => {
    const rows = [['某县民政局主动公开目录'], ...PLAIN];
    const base = ok(interpretCatalogueGrid(catalogueGrid(rows)));
    const timeFinding = base.findings.find((f) => f.kind === 'unknown-cell');
    expect(timeFinding?.message).toMatch(/^第2行：/u);
    const labelled = ok(
      interpretCatalogueGrid(
        catalogueGrid(rows, { rowLabels: rows.map((_, r) => (r === 0 ? '标题' : `表1第${r}行`)) }),
      ),
    );
    expect(labelled.findings.find((f) => f.kind === 'unknown-cell')?.message).toMatch(/^第2行（表1第1行）：/u);
    const numbered = ok(interpretCatalogueGrid(catalogueGrid(rows, { rowNumbers: rows.map((_, r) => r + 10) })));
    expect(numbered.findings.find((f) => f.kind === 'unknown-cell')?.line).toBe(11);
    expect(numbered.items[0]!.line).toBe(12);
    const prefixed = ok(
      interpretCatalogueGrid(
        catalogueGrid(rows, {
          messagePrefix: '工作表「目录」',
          officeAliases: [{ name: '办公室', aliases: ['办公厅'] }],
        }),
      ),
    );
    expect(prefixed.findings.every((f) => !/^第/u.test(f.message))).toBe(true);
    expect(prefixed.offices.find((o) => o.name === '办公室')?.aliases).toEqual(['办公厅']);
    const note = {
      kind: 'unknown-cell' as const,
      severity: 'INFO' as const,
      line: null,
      column: null,
      message: '表2未导入',
    };
    const noted = ok(interpretCatalogueGrid(catalogueGrid(rows, { findings: [note] })));
    expect(noted.findings[noted.findings.length - 1]).toEqual(note);
  });
});

describe('column overrides', () => {
  it('maps a column detection could not place, and the import then succeeds', () => {
    const grid = catalogueGrid(UNSURE);
    expect(errorOf(interpretCatalogueGrid(grid))).toMatch(/没有「公开事项」（一级事项）列.*第2列「服务项目」/u);
    const c = ok(interpretCatalogueGrid(grid, { columns: [{ column: 1, choice: 'l1' }] }));
    expect(c.items.map((i) => i.name)).toEqual(['低保审批', '特困供养']);
    expect(c.items[0]!.requirements[0]!.timeLimit.raw).toBe('20个工作日内');
  });

  it('remaps a column: an unknown title read as 公开时限', () => {
    const before = ok(interpretCatalogueGrid(catalogueGrid(PLAIN)));
    expect(reqs(before)[0]!.timeLimit.raw).toBe('');
    expect(reqs(before)[0]!.remarks).toContain('更新频率：信息形成之日起20个工作日内');
    const after = ok(interpretCatalogueGrid(catalogueGrid(PLAIN), { columns: [{ column: 3, choice: 'timeLimit' }] }));
    expect(reqs(after)[0]!.timeLimit.raw).toBe('信息形成之日起20个工作日内');
    expect(reqs(after)[0]!.remarks).not.toContain('更新频率：信息形成之日起20个工作日内');
  });

  it('ignores a column silently, reporting it once', () => {
    const c = ok(interpretCatalogueGrid(catalogueGrid(PLAIN), { columns: [{ column: 8, choice: 'ignore' }] }));
    expect(
      reqs(c)
        .flatMap((r) => r.remarks)
        .some((r) => r.includes('无')),
    ).toBe(false);
    const notes = c.findings.filter((f) => f.message.includes('第9列「说明」'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'INFO', line: 1 });
    expect(notes[0]!.message).toMatch(/不导入/u);
  });

  it('keeps a detected field as a remark 「列名：值」', () => {
    const c = ok(interpretCatalogueGrid(catalogueGrid(PLAIN), { columns: [{ column: 7, choice: 'remark' }] }));
    expect(reqs(c)[0]!.offices).toEqual([]);
    expect(reqs(c)[0]!.remarks).toContain('责任科室：办公室');
    expect(c.offices).toEqual([]);
  });

  it('an override wins over a detected column of the same field, which becomes a remark (reported)', () => {
    const c = ok(interpretCatalogueGrid(catalogueGrid(PLAIN), { columns: [{ column: 8, choice: 'content' }] }));
    expect(reqs(c)[0]!.contentElements.join('')).toBe('无');
    expect(reqs(c)[0]!.remarks).toContain('公开内容：机构名称、主要职能');
    expect(
      c.findings.some(
        (f) =>
          f.severity === 'WARNING' && /第9列已设为「公开内容（要素）」.*第3列「公开内容」改为记入备注/u.test(f.message),
      ),
    ).toBe(true);
  });

  it('tick columns take their option from the override or the sub-title', () => {
    const rows = [
      ['序号', '公开事项', '公开内容', '公开时限', '网站', '公示栏', '责任科室'],
      ['1', '机构职能', '机构名称', '即时公开', '√', '', '办公室'],
      ['2', '政策文件', '规范性文件', '即时公开', '', '√', '办公室'],
    ];
    const columns: ColumnOverride[] = [
      { column: 4, choice: 'channelTick', tickLabel: '政府网站' },
      { column: 5, choice: 'channelTick' },
    ];
    const c = ok(interpretCatalogueGrid(catalogueGrid(rows), { columns }));
    expect(reqs(c).map((r) => r.channels)).toEqual([['GOVERNMENT_WEBSITE'], ['BULLETIN_BOARD']]);
  });

  it('refuses invalid overrides naming the column', () => {
    const grid = catalogueGrid(PLAIN);
    const err = (columns: ColumnOverride[]): string => errorOf(interpretCatalogueGrid(grid, { columns }));
    expect(err([{ column: 12, choice: 'content' }])).toMatch(/^第1行：第13列：表头只有9列/u);
    expect(err([{ column: -1, choice: 'content' }])).toMatch(/第0列/u);
    expect(err([{ column: 3, choice: 'nonsense' as never }])).toMatch(/第4列「更新频率」：未知的列含义/u);
    expect(
      err([
        { column: 3, choice: 'office' },
        { column: 8, choice: 'office' },
      ]),
    ).toMatch(/第4列「更新频率」和第9列「说明」都设为「责任科室」/u);
    expect(
      err([
        { column: 3, choice: 'timeLimit' },
        { column: 3, choice: 'remark' },
      ]),
    ).toMatch(/第4列「更新频率」：设置了不止一次/u);
    expect(
      err([
        { column: 1, choice: 'ignore' },
        { column: 2, choice: 'l2' },
      ]),
    ).toMatch(/第3列「公开内容」是「二级事项」，但没有一列设为「一级事项」/u);
    expect(err([{ column: 3, choice: 'modeTick', tickLabel: '' }])).toMatch(
      /第4列「更新频率」：设为「公开方式（勾选列：主动\/依申请）」时需要指明/u,
    );
  });

  it('every choice has an official label', () => {
    for (const c of COLUMN_CHOICES) expect(c.label).not.toBe('');
    expect(COLUMN_CHOICES.find((c) => c.choice === 'timeLimit')?.label).toBe(COLUMN_TITLES.timeLimit);
    expect(new Set(COLUMN_CHOICES.map((c) => c.choice)).size).toBe(COLUMN_CHOICES.length);
  });
});

describe('describeCatalogueGrid', () => {
  it('the seed: two header rows, item levels under 公开事项, the audience pair', () => {
    const d = describeCatalogueGrid(catalogueGrid(seedRows()));
    expect(d.problem).toBeNull();
    expect(d.title).toBe('根河市司法局主动公开目录');
    expect(d.headerRows).toEqual({ first: 4, last: 5 });
    const byChoice = Object.fromEntries(
      d.columns.filter((c) => c.status === 'detected').map((c) => [c.choice, c.title]),
    );
    expect(byChoice).toMatchObject({
      serial: '序号',
      l1: '公开事项（一级事项）',
      l2: '公开事项（二级事项）',
      l3: '公开事项（三级事项）',
      audPublic: '公开对象（全社会）',
      office: '责任科室',
    });
    expect(d.columns.every((c) => !c.needsChoice)).toBe(true);
    expect(d.dataRows).toBeGreaterThan(20);
  });

  it('an unsure grid says which columns need a choice, and the override clears it', () => {
    const d = describeCatalogueGrid(catalogueGrid(UNSURE));
    expect(d.problem?.message).toMatch(/没有「公开事项」/u);
    expect(d.columns.filter((c) => c.needsChoice).map((c) => c.title)).toEqual(['服务项目', '监督电话']);
    const fixed = describeCatalogueGrid(catalogueGrid(UNSURE), { columns: [{ column: 1, choice: 'l1' }] });
    expect(fixed.problem).toBeNull();
    expect(fixed.columns[1]).toMatchObject({
      choice: 'l1',
      label: '一级事项',
      status: 'overridden',
      needsChoice: false,
    });
    expect(fixed.columns[8]).toMatchObject({ choice: 'remark', status: 'unplaced' });
    expect(fixed.layoutKey).toBe(d.layoutKey);
  });

  it('tick columns with their labels; a grid without a header', () => {
    const rows = [
      ['序号', '公开事项', '公开时限', '公开方式', '', '公开渠道和载体', ''],
      ['', '', '', '主动', '依申请', '政府网站', '公示栏'],
      ['1', '机构职能', '即时公开', '√', '', '√', ''],
    ];
    const d = describeCatalogueGrid(catalogueGrid(rows));
    expect(d.columns.slice(3).map((c) => [c.choice, c.tickLabel])).toEqual([
      ['modeTick', '主动'],
      ['modeTick', '依申请'],
      ['channelTick', '政府网站'],
      ['channelTick', '公示栏'],
    ]);
    const none = describeCatalogueGrid(
      catalogueGrid([
        ['姓名', '电话'],
        ['张三', '123'],
      ]),
    );
    expect(none.headerRows).toBeNull();
    expect(none.problem?.message).toMatch(/没有找到目录表头/u);
  });
});

describe('layoutKey', () => {
  it('is stable under spaces, line breaks, bracket widths and 「*」 marks', () => {
    const a = layoutKey(['序号', '公开事项', '公开内容（要素）', '公开时限']);
    expect(layoutKey([' 序 号', '公开\n事项', '公开内容(要素)', '*公开时限'])).toBe(a);
    expect(layoutKey(['序号', '公开事项', '公开内容（要素）', '公开时限', ''])).toBe(a);
    expect(layoutKey(['序号', '公开事项', '公开内容', '公开时限'])).not.toBe(a);
    expect(layoutKey(['公开事项', '序号', '公开内容（要素）', '公开时限'])).not.toBe(a);
  });

  it('describeCatalogueGrid gives the same key for the same header written differently', () => {
    const other = PLAIN.map((r, i) => (i === 0 ? r.map((c) => c.replace('公开', '公开 ')) : r));
    expect(describeCatalogueGrid(catalogueGrid(other)).layoutKey).toBe(
      describeCatalogueGrid(catalogueGrid(PLAIN)).layoutKey,
    );
  });
});

describe('describeCatalogueGrid with an invalid override', () => {
  it('shows the detected header and the reason', () => {
    const d = describeCatalogueGrid(catalogueGrid(PLAIN), {
      columns: [
        { column: 3, choice: 'office' },
        { column: 8, choice: 'office' },
      ],
    });
    expect(d.problem?.message).toMatch(/都设为「责任科室」/u);
    expect(d.columns.map((c) => c.status)).not.toContain('overridden');
    expect(d.columns[7]).toMatchObject({ choice: 'office', status: 'detected' });
  });
});

describe('tick marks', () => {
  it('● ticks a column like √', () => {
    const rows = [
      ['序号', '公开事项', '公开时限', '公开渠道和载体', '', '公开对象', ''],
      ['', '', '', '政府网站', '公示栏', '全社会', '特定群体'],
      ['1', '机构职能', '即时公开', '●', '', '●', ''],
      ['2', '政策文件', '即时公开', '', '√', '', '√'],
    ];
    const c = ok(interpretCatalogueGrid(catalogueGrid(rows)));
    expect(reqs(c).map((r) => [r.channels, r.audiences])).toEqual([
      [['GOVERNMENT_WEBSITE'], ['PUBLIC']],
      [['BULLETIN_BOARD'], ['SPECIFIC']],
    ]);
  });
});
