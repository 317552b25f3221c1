/**
 * 待办事项 (issue 17) of the city office's reviewer and of the platform administrator: per department, the counts of
 * 依申请公开 cases overdue or due soon and of 主动公开 records late — the same figures as the office's own views, never
 * an applicant's name — only for the reviewer's own government, at a cost that does not grow with the departments;
 * and the accounts locked by the password throttle, gone once unlocked.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, User } from '@gongkai/db';
import { officeApplicationsText, officeRecordsText } from '@gongkai/domain';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { chinaToday } from '../applications/application.service.js';

let h: ApiHarness;
let govId: string;
let sfjId: string;
const today = chinaToday();
const year = Number(today.slice(0, 4));
const APPLICANT = '欧阳待办甲';

interface Item {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  detail: string | null;
  link: string;
  agencyCode: string;
  agencyName: string;
  urgent: boolean;
}

const TODOS = '{ myTodos { total items { id kind kindLabel title detail link agencyCode agencyName urgent } } }';

async function todosRaw(login: string): Promise<{ json: string; total: number; items: Item[] }> {
  const r = await h.run(TODOS, {}, { token: await h.tokenFor(login) });
  if (r.errors) throw new Error(r.errors[0]!.message);
  const list = (r.data as { myTodos: { total: number; items: Item[] } }).myTodos;
  return { json: JSON.stringify(r.data), ...list };
}

async function gql<T>(login: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.run(query, variables, { token: await h.tokenFor(login) });
  if (r.errors) throw new Error(r.errors[0]!.message);
  return r.data as T;
}

const sql = (query: string, params: unknown[] = []) => h.db.orm.em.fork().execute(query, params);

/** A case received last March and still open: long overdue. */
async function overdueCase(agencyId: string, reference: string, applicant?: string): Promise<void> {
  const id = randomUUID();
  await sql(
    `insert into application_case (id, agency_id, reference, received_on, receipt_way, applicant_kind, subject)
     values (?, ?, ?, ?::date, 'online', 'natural', '关于某某地块征收补偿的申请')`,
    [id, agencyId, reference, `${year - 1}-03-02`],
  );
  if (applicant)
    await sql('insert into application_applicant (case_id, agency_id, name, contact) values (?, ?, ?, ?)', [
      id,
      agencyId,
      applicant,
      '13900000000',
    ]);
}

async function department(code: string, name: string, parentId = govId): Promise<string> {
  const em = h.db.orm.em.fork();
  const a = em.create(Agency, { code, name, kind: 'DEPARTMENT', parent: parentId, position: 900 });
  await em.flush();
  return a.id;
}

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  govId = (await em.findOneOrFail(Agency, { code: '150785' })).id;
  sfjId = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  // A department with two overdue cases, one of them with its applicant's name.
  const dept = await department('150785-todo', '待办测试局');
  await overdueCase(dept, '待办甲-1', APPLICANT);
  await overdueCase(dept, '待办甲-2');
  // 司法局: a 主动公开 record formed early this year and never published, under a row with a deadline (a row
  // without one — 长期公开, after an approval — would never make it late).
  const [req] = await sql(
    `select r.id from requirement r join catalogue c on c.id = r.catalogue_id
      where c.agency_id = ? and c.status = 'PUBLISHED' and r.time_limit_rule->>'kind' = 'afterEvent'
      order by r.position, r.id limit 1`,
    [sfjId],
  );
  await sql(
    `insert into publication_record (id, agency_id, requirement_id, item_key, item_path, status, title, formed_date, published_date)
     values (?, ?, ?, 'x', '[]', 'DRAFT', '待办未公开记录', ?::date, null)`,
    [randomUUID(), sfjId, req!.id, `${year}-01-05`],
  );
  // Another government with its own reviewer.
  const other = em.create(Agency, { code: 'todo-gov', name: '待办测试县人民政府', kind: 'GOVERNMENT', position: 950 });
  await em.flush();
  await department('todo-gov-a', '待办测试县某局', other.id);
  em.create(User, {
    login: 'todo-other-reviewer',
    displayName: '外县审核员',
    agency: other,
    roles: ['CITY_REVIEWER'],
    passwordHash: 'x',
  });
  await em.flush();
});
afterAll(async () => h?.close());

