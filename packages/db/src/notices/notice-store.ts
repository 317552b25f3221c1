/**
 * Notices (催报, issue 17): set-based reads and writes, one statement each whatever the number of notices, on the
 * caller's EntityManager (the request's transaction: row-level security limits them to the user's scope).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NoticeKind, NoticeMailState } from '@gongkai/domain';

export interface NewNotice {
  id: string;
  agencyId: string;
  year: number;
  title: string;
  message: string;
  senderAgencyId: string | null;
  senderLogin: string | null;
  senderName: string | null;
  mailState: NoticeMailState;
  mailRecipients: number;
}

export interface NoticeRow {
  id: string;
  kind: NoticeKind;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  year: number;
  title: string;
  message: string;
  senderName: string | null;
  senderLogin: string | null;
  createdAt: Date;
  mailState: NoticeMailState;
  mailRecipients: number;
  mailError: string | null;
  /** When the asking user opened it (null: not yet). */
  readAt: Date | null;
}

const uuids = (ids: readonly string[]): string => `{${ids.join(',')}}`;

/** Adds the notices in one statement. */
export async function insertNotices(em: EntityManager, notices: readonly NewNotice[]): Promise<void> {
  if (notices.length === 0) return;
  await em.execute(
    `insert into notice (id, agency_id, year, title, message, sender_agency_id, sender_login, sender_name, mail_state, mail_recipients)
     select id, agency_id, year, title, message, sender_agency_id, sender_login, sender_name, mail_state, mail_recipients
       from jsonb_to_recordset(?::jsonb) as x(id uuid, agency_id uuid, year int, title text, message text,
            sender_agency_id uuid, sender_login text, sender_name text, mail_state text, mail_recipients int)`,
    [
      JSON.stringify(
        notices.map((n) => ({
          id: n.id,
          agency_id: n.agencyId,
          year: n.year,
          title: n.title,
          message: n.message,
          sender_agency_id: n.senderAgencyId,
          sender_login: n.senderLogin,
          sender_name: n.senderName,
          mail_state: n.mailState,
          mail_recipients: n.mailRecipients,
        })),
      ),
    ],
  );
}

function noticeRow(r: Record<string, unknown>): NoticeRow {
  return {
    id: String(r.id),
    kind: r.kind as NoticeKind,
    agencyId: String(r.agency_id),
    agencyCode: String(r.code),
    agencyName: String(r.name),
    year: Number(r.year),
    title: String(r.title),
    message: String(r.message ?? ''),
    senderName: (r.sender_name as string | null) ?? null,
    senderLogin: (r.sender_login as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
    mailState: r.mail_state as NoticeMailState,
    mailRecipients: Number(r.mail_recipients ?? 0),
    mailError: (r.mail_error as string | null) ?? null,
    readAt: r.read_at ? new Date(r.read_at as string) : null,
  };
}

const NOTICE_COLUMNS = `n.id, n.kind, n.agency_id, a.code, a.name, n.year, n.title, n.message, n.sender_name, n.sender_login,
  n.created_at, n.mail_state, n.mail_recipients, n.mail_error, r.read_at`;

/**
 * The notices of an agency for one user, newest first (at most `limit`), with whether that user opened each, and the
 * number the user has not opened — one statement.
 */
export async function noticesOf(
  em: EntityManager,
  agencyId: string,
  userId: string,
  limit: number,
): Promise<{ unread: number; total: number; items: NoticeRow[] }> {
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${NOTICE_COLUMNS},
            count(*) filter (where r.read_at is null) over () as unread, count(*) over () as total
       from notice n join agency a on a.id = n.agency_id
       left join notice_read r on r.notice_id = n.id and r.user_id = ?
      where n.agency_id = ?
      order by n.created_at desc, n.id
      limit ?`,
    [userId, agencyId, limit],
  );
  return {
    unread: rows.length ? Number(rows[0]!.unread) : 0,
    total: rows.length ? Number(rows[0]!.total) : 0,
    items: rows.map(noticeRow),
  };
}

/** The number of an agency's notices the user has not opened (the header's count), one statement. */
export async function unreadNoticeCount(em: EntityManager, agencyId: string, userId: string): Promise<number> {
  const [row] = await em.execute<Array<{ n: number }>>(
    `select count(*)::int as n from notice n
      where n.agency_id = ? and not exists (select 1 from notice_read r where r.notice_id = n.id and r.user_id = ?)`,
    [agencyId, userId],
  );
  return row?.n ?? 0;
}

/**
 * Marks a notice of the user's agency opened by the user (once; opening it again keeps the first time) and returns
 * it; null when there is no such notice of that agency in the user's read scope. The read row takes the notice's own
 * agency.
 */
export async function markNoticeRead(
  em: EntityManager,
  noticeId: string,
  userId: string,
  agencyId: string,
): Promise<NoticeRow | null> {
  await em.execute(
    `insert into notice_read (notice_id, user_id, agency_id)
     select n.id, ?, n.agency_id from notice n where n.id = ? and n.agency_id = ?
     on conflict (notice_id, user_id) do nothing`,
    [userId, noticeId, agencyId],
  );
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${NOTICE_COLUMNS} from notice n join agency a on a.id = n.agency_id
       left join notice_read r on r.notice_id = n.id and r.user_id = ?
      where n.id = ? and n.agency_id = ?`,
    [userId, noticeId, agencyId],
  );
  return rows[0] ? noticeRow(rows[0]) : null;
}

