/**
 * The audit log in Chinese (issue 17): operation labels and objects named as a person knows them (a report by its
 * department and year, a catalogue version, a user), filters by user, operation and date, the CSV export (UTF-8 with
 * BOM, quoting), and a constant number of statements per page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, AnnualReport, AuditLog, Catalogue, Office, User } from '@gongkai/db';
import { csvRows } from '@gongkai/exchange';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

let h: ApiHarness;
let sfj: Agency;
let report: AnnualReport;
let catalogue: Catalogue;
let editor: User;
let office: Office;

const ENTRY = `id at userLogin userName agencyName operation operationLabel objectType objectTypeLabel objectId objectName`;
const LOG = `query($a: String, $u: String, $o: String, $f: String, $t: String, $l: Int!, $off: Int! = 0) {
  auditLog(agencyCode: $a, user: $u, operation: $o, from: $f, to: $t, limit: $l, offset: $off) { total entries { ${ENTRY} } } }`;
const CSV = `query($a: String, $u: String, $o: String, $f: String, $t: String) {
  auditLogCsv(agencyCode: $a, user: $u, operation: $o, from: $f, to: $t) }`;

async function as(login: string, query: string, variables: Record<string, unknown>) {
  const r = await h.run(query, variables, { token: await h.tokenFor(login) });
  expect(r.errors, r.errors?.[0]?.message).toBeUndefined();
  return r.data as Record<string, any>;
}

/** Writes entries directly (the log is append-only for the application; the test database's owner may insert). */
async function insert(
  rows: Array<{ operation: string; objectType: string; objectId?: string | null; at?: Date; before?: unknown }>,
  login: string,
): Promise<void> {
  const em = h.db.orm.em.fork();
  for (const r of rows)
    em.create(AuditLog, {
      userLogin: login,
      agency: sfj.id,
      operation: r.operation,
      objectType: r.objectType,
      objectId: r.objectId ?? null,
      before: r.before ?? null,
      after: null,
      ...(r.at ? { at: r.at } : {}),
    });
  await em.flush();
}

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
  report = await em.findOneOrFail(AnnualReport, { agency: sfj }, { orderBy: { year: 'desc' } });
  catalogue = await em.findOneOrFail(Catalogue, { agency: sfj, status: 'PUBLISHED' });
  editor = await em.findOneOrFail(User, { login: 'sfj-editor' });
  office = em.create(Office, { agency: sfj, name: '法治督察科,"甲"组', position: 99 });
  await em.flush();
  await insert(
    [
      { operation: 'approveAnnualReport', objectType: 'AnnualReport', objectId: report.id },
      { operation: 'publishCatalogue', objectType: 'Catalogue', objectId: catalogue.id },
      { operation: 'resetUserPassword', objectType: 'User', objectId: editor.id },
      { operation: 'renameOffice', objectType: 'Office', objectId: office.id },
      {
        operation: 'deleteOffice',
        objectType: 'Office',
        objectId: '00000000-0000-4000-8000-000000000000',
        before: { name: '已删除的科室' },
      },
      { operation: 'setItemMatch,clearItemMatch', objectType: 'Request' },
    ],
    'probe-names',
  );
  // 2020-03-01T16:30Z is 2020-03-02 00:30 in China.
  await insert(
    [
      { operation: 'login', objectType: 'User', objectId: editor.id, at: new Date('2020-03-01T15:30:00Z') },
      { operation: 'login', objectType: 'User', objectId: editor.id, at: new Date('2020-03-01T16:30:00Z') },
      { operation: 'logout', objectType: 'User', objectId: editor.id, at: new Date('2020-03-03T15:59:00Z') },
    ],
    'probe-dates',
  );
});
afterAll(async () => h?.close());

