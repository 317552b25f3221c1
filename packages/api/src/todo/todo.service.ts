/**
 * 待办事项 (issue 17): what the signed-in user has to do, from a handful of set-based reads whatever the number of
 * items — the drafts and reports (packages/db todo-queries.ts), the government's report deadlines, the agency's open
 * 依申请公开 cases with the domain's clock (the same computation as the register), and the year's 主动公开 records as
 * the records service judges them. Everything is read in the request's transaction, under the user's scope.
 *
 * Who sees what:
 * - 部门审批人: the agency's drafts submitted by someone else (目录待审批);
 * - 部门编辑 (and whoever submitted): the agency's returned drafts (目录被退回);
 * - 部门编辑、部门审批人: the agency's returned report, its report deadline within 7 days while not yet submitted,
 *   its 依申请公开 cases due within the reminder's working days (5 unless the government set another) or overdue,
 *   and its 主动公开 records of this year published late or overdue;
 * - 政务公开办审核员: the submitted reports of the government's departments (not its own agency's), the
 *   government's own report deadline, and per department one item when it has 依申请公开 cases overdue or due soon
 *   and one when its 主动公开 records of this year are late or periods are missing — counts only (never an
 *   applicant or a case's content), computed by the office's own views (applicationOverview, officeRecordView:
 *   the same clock and timeliness rules, a constant number of statements for all departments), linking to them;
 * - 平台管理员: the accounts locked by the password throttle, which only an administrator can unlock (用户管理).
 */
import type { Agency } from '@gongkai/db';
import {
  loadOpenCases,
  loadApplicationSettings,
  todoCatalogueDrafts,
  todoLockedAccounts,
  todoReportDeadlines,
  todoReports,
} from '@gongkai/db';
import {
  TODO_KINDS,
  TODO_KIND_LABELS,
  applicationClock,
  daysUntil,
  deadlineWithinTodoHorizon,
  formatDateTime,
  CHINA_TIME_ZONE,
  isEditableReportStatus,
  officeApplicationsText,
  officeRecordsText,
  reportDeadline,
  reportYearsToWatch,
  type TodoKind,
} from '@gongkai/domain';
import type { Context } from '../context.js';
import { applicationOverview, chinaToday } from '../applications/application.service.js';
import { agencyRecords, officeRecordView } from '../records/record.service.js';
import type { TodoItemType, TodoListType } from './todo.type.js';

/** An item is urgent when overdue or due within this many days. */
const URGENT_DAYS = 3;

function item(
  kind: TodoKind,
  objectId: string,
  agency: { code: string; name: string },
  fields: Pick<TodoItemType, 'title' | 'link'> & Partial<Pick<TodoItemType, 'detail' | 'dueDate' | 'daysLeft' | 'at'>>,
): TodoItemType {
  const daysLeft = fields.daysLeft ?? null;
  return {
    id: `${kind}:${objectId}`,
    kind,
    kindLabel: TODO_KIND_LABELS[kind],
    agencyCode: agency.code,
    agencyName: agency.name,
    detail: fields.detail ?? null,
    dueDate: fields.dueDate ?? null,
    daysLeft,
    at: fields.at ?? null,
    urgent: daysLeft !== null && daysLeft <= URGENT_DAYS,
    title: fields.title,
    link: fields.link,
  };
}

/** Urgent first, then by due date (none last), then by kind and time. */
function byUrgency(a: TodoItemType, b: TodoItemType): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const ad = a.dueDate ?? '9999-12-31';
  const bd = b.dueDate ?? '9999-12-31';
  if (ad !== bd) return ad < bd ? -1 : 1;
  const ak = TODO_KINDS.indexOf(a.kind as TodoKind);
  const bk = TODO_KINDS.indexOf(b.kind as TodoKind);
  if (ak !== bk) return ak - bk;
  return (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0) || (a.id < b.id ? -1 : 1);
}

