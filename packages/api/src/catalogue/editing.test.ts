import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, Office, Requirement } from '@gongkai/db';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

let h: ApiHarness;
let editor: string;
let approver: string;
let publishedId: string;
let draftId: string;

const ROW = `id version timeLimit { raw kind } channels offices { name } problems { field message } remarks`;

async function ok<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const r = await h.run(query, variables, { token });
  if (r.errors) throw new Error(`${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return r.data as T;
}

async function draftRow(itemName: string): Promise<{ id: string; version: number }> {
  const em = h.db.orm.em.fork();
  const r = await em.findOneOrFail(
    Requirement,
    { catalogue: draftId, item: { name: itemName } },
    { orderBy: { position: 'asc' } },
  );
  return { id: r.id, version: r.version };
}

beforeAll(async () => {
  h = await createApiHarness();
  editor = await h.tokenFor('sfj-editor');
  approver = await h.tokenFor('sfj-approver');
  const em = h.db.orm.em.fork();
  publishedId = (await em.findOneOrFail(Catalogue, { agency: { code: '150785-sfj' }, status: 'PUBLISHED' })).id;
});
afterAll(async () => h?.close());

describe('versions', () => {
  it('starts a draft from the published version, which stays frozen', async () => {
    const d = await ok<{
      createDraft: {
        id: string;
        status: string;
        versionLabel: string;
        basedOn: { id: string };
        requirementCount: number;
      };
    }>(
      'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "2025版") { id status versionLabel basedOn { id } requirementCount } }',
      { id: publishedId },
      editor,
    );
    draftId = d.createDraft.id;
    expect(d.createDraft).toMatchObject({
      status: 'DRAFT',
      versionLabel: '2025版',
      basedOn: { id: publishedId },
      requirementCount: 28,
    });
    const again = await h.run(
      'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "2026版") { id } }',
      { id: publishedId },
      { token: editor },
    );
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(again.errors?.[0]?.message).toContain('已有草稿');
    const frozenRow = await h.db.orm.em
      .fork()
      .findOneOrFail(Requirement, { catalogue: publishedId }, { orderBy: { position: 'asc' } });
    const frozen = await h.run(
      'mutation($id: ID!) { updateRequirement(id: $id, expectedVersion: 1, input: { remarks: ["x"] }) { id } }',
      { id: frozenRow.id },
      { token: editor },
    );
    expect(frozen.errors?.[0]?.message).toMatch(/已发布，不能修改；请先新建草稿/u);
  });
});

describe('editing a draft', () => {
  it('saves every column, parses the time limit with the domain parser, and reports what the row still lacks', async () => {
    const row = await draftRow('规范性文件');
    const office = await h.db.orm.em.fork().findOneOrFail(Office, { agency: { code: '150785-sfj' }, name: '办公室' });
    const r = await ok<{ updateRequirement: any }>(
      `mutation($id: ID!, $v: Int!, $o: [ID!]) { updateRequirement(id: $id, expectedVersion: $v, input: { timeLimitRaw: "信息形成之日起10个工作日内", channels: [GOVERNMENT_WEBSITE, GAZETTE], officeIds: $o, audiences: [] }) { ${ROW} } }`,
      { id: row.id, v: row.version, o: [office.id] },
      editor,
    );
    expect(r.updateRequirement).toMatchObject({
      version: row.version + 1,
      timeLimit: { raw: '信息形成之日起10个工作日内', kind: 'afterEvent' },
      channels: ['GOVERNMENT_WEBSITE', 'GAZETTE'],
      offices: [{ name: '办公室' }],
      problems: [{ field: 'audiences', message: '公开对象：至少选择一个' }],
    });
  });

  it('a second save of a changed row gets CONFLICT naming the row and field, never a silent overwrite', async () => {
    const row = await draftRow('机构领导');
    const base = { channels: ['GOVERNMENT_WEBSITE'], remarks: [] };
    // Two people read version v. The first saves new channels.
    await ok(
      `mutation($id: ID!, $v: Int!) { updateRequirement(id: $id, expectedVersion: $v, input: { channels: [GOVERNMENT_WEBSITE, WEIBO_WECHAT_APP] }) { version } }`,
      { id: row.id, v: row.version },
      editor,
    );
    // The second, still at version v, saves remarks.
    const second = await h.run(
      `mutation($id: ID!, $v: Int!, $b: RequirementInput) { updateRequirement(id: $id, expectedVersion: $v, input: { remarks: ["第二个人的备注"] }, base: $b) { version } }`,
      { id: row.id, v: row.version, b: base },
      { token: approver },
    );
    expect(second.data ?? null).toBeNull();
    expect(second.errors?.[0]).toMatchObject({
      message: '「机构领导」第1条已被他人修改（公开渠道和载体），你的修改没有保存；请刷新后再改',
      extensions: { code: 'CONFLICT', fields: ['公开渠道和载体'] },
    });
    const stored = await h.db.orm.em.fork().findOneOrFail(Requirement, row.id);
    expect(stored.channels).toEqual(['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP']);
    expect(stored.remarks).toEqual([]);
  });

  it('adds, renames, moves and deletes items; levels follow a move', async () => {
    const add = await ok<{ addItem: { id: string; level: number; version: number } }>(
      'mutation($c: ID!) { addItem(catalogueId: $c, name: "  法律援助  ") { id level version } }',
      { c: draftId },
      editor,
    );
    expect(add.addItem.level).toBe(1);
    const renamed = await ok<{ renameItem: { name: string } }>(
      'mutation($id: ID!, $v: Int!) { renameItem(id: $id, expectedVersion: $v, name: "法律援助信息") { name } }',
      { id: add.addItem.id, v: add.addItem.version },
      editor,
    );
    expect(renamed.renameItem.name).toBe('法律援助信息');
    const stale = await h.run(
      'mutation($id: ID!) { renameItem(id: $id, expectedVersion: 1, name: "别的名字") { name } }',
      { id: add.addItem.id },
      { token: editor },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const parent = await h.db.orm.em
      .fork()
      .findOneOrFail(Catalogue, draftId)
      .then(
        async () =>
          (
            await h.db.orm.em
              .fork()
              .findOneOrFail(Requirement, { catalogue: draftId, item: { name: '工作动态' } }, { populate: ['item'] })
          ).item.parent!.id,
      );
    const moved = await ok<{ moveItem: { level: number; position: number } }>(
      'mutation($id: ID!, $p: ID) { moveItem(id: $id, parentId: $p, position: 0) { level position } }',
      { id: add.addItem.id, p: parent },
      editor,
    );
    expect(moved.moveItem).toEqual({ level: 2, position: 0 });
    const empty = await h.run(
      'mutation($id: ID!) { renameItem(id: $id, expectedVersion: 3, name: "  ") { name } }',
      { id: add.addItem.id },
      { token: editor },
    );
    expect(empty.errors?.[0]).toMatchObject({
      message: '事项名称：不能为空',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    const row = await ok<{ addRequirement: { id: string; problems: Array<{ field: string }> } }>(
      'mutation($id: ID!) { addRequirement(itemId: $id) { id problems { field } } }',
      { id: add.addItem.id },
      editor,
    );
    expect(row.addRequirement.problems.map((p) => p.field)).toEqual([
      'content',
      'timeLimit',
      'channels',
      'audiences',
      'offices',
    ]);
    expect(await ok('mutation($id: ID!) { deleteItem(id: $id) }', { id: add.addItem.id }, editor)).toEqual({
      deleteItem: true,
    });
    expect(await h.db.orm.em.fork().count(Requirement, row.addRequirement.id)).toBe(0);
  });

  it('shows the changes of the draft against the published version, field by field', async () => {
    const d = await ok<{ catalogueDiff: any }>(
      'query($a: ID!, $b: ID!) { catalogueDiff(fromId: $a, toId: $b) { summary { changedRows added removed } changes { kind afterPath rows { kind fields { field before after added removed } } } } }',
      { a: publishedId, b: draftId },
      editor,
    );
    const changed = d.catalogueDiff.changes.find((c: any) => c.afterPath.join('›') === '履职依据›规范性文件');
    const fields = Object.fromEntries(changed.rows[0].fields.map((f: any) => [f.field, f]));
    expect(fields.channels).toMatchObject({ removed: ['社区/企事业单位/村公示栏（电子屏）', '精准推送'], added: [] });
    expect(fields.offices).toMatchObject({ before: '行政执法协调监督办公室', after: '办公室' });
    expect(fields.audiences).toMatchObject({ removed: ['全社会'] });
    expect(d.catalogueDiff.summary.changedRows).toBe(2);
  });

  it('records every change in the catalogue history', async () => {
    const r = await ok<{ catalogue: { history: Array<{ operation: string; userLogin: string }> } }>(
      'query($id: ID!) { catalogue(id: $id) { history { operation userLogin } } }',
      { id: draftId },
      editor,
    );
    expect(r.catalogue.history.map((e) => e.operation)).toEqual(
      expect.arrayContaining([
        'createDraft',
        'updateRequirement',
        'addItem',
        'renameItem',
        'moveItem',
        'addRequirement',
        'deleteItem',
      ]),
    );
    expect(r.catalogue.history.every((e) => ['sfj-editor', 'sfj-approver'].includes(e.userLogin))).toBe(true);
  });

  it('publishes the draft (approver only), freezing it', async () => {
    const byEditor = await h.run(
      'mutation($id: ID!) { publishCatalogue(id: $id) { status } }',
      { id: draftId },
      { token: editor },
    );
    expect(byEditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const p = await ok<{ publishCatalogue: { status: string; publishedBy: string } }>(
      'mutation($id: ID!) { publishCatalogue(id: $id) { status publishedBy } }',
      { id: draftId },
      approver,
    );
    expect(p.publishCatalogue).toEqual({ status: 'PUBLISHED', publishedBy: 'sfj-approver' });
    const row = await draftRow('工作动态');
    const frozen = await h.run(
      'mutation($id: ID!, $v: Int!) { updateRequirement(id: $id, expectedVersion: $v, input: { remarks: ["x"] }) { id } }',
      { id: row.id, v: row.version },
      { token: editor },
    );
    expect(frozen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('offices', () => {
  it('merges one office into another, keeping its name as an alias, and counts where each is used', async () => {
    const em = h.db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const source = await em.findOneOrFail(Office, { agency: sfj, name: '公共法律服务办公室' });
    const target = await em.findOneOrFail(Office, { agency: sfj, name: '人民参与和促进法治办公室' });
    const before = await ok<{ agency: { offices: Array<{ name: string; usage: number }> } }>(
      '{ agency(code: "150785-sfj") { offices { name usage } } }',
      {},
      editor,
    );
    const usage = Object.fromEntries(before.agency.offices.map((o) => [o.name, o.usage]));
    const merged = await ok<{ mergeOffices: { name: string; aliases: string[]; usage: number } }>(
      'mutation($a: ID!, $b: ID!) { mergeOffices(sourceId: $a, targetId: $b) { name aliases usage } }',
      { a: source.id, b: target.id },
      editor,
    );
    expect(merged.mergeOffices.aliases).toEqual(
      expect.arrayContaining(['人民参与和促进法制办公室', '公共法律服务办公室']),
    );
    // Rows that had both offices keep one link.
    expect(merged.mergeOffices.usage).toBeLessThan(usage['公共法律服务办公室']! + usage['人民参与和促进法治办公室']!);
    expect(merged.mergeOffices.usage).toBeGreaterThanOrEqual(usage['人民参与和促进法治办公室']!);
  });
});

describe('import findings about merged office names', () => {
  it('can be undone on a draft: the alias is its own office again and its rows go back to it', async () => {
    const em = h.db.orm.em.fork();
    const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
    const text = (await import('node:fs')).readFileSync(
      new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url),
      'utf8',
    );
    const imported = await ok<{
      importCatalogue: { id: string; findings: Array<{ id: string; kind: string; data: any }> };
    }>(
      'mutation($t: String!) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: "撤销合并测试") { id findings { id kind data } } }',
      { t: text },
      editor,
    );
    const finding = imported.importCatalogue.findings.find((f) => f.kind === 'office-alias-merged')!;
    expect(finding.data).toEqual({
      alias: '人民参与和促进法制办公室',
      office: '人民参与和促进法治办公室',
      lines: [12],
    });
    const undone = await ok<{ resolveOfficeAliasFinding: { resolution: string; resolvedBy: string } }>(
      'mutation($id: ID!) { resolveOfficeAliasFinding(id: $id, action: "UNDO") { resolution resolvedBy } }',
      { id: finding.id },
      editor,
    );
    expect(undone.resolveOfficeAliasFinding).toEqual({ resolution: 'UNDONE', resolvedBy: 'sfj-editor' });
    const row = await h.db.orm.em
      .fork()
      .findOneOrFail(Requirement, { catalogue: imported.importCatalogue.id, sourceLine: 12 });
    const offices = await ok<{ catalogue: { items: any[] } }>(
      'query($id: ID!) { catalogue(id: $id) { items { children { name requirements { id offices { name aliases } } } } } }',
      { id: imported.importCatalogue.id },
      editor,
    );
    const policy = offices.catalogue.items.flatMap((i) => i.children).find((c) => c.name === '政策解读');
    expect(policy.requirements[0].id).toBe(row.id);
    expect(policy.requirements[0].offices.map((o: any) => o.name)).toEqual([
      '普法与依法治理办公室',
      '人民参与和促进法制办公室',
    ]);
    const canonical = await h.db.orm.em.fork().findOneOrFail(Office, { agency: sfj, name: '人民参与和促进法治办公室' });
    expect(canonical.aliases).not.toContain('人民参与和促进法制办公室');
    const twice = await h.run(
      'mutation($id: ID!) { resolveOfficeAliasFinding(id: $id, action: "CONFIRM") { resolution } }',
      { id: finding.id },
      { token: editor },
    );
    expect(twice.errors?.[0]?.message).toMatch(/^这个问题已撤销/u);
    // While this draft is open, no second draft can be started or imported; deleting it frees the way.
    const second = await h.run(
      'mutation($t: String!) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: "又一个") { id } }',
      { t: text },
      { token: editor },
    );
    expect(second.errors?.[0]?.message).toMatch(
      /^本机关已有草稿「根河市司法局主动公开目录」撤销合并测试；请先发布或删除该草稿/u,
    );
    expect(
      await ok('mutation($id: ID!) { deleteDraft(id: $id) }', { id: imported.importCatalogue.id }, editor),
    ).toEqual({ deleteDraft: true });
    const dup = await h.run(
      'mutation($t: String!) { importCatalogue(agencyCode: "150785-sfj", text: $t, versionLabel: "2024版") { id } }',
      { t: text },
      { token: editor },
    );
    expect(dup.errors?.[0]).toMatchObject({
      message: '版本：本机关已有「2024版」，请换一个',
      extensions: { code: 'BAD_USER_INPUT', field: 'versionLabel' },
    });
    const published = await h.db.orm.em
      .fork()
      .findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED', versionLabel: '2024版' });
    const keep = await h.run('mutation($id: ID!) { deleteDraft(id: $id) }', { id: published.id }, { token: editor });
    expect(keep.errors?.[0]?.message).toMatch(/已发布，不能修改/u);
  });
});

describe('comparing catalogues', () => {
  it('compares two departments and reports compliance findings', async () => {
    const em = h.db.orm.em.fork();
    const mzj = await em.findOneOrFail(Catalogue, { agency: { code: '150785-mzj' } as never });
    const admin = await h.tokenFor('demo-admin');
    const c = await ok<{
      compareCatalogues: {
        pairs: Array<{ left: { path: string[] }; method: string }>;
        onlyRight: Array<{ path: string[] }>;
      };
    }>(
      'query($a: ID!, $b: ID!) { compareCatalogues(leftId: $a, rightId: $b) { pairs { left { path } right { path } method score differences { field message } } onlyRight { path } } }',
      { a: publishedId, b: mzj.id },
      admin,
    );
    expect(
      c.compareCatalogues.pairs.some((p) => p.left.path.join('›') === '政府信息公开工作›政府信息公开年度报告'),
    ).toBe(true);
    expect(c.compareCatalogues.onlyRight).toContainEqual({ path: ['养老服务', '高龄津贴'] });
    const f = await ok<{ catalogueCompliance: { findings: Array<{ kind: string }> } }>(
      'query($a: ID!) { catalogueCompliance(catalogueId: $a) { coverageScore findings { kind message path } } }',
      { a: publishedId },
      editor,
    );
    expect(f.catalogueCompliance.findings.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['annual-report-deadline', 'row-incomplete']),
    );
    const other = await h.run(
      'query($a: ID!) { catalogueCompliance(catalogueId: $a) { coverageScore } }',
      { a: mzj.id },
      { token: editor },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('deadlines', () => {
  it('computes the due date of a row for a date, and flags years past the calendar data', async () => {
    const id = (
      await h.db.orm.em.fork().findOneOrFail(Requirement, { catalogue: publishedId, item: { name: '规范性文件' } })
    ).id;
    const q = `query($c: ID!, $d: String!) { catalogue(id: $c) { items { children { requirements { id dueDate(eventDate: $d) { date explanation beyondCoverage } } } } } }`;
    const pick = async (d: string) => {
      const data = await ok<{
        catalogue: { items: Array<{ children: Array<{ requirements: Array<{ id: string; dueDate: any }> }> }> };
      }>(q, { c: publishedId, d }, editor);
      return data.catalogue.items
        .flatMap((i) => i.children)
        .flatMap((c) => c.requirements)
        .find((x) => x.id === id)!.dueDate;
    };
    expect(await pick('2025-01-24')).toEqual({
      date: '2025-02-27',
      explanation: '2025-01-24 后第 20 个工作日',
      beyondCoverage: false,
    });
    const cov = await ok<{ calendarCoverage: { coveredUntil: number } }>(
      '{ calendarCoverage { coveredUntil } }',
      {},
      editor,
    );
    const next = cov.calendarCoverage.coveredUntil + 1;
    expect((await pick(`${next}-03-02`)).beyondCoverage).toBe(true);
    const bad = await h.run(q, { c: publishedId, d: '2025-13-01' }, { token: editor });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'eventDate' } });
    // An administrator adds the next year's holidays: covered again.
    const admin = await h.tokenFor('demo-admin');
    const bogus = await h.run(
      `mutation { setHolidayYear(year: ${next}, holidays: ["${next}-02-30"], workdays: []) { year } }`,
      {},
      { token: admin },
    );
    expect(bogus.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'holidays' } });
    await ok(
      `mutation { setHolidayYear(year: ${next}, holidays: ["${next}-01-01"], workdays: []) { year } }`,
      {},
      admin,
    );
    expect((await pick(`${next}-03-02`)).beyondCoverage).toBe(false);
  });
});

describe('catalogue files', () => {
  it('imports an xlsx exported from a catalogue and gets the same catalogue back', async () => {
    const { renderCatalogue } = await import('@gongkai/exchange');
    const { loadCatalogueJson } = await import('@gongkai/db');
    const json = await loadCatalogueJson(h.db.orm.em.fork(), publishedId);
    const xlsx = await renderCatalogue(json, 'xlsx');
    const r = await ok<{ importCatalogueFile: { id: string; requirementCount: number; status: string } }>(
      'mutation($c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: "目录.xlsx", contentBase64: $c, versionLabel: "xlsx导入") { id requirementCount status } }',
      { c: xlsx.toString('base64') },
      editor,
    );
    expect(r.importCatalogueFile).toMatchObject({ requirementCount: 28, status: 'DRAFT' });
    const back = await loadCatalogueJson(h.db.orm.em.fork(), r.importCatalogueFile.id);
    const strip = (c: typeof json) => JSON.stringify(c.items, (k, v) => (k === 'line' ? null : v));
    expect(strip(back)).toBe(strip(json));
  });

  it('rejects a broken file with the reason and writes nothing', async () => {
    const before = await h.db.orm.em.fork().count(Catalogue, {});
    const r = await h.run(
      'mutation($c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: "坏.xlsx", contentBase64: $c) { id } }',
      { c: Buffer.from('PK broken').toString('base64') },
      { token: editor },
    );
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } });
    expect(r.errors?.[0]?.message).toMatch(/不是有效的 xlsx 文件/u);
    const pdf = await h.run(
      'mutation($c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: "目录.pdf", contentBase64: $c) { id } }',
      { c: Buffer.from('%PDF').toString('base64') },
      { token: editor },
    );
    expect(pdf.errors?.[0]?.message).toMatch(/不是 PDF 文件/u);
    const doc = await h.run(
      'mutation($c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: "目录.doc", contentBase64: $c) { id } }',
      { c: Buffer.from('old word').toString('base64') },
      { token: editor },
    );
    expect(doc.errors?.[0]?.message).toMatch(/^「目录\.doc」不是 Word 文件.*另存为」\.docx/u);
    expect(await h.db.orm.em.fork().count(Catalogue, {})).toBe(before);
  });
});
