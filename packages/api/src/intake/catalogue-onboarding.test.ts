/**
 * 批量导入目录 (issue 12 item 5) through the whole request pipeline: the office reads files, sees each matched to
 * a department of its government, and imports each as that department's draft — and nothing else.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Agency, AuditLog, Catalogue } from '@gongkai/db';
import { useImportHarness } from '../test-support/import-harness.js';

const demoText = (file: string): string =>
  readFileSync(new URL(`../../../../demo-data/catalogues/${file}`, import.meta.url), 'utf8');
/** A department's catalogue in the seed's tab layout: its title line, and the 公开主体 of its rows, naming the department. */
const catalogueOf = (title: string, organ = title.replace(/主动公开目录$/u, '')): string =>
  demoText('genhe-caizhengju.txt')
    .replace('根河市财政局主动公开目录（示例数据）', title)
    .replaceAll('根河市财政局', organ);
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const MATCH =
  'mutation($n: String!, $c: String!) { matchCatalogueFile(fileName: $n, contentBase64: $c) { fileName error title itemCount rowCount findingCount confidence note agency { code name source reason } candidates { code } } }';
const ONBOARD =
  'mutation($a: String!, $n: String!, $c: String!, $v: String, $ok: Boolean) { onboardCatalogueFile(agencyCode: $a, fileName: $n, contentBase64: $c, versionLabel: $v, confirmAgency: $ok) { id status title agency { code } } }';
const PUBLISH = 'mutation($id: ID!) { publishCatalogue(id: $id) { status } }';

const h = useImportHarness({ draftsOf: null });
let reviewer: string;
let admin: string;
const count = async (code: string): Promise<number> =>
  h.db.orm.em.fork().count(Catalogue, { agency: { code } as never });

beforeAll(async () => {
  reviewer = await h.tokenFor('demo-reviewer');
  admin = await h.tokenFor('demo-admin');
  // Another government with a department of the same name: outside the office's scope.
  const em = h.db.orm.em.fork();
  const other = em.create(Agency, { code: '150784', name: '额尔古纳市人民政府', kind: 'GOVERNMENT', position: 90 });
  em.create(Agency, { code: '150784-czj', name: '额尔古纳市财政局', kind: 'DEPARTMENT', parent: other, position: 91 });
  em.create(Agency, { code: '150784-jyj', name: '教育局', kind: 'DEPARTMENT', parent: other, position: 92 });
  await em.flush();
});