export async function myTodos(ctx: Context): Promise<TodoListType> {
  const today = chinaToday();
  const p = ctx.principal;
  if (p.kind !== 'user') return { asOf: today, total: 0, items: [] };
  const items: TodoItemType[] = [];
  const has = (role: string): boolean => (p.roles as string[]).includes(role);
  const agency: Agency | null = p.agencyId ? await ctx.loaders.agencyById.load(p.agencyId) : null;
  /** A department's (or government's) own editor or approver: works on the agency's catalogue, report, registers. */
  const deptWorker = !!agency && agency.kind !== 'STANDARD' && (has('DEPT_EDITOR') || has('DEPT_APPROVER'));
  const reviewer = has('CITY_REVIEWER') && !!p.governmentId;
  const years = reportYearsToWatch(today);

  // ---- catalogue drafts: submitted (for the approver) or returned (for the editors and the submitter)
  if (agency && (has('DEPT_EDITOR') || has('DEPT_APPROVER'))) {
    for (const c of await todoCatalogueDrafts(ctx.em, [agency.id])) {
      const link = `/agencies/${c.agencyCode}?v=${c.id}`;
      const name = `「${c.title}」${c.versionLabel}`;
      const owner = { code: c.agencyCode, name: c.agencyName };
      if (c.reviewState === 'SUBMITTED' && has('DEPT_APPROVER') && c.submittedBy !== p.login)
        items.push(
          item('CATALOGUE_AWAITING_APPROVAL', c.id, owner, {
            title: `${name} 待审批`,
            detail: `${c.submittedBy ?? ''} 提交审批，请核对后发布或退回`,
            link,
            at: c.submittedAt,
          }),
        );
      if (c.reviewState === 'RETURNED' && (has('DEPT_EDITOR') || c.submittedBy === p.login))
        items.push(
          item('CATALOGUE_RETURNED', c.id, owner, {
            title: `${name} 被退回`,
            detail: `退回意见：${c.returnComment ?? ''}（${c.returnedBy ?? ''}）`,
            link,
            at: c.returnedAt,
          }),
        );
    }
  }

  // ---- annual reports: returned to the agency, awaiting the office's review, deadlines of reports not yet submitted
  const own: Array<{ id: string; kind: 'department' | 'government' }> = [];
  if (deptWorker && agency.kind === 'DEPARTMENT') own.push({ id: agency.id, kind: 'department' });
  if (reviewer) own.push({ id: p.governmentId!, kind: 'government' });
  if (own.length > 0 || reviewer) {
    const reports = await todoReports(ctx.em, {
      ownAgencyIds: own.map((o) => o.id),
      years,
      reviewGovernmentId: reviewer ? p.governmentId : null,
      exceptAgencyId: p.agencyId,
    });
    for (const r of reports) {
      const owner = { code: r.agencyCode, name: r.agencyName };
      const link = `/agencies/${r.agencyCode}/reports/${r.year}`;
      const mine = own.some((o) => o.id === r.agencyId);
      if (mine && r.status === 'RETURNED')
        items.push(
          item('REPORT_RETURNED', r.id, owner, {
            title: `${r.year} 年度报告被退回`,
            detail: r.returnComment ? `退回意见：${r.returnComment}` : '请按审核意见修改后重新报送',
            link,
            at: r.returnedAt,
          }),
        );
      if (!mine && r.status === 'SUBMITTED')
        items.push(
          item('REPORT_AWAITING_REVIEW', r.id, owner, {
            title: `${r.agencyName} ${r.year} 年度报告待审核`,
            detail: '已报送，请审核后通过或退回',
            link,
            at: r.submittedAt,
          }),
        );
    }
    if (own.length > 0 && p.governmentId) {
      const set = await todoReportDeadlines(ctx.em, p.governmentId, years);
      const owners = new Map<string, { code: string; name: string }>();
      if (agency) owners.set(agency.id, agency);
      if (reviewer && !owners.has(p.governmentId)) {
        const g = await ctx.loaders.agencyById.load(p.governmentId);
        if (g) owners.set(g.id, g);
      }
      for (const o of own)
        for (const year of years) {
          const report = reports.find((r) => r.agencyId === o.id && r.year === year);
          if (report && !isEditableReportStatus(report.status)) continue; // already submitted
          const custom = set.get(year);
          const deadline =
            o.kind === 'government' && custom
              ? custom.governmentDue
              : reportDeadline(o.kind, year, null, today, custom?.departmentDue).deadline;
          if (!deadlineWithinTodoHorizon(deadline, today)) continue;
          const owner = owners.get(o.id);
          if (!owner) continue;
          const left = daysUntil(deadline, today);
          items.push(
            item('REPORT_DEADLINE', `${o.id}:${year}`, owner, {
              title: `${year} 年度报告应于 ${deadline} 前${o.kind === 'government' ? '公开' : '报送'}`,
              detail: `${left === 0 ? '今天截止' : `还剩 ${left} 天`}${report ? '' : '，尚未开始填报'}`,
              link: `/agencies/${owner.code}/reports/${year}`,
              dueDate: deadline,
              daysLeft: left,
            }),
          );
        }
    }
  }

  // ---- 依申请公开: the agency's open cases due soon or overdue (the register's clock)
  if (deptWorker) {
    const open = await loadOpenCases(ctx.em, [agency.id]);
    if (open.length > 0) {
      const calendar = await ctx.loaders.workingDayCalendar();
      const settings = await loadApplicationSettings(ctx.em, p.governmentId);
      for (const c of open) {
        const clock = applicationClock(c, calendar, today, settings);
        if (clock.state !== 'DUE_SOON' && clock.state !== 'OVERDUE') continue;
        const left = clock.workingDaysLeft;
        items.push(
          item('APPLICATION_DUE', c.id, agency, {
            title: `依申请公开 ${c.reference ?? '（未编号）'} ${clock.stateLabel}`,
            detail:
              clock.state === 'OVERDUE'
                ? `应于 ${clock.dueDate} 前答复，已超期 ${-(left ?? 0)} 个工作日`
                : `应于 ${clock.dueDate} 前答复，还剩 ${left} 个工作日`,
            link: `/agencies/${agency.code}/applications?state=${clock.state}`,
            dueDate: clock.dueDate,
            daysLeft: left,
          }),
        );
      }
    }
  }

  // ---- 主动公开: this year's records published late or overdue (the records service's judgement)
  if (deptWorker && agency.kind === 'DEPARTMENT') {
    const year = Number(today.slice(0, 4));
    const records = await agencyRecords(ctx, agency.code, year);
    for (const r of records.records) {
      if (r.state !== 'LATE' && r.state !== 'OVERDUE') continue;
      const left = r.dueDate ? daysUntil(r.dueDate, today) : null;
      items.push(
        item('RECORD_LATE', r.id, agency, {
          title: `「${r.title ?? '（无标题）'}」${r.stateLabel}`,
          detail: r.dueDate
            ? `应于 ${r.dueDate} 前公开${r.publishedDate ? `，${r.publishedDate} 公开` : '，尚未公开'}`
            : null,
          link: `/agencies/${agency.code}/records?year=${year}`,
          dueDate: r.dueDate,
          daysLeft: r.state === 'OVERDUE' ? left : null,
        }),
      );
    }
  }

  // ---- the office (政务公开办): per department, 依申请公开 due and 主动公开 late — counts from the office's views
  if (reviewer) items.push(...(await officeItems(ctx, p.governmentId!, today)));

  // ---- the platform administrator: accounts locked by the password throttle (解除锁定 on the users page)
  if (has('PLATFORM_ADMIN')) items.push(...(await lockedAccountItems(ctx)));

  items.sort(byUrgency);
  return { asOf: today, total: items.length, items };
}