/** The notices of these ids (as the sender sees them after sending), without a reader. */
export async function noticesByIds(em: EntityManager, ids: readonly string[]): Promise<NoticeRow[]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${NOTICE_COLUMNS} from notice n join agency a on a.id = n.agency_id
       left join notice_read r on false
      where n.id = any(?::uuid[]) order by a.code`,
    [uuids(ids)],
  );
  return rows.map(noticeRow);
}

export interface ReminderSummaryRow {
  agencyId: string;
  agencyCode: string;
  /** How many reminders the department got for the year. */
  count: number;
  lastAt: Date;
  lastMailState: NoticeMailState;
  lastMailError: string | null;
  /** How many of the department's users opened the last one. */
  lastReadBy: number;
}

/** Per department of the government: the year's reminders — how many, the last one and its mail, one statement. */
export async function reminderSummaries(
  em: EntityManager,
  governmentId: string,
  year: number,
): Promise<ReminderSummaryRow[]> {
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select a.id as agency_id, a.code, s.n, l.created_at, l.mail_state, l.mail_error,
            (select count(*) from notice_read r where r.notice_id = l.id) as read_by
       from agency a
       join lateral (select count(*) as n from notice n where n.agency_id = a.id and n.year = ? and n.kind = 'REPORT_REMINDER') s on s.n > 0
       join lateral (select n.id, n.created_at, n.mail_state, n.mail_error from notice n
                      where n.agency_id = a.id and n.year = ? and n.kind = 'REPORT_REMINDER'
                      order by n.created_at desc, n.id desc limit 1) l on true
      where a.parent_id = ? and a.kind = 'DEPARTMENT'
      order by a.code`,
    [year, year, governmentId],
  );
  return rows.map((r) => ({
    agencyId: String(r.agency_id),
    agencyCode: String(r.code),
    count: Number(r.n),
    lastAt: new Date(r.created_at as string),
    lastMailState: r.mail_state as NoticeMailState,
    lastMailError: (r.mail_error as string | null) ?? null,
    lastReadBy: Number(r.read_by),
  }));
}

/** The e-mail addresses of the enabled users of each agency (those without an address are left out), one statement. */
export async function mailRecipientsOf(
  em: EntityManager,
  agencyIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (agencyIds.length === 0) return out;
  const rows = await em.execute<Array<{ agency_id: string; email: string }>>(
    `select agency_id, email from app_user
      where agency_id = any(?::uuid[]) and not disabled and email is not null and email <> ''
      order by agency_id, login`,
    [uuids(agencyIds)],
  );
  for (const r of rows) {
    const list = out.get(r.agency_id) ?? [];
    list.push(r.email);
    out.set(r.agency_id, list);
  }
  return out;
}

/** Records what became of a notice's e-mail. */
export async function setNoticeMail(
  em: EntityManager,
  noticeId: string,
  state: NoticeMailState,
  error: string | null,
): Promise<void> {
  await em.execute(`update notice set mail_state = ?, mail_error = ?, mail_at = now() where id = ?`, [
    state,
    error,
    noticeId,
  ]);
}
