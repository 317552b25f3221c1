/**
 * 催报 (issue 17): the city office (政务公开办审核员 of a government, 平台管理员) reminds the government's departments
 * that have not filed a year's annual report — those it picks, or all of them. Each reminder is a notice for that
 * department's users (its to-do page and the header count), an entry in the audit log named by department and year,
 * and — when the server has a mail server (SMTP_URL, MAIL_FROM) — an e-mail to the department's users who have an
 * address, sent after the transaction commits (mailer.ts). A sending is refused whole when any department named is
 * not the government's or has already filed, naming them; everything is written in the request's transaction.
 *
 * Who sees a notice: row-level security (Migration20261203010000Notices) shows it to its department and the office
 * above it; a user's list holds their own agency's notices only.
 */
import { randomUUID } from 'node:crypto';
import {
  AnnualReport,
  departmentsOf,
  insertNotices,
  mailRecipientsOf,
  markNoticeRead,
  noticesOf,
  reminderSummaries,
  reportDeadlines,
  unreadNoticeCount,
  type NewNotice,
  type NoticeRow,
} from '@gongkai/db';
import {
  NOTICE_KIND_LABELS,
  NOTICE_MAIL_STATE_LABELS,
  REMINDER_DEPARTMENTS_MAX,
  REMINDER_REASON_LABELS,
  reminderMailSubject,
  reminderMailText,
  reminderMessage,
  reminderReason,
  reminderTitle,
  reportObjectName,
  type NoticeKind,
  type NoticeMailState,
} from '@gongkai/domain';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { chinaToday } from '../applications/application.service.js';
import { governmentByCode } from '../report/report.service.js';
import { mailSettings, sendReminderMails, type OutgoingMail } from './mailer.js';
import type { NoticeListType, NoticeType, ReminderResultType, ReminderSummaryType } from './notice.type.js';

const LIST_DEFAULT = 20;
const LIST_MAX = 100;

function noticeType(n: NoticeRow): NoticeType {
  return {
    id: n.id,
    kind: n.kind,
    kindLabel: NOTICE_KIND_LABELS[n.kind as NoticeKind] ?? n.kind,
    year: n.year,
    title: n.title,
    message: n.message,
    agencyCode: n.agencyCode,
    agencyName: n.agencyName,
    senderName: n.senderName,
    createdAt: n.createdAt,
    read: n.readAt !== null,
    readAt: n.readAt,
    mailState: n.mailState,
    mailStateLabel: NOTICE_MAIL_STATE_LABELS[n.mailState] ?? n.mailState,
    mailError: n.mailError,
    mailRecipients: n.mailRecipients,
    link: `/agencies/${n.agencyCode}/reports/${n.year}`,
  };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badUserInput(`年度「${year}」须为 2000–2100 年之间的整数`, { field: 'year' });
}

export async function myNotices(ctx: Context, first?: number | null): Promise<NoticeListType> {
  const p = ctx.principal;
  const limit = first ?? LIST_DEFAULT;
  if (!Number.isInteger(limit) || limit < 0 || limit > LIST_MAX)
    throw badUserInput(`first 须为 0 到 ${LIST_MAX} 之间的整数`, { field: 'first' });
  if (p.kind !== 'user' || !p.agencyId) return { unread: 0, total: 0, items: [] };
  if (limit === 0) {
    const unread = await unreadNoticeCount(ctx.em, p.agencyId, p.userId);
    return { unread, total: unread, items: [] };
  }
  const list = await noticesOf(ctx.em, p.agencyId, p.userId, limit);
  return { unread: list.unread, total: list.total, items: list.items.map(noticeType) };
}

export async function markRead(ctx: Context, id: string): Promise<NoticeType> {
  assertId(id, 'id');
  const p = ctx.principal;
  const row = p.kind === 'user' && p.agencyId ? await markNoticeRead(ctx.em, id, p.userId, p.agencyId) : null;
  if (!row) throw notFound(`未找到 id 为「${id}」的通知`, { field: 'id' });
  ctx.audit.push({
    operation: 'markNoticeRead',
    objectType: 'ReportReminder',
    objectId: row.id,
    agencyId: row.agencyId,
    after: { name: reportObjectName(row.agencyName, row.year), title: row.title },
  });
  return noticeType(row);
}

