/**
 * 待办事项 (issue 17): what an editor, an approver, a reviewer and a viewer find on their list, each item linking to
 * where it is handled; other agencies' items never show; the number of statements does not grow with the items.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue } from '@gongkai/db';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { chinaToday } from '../applications/application.service.js';

let h: ApiHarness;
let sfjId: string;
let govId: string;
const today = chinaToday();
const year = Number(today.slice(0, 4));
const plusDays = (n: number): string =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

interface Item {
  kind: string;
  kindLabel: string;
  title: string;
  detail: string | null;
  link: string;
  agencyCode: string;
  dueDate: string | null;
  daysLeft: number | null;
  urgent: boolean;
}

const TODOS =
  '{ myTodos { asOf total items { kind kindLabel title detail link agencyCode dueDate daysLeft urgent } } }';

async function todos(login: string): Promise<{ total: number; items: Item[]; asOf: string }> {
  const r = await h.run(TODOS, {}, { token: await h.tokenFor(login) });
  if (r.errors) throw new Error(r.errors[0]!.message);
  return (r.data as { myTodos: { total: number; items: Item[]; asOf: string } }).myTodos;
}

const sql = (query: string, params: unknown[] = []) => h.db.orm.em.fork().execute(query, params);

/** A 主动公开 record of 司法局 formed early this year and still not published (overdue, or late when its rule says so). */
async function unpublishedRecord(title: string): Promise<void> {
  const [row] = await sql(
    `select r.id from requirement r join catalogue c on c.id = r.catalogue_id
      where c.agency_id = ? and c.status = 'PUBLISHED' order by r.position, r.id limit 1`,
    [sfjId],
  );
  await sql(
    `insert into publication_record (id, agency_id, requirement_id, item_key, item_path, status, title, formed_date, published_date)
     values (?, ?, ?, 'x', '[]', 'DRAFT', ?, ?::date, null)`,
    [randomUUID(), sfjId, row!.id, title, `${year}-01-05`],
  );
}

async function overdueCase(reference: string): Promise<void> {
  await sql(
    `insert into application_case (id, agency_id, reference, received_on, receipt_way, applicant_kind, subject)
     values (?, ?, ?, ?::date, 'online', 'natural', '待办测试')`,
    [randomUUID(), sfjId, reference, `${year - 1}-03-02`],
  );
}

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  sfjId = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  govId = (await em.findOneOrFail(Agency, { code: '150785' })).id;
  // This year's report deadlines set close: departments in 3 days, the government's own report in 5.
  await sql(
    'insert into report_deadline (agency_id, year, department_due, government_due) values (?, ?, ?::date, ?::date)',
    [govId, year, plusDays(3), plusDays(5)],
  );
  // 司法局's 2024 report returned by the office with a comment.
  const [report] = await sql('select id from annual_report where agency_id = ? and year = 2024', [sfjId]);
  await sql("update annual_report set status = 'RETURNED' where id = ?", [report!.id]);
  await sql(
    `insert into report_transition (id, agency_id, report_id, from_status, to_status, at, user_login, comment, cell_comments)
     values (?, ?, ?, 'SUBMITTED', 'RETURNED', now(), 'demo-reviewer', '请核对表三的合计', '{}')`,
    [randomUUID(), sfjId, report!.id],
  );
  await overdueCase('待办-1');
  await unpublishedRecord('待办记录0');
});
afterAll(async () => h?.close());

