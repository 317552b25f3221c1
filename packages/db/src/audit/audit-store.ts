/**
 * Reading the audit log: a filtered page (or all rows of a filter, for the CSV), and the names of the objects a
 * page's entries point at. Names are looked up set-wise: the entries' object ids are grouped by kind and each kind
 * is read once, so a page costs the same number of statements whether it holds 5 entries or 500. Everything runs
 * in the caller's EntityManager, under its row-level-security scope: an object the reader may not see (or that no
 * longer exists) is named from what the entry itself kept.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  applicationCaseObjectName,
  auditObjectNameFromSnapshot,
  catalogueObjectName,
  publicationRecordObjectName,
  reportObjectName,
  userObjectName,
} from '@gongkai/domain';
import { Agency } from '../agency.js';
import { User } from '../account/account-entities.js';
import { Catalogue, CatalogueItem, ImportFinding, Office, Requirement } from '../catalogue/catalogue-entities.js';
import { AnnualReport } from '../report/report-entities.js';
import { ApplicationCase, ApplicationReview } from '../applications/application-entities.js';
import { PublicationRecord } from '../records/record-entities.js';

export interface AuditLogFilter {
  agencyId?: string | null;
  /** Part of the login or display name of who did it (case-insensitive). */
  user?: string | null;
  /** Operation names, any of which an entry's operation (or one of a generic entry's `a,b`) must be. */
  operations?: readonly string[] | null;
  /** Entries at or after this instant. */
  from?: Date | null;
  /** Entries before this instant. */
  before?: Date | null;
}

const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9_]*$/u;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** An entry with the names of its user and agency, as read for the page and the CSV. */
export interface AuditRecord {
  id: string;
  at: Date;
  /** The login at the time. */
  userLogin: string | null;
  /** The user's login and display name now (null when deleted or not visible). */
  currentLogin: string | null;
  displayName: string | null;
  agencyName: string | null;
  operation: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
}

/** The filter as SQL (parameters in order); plain SQL so that a CSV of thousands of rows maps no entities. */
function whereSql(filter: AuditLogFilter): { sql: string; params: unknown[] } {
  const and: string[] = [];
  const params: unknown[] = [];
  if (filter.agencyId) {
    and.push('a.agency_id = ?');
    params.push(filter.agencyId);
  }
  const user = filter.user?.trim();
  if (user) {
    and.push('(a.user_login ilike ? or u.display_name ilike ?)');
    params.push(likePattern(user), likePattern(user));
  }
  if (filter.operations && filter.operations.length > 0) {
    const names = filter.operations.filter((o) => OPERATION_NAME.test(o));
    if (names.length === 0) and.push('false');
    else {
      and.push('a.operation ~ ?');
      params.push(`(^|,)(${names.join('|')})(,|$)`);
    }
  }
  if (filter.from) {
    and.push('a.at >= ?');
    params.push(filter.from);
  }
  if (filter.before) {
    and.push('a.at < ?');
    params.push(filter.before);
  }
  return { sql: and.length === 0 ? '' : `where ${and.join(' and ')}`, params };
}

const FROM = 'from audit_log a left join agency ag on ag.id = a.agency_id left join app_user u on u.id = a.user_id';

interface RawRecord {
  id: string;
  at: Date | string;
  user_login: string | null;
  current_login: string | null;
  display_name: string | null;
  agency_name: string | null;
  operation: string;
  object_type: string;
  object_id: string | null;
  before: unknown;
  after: unknown;
}

