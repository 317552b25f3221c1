/**
 * The set-based reads of the to-do list (待办事项, issue 17): one statement each, whatever the number of items, on
 * the caller's EntityManager (the request's transaction: row-level security limits them to the user's scope).
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export interface TodoCatalogueRow {
  id: string;
  title: string;
  versionLabel: string;
  reviewState: 'SUBMITTED' | 'RETURNED';
  submittedBy: string | null;
  submittedAt: Date | null;
  returnedBy: string | null;
  returnedAt: Date | null;
  returnComment: string | null;
  agencyCode: string;
  agencyName: string;
}

/** The submitted or returned drafts of these agencies. */
export async function todoCatalogueDrafts(
  em: EntityManager,
  agencyIds: readonly string[],
): Promise<TodoCatalogueRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select c.id, c.title, c.version_label, c.review_state, c.submitted_by, c.submitted_at, c.returned_by,
            c.returned_at, c.return_comment, a.code, a.name
       from catalogue c join agency a on a.id = c.agency_id
      where c.agency_id = any(?::uuid[]) and c.status = 'DRAFT' and c.review_state is not null
      order by coalesce(c.returned_at, c.submitted_at), c.id`,
    [`{${agencyIds.join(',')}}`],
  );
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    versionLabel: String(r.version_label),
    reviewState: r.review_state as TodoCatalogueRow['reviewState'],
    submittedBy: (r.submitted_by as string | null) ?? null,
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string) : null,
    returnedBy: (r.returned_by as string | null) ?? null,
    returnedAt: r.returned_at ? new Date(r.returned_at as string) : null,
    returnComment: (r.return_comment as string | null) ?? null,
    agencyCode: String(r.code),
    agencyName: String(r.name),
  }));
}

export interface TodoReportRow {
  id: string;
  year: number;
  status: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  agencyKind: string;
  submittedAt: Date | null;
  /** The comment of the latest return (退回意见), when the report is returned. */
  returnComment: string | null;
  returnedAt: Date | null;
}

/**
 * Reports for the to-do list, in one statement: of `ownAgencyIds`, those returned and those of `years` (their
 * status decides whether a deadline still matters); and, for a reviewer, the submitted reports of the departments
 * of `reviewGovernmentId` other than `exceptAgencyId` (their own agency: nobody reviews it).
 */
export async function todoReports(
  em: EntityManager,
  q: {
    ownAgencyIds: readonly string[];
    years: readonly number[];
    reviewGovernmentId: string | null;
    exceptAgencyId: string | null;
  },
): Promise<TodoReportRow[]> {
  if (q.ownAgencyIds.length === 0 && !q.reviewGovernmentId) return [];
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select r.id, r.year, r.status, r.submitted_at, a.id as agency_id, a.code, a.name, a.kind,
            t.comment as return_comment, t.at as returned_at
       from annual_report r
       join agency a on a.id = r.agency_id
       left join lateral (
         select rt.comment, rt.at from report_transition rt
          where rt.report_id = r.id and rt.to_status = 'RETURNED' and r.status = 'RETURNED'
          order by rt.at desc limit 1) t on true
      where (r.agency_id = any(?::uuid[]) and (r.status = 'RETURNED' or r.year = any(?::int[])))
         or (?::uuid is not null and r.status = 'SUBMITTED' and a.parent_id = ?::uuid and a.kind = 'DEPARTMENT'
             and r.agency_id is distinct from ?::uuid)
      order by r.year, a.code`,
    [
      `{${q.ownAgencyIds.join(',')}}`,
      `{${q.years.join(',')}}`,
      q.reviewGovernmentId,
      q.reviewGovernmentId,
      q.exceptAgencyId,
    ],
  );
  return rows.map((r) => ({
    id: String(r.id),
    year: Number(r.year),
    status: String(r.status),
    agencyId: String(r.agency_id),
    agencyCode: String(r.code),
    agencyName: String(r.name),
    agencyKind: String(r.kind),
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string) : null,
    returnComment: (r.return_comment as string | null) ?? null,
    returnedAt: r.returned_at ? new Date(r.returned_at as string) : null,
  }));
}

/** The report deadlines a government set for these years (absent: the statutory dates apply), in one statement. */
export async function todoReportDeadlines(
  em: EntityManager,
  governmentId: string,
  years: readonly number[],
): Promise<Map<number, { departmentDue: string; governmentDue: string }>> {
  const rows = await em.execute<Array<{ year: number; department_due: string; government_due: string }>>(
    `select year, department_due::text as department_due, government_due::text as government_due
       from report_deadline where agency_id = ? and year = any(?::int[])`,
    [governmentId, `{${years.join(',')}}`],
  );
  return new Map(
    rows.map((r) => [
      Number(r.year),
      { departmentDue: r.department_due.slice(0, 10), governmentDue: r.government_due.slice(0, 10) },
    ]),
  );
}

export interface TodoLockedAccountRow {
  userId: string;
  login: string;
  displayName: string;
  agencyCode: string | null;
  agencyName: string | null;
  lockedUntil: Date;
}

/**
 * The accounts locked now by the password throttle (sign-in by login name, or the current-password check by user:
 * the keys of packages/api throttle.ts), with their agency, in one statement — for the platform administrator, who
 * alone can lift a lock (解除锁定).
 */
export async function todoLockedAccounts(em: EntityManager): Promise<TodoLockedAccountRow[]> {
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select u.id, u.login, u.display_name, a.code, a.name, max(t.locked_until) as locked_until
       from login_throttle t
       join app_user u on t.key in ('login:' || lower(u.login), 'password:' || u.id::text)
       left join agency a on a.id = u.agency_id
      where t.locked_until > now()
      group by u.id, u.login, u.display_name, a.code, a.name
      order by max(t.locked_until), u.login`,
  );
  return rows.map((r) => ({
    userId: String(r.id),
    login: String(r.login),
    displayName: String(r.display_name),
    agencyCode: (r.code as string | null) ?? null,
    agencyName: (r.name as string | null) ?? null,
    lockedUntil: new Date(r.locked_until as string),
  }));
}