describe('myTodos', () => {
  it("an editor: the returned report with its comment, this year's deadline, overdue cases — each with its page", async () => {
    const { items, asOf } = await todos('sfj-editor');
    expect(asOf).toBe(today);
    expect(items.every((i) => i.agencyCode === '150785-sfj')).toBe(true);
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'REPORT_RETURNED',
        kindLabel: '年度报告被退回',
        link: '/agencies/150785-sfj/reports/2024',
        detail: '退回意见：请核对表三的合计',
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'REPORT_DEADLINE',
        link: `/agencies/150785-sfj/reports/${year}`,
        dueDate: plusDays(3),
        daysLeft: 3,
        urgent: true,
      }),
    );
    const overdue = items.find((i) => i.kind === 'APPLICATION_DUE' && i.title.includes('待办-1'));
    expect(overdue).toMatchObject({ link: '/agencies/150785-sfj/applications?state=OVERDUE', urgent: true });
    expect(overdue!.daysLeft!).toBeLessThan(0);
    // Urgent first.
    const firstCalm = items.findIndex((i) => !i.urgent);
    expect(firstCalm === -1 || items.slice(firstCalm).every((i) => !i.urgent)).toBe(true);
  });

  it('an approver: a draft submitted by someone else, and the agency report items; the other agency sees none of it', async () => {
    const em = h.db.orm.em.fork();
    const published = await em.findOneOrFail(Catalogue, { agency: sfjId, status: 'PUBLISHED' });
    const token = await h.tokenFor('sfj-editor');
    const created = await h.run(
      'mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "待办版") { id } }',
      { id: published.id },
      { token },
    );
    const draftId = (created.data as { createDraft: { id: string } }).createDraft.id;
    await h.run('mutation($id: ID!) { submitCatalogueDraft(id: $id) { id } }', { id: draftId }, { token });
    const approver = await todos('sfj-approver');
    expect(approver.items).toContainEqual(
      expect.objectContaining({
        kind: 'CATALOGUE_AWAITING_APPROVAL',
        title: expect.stringContaining('待办版'),
        link: `/agencies/150785-sfj?v=${draftId}`,
      }),
    );
    expect(approver.items.some((i) => i.kind === 'REPORT_RETURNED')).toBe(true);
    // The editor who submitted does not approve.
    expect((await todos('sfj-editor')).items.some((i) => i.kind === 'CATALOGUE_AWAITING_APPROVAL')).toBe(false);
    const other = await todos('mzj-editor');
    expect(other.items.filter((i) => i.agencyCode !== '150785-mzj')).toEqual([]);
    expect((await todos('sfj-viewer')).total).toBe(0);
    await h.run('mutation($id: ID!) { deleteDraft(id: $id) }', { id: draftId }, { token });
  });

  it("a reviewer: the departments' submitted reports (not its own agency's) and the government's own deadline", async () => {
    const zwgkb = await h.db.orm.em.fork().findOneOrFail(Agency, { code: '150785-zwgkb' });
    await sql("update annual_report set status = 'SUBMITTED' where agency_id = ? and year = 2023", [zwgkb.id]);
    try {
      const { items } = await todos('demo-reviewer');
      expect(items).toContainEqual(
        expect.objectContaining({
          kind: 'REPORT_AWAITING_REVIEW',
          agencyCode: '150785-czj',
          link: '/agencies/150785-czj/reports/2024',
        }),
      );
      expect(items.some((i) => i.agencyCode === '150785-zwgkb')).toBe(false);
      expect(items).toContainEqual(
        expect.objectContaining({
          kind: 'REPORT_DEADLINE',
          agencyCode: '150785',
          dueDate: plusDays(5),
          daysLeft: 5,
          link: `/agencies/150785/reports/${year}`,
        }),
      );
      // Nothing of a department's own work: no department deadlines, cases or records.
      expect(items.some((i) => ['APPLICATION_DUE', 'RECORD_LATE', 'CATALOGUE_RETURNED'].includes(i.kind))).toBe(false);
    } finally {
      await sql("update annual_report set status = 'PUBLISHED' where agency_id = ? and year = 2023", [zwgkb.id]);
    }
  });

  it('costs the same number of statements for 4 items as for 43', async () => {
    const count = async (login: string): Promise<{ n: number; total: number }> => {
      await todos(login); // the session is looked up once per request in any case
      h.db.queries.length = 0;
      const { total } = await todos(login);
      return { n: h.db.queries.length, total };
    };
    const before = { editor: await count('sfj-editor'), reviewer: await count('demo-reviewer') };
    // More of everything: overdue cases, late records, submitted reports of other departments.
    for (let i = 2; i <= 30; i++) await overdueCase(`待办-${i}`);
    for (let i = 1; i <= 10; i++) await unpublishedRecord(`待办记录${i}`);
    await sql(
      "update annual_report set status = 'SUBMITTED' where year = 2024 and agency_id in (select id from agency where code in ('150785-mzj'))",
    );
    const after = { editor: await count('sfj-editor'), reviewer: await count('demo-reviewer') };
    if (process.env.SHOW_SQL) console.log(before, after);
    expect(after.editor.total).toBeGreaterThanOrEqual(before.editor.total + 29);
    expect(after.reviewer.total).toBeGreaterThan(before.reviewer.total);
    expect(after.editor.n).toBe(before.editor.n);
    expect(after.reviewer.n).toBe(before.reviewer.n);
    expect(after.editor.n).toBeLessThanOrEqual(20);
  });
});
