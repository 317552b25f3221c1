/**
 * Reading and writing the register within the caller's transaction and scope. Every read goes through row-level
 * security; the applicants' personal data only through `readApplicants` / `saveApplicant`, which see nothing unless
 * the transaction's `gongkai.personal` scope holds the case's agency.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_APPLICATION_SETTINGS,
  applicationSettings,
  type ApplicantPersonalData,
  type ApplicationCaseCore,
  type ApplicationSettings,
  type ApplicationStep,
  type ReviewRecord,
} from '@gongkai/domain';

/** A case's clock fields and its agency, without anything personal — what the office's overview needs. */
export interface CaseClockRow extends ApplicationCaseCore {
  agencyId: string;
  /** The agency's own number (编号): not personal. */
  reference: string | null;
}

interface CaseRow {
  id: string;
  agency_id: string;
  received_on: string | Date | null;
  applicant_kind: string | null;
  steps: ApplicationStep[];
  outcome: string | null;
  reference: string | null;
}

function isoDate(v: string | Date | null): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v.slice(0, 10);
  return v.toISOString().slice(0, 10);
}

function toCore(r: CaseRow): CaseClockRow {
  return {
    id: r.id,
    agencyId: r.agency_id,
    receivedOn: isoDate(r.received_on),
    applicantKind: r.applicant_kind as ApplicationCaseCore['applicantKind'],
    steps: r.steps ?? [],
    outcome: r.outcome,
    reference: r.reference,
  };
}

const CORE_COLUMNS = 'id, agency_id, reference, received_on::text as received_on, applicant_kind, steps, outcome';

/** Open cases (no outcome) of the agencies, in one statement. */
export async function loadOpenCases(em: EntityManager, agencyIds: readonly string[]): Promise<CaseClockRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await em.execute<CaseRow[]>(
    `select ${CORE_COLUMNS} from application_case where agency_id = any(?::uuid[]) and outcome is null`,
    [`{${agencyIds.join(',')}}`],
  );
  return rows.map(toCore);
}

/**
 * The cases that can count in the agency's tables of a year: received by 31 December and not closed before
 * 1 January (plus the drafts without a date, which the table lists as not counted), in one statement.
 */
export async function loadCasesForYear(em: EntityManager, agencyId: string, year: number): Promise<CaseClockRow[]> {
  const rows = await em.execute<CaseRow[]>(
    `select ${CORE_COLUMNS} from application_case where agency_id = ? and (received_on is null or received_on <= ?::date) and (closed_on is null or closed_on >= ?::date)`,
    [agencyId, `${year}-12-31`, `${year}-01-01`],
  );
  return rows.map(toCore);
}

/** Cases of the agencies received or closed in the year (statistics), in one statement. */
export async function loadCasesTouchingYear(
  em: EntityManager,
  agencyIds: readonly string[],
  year: number,
): Promise<CaseClockRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await em.execute<CaseRow[]>(
    `select ${CORE_COLUMNS} from application_case where agency_id = any(?::uuid[]) and received_on <= ?::date and (closed_on is null or closed_on >= ?::date)`,
    [`{${agencyIds.join(',')}}`, `${year}-12-31`, `${year}-01-01`],
  );
  return rows.map(toCore);
}

/** The applicants of these cases that the transaction may see (none outside `gongkai.personal`). */
export async function readApplicants(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, ApplicantPersonalData>> {
  if (caseIds.length === 0) return new Map();
  const rows = await em.execute<Array<{ case_id: string; name: string; contact: string }>>(
    'select case_id, name, contact from application_applicant where case_id = any(?::uuid[])',
    [`{${caseIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.case_id, { name: r.name, contact: r.contact }]));
}

/** Stores (or with null, removes) a case's applicant; refused by the database outside `gongkai.personal`. */
export async function saveApplicant(
  em: EntityManager,
  agencyId: string,
  caseId: string,
  data: ApplicantPersonalData | null,
): Promise<void> {
  if (data === null || (data.name.trim() === '' && data.contact.trim() === '')) {
    await em.execute('delete from application_applicant where case_id = ?', [caseId], 'run');
    return;
  }
  await em.execute(
    `insert into application_applicant (case_id, agency_id, name, contact) values (?, ?, ?, ?)
     on conflict (case_id) do update set name = excluded.name, contact = excluded.contact`,
    [caseId, agencyId, data.name, data.contact],
    'run',
  );
}

/** The government's settings of the clock, defaults for what it has not set (an invalid stored value → defaults). */
export async function loadApplicationSettings(
  em: EntityManager,
  governmentId: string | null,
): Promise<ApplicationSettings> {
  const rows = governmentId
    ? await em.execute<Array<{ settings: Partial<ApplicationSettings> }>>(
        'select settings from application_settings where agency_id = ?',
        [governmentId],
      )
    : [];
  const r = applicationSettings(rows[0]?.settings ?? {});
  return r.ok ? r.settings : { ...DEFAULT_APPLICATION_SETTINGS };
}

export async function saveApplicationSettings(
  em: EntityManager,
  governmentId: string,
  settings: Partial<ApplicationSettings>,
  by: string | null,
): Promise<void> {
  await em.execute(
    `insert into application_settings (agency_id, settings, updated_at, updated_by) values (?, ?::jsonb, now(), ?)
     on conflict (agency_id) do update set settings = excluded.settings, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [governmentId, JSON.stringify(settings), by],
    'run',
  );
}

interface ReviewRow {
  id: string;
  case_id: string | null;
  kind: ReviewRecord['kind'];
  role: ReviewRecord['role'];
  filed_on: string;
  result: ReviewRecord['result'];
  decided_on: string | null;
}

/** Review and lawsuit records of the agency (filed in the year, when given). */
export async function loadReviewRecords(em: EntityManager, agencyId: string, year?: number): Promise<ReviewRecord[]> {
  const rows = await em.execute<ReviewRow[]>(
    `select id, case_id, kind, role, filed_on::text as filed_on, result, decided_on::text as decided_on from application_review where agency_id = ?${year ? ' and filed_on between ?::date and ?::date' : ''} order by filed_on, id`,
    year ? [agencyId, `${year}-01-01`, `${year}-12-31`] : [agencyId],
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    role: r.role,
    filedOn: r.filed_on,
    result: r.result,
    decidedOn: r.decided_on,
  }));
}