function record(r: RawRecord): AuditRecord {
  return {
    id: r.id,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    userLogin: r.user_login,
    currentLogin: r.current_login,
    displayName: r.display_name,
    agencyName: r.agency_name,
    operation: r.operation,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}

/** The filter's entries, newest first, from `offset`, at most `limit` (in the caller's transaction and scope). */
export async function listAuditEntries(
  em: EntityManager,
  filter: AuditLogFilter,
  page: { limit: number; offset: number },
): Promise<AuditRecord[]> {
  const w = whereSql(filter);
  const rows = await em.execute<RawRecord[]>(
    `select a.id, a.at, a.user_login, u.login as current_login, u.display_name, ag.name as agency_name,
       a.operation, a.object_type, a.object_id, a.before, a.after
     ${FROM} ${w.sql} order by a.at desc, a.id asc limit ? offset ?`,
    [...w.params, page.limit, page.offset],
  );
  return rows.map(record);
}

/** How many entries the filter selects. */
export async function countAuditEntries(em: EntityManager, filter: AuditLogFilter): Promise<number> {
  const w = whereSql(filter);
  const [row] = await em.execute<Array<{ n: string | number }>>(`select count(*) as n ${FROM} ${w.sql}`, w.params);
  return Number(row?.n ?? 0);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function key(objectType: string, objectId: string): string {
  return `${objectType}\u0000${objectId}`;
}

/** A long text cut for a table cell. */
function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

type Namer = (em: EntityManager, ids: string[]) => Promise<Array<[string, string | null]>>;

/** One statement per kind: the kind's objects of a page, named. */
const NAMERS: Readonly<Record<string, Namer>> = {
  AnnualReport: async (em, ids) =>
    (await em.find(AnnualReport, { id: { $in: ids } }, { populate: ['agency'] })).map((r) => [
      r.id,
      reportObjectName(r.agency.name, r.year),
    ]),
  Catalogue: async (em, ids) =>
    (await em.find(Catalogue, { id: { $in: ids } }, { populate: ['agency'] })).map((c) => [
      c.id,
      catalogueObjectName(c.agency.name, c.title, c.versionLabel),
    ]),
  User: async (em, ids) =>
    (await em.find(User, { id: { $in: ids } })).map((u) => [u.id, userObjectName(u.login, u.displayName)]),
  Office: async (em, ids) => (await em.find(Office, { id: { $in: ids } })).map((o) => [o.id, o.name]),
  CatalogueItem: async (em, ids) => (await em.find(CatalogueItem, { id: { $in: ids } })).map((i) => [i.id, i.name]),
  Requirement: async (em, ids) =>
    (await em.find(Requirement, { id: { $in: ids } }, { populate: ['item'] })).map((r) => [
      r.id,
      r.contentIntro ? `${r.item.name}：${clip(r.contentIntro)}` : r.item.name,
    ]),
  ImportFinding: async (em, ids) =>
    (await em.find(ImportFinding, { id: { $in: ids } })).map((f) => [f.id, clip(f.message)]),
  ApplicationCase: async (em, ids) =>
    (await em.find(ApplicationCase, { id: { $in: ids } })).map((c) => [
      c.id,
      applicationCaseObjectName(c.reference, c.subject),
    ]),
  ApplicationReview: async (em, ids) =>
    (await em.find(ApplicationReview, { id: { $in: ids } }, { populate: ['case'] })).map((r) => [
      r.id,
      (r.case ? applicationCaseObjectName(r.case.reference, r.case.subject) : null) ?? `${r.filedOn} 收到`,
    ]),
  PublicationRecord: async (em, ids) =>
    (await em.find(PublicationRecord, { id: { $in: ids } })).map((r) => [
      r.id,
      publicationRecordObjectName(r.documentNumber, r.title, r.itemPath),
    ]),
  Agency: async (em, ids) => (await em.find(Agency, { id: { $in: ids } })).map((a) => [a.id, a.name]),
};

/** Entries whose object is a setting of the entry's agency (named by the agency, no lookup). */
const AGENCY_SETTINGS: ReadonlySet<string> = new Set([
  'GovernmentSetting',
  'ApplicationSettings',
  'RecordSettings',
  'MonthlyDecisionCount',
]);

/** The part of an entry naming needs (entities or plain rows). */
export interface AuditEntryRef {
  objectType: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The entry's agency name, when loaded. */
  agencyName?: string | null;
}

/**
 * A name for each entry's object (same order; null when nothing better than the id is known), reading each kind
 * of object once.
 */
export async function auditObjectNames(
  em: EntityManager,
  entries: readonly AuditEntryRef[],
): Promise<(string | null)[]> {
  const idsByKind = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.objectId || !Object.hasOwn(NAMERS, e.objectType) || !UUID.test(e.objectId)) continue;
    let ids = idsByKind.get(e.objectType);
    if (!ids) idsByKind.set(e.objectType, (ids = new Set()));
    ids.add(e.objectId);
  }
  const names = new Map<string, string | null>();
  for (const [kind, ids] of [...idsByKind].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [id, name] of await NAMERS[kind]!(em, [...ids])) names.set(key(kind, id), name);
  }
  return entries.map((e) => {
    const found = e.objectId ? names.get(key(e.objectType, e.objectId)) : undefined;
    if (found) return found;
    if (e.objectType === 'ReportDeadline' && e.objectId) {
      const year = /\/(\d{4})$/u.exec(e.objectId)?.[1];
      return e.agencyName && year ? `${e.agencyName} ${year} 年度报告截止日` : e.objectId;
    }
    if (AGENCY_SETTINGS.has(e.objectType)) return e.agencyName ?? null;
    return (
      auditObjectNameFromSnapshot(e.objectType, e.objectId, e.before, e.after, e.agencyName ?? null) ??
      (e.objectType === 'PublicationRecord' || e.objectType === 'ApplicationCase' ? (e.agencyName ?? null) : null)
    );
  });
}