describe('auditLog', () => {
  it('labels operations and names a report, a catalogue version, a user and an office in Chinese', async () => {
    const { auditLog } = await as('demo-admin', LOG, { u: 'probe-names', l: 50 });
    expect(auditLog.total).toBe(6);
    const by = new Map<string, any>(auditLog.entries.map((e: any) => [e.operation, e]));
    expect(by.get('approveAnnualReport')).toMatchObject({
      operationLabel: '审核通过年度报告',
      objectTypeLabel: '年度报告',
      objectName: `根河市司法局 ${report.year} 年度报告`,
      agencyName: '根河市司法局',
    });
    expect(by.get('publishCatalogue')).toMatchObject({ operationLabel: '发布目录', objectTypeLabel: '目录版本' });
    expect(by.get('publishCatalogue').objectName).toContain('根河市司法局');
    expect(by.get('publishCatalogue').objectName).toContain(`（${catalogue.versionLabel}）`);
    expect(by.get('resetUserPassword')).toMatchObject({
      operationLabel: '重置密码',
      objectName: `${editor.displayName}（sfj-editor）`,
    });
    expect(by.get('renameOffice')).toMatchObject({ operationLabel: '重命名科室', objectName: '法治督察科,"甲"组' });
    expect(by.get('deleteOffice')).toMatchObject({ objectName: '已删除的科室' });
    expect(by.get('setItemMatch,clearItemMatch')).toMatchObject({
      operationLabel: '确定事项匹配、撤销事项匹配',
      objectTypeLabel: '请求',
      objectName: null,
    });
    for (const e of auditLog.entries) expect(e.operationLabel).not.toMatch(/[A-Za-z]/u);
  });

  it('narrows by operation, by user (login or display name) and by date in China time', async () => {
    const op = await as('demo-admin', LOG, { o: 'approveAnnualReport', u: 'probe', l: 50 });
    expect(op.auditLog.entries.map((e: any) => e.operation)).toEqual(['approveAnnualReport']);
    const day = await as('demo-admin', LOG, { u: 'probe-dates', f: '2020-03-02', t: '2020-03-02', l: 50 });
    expect(day.auditLog.entries.map((e: any) => e.at)).toEqual(['2020-03-01T16:30:00.000Z']);
    const through = await as('demo-admin', LOG, { u: 'probe-dates', f: '2020-03-02', t: '2020-03-03', l: 50 });
    expect(through.auditLog.total).toBe(2);
    const before = await as('demo-admin', LOG, { u: 'probe-dates', t: '2020-03-01', l: 50 });
    expect(before.auditLog.total).toBe(1);
    // A user's entries are found by their display name too.
    const em = h.db.orm.em.fork();
    const admin = await em.findOneOrFail(User, { login: 'demo-admin' });
    em.create(AuditLog, {
      user: admin,
      userLogin: 'demo-admin',
      operation: 'logout',
      objectType: 'User',
      objectId: admin.id,
    });
    await em.flush();
    const named = await as('demo-admin', LOG, { u: admin.displayName, l: 500 });
    expect(named.auditLog.total).toBeGreaterThan(0);
    for (const e of named.auditLog.entries) expect(e.userName).toBe(`${admin.displayName}（demo-admin）`);
  });

  it('refuses a bad date, a reversed range and an unknown operation with a clear Chinese message', async () => {
    const token = await h.tokenFor('demo-admin');
    for (const [vars, text, field] of [
      [{ f: '2020-02-30' }, '开始日期「2020-02-30」不是有效日期', 'from'],
      [{ t: '3月1日' }, '结束日期「3月1日」不是有效日期', 'to'],
      [{ f: '2020-03-05', t: '2020-03-01' }, '开始日期不能晚于结束日期', 'from'],
      [{ o: 'dropDatabase' }, '操作「dropDatabase」不是审计日志记录的操作', 'operation'],
    ] as const) {
      const r = await h.run(LOG, { ...vars, l: 5 }, { token });
      expect(r.errors?.[0]?.message).toContain(text);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it("shows the office's reviewer the entries of its government only", async () => {
    const { auditLog } = await as('demo-reviewer', LOG, { u: 'probe-names', l: 50 });
    expect(auditLog.total).toBe(6);
    const other = await h.run(LOG, { u: 'probe-names', l: 5 }, { token: await h.tokenFor('sfj-editor') });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same number of statements for a page of 5 and of 50 entries', async () => {
    const kinds = [
      { operation: 'saveAnnualReport', objectType: 'AnnualReport', objectId: report.id },
      { operation: 'createDraft', objectType: 'Catalogue', objectId: catalogue.id },
      { operation: 'updateUser', objectType: 'User', objectId: editor.id },
      { operation: 'addOffice', objectType: 'Office', objectId: office.id },
      { operation: 'previewCatalogueFile', objectType: 'Agency', objectId: sfj.id },
    ];
    await insert(
      Array.from({ length: 50 }, (_, i) => ({ ...kinds[i % kinds.length]!, at: new Date(Date.UTC(2021, 0, 1, 0, i)) })),
      'probe-count',
    );
    const count = async (limit: number) => {
      await as('demo-admin', LOG, { u: 'probe-count', l: limit });
      h.db.queries.length = 0;
      const { auditLog } = await as('demo-admin', LOG, { u: 'probe-count', l: limit });
      expect(auditLog.entries).toHaveLength(limit);
      for (const e of auditLog.entries) expect(e.objectName, e.operation).toBeTruthy();
      return h.db.queries.length;
    };
    const five = await count(5);
    const fifty = await count(50);
    if (process.env.SHOW_SQL) console.log({ five, fifty });
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(14);
  });
});

describe('auditLogCsv', () => {
  it('exports the filtered log as UTF-8 CSV with BOM, quoting a name with a comma and a quote', async () => {
    const { auditLogCsv } = await as('demo-admin', CSV, { u: 'probe-names' });
    expect(auditLogCsv.startsWith('\uFEFF时间,用户,机关,操作,对象类型,对象,对象 ID\r\n')).toBe(true);
    expect(auditLogCsv).toContain(',"法治督察科,""甲""组",');
    const rows = csvRows(auditLogCsv, ',')!;
    expect(rows[0]).toEqual(['时间', '用户', '机关', '操作', '对象类型', '对象', '对象 ID']);
    expect(rows).toHaveLength(7);
    const office = rows.find((r) => r[3] === '重命名科室')!;
    expect(office.slice(1, 6)).toEqual(['probe-names', '根河市司法局', '重命名科室', '科室', '法治督察科,"甲"组']);
    expect(rows.find((r) => r[3] === '审核通过年度报告')?.[5]).toBe(`根河市司法局 ${report.year} 年度报告`);
    expect(rows[1]![0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/u);
  });

  it('applies the same filters (date in China time) and the same access rule', async () => {
    const { auditLogCsv } = await as('demo-admin', CSV, { u: 'probe-dates', f: '2020-03-02', t: '2020-03-02' });
    const rows = csvRows(auditLogCsv, ',')!;
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual([['2020-03-02 00:30:00', '登录']]);
    const r = await h.run(CSV, {}, { token: await h.tokenFor('sfj-viewer') });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
