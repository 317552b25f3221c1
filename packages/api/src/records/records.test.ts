import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, CatalogueItem, Requirement, saveCatalogue } from '@gongkai/db';
import { importCatalogueTextOrThrow } from '@gongkai/domain';
import { readRegisterXlsx } from '@gongkai/exchange';
import { downloadOfficeRecordView } from './record-files.js';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

// 主动公开 records through the API (issue 16): on time or late against the catalogue row's rule, 解读 links, access
// (departments see and change only their own; anonymous visitors see published records only), table 二 from records,
// records across catalogue versions, imports, and the office's view in a constant number of statements.
let h: ApiHarness;
let editor: string;
let approver: string;
let viewer: string;
let other: string;
let reviewer: string;
let admin: string;

const seedText = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const r = await h.run(query, variables, { token });
  if (r.errors) throw new Error(`${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return r.data as T;
}

/** The id of the first row of an item of an agency's published catalogue, by item name. */
async function rowOf(agencyCode: string, itemName: string): Promise<string> {
  const em = h.db.orm.em.fork();
  const cat = await em.findOneOrFail(
    Catalogue,
    { agency: { code: agencyCode }, status: 'PUBLISHED' },
    { orderBy: { publishedAt: 'desc' } },
  );
  const item = await em.findOneOrFail(CatalogueItem, { catalogue: cat, name: itemName });
  return (await em.findOneOrFail(Requirement, { item }, { orderBy: { position: 'asc' } })).id;
}

const RECORD = 'id status title dueDate state lateWorkingDays explanation itemPath attachedTo catalogueVersionLabel';
const CREATE = `mutation($r: ID!, $i: PublicationRecordInput!) { createPublicationRecord(requirementId: $r, input: $i) { ${RECORD} } }`;

beforeAll(async () => {
  h = await createApiHarness();
  editor = await h.tokenFor('sfj-editor');
  approver = await h.tokenFor('sfj-approver');
  viewer = await h.tokenFor('sfj-viewer');
  other = await h.tokenFor('mzj-editor');
  reviewer = await h.tokenFor('demo-reviewer');
  admin = await h.tokenFor('demo-admin');
});
afterAll(async () => h?.close());

describe('a record against its row’s time limit', () => {
  let policyId: string;

  it('files a 规范性文件 late: 20 working days from 2026-02-12 across the Spring Festival end on 03-18', async () => {
    const row = await rowOf('150785-sfj', '规范性文件');
    const d = await ok(
      CREATE,
      {
        r: row,
        i: {
          status: 'PUBLISHED',
          title: '关于印发某办法的通知',
          documentNumber: '根司发〔2026〕1号',
          formedDate: '2026-02-12',
          publishedDate: '2026年3月20日',
          channels: ['GOVERNMENT_WEBSITE', 'GAZETTE'],
          documentKind: 'NORMATIVE',
          validity: 'IN_FORCE',
        },
      },
      editor,
    );
    // After Thu 02-12: 02-13, Sat 02-14 (调休), 02-24…02-27, Sat 02-28 (调休), 03-02…03-06, 03-09…03-13, 03-16…03-18.
    expect(d.createPublicationRecord).toMatchObject({
      status: 'PUBLISHED',
      dueDate: '2026-03-18',
      state: 'LATE',
      lateWorkingDays: 2,
      itemPath: ['履职依据', '规范性文件'],
      attachedTo: 'current',
    });
    expect(d.createPublicationRecord.explanation).toContain('计入调休上班日 2026-02-14、2026-02-28');
    policyId = d.createPublicationRecord.id;
  });

  it('saves an incomplete draft, and refuses a bad value naming the field', async () => {
    const row = await rowOf('150785-sfj', '部门文件');
    const d = await ok(CREATE, { r: row, i: { title: '还没填完' } }, editor);
    expect(d.createPublicationRecord).toMatchObject({ status: 'DRAFT', state: 'UNKNOWN' });
    const bad = await h.run(CREATE, { r: row, i: { title: 'x', publishedDate: '2026-02-30' } }, { token: editor });
    expect(bad.errors?.[0]).toMatchObject({
      message: '公开日期「2026-02-30」不存在',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.publishedDate' },
    });
    const missing = await h.run(CREATE, { r: row, i: { status: 'PUBLISHED' } }, { token: editor });
    expect(missing.errors?.[0]?.message).toBe('标题未填写；公开日期未填写：已公开的记录需要公开日期');
    const kind = await h.run(CREATE, { r: row, i: { documentKind: '通知' } }, { token: editor });
    expect(kind.errors?.[0]?.message).toMatch(/^文件类别「通知」不对/u);
  });

  it('flags a policy without 解读, and clears the flag once one published the same day is linked', async () => {
    const before = await ok(
      'query { agencyRecords(agencyCode: "150785-sfj", year: 2026) { policiesWithoutInterpretation { policy { id } state } } }',
      {},
      editor,
    );
    expect(before.agencyRecords.policiesWithoutInterpretation).toEqual([
      { policy: { id: policyId }, state: 'MISSING' },
    ]);
    const row = await rowOf('150785-sfj', '政策解读');
    const interp = await ok(
      CREATE,
      {
        r: row,
        i: { status: 'PUBLISHED', title: '《某办法》解读', formedDate: '2026-03-20', publishedDate: '2026-03-20' },
      },
      editor,
    );
    expect(interp.createPublicationRecord).toMatchObject({ state: 'ON_TIME', dueDate: '2026-03-20' });
    const linked = await ok(
      'mutation($p: ID!, $i: ID!) { linkInterpretation(policyId: $p, interpretationId: $i) { interpretationIds } }',
      { p: policyId, i: interp.createPublicationRecord.id },
      editor,
    );
    expect(linked.linkInterpretation.interpretationIds).toEqual([interp.createPublicationRecord.id]);
    const after = await ok(
      'query { agencyRecords(agencyCode: "150785-sfj", year: 2026) { policiesWithoutInterpretation { policy { id } } figures { late onTime } } }',
      {},
      editor,
    );
    expect(after.agencyRecords.policiesWithoutInterpretation).toEqual([]);
    expect(after.agencyRecords.figures).toMatchObject({ late: 1, onTime: 1 });
  });
});

describe('access', () => {
  it('lets departments see and change only their own records', async () => {
    const row = await rowOf('150785-sfj', '部门文件');
    const mine = await ok(CREATE, { r: row, i: { title: '本局文件', status: 'DRAFT' } }, editor);
    const id = mine.createPublicationRecord.id;
    for (const [token, q, v] of [
      [other, CREATE, { r: row, i: { title: '越权' } }],
      [viewer, CREATE, { r: row, i: { title: '只读用户' } }],
      [other, 'mutation($id: ID!) { updatePublicationRecord(id: $id, input: { title: "改" }) { id } }', { id }],
      [other, 'mutation($id: ID!) { deletePublicationRecord(id: $id) }', { id }],
      [other, 'query { agencyRecords(agencyCode: "150785-sfj", year: 2026) { records { id } } }', {}],
      [other, 'query($id: ID!) { publicationRecord(id: $id) { id } }', { id }],
    ] as const) {
      const r = await h.run(q, v as Record<string, unknown>, { token });
      expect(r.errors?.[0]?.extensions?.code, q).toBe('FORBIDDEN');
    }
    // The 司法局 approver may change it; the viewer may read it.
    await ok(
      'mutation($id: ID!) { updatePublicationRecord(id: $id, input: { title: "本局文件（改）" }) { id } }',
      { id },
      approver,
    );
    const seen = await ok('query($id: ID!) { publicationRecord(id: $id) { title } }', { id }, viewer);
    expect(seen.publicationRecord.title).toBe('本局文件（改）');
  });

  it('shows anonymous visitors published records only', async () => {
    const anon = await ok('query { agencyRecords(agencyCode: "150785-sfj", year: 2026) { records { status } } }', {});
    const mine = await ok(
      'query { agencyRecords(agencyCode: "150785-sfj", year: 2026) { records { status } } }',
      {},
      editor,
    );
    expect(anon.agencyRecords.records.length).toBeGreaterThan(0);
    expect(anon.agencyRecords.records.every((r: any) => r.status === 'PUBLISHED')).toBe(true);
    expect(mine.agencyRecords.records.length).toBeGreaterThan(anon.agencyRecords.records.length);
    // Drafts cannot be read by id either.
    const draft = await ok(CREATE, { r: await rowOf('150785-sfj', '部门文件'), i: { title: '草稿' } }, editor);
    const r = await h.run('query($id: ID!) { publicationRecord(id: $id) { id } }', {
      id: draft.createPublicationRecord.id,
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Decision counts are not public.
    const m = await h.run('query { monthlyDecisions(agencyCode: "150785-sfj", year: 2026) { month } }', {});
    expect(m.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('table 二 from records', () => {
  // 财政局 (czj), through the administrator: records counted by hand below.
  const docs = [
    // made 2026, in force
    { title: 'A', formedDate: '2026-01-10', publishedDate: '2026-01-15', documentKind: 'NORMATIVE' },
    // made 2025, abolished 2026
    {
      title: 'B',
      formedDate: '2025-05-01',
      publishedDate: '2025-05-06',
      documentKind: 'NORMATIVE',
      validity: 'ABOLISHED',
      abolishedDate: '2026-06-01',
    },
    // made and abolished in 2026: in 制发 and in 废止
    {
      title: 'C',
      formedDate: '2026-04-01',
      publishedDate: '2026-04-03',
      documentKind: 'NORMATIVE',
      validity: 'LAPSED',
      abolishedDate: '2026-09-01',
    },
    // made 2024, amended, still in force
    {
      title: 'D',
      formedDate: '2024-03-01',
      publishedDate: '2024-03-05',
      documentKind: 'NORMATIVE',
      validity: 'AMENDED',
    },
  ];

  it('computes the cells, fills the report in one action and shows a typed value that differs', async () => {
    const em = h.db.orm.em.fork();
    const czjCat = await em.findOneOrFail(Catalogue, { agency: { code: '150785-czj' }, status: 'PUBLISHED' });
    const row = await em.findOneOrFail(Requirement, { catalogue: czjCat }, { orderBy: { position: 'asc' } });
    for (const d of docs) await ok(CREATE, { r: row.id, i: { status: 'PUBLISHED', ...d } }, admin);
    await ok(
      `mutation { setMonthlyDecisions(agencyCode: "150785-czj", year: 2026, months: [
        { month: 1, licensing: 2, enforcement: 0, fees: "1.25" },
        { month: 2, licensing: 3, fees: "0.3333" }
      ]) { month } }`,
      {},
      admin,
    );
    const t = await ok(
      'query { recordTableTwo(agencyCode: "150785-czj", year: 2026) { cells { id row column value typed differs } } }',
      {},
      admin,
    );
    const v = Object.fromEntries(t.recordTableTwo.cells.map((c: any) => [c.id, c.value]));
    // 制发 2026: A, C = 2. 废止 2026: B, C = 2. 现行有效 at 2026-12-31: A, D = 2.
    expect([v['p.normative.issued'], v['p.normative.repealed'], v['p.normative.inForce']]).toEqual(['2', '2', '2']);
    expect([v['p.regulations.issued'], v['p.licensing.decisions'], v['p.punishment.decisions']]).toEqual([
      '0',
      '5',
      null,
    ]);
    expect(v['p.enforcement.decisions']).toBe('0');
    expect(v['p.fees.amount']).toBe('1.5833');
    expect(t.recordTableTwo.cells[0]).toMatchObject({ row: '规章', column: '本年制发件数' });

    const filled = await ok(
      'mutation { fillTableTwoFromRecords(agencyCode: "150785-czj", year: 2026) { changed report { id status } tableTwo { cells { id differs } } } }',
      {},
      admin,
    );
    expect(filled.fillTableTwoFromRecords.report.status).toBe('DRAFT');
    expect(filled.fillTableTwoFromRecords.changed).toContain('p.normative.issued');
    expect(filled.fillTableTwoFromRecords.changed).not.toContain('p.punishment.decisions');
    expect(filled.fillTableTwoFromRecords.tableTwo.cells.some((c: any) => c.differs)).toBe(false);
    const report = await ok(
      'query { annualReport(agencyCode: "150785-czj", year: 2026) { cells { id value } } }',
      {},
      admin,
    );
    const cells = Object.fromEntries(report.annualReport.cells.map((c: any) => [c.id, c.value]));
    expect(cells['p.normative.issued']).toBe('2');
    expect(cells['p.fees.amount']).toBe('1.5833');

    // A typed value that differs is shown.
    await ok(
      'mutation { saveAnnualReport(agencyCode: "150785-czj", year: 2026, input: { cells: [{ id: "p.normative.inForce", value: "7" }] }) { id } }',
      {},
      admin,
    );
    const again = await ok(
      'query { recordTableTwo(agencyCode: "150785-czj", year: 2026) { cells { id value typed differs } } }',
      {},
      admin,
    );
    expect(again.recordTableTwo.cells.filter((c: any) => c.differs)).toEqual([
      { id: 'p.normative.inForce', value: '2', typed: '7', differs: true },
    ]);
  });

  it('refuses a bad month naming it, and writes nothing', async () => {
    const r = await h.run(
      'mutation { setMonthlyDecisions(agencyCode: "150785-czj", year: 2026, months: [{ month: 3, licensing: 1 }, { month: 4, fees: "-1" }]) { month } }',
      {},
      { token: admin },
    );
    expect(r.errors?.[0]?.message).toBe('4月「行政事业性收费」金额「-1」应为非负数，最多 4 位小数');
    const m = await ok('query { monthlyDecisions(agencyCode: "150785-czj", year: 2026) { month } }', {}, admin);
    expect(m.monthlyDecisions.map((x: any) => x.month)).toEqual([1, 2]);
  });
});

describe('records across catalogue versions', () => {
  it('stays attached to a new version that keeps the item, and keeps the old row when the item is removed', async () => {
    const meeting = await rowOf('150785-sfj', '部门会议');
    const rec = await ok(
      CREATE,
      {
        r: meeting,
        i: { status: 'PUBLISHED', title: '局务会议', formedDate: '2026-05-06', publishedDate: '2026-05-08' },
      },
      editor,
    );
    expect(rec.createPublicationRecord.catalogueVersionLabel).toBe('2024版');
    const em = h.db.orm.em.fork();
    const published = await em.findOneOrFail(Catalogue, { agency: { code: '150785-sfj' }, status: 'PUBLISHED' });
    const draft = await ok(
      'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "2026版") { id items { id name } } }',
      { id: published.id },
      editor,
    );
    const press = draft.createDraft.items.find((i: any) => i.name === '部门会议');
    await ok('mutation($id: ID!) { deleteItem(id: $id) }', { id: press.id }, editor);
    await ok('mutation($id: ID!) { publishCatalogue(id: $id) { status } }', { id: draft.createDraft.id }, approver);
    const list = await ok(
      `query { agencyRecords(agencyCode: "150785-sfj", year: 2026) { catalogueVersionLabel records { ${RECORD} } } }`,
      {},
      editor,
    );
    expect(list.agencyRecords.catalogueVersionLabel).toBe('2026版');
    const byId = new Map(list.agencyRecords.records.map((r: any) => [r.id, r]));
    // The removed item: the record keeps the 2024 row and is still judged against it.
    expect(byId.get(rec.createPublicationRecord.id)).toMatchObject({
      attachedTo: 'filed',
      catalogueVersionLabel: '2024版',
      state: 'ON_TIME',
    });
    // A kept item: attached to the 2026 version.
    const kept = list.agencyRecords.records.find((r: any) => r.title === '关于印发某办法的通知');
    expect(kept).toMatchObject({ attachedTo: 'current', catalogueVersionLabel: '2026版', state: 'LATE' });
  });
});

describe('imports', () => {
  const csv = [
    '标题,发布日期,栏目,文号',
    '关于调整某事项的通知,2026/4/1,部门文件,根司发〔2026〕9号',
    '招商项目签约仪式,2026年4月2日,招商引资,',
    '坏日期,2026-04-31,部门文件,',
  ].join('\n');
  const run = (name: string, text: string, extra = '') =>
    h.run(
      `mutation($n: String!, $c: String!) { importPublicationRecords(agencyCode: "150785-sfj", fileName: $n, contentBase64: $c${extra}) { created rows errors { row field message } unmatched { row title column } records { itemPath state } } }`,
      { n: name, c: Buffer.from(text).toString('base64') },
      { token: editor },
    );

  it('lists row errors and unmatched lines, writing nothing unless told to skip them', async () => {
    const r = await run('记录.csv', csv);
    expect(r.errors).toBeUndefined();
    const d = (r.data as any).importPublicationRecords;
    expect(d).toMatchObject({ created: 0, rows: 3 });
    expect(d.errors).toEqual([{ row: 4, field: 'publishedDate', message: '第4行「公开日期」「2026-04-31」不存在' }]);
    expect(d.unmatched).toEqual([{ row: 3, title: '招商项目签约仪式', column: '招商引资' }]);
    const skip = await run('记录.csv', csv, ', skipInvalid: true');
    const s = (skip.data as any).importPublicationRecords;
    expect(s.created).toBe(1);
    expect(s.records[0].itemPath).toEqual(['履职依据', '部门文件']);
  });

  it('matches a website list (JSON) by column name, synonyms included', async () => {
    const list = [
      { title: '某办法', date: '2026-06-01', url: 'https://genhe.gov.cn/1', column: '行政规范性文件' },
      { title: '某办法的解读', date: '2026-06-01', url: 'https://genhe.gov.cn/2', column: '政策文件解读' },
    ];
    const r = await run('list.json', JSON.stringify(list), ', dryRun: true');
    const d = (r.data as any).importPublicationRecords;
    expect(d).toMatchObject({ created: 0, errors: [], unmatched: [] });
    const file = await run('list.pdf', 'x');
    expect(file.errors?.[0]?.message).toBe('「list.pdf」：只能导入 .xlsx、.csv 或 .json 文件');
  });
});

describe('the office’s view', () => {
  const VIEW = `query { officeRecordView(governmentCode: "150785", year: 2026) {
    total { judged onTime late onTimeRate }
    departments { agency { code } figures { records onTime late overdue onTimeRateText missingPeriods itemsWithNothingPublished policiesWithoutInterpretation }
      lateRecords { id } missingPeriods { period } itemsWithNothingPublished { itemPath } policiesWithoutInterpretation { state } } } }`;

  async function count(): Promise<{ statements: number; departments: number; data: any }> {
    // Counted the second time: the first after the agency tree changed looks the kept session up again.
    await ok(VIEW, {}, reviewer);
    h.db.queries.length = 0;
    const data = await ok(VIEW, {}, reviewer);
    return { statements: h.db.queries.length, departments: data.officeRecordView.departments.length, data };
  }

  it('shows each department’s figures, in a number of statements that does not grow with departments', async () => {
    const small = await count();
    const sfj = small.data.officeRecordView.departments.find((d: any) => d.agency.code === '150785-sfj');
    expect(sfj.figures.late).toBeGreaterThan(0);
    expect(sfj.lateRecords.length).toBe(sfj.figures.late);
    // Five more departments, each with a published catalogue and late, on-time and draft records.
    const em = h.db.orm.em.fork();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    const catalogue = importCatalogueTextOrThrow(seedText);
    for (let i = 0; i < 5; i++) {
      const dept = em.create(Agency, {
        code: `rec-${i}`,
        name: `记录测试部门${i}`,
        kind: 'DEPARTMENT',
        parent: gov,
        position: 200 + i,
      });
      await em.flush();
      const c = await saveCatalogue(em, dept.id, catalogue, { versionLabel: '测试' });
      await em.execute(`update catalogue set status = 'PUBLISHED', published_at = now() where id = ?`, [c.id]);
      const req = await em.findOneOrFail(Requirement, { catalogue: c.id }, { orderBy: { position: 'asc' } });
      for (const [formed, published] of [
        ['2026-03-02', '2026-03-03'],
        ['2026-03-02', '2026-06-30'],
        ['2026-11-02', null],
      ])
        await em.execute(
          `insert into publication_record (id, agency_id, requirement_id, catalogue_id, item_key, item_path, status, title, formed_date, published_date)
           values (gen_random_uuid(), ?, ?, ?, '履职依据›规范性文件', '["履职依据","规范性文件"]', ?, '测试', ?, ?)`,
          [dept.id, req.id, c.id, published ? 'PUBLISHED' : 'DRAFT', formed, published],
        );
    }
    const large = await count();
    expect(large.departments).toBe(small.departments + 5);
    const added = large.data.officeRecordView.departments.find((d: any) => d.agency.code === 'rec-0');
    // The draft formed 2026-11-02 and not yet published passed its 20 working days on 2026-11-30: overdue.
    expect(added.figures).toMatchObject({ records: 3, onTime: 1, late: 1, overdue: 1, onTimeRateText: '33.3%' });
    if (process.env.SHOW_SQL) console.log(h.db.queries.join('\n'));
    expect(large.statements).toBe(small.statements);
    // Session (begin, scope, session + user, agency check, commit …) and the access check's own transaction, then the
    // request: begin, scope, government, departments, catalogues, items, rows, holidays, settings, records, 解读 links,
    // rows of old versions, commit.
    expect(large.statements).toBeLessThanOrEqual(24);
  });

  it('exports to Excel under the same rule: one row per department, the late records with explanations', async () => {
    const file = await downloadOfficeRecordView(h.db.appOrm, h.db.systemOrm, reviewer, '150785', 2026);
    expect(file.fileName).toBe('根河市人民政府2026年主动公开按时情况.xlsx');
    // The first sheet, read back: the title, the header, one row per department, the total.
    const read = await readRegisterXlsx(file.body);
    if (!read.ok) throw new Error(read.message);
    expect(read.sheetName).toBe('按时公开情况');
    expect(read.rows[1]!.slice(0, 3)).toEqual(['部门', '记录数', '可判断']);
    const names = read.rows.slice(2).map((r) => r[0]);
    expect(names).toContain('根河市司法局');
    expect(names.at(-1)).toBe('合计');
    const sfjRow = read.rows.find((r) => r[0] === '根河市司法局')!;
    expect(Number(sfjRow[4])).toBeGreaterThan(0);
    await expect(downloadOfficeRecordView(h.db.appOrm, h.db.systemOrm, editor, '150785', 2026)).rejects.toThrow(
      /没有权限/u,
    );
  });

  it('is the office’s: a department is refused', async () => {
    const r = await h.run(VIEW, {}, { token: editor });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