export async function sendReportReminders(
  ctx: Context,
  governmentCode: string,
  year: number,
  agencyCodes: string[] | null,
  rawMessage: string | null,
): Promise<ReminderResultType> {
  checkYear(year);
  const checked = reminderMessage(rawMessage);
  if ('problem' in checked) throw badUserInput(checked.problem, { field: 'message' });
  const g = await governmentByCode(ctx, governmentCode);
  const departments = await departmentsOf(ctx.em, g.id);

  // The departments named: each once, each a department of this government.
  let chosen = departments;
  if (agencyCodes !== null) {
    if (agencyCodes.length === 0) throw badUserInput('请至少选择一个部门', { field: 'agencyCodes' });
    if (agencyCodes.length > REMINDER_DEPARTMENTS_MAX)
      throw badUserInput(`一次最多催报 ${REMINDER_DEPARTMENTS_MAX} 个部门`, { field: 'agencyCodes' });
    const repeated = [...new Set(agencyCodes.filter((c, i) => agencyCodes.indexOf(c) !== i))];
    if (repeated.length > 0)
      throw badUserInput(`部门重复：${repeated.map((c) => `「${c}」`).join('、')}`, { field: 'agencyCodes' });
    const byCode = new Map(departments.map((d) => [d.code, d]));
    const strangers = agencyCodes.filter((c) => !byCode.has(c));
    if (strangers.length > 0)
      throw badUserInput(`以下编码不是${g.name}的部门：${strangers.map((c) => `「${c}」`).join('、')}`, {
        field: 'agencyCodes',
      });
    chosen = agencyCodes.map((c) => byCode.get(c)!);
  }

  // Who has not filed (the domain's rule), against the year's deadline.
  const ids = chosen.map((d) => d.id);
  const reports = ids.length ? await ctx.em.find(AnnualReport, { agency: { $in: ids }, year }) : [];
  const status = new Map(reports.map((r) => [r.agency.id, r.status]));
  const { departmentDue } = await reportDeadlines(ctx.em, g.id, year);
  const today = chinaToday();
  const reasons = new Map(chosen.map((d) => [d.id, reminderReason(status.get(d.id) ?? null, departmentDue, today)]));
  if (agencyCodes !== null) {
    const filed = chosen.filter((d) => reasons.get(d.id) === null);
    if (filed.length > 0)
      throw badUserInput(
        `以下部门已报送 ${year} 年度报告，无需催报：${filed.map((d) => d.name).join('、')}（未发出任何催报）`,
        { field: 'agencyCodes' },
      );
  }
  const targets = chosen.filter((d) => reasons.get(d.id) !== null);
  if (targets.length === 0)
    throw badUserInput(`没有需要催报的部门：${g.name}各部门均已报送 ${year} 年度报告`, { field: 'agencyCodes' });

  const p = ctx.principal;
  const sender = p.kind === 'user' && p.agencyId ? await ctx.loaders.agencyById.load(p.agencyId) : null;
  const senderName = sender?.name ?? g.name;
  const settings = mailSettings();
  const recipients = settings
    ? await mailRecipientsOf(
        ctx.em,
        targets.map((d) => d.id),
      )
    : new Map<string, string[]>();
  const now = new Date();
  const rows: NoticeRow[] = [];
  const news: NewNotice[] = [];
  const mails: OutgoingMail[] = [];
  for (const d of targets) {
    const reason = reasons.get(d.id)!;
    const title = reminderTitle(year, departmentDue, reason);
    const to = recipients.get(d.id) ?? [];
    const mailState: NoticeMailState = settings && to.length > 0 ? 'PENDING' : 'NONE';
    const n: NewNotice = {
      id: randomUUID(),
      agencyId: d.id,
      year,
      title,
      message: checked.message,
      senderAgencyId: sender?.id ?? g.id,
      senderLogin: p.kind === 'user' ? p.login : null,
      senderName,
      mailState,
      mailRecipients: to.length,
    };
    news.push(n);
    rows.push({
      ...n,
      kind: 'REPORT_REMINDER',
      agencyCode: d.code,
      agencyName: d.name,
      createdAt: now,
      mailError: null,
      readAt: null,
    });
    const objectName = reportObjectName(d.name, year);
    ctx.audit.push({
      operation: 'sendReportReminder',
      objectType: 'ReportReminder',
      objectId: n.id,
      agencyId: d.id,
      after: { name: objectName, year, reason: REMINDER_REASON_LABELS[reason], message: n.message, mailTo: to.length },
    });
    if (mailState === 'PENDING')
      mails.push({
        noticeId: n.id,
        agencyId: d.id,
        to,
        subject: reminderMailSubject(d.name, year),
        text: reminderMailText({
          agencyName: d.name,
          title,
          message: n.message,
          senderName,
          sentAt: today,
        }),
        objectName,
      });
  }
  await insertNotices(ctx.em, news);
  if (settings && mails.length > 0) {
    const principal = ctx.principal;
    ctx.afterCommit.push(() => sendReminderMails(ctx.systemOrm, principal, settings, mails));
  }
  return { count: rows.length, mailConfigured: settings !== null, notices: rows.map(noticeType) };
}

export async function reportReminders(
  ctx: Context,
  governmentCode: string,
  year: number,
): Promise<ReminderSummaryType[]> {
  checkYear(year);
  const g = await governmentByCode(ctx, governmentCode);
  return (await reminderSummaries(ctx.em, g.id, year)).map((r) => ({
    agencyCode: r.agencyCode,
    count: r.count,
    lastAt: r.lastAt,
    lastMailState: r.lastMailState,
    lastMailStateLabel: NOTICE_MAIL_STATE_LABELS[r.lastMailState] ?? r.lastMailState,
    lastMailError: r.lastMailError,
    lastReadBy: r.lastReadBy,
  }));
}