describe("the office's to-do list", () => {
  it('a department with overdue cases: one item with the counts, linking to the overview; no applicant', async () => {
    const { items, json } = await todosRaw('demo-reviewer');
    const mine = items.filter((i) => i.kind === 'OFFICE_APPLICATIONS_DUE' && i.agencyCode === '150785-todo');
    expect(mine).toEqual([
      expect.objectContaining({
        kindLabel: '部门依申请公开期限',
        title: '待办测试局 依申请公开：2 件已超期',
        link: '/governments/150785/applications',
        urgent: true,
      }),
    ]);
    // Counts only: neither the applicant, the contact nor the subject leaves the agency.
    expect(json).not.toContain(APPLICANT);
    expect(json).not.toContain('13900000000');
    expect(json).not.toContain('征收补偿');
  });

  it("counts what the office's views count, department by department", async () => {
    const { items } = await todosRaw('demo-reviewer');
    const overview = await gql<{
      applicationOverview: { departments: Array<{ agencyCode: string; dueSoon: number; overdue: number }> };
    }>(
      'demo-reviewer',
      '{ applicationOverview(governmentCode: "150785") { departments { agencyCode dueSoon overdue } } }',
    );
    const expectedApps = overview.applicationOverview.departments
      .filter((d) => d.agencyCode !== '150785' && officeApplicationsText(d))
      .map((d) => d.agencyCode)
      .sort();
    const apps = items.filter((i) => i.kind === 'OFFICE_APPLICATIONS_DUE');
    expect(apps.map((i) => i.agencyCode).sort()).toEqual(expectedApps);
    for (const i of apps)
      expect(i.title).toContain(
        officeApplicationsText(overview.applicationOverview.departments.find((d) => d.agencyCode === i.agencyCode)!)!,
      );

    const view = await gql<{
      officeRecordView: {
        departments: Array<{
          agency: { code: string };
          figures: { late: number; overdue: number; missingPeriods: number };
        }>;
      };
    }>(
      'demo-reviewer',
      `query($y: Int!) { officeRecordView(governmentCode: "150785", year: $y) {
         departments { agency { code } figures { late overdue missingPeriods } } } }`,
      { y: year },
    );
    const withProblems = view.officeRecordView.departments.filter((d) => officeRecordsText(d.figures));
    const records = items.filter((i) => i.kind === 'OFFICE_RECORDS_LATE');
    expect(records.map((i) => i.agencyCode).sort()).toEqual(withProblems.map((d) => d.agency.code).sort());
    const sfj = records.find((i) => i.agencyCode === '150785-sfj');
    const sfjFigures = withProblems.find((d) => d.agency.code === '150785-sfj')!.figures;
    expect(sfjFigures.overdue + sfjFigures.late).toBeGreaterThan(0);
    expect(sfj).toMatchObject({
      kindLabel: '部门主动公开逾期',
      title: `${sfj!.agencyName} ${year} 年主动公开：${officeRecordsText(sfjFigures)}`,
      link: `/governments/150785/records?year=${year}`,
    });
  });

  it("another government's reviewer sees none of it; a department's clerk gets no office items", async () => {
    const other = await todosRaw('todo-other-reviewer');
    expect(other.items.filter((i) => i.agencyCode.startsWith('150785'))).toEqual([]);
    expect(other.json).not.toContain('待办测试局');
    const clerk = await todosRaw('sfj-editor');
    expect(clerk.items.some((i) => i.kind.startsWith('OFFICE_') || i.kind === 'ACCOUNT_LOCKED')).toBe(false);
  });

  it('costs the same number of statements for 3 more departments with overdue cases', async () => {
    const count = async (): Promise<{ n: number; office: number }> => {
      await todosRaw('demo-reviewer');
      h.db.queries.length = 0;
      const { items } = await todosRaw('demo-reviewer');
      return { n: h.db.queries.length, office: items.filter((i) => i.kind === 'OFFICE_APPLICATIONS_DUE').length };
    };
    const before = await count();
    for (let i = 1; i <= 3; i++) await overdueCase(await department(`150785-todo${i}`, `待办测试局${i}`), `多-${i}`);
    const after = await count();
    if (process.env.SHOW_SQL) console.log(before, after);
    expect(after.office).toBe(before.office + 3);
    expect(after.n).toBe(before.n);
    expect(after.n).toBeLessThanOrEqual(25);
  });
});

describe("the administrator's to-do list", () => {
  it('lists an account locked by the password throttle until it is unlocked', async () => {
    const empty = await todosRaw('demo-admin');
    expect(empty.items.filter((i) => i.kind === 'ACCOUNT_LOCKED')).toEqual([]);
    await sql(
      "insert into login_throttle (key, failures, window_start, locked_until) values ('login:sfj-viewer', 6, now(), now() + interval '10 minutes')",
    );
    const { items } = await todosRaw('demo-admin');
    const locked = items.filter((i) => i.kind === 'ACCOUNT_LOCKED');
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({
      kindLabel: '账号被锁定',
      title: expect.stringContaining('（sfj-viewer）的账号被锁定'),
      agencyCode: '150785-sfj',
      link: '/users',
      urgent: true,
    });
    expect(locked[0]!.detail).toMatch(/^密码错误次数过多，锁定到 \d{4}-\d{2}-\d{2} \d{2}:\d{2}；.*解除锁定$/u);
    // The reviewer never sees locked accounts.
    expect((await todosRaw('demo-reviewer')).items.some((i) => i.kind === 'ACCOUNT_LOCKED')).toBe(false);
    const viewer = await h.db.orm.em.fork().findOneOrFail(User, { login: 'sfj-viewer' });
    await gql('demo-admin', 'mutation($id: ID!) { unlockAccount(id: $id) { id } }', { id: viewer.id });
    expect((await todosRaw('demo-admin')).items.some((i) => i.kind === 'ACCOUNT_LOCKED')).toBe(false);
  });
});
