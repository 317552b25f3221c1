/**
 * 催报 (issue 17): the city office reminds departments that have not filed their annual report for a year — which
 * departments may be reminded, the limits of the message and of one sending, the notice's wording and labels, and the
 * e-mail's subject and text. Defined once here, for the server (packages/api notices) and the admin app (the
 * dashboard's 催报 dialog, the notices on 待办事项).
 */
import { isEditableReportStatus, type ReportStatus } from './report-status.js';

/** The longest message (附言) a reminder may carry, in characters. */
export const REMINDER_MESSAGE_MAX = 500;

/** The most departments one sending may name. */
export const REMINDER_DEPARTMENTS_MAX = 2000;

/** Why a department may be reminded: it has not filed (报送) the year's report, and whether it is past the deadline. */
export type ReminderReason = 'NOT_FILED' | 'LATE';

export const REMINDER_REASON_LABELS: Readonly<Record<ReminderReason, string>> = Object.freeze({
  NOT_FILED: '未报送',
  LATE: '逾期未报送',
});

/**
 * Whether (and why) a department may be reminded of a year's report: when it has none, or its report is still a
 * draft or was returned (not 已报送, 已审核通过 or 已公开) — 「逾期未报送」 once the deadline (YYYY-MM-DD) has passed
 * `today`, else 「未报送」. A report filed, on time or late, is never reminded: there is nothing left to file.
 */
export function reminderReason(
  status: ReportStatus | string | null | undefined,
  deadline: string | null | undefined,
  today: string,
): ReminderReason | null {
  if (status && !isEditableReportStatus(status as ReportStatus)) return null;
  return deadline && today > deadline ? 'LATE' : 'NOT_FILED';
}

/** The message as stored (trimmed, line ends normalised), or a problem in Chinese naming the field. */
export function reminderMessage(raw: string | null | undefined): { message: string } | { problem: string } {
  const message = (raw ?? '').replace(/\r\n?/gu, '\n').trim();
  const length = [...message].length;
  if (length > REMINDER_MESSAGE_MAX) return { problem: `附言：最多 ${REMINDER_MESSAGE_MAX} 个字，现有 ${length} 个字` };
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(message))
    return { problem: '附言：含有不可见的控制字符，请删除后再发送' };
  return { message };
}

/** The kinds of notice a user receives; one so far. */
export const NOTICE_KINDS = ['REPORT_REMINDER'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = Object.freeze({ REPORT_REMINDER: '催报' });

/** What became of a notice's e-mail. NONE: no mail server set, or nobody of the department has an address. */
export const NOTICE_MAIL_STATES = ['NONE', 'PENDING', 'SENT', 'FAILED'] as const;
export type NoticeMailState = (typeof NOTICE_MAIL_STATES)[number];
export const NOTICE_MAIL_STATE_LABELS: Readonly<Record<NoticeMailState, string>> = Object.freeze({
  NONE: '未发邮件',
  PENDING: '邮件发送中',
  SENT: '邮件已发送',
  FAILED: '邮件发送失败',
});

/** 「请报送 2025 年度政府信息公开工作年度报告」, with the deadline when there is one. */
export function reminderTitle(year: number, deadline: string | null, reason: ReminderReason): string {
  const base = `请报送 ${year} 年度政府信息公开工作年度报告`;
  if (!deadline) return base;
  return reason === 'LATE' ? `${base}（截止日 ${deadline}，已逾期）` : `${base}（截止日 ${deadline}）`;
}

/** The e-mail's subject: 「【催报】根河市司法局：请报送 2025 年度政府信息公开工作年度报告」. */
export function reminderMailSubject(agencyName: string, year: number): string {
  return `【催报】${agencyName}：请报送 ${year} 年度政府信息公开工作年度报告`;
}

/** The e-mail's plain text. */
export function reminderMailText(n: {
  agencyName: string;
  title: string;
  message: string;
  senderName: string;
  sentAt: string;
}): string {
  return [
    `${n.agencyName}：`,
    '',
    n.title,
    ...(n.message ? ['', `附言：${n.message}`] : []),
    '',
    `${n.senderName}  ${n.sentAt}`,
    '',
    '（本邮件由政务公开平台发出，请登录平台查看“待办事项”并填报，勿直接回复。）',
  ].join('\n');
}

/** The longest e-mail address accepted (RFC 5321's path limit). */
export const EMAIL_MAX = 254;

/**
 * A user's e-mail address (for 催报 mail): empty means none; otherwise one address of the plain form
 * local@domain.tld, no spaces, no display name. Returns the problem in Chinese, or null.
 */
export function emailProblem(email: string): string | null {
  const e = email.trim();
  if (e === '') return null;
  if (e.length > EMAIL_MAX) return `最多 ${EMAIL_MAX} 个字符`;
  if (!/^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]+$/u.test(e) || e.includes('..'))
    return `「${e}」不是有效的电子邮箱地址（如 name@example.gov.cn）`;
  return null;
}