/**
 * The reviewer's department items: one per department with 依申请公开 cases overdue or due soon, one per department
 * with late or overdue 主动公开 records or missing periods this year. Only counts leave here: the overview reads no
 * personal data, and nothing of a case but its count is copied.
 */
async function officeItems(ctx: Context, governmentId: string, today: string): Promise<TodoItemType[]> {
  const government = await ctx.loaders.agencyById.load(governmentId);
  if (!government || government.kind !== 'GOVERNMENT') return [];
  const year = Number(today.slice(0, 4));
  const [applications, records] = await Promise.all([
    applicationOverview(ctx, government.code, today),
    officeRecordView(ctx, government.code, year),
  ]);
  const out: TodoItemType[] = [];
  for (const d of applications.departments) {
    if (d.agencyCode === government.code) continue; // the government's own cases: its own clerks' list
    const text = officeApplicationsText(d);
    if (!text) continue;
    const owner = { code: d.agencyCode, name: d.agencyName };
    out.push({
      ...item('OFFICE_APPLICATIONS_DUE', `${government.code}:${d.agencyCode}`, owner, {
        title: `${d.agencyName} 依申请公开：${text}`,
        detail: `在办 ${d.open} 件；即将到期指 ${applications.dueSoonWorkingDays} 个工作日内到期，请督促按期答复`,
        link: `/governments/${government.code}/applications`,
      }),
      urgent: d.overdue > 0,
    });
  }
  for (const d of records.departments) {
    const agency = d.agency as Agency;
    const text = officeRecordsText(d.figures);
    if (!text) continue;
    out.push({
      ...item('OFFICE_RECORDS_LATE', `${government.code}:${agency.code}:${year}`, agency, {
        title: `${agency.name} ${year} 年主动公开：${text}`,
        detail:
          d.figures.onTimeRate === null
            ? '请督促按时公开、补齐缺期'
            : `按时公开率 ${d.figures.onTimeRateText}，请督促按时公开、补齐缺期`,
        link: `/governments/${government.code}/records?year=${year}`,
      }),
      urgent: d.figures.overdue > 0,
    });
  }
  return out;
}

async function lockedAccountItems(ctx: Context): Promise<TodoItemType[]> {
  return (await todoLockedAccounts(ctx.em)).map((u) => ({
    ...item(
      'ACCOUNT_LOCKED',
      u.userId,
      { code: u.agencyCode ?? '', name: u.agencyName ?? '（未属任何机关）' },
      {
        title: `${u.displayName}（${u.login}）的账号被锁定`,
        detail: `密码错误次数过多，锁定到 ${formatDateTime(u.lockedUntil, { timeZone: CHINA_TIME_ZONE })}；核实是本人后可在用户管理中解除锁定`,
        link: '/users',
      },
    ),
    urgent: true,
  }));
}