describe('bulk onboarding by the office', () => {
  it('matches a file to its department by the title, with the reason, writing nothing', async () => {
    const before = await count('150785-jyj');
    const r = await h.run(
      MATCH,
      { n: '附件2：教育局目录.txt', c: b64(catalogueOf('根河市教育局主动公开目录')) },
      { token: reviewer },
    );
    expect(r.errors).toBeUndefined();
    const m = r.data!.matchCatalogueFile as Record<string, unknown>;
    expect(m).toMatchObject({
      title: '根河市教育局主动公开目录',
      error: null,
      confidence: 'high',
      agency: { code: '150785-jyj', name: '根河市教育局', source: 'title' },
    });
    expect((m.agency as { reason: string }).reason).toMatch(
      /^标题写的是「根河市教育局」，文件名写的是「教育局」，公开主体写的是「根河市教育局」（\d+ 行）$/u,
    );
    expect(m.rowCount).toBeGreaterThan(10);
    // 教育局 of the other government is not the office's to choose (row-level security), so no doubt arises.
    expect((m.candidates as Array<{ code: string }>).map((c) => c.code)).toEqual(['150785-jyj']);
    expect(await count('150785-jyj')).toBe(before);
  });

  it('a name without the city goes to the office government’s department; the administrator sees both', async () => {
    const file = { n: '教育局.txt', c: b64(catalogueOf('教育局主动公开目录')) };
    const asReviewer = (await h.run(MATCH, file, { token: reviewer })).data!.matchCatalogueFile as {
      agency: { code: string };
    };
    expect(asReviewer.agency.code).toBe('150785-jyj');
    const asAdmin = (await h.run(MATCH, file, { token: admin })).data!.matchCatalogueFile as {
      agency: null;
      candidates: Array<{ code: string }>;
      note: string;
    };
    expect(asAdmin.agency).toBeNull();
    expect(asAdmin.candidates.map((c) => c.code).sort()).toEqual(['150784-jyj', '150785-jyj']);
    expect(asAdmin.note).toContain('请选择');
  });

  it('a file that cannot be read is answered per file, and its import writes nothing', async () => {
    const r = await h.run(MATCH, { n: '坏文件.xlsx', c: b64('not a workbook') }, { token: reviewer });
    expect(r.errors).toBeUndefined();
    expect((r.data!.matchCatalogueFile as { error: string }).error).toMatch(/xlsx|工作簿/u);
    const before = await count('150785-jyj');
    const bad = await h.run(
      ONBOARD,
      { a: '150785-jyj', n: '坏文件.txt', c: b64('这不是目录\n只有两行字') },
      { token: reviewer },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.data ?? null).toBeNull();
    expect(await count('150785-jyj')).toBe(before);
  });

  it('imports a file as the department’s draft, logged, which the office may not publish', async () => {
    const r = await h.run(
      ONBOARD,
      { a: '150785-jyj', n: '根河市教育局.txt', c: b64(catalogueOf('根河市教育局主动公开目录')), v: '2026版（批量）' },
      { token: reviewer },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.onboardCatalogueFile as { id: string; status: string; agency: { code: string } };
    expect(c).toMatchObject({ status: 'DRAFT', agency: { code: '150785-jyj' } });
    const log = await h.db.orm.em.fork().findOneOrFail(AuditLog, { operation: 'importCatalogue', objectId: c.id });
    expect(log.after).toMatchObject({ versionLabel: '2026版（批量）', fileName: '根河市教育局.txt', onboarding: true });
    const publish = await h.run(PUBLISH, { id: c.id }, { token: reviewer });
    expect(publish.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The department's usual refusal: a second file while the draft is open.
    const again = await h.run(
      ONBOARD,
      { a: '150785-jyj', n: '根河市教育局2.txt', c: b64(catalogueOf('根河市教育局主动公开目录')) },
      { token: reviewer },
    );
    expect(again.errors?.[0]?.message).toMatch(/^本机关已有草稿「根河市教育局主动公开目录」/u);
    await h.deleteDrafts('150785-jyj', admin);
  });

  it('refuses, per file, a department with an open draft (民政局’s demo draft)', async () => {
    const before = await count('150785-mzj');
    const r = await h.run(
      ONBOARD,
      { a: '150785-mzj', n: '民政局.txt', c: b64(catalogueOf('根河市民政局主动公开目录')) },
      { token: reviewer },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('本机关已有草稿');
    expect(await count('150785-mzj')).toBe(before);
  });

  it('a file naming another department needs the person’s confirmation', async () => {
    const file = {
      a: '150785-czj',
      n: '民政局.txt',
      c: b64(catalogueOf('根河市民政局主动公开目录')),
      v: '2026版（确认）',
    };
    const refused = await h.run(ONBOARD, file, { token: reviewer });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AGENCY_MISMATCH' });
    const confirmed = await h.run(ONBOARD, { ...file, ok: true }, { token: reviewer });
    expect(confirmed.errors).toBeUndefined();
    await h.deleteDrafts('150785-czj', admin);
  });

  it('refuses a department outside the office’s government, a government and a standard catalogue', async () => {
    const file = { n: '财政局.txt', c: b64(catalogueOf('额尔古纳市财政局主动公开目录')) };
    const outside = await h.run(ONBOARD, { ...file, a: '150784-czj' }, { token: reviewer });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const a of ['150785', '150785-bz-ty']) {
      const r = await h.run(ONBOARD, { ...file, a, ok: true }, { token: reviewer });
      expect(r.errors?.[0]?.message).toBe('没有权限执行「onboardCatalogueFile」：只能用于工作部门');
    }
    // Not even the platform administrator imports a department's catalogue into a government.
    expect(
      (await h.run(ONBOARD, { ...file, a: '150784', ok: true }, { token: admin })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await count('150784-czj')).toBe(0);
    // A department's editor does not onboard at all.
    const editor = await h.tokenFor('sfj-editor');
    expect((await h.run(MATCH, file, { token: editor })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
