/**
 * 主动公开 publication records (issue 16), the work behind the resolvers (each function takes the request's context
 * first): entry, 解读 links, monthly decision counts, imports, each record judged against its catalogue row's
 * time-limit rule, missing periods, items with nothing published, policies without 解读, table 二 from records, and
 * the office's view of every department — the last in a constant number of statements whatever the number of
 * departments (plain rows, grouped in Node).
 *
 * A record is filed under a row by item path and row position: it is judged against the row of the agency's current
 * published catalogue with that path (so it stays attached across versions that keep the item), else against the row
 * it was filed under (a version that has since dropped the item). The rules, labels and checks are in the domain.
 */
import {
  Agency,
  ConflictError,
  MonthlyDecisionCount,
  PublicationRecord,
  RecordInterpretation,
  RecordSettingsRow,
  Requirement,
  findReport,
  reportData,
  saveReportDraft,
  type AnnualReport,
} from '@gongkai/db';
import {
  DEFAULT_RECORD_SETTINGS,
  RECORD_FIELD_LABELS,
  channelLabel,
  fillTableTwo,
  formatRate,
  guessRecordMapping,
  interpretRecordGrid,
  interpretationTimeliness,
  isEditableReportStatus,
  matchSiteList,
  normalizeTimeLimitRule,
  onTimeFigures,
  pathKey,
  parseDateText,
  recordTimeliness,
  timelinessJudge,
  siteListFromJson,
  tableTwoDifferences,
  tableTwoFromRecords,
  timelinessLabel,
  validateMonthlyDecisions,
  validateRecordInput,
  validateRecordSettings,
  type ChannelCode,
  type DocumentKind,
  type ItemJson,
  type MonthlyDecisions,
  type RecordInput,
  type RecordMapping,
  type RecordSettings,
  type RecordStatus,
  type RecordVerdict,
  type TimeLimitRule,
  type TimelinessState,
  type ValidityClass,
  type WorkingDayCalendar,
} from '@gongkai/domain';
import { csvRows, readRegisterXlsx } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import { readingEverything } from '../scope.js';
import { KeptCopies } from '../kept-copies.js';
import { decodeUpload } from '../intake/uploads.js';
import type {
  AgencyRecordsType,
  FillTableTwoResultType,
  InterpretationCheckType,
  ItemWithoutRecordsType,
  MissingPeriodType,
  MonthlyDecisionInput,
  MonthlyDecisionType,
  OfficeRecordViewType,
  PublicationRecordInput,
  PublicationRecordType,
  RecordFiguresType,
  RecordImportResultType,
  RecordSettingsType,
  TableTwoType,
} from './record.type.js';

const login = (ctx: Context): string | null => (ctx.principal.kind === 'user' ? ctx.principal.login : null);

/** Today as the calendar day in China. */
export const chinaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

// ---- plain rows ----

/** A record as the judging code reads it (from an entity or a plain SQL row). */
export interface RecordRow extends RecordInput {
  id: string;
  agencyId: string;
  requirementId: string | null;
  itemKey: string;
  itemPath: string[];
  rowPosition: number;
  version: number;
  /** rowKey(itemKey, rowPosition), set only when known to be a row of the agency's current catalogue. */
  rowKey?: string;
}

function rowOf(e: PublicationRecord): RecordRow {
  return {
    id: e.id,
    agencyId: e.agency.id,
    requirementId: e.requirement?.id ?? null,
    itemKey: e.itemKey,
    itemPath: e.itemPath,
    rowPosition: e.rowPosition,
    version: e.version,
    status: e.status,
    title: e.title ?? null,
    documentNumber: e.documentNumber ?? null,
    formedDate: e.formedDate ?? null,
    publishedDate: e.publishedDate ?? null,
    channels: e.channels,
    url: e.url ?? null,
    attachment: e.attachment ?? null,
    documentKind: e.documentKind ?? null,
    validity: e.validity ?? null,
    abolishedDate: e.abolishedDate ?? null,
    period: e.period ?? null,
  };
}

const RECORD_COLUMNS = `id, agency_id, requirement_id, item_key, row_position, version, status, title,
  document_number, to_char(formed_date, 'YYYY-MM-DD') as formed_date, to_char(published_date, 'YYYY-MM-DD') as published_date,
  channels, url, attachment, document_kind, validity, to_char(abolished_date, 'YYYY-MM-DD') as abolished_date, period`;

type Raw = Record<string, unknown>;
function rowOfRaw(r: Raw): RecordRow {
  const s = (k: string): string | null => (r[k] === null || r[k] === undefined ? null : String(r[k]));
  return {
    id: String(r.id),
    agencyId: String(r.agency_id),
    requirementId: s('requirement_id'),
    itemKey: String(r.item_key),
    // The key is the path joined (pathKey): the path column is not read for thousands of rows.
    itemPath: String(r.item_key).split('›'),
    rowPosition: Number(r.row_position),
    version: Number(r.version),
    status: r.status as RecordStatus,
    title: s('title'),
    documentNumber: s('document_number'),
    formedDate: s('formed_date'),
    publishedDate: s('published_date'),
    channels: r.channels as ChannelCode[],
    url: s('url'),
    attachment: s('attachment'),
    documentKind: s('document_kind') as DocumentKind | null,
    validity: s('validity') as ValidityClass | null,
    abolishedDate: s('abolished_date'),
    period: s('period'),
  };
}

/** The year a record belongs to: its publication date's, else its formed date's, else its period's. */
export function recordYear(r: Pick<RecordInput, 'publishedDate' | 'formedDate' | 'period'>): number | null {
  const d = r.publishedDate ?? r.formedDate ?? r.period;
  return d ? Number(d.slice(0, 4)) : null;
}

// ---- the catalogue rows records are judged against ----

interface RowInfo {
  requirementId: string;
  versionLabel: string;
  itemPath: string[];
  itemKey: string;
  position: number;
  /** rowKey(itemKey, position) */
  key: string;
  rule: TimeLimitRule;
  /** The rule as JSON: rows with equal rules share their due dates. */
  ruleKey: string;
  raw: string;
}

interface AgencyRows {
  catalogueId: string | null;
  versionLabel: string | null;
  /** `${itemKey}#${position}` → row */
  rows: Map<string, RowInfo>;
  /** Items with rows, in catalogue order. */
  items: Array<{ key: string; path: string[]; rows: RowInfo[] }>;
  /** The current catalogue's items as the domain's matching reads them. */
  tree: ItemJson[];
}

const rowKey = (itemKey: string, position: number): string => `${itemKey}#${position}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A row's rule from its stored JSON text, and its key (the normalized rule as JSON: rows with equal rules share their
 * due dates) — parsed once per distinct text (a government's 10,000 rows have a few dozen).
 */
function ruleReader(): (text: string) => { rule: TimeLimitRule; ruleKey: string } {
  const seen = new Map<string, { rule: TimeLimitRule; ruleKey: string }>();
  return (text) => {
    let r = seen.get(text);
    if (!r) {
      const rule = JSON.parse(text) as TimeLimitRule;
      seen.set(text, (r = { rule, ruleKey: JSON.stringify(normalizeTimeLimitRule(rule)) }));
    }
    return r;
  };
}

/** A current catalogue's rows as the judging code reads them (what currentRows keeps per catalogue). */
type CatalogueRows = Pick<AgencyRows, 'versionLabel' | 'rows' | 'items' | 'tree'>;

/**
 * The server's copies of published catalogues' rows, keyed on the catalogue and its agency's catalogue data version
 * (tree-copies.ts explains the number): a published catalogue's items and rows never change, and a copy is used only
 * while the version is unchanged. Read and made only for the office's view (a query): a mutation may change a tree
 * twice under one version.
 */
const keptRows = new KeptCopies<CatalogueRows>(1000);

/** For tests: forget every copy. */
export function forgetKeptCatalogueRows(): void {
  keptRows.clear();
}

/**
 * Each agency's current published catalogue's rows: three statements for any number of agencies — or one, when
 * `keep` and the server holds a copy of every catalogue at its data version.
 */
async function currentRows(ctx: Context, agencyIds: string[], keep = false): Promise<Map<string, AgencyRows>> {
  const out = new Map<string, AgencyRows>();
  for (const id of agencyIds)
    out.set(id, { catalogueId: null, versionLabel: null, rows: new Map(), items: [], tree: [] });
  if (agencyIds.length === 0) return out;
  const catalogues = await ctx.em.execute<
    Array<{ id: string; agency_id: string; version_label: string; version: string }>
  >(
    `select distinct on (c.agency_id) c.id, c.agency_id, c.version_label, coalesce(v.version, 0)::text as version
       from catalogue c left join catalogue_data_version v on v.agency_id = c.agency_id
      where c.agency_id = any(?::uuid[]) and c.status = 'PUBLISHED'
      order by c.agency_id, c.published_at desc nulls last, c.created_at desc`,
    [`{${agencyIds.join(',')}}`],
  );
  const toLoad: typeof catalogues = [];
  for (const c of catalogues) {
    const kept = keep ? keptRows.get(c.id, c.version) : undefined;
    if (kept) out.set(c.agency_id, { catalogueId: c.id, ...kept });
    else toLoad.push(c);
  }
  if (toLoad.length === 0) return out;
  const ids = `{${toLoad.map((c) => c.id).join(',')}}`;
  const items = await ctx.em.execute<
    Array<{ id: string; parent_id: string | null; catalogue_id: string; name: string; position: number; level: number }>
  >(
    `select id, parent_id, catalogue_id, name, position, level from catalogue_item where catalogue_id = any(?::uuid[])`,
    [ids],
  );
  const reqs = await ctx.em.execute<
    Array<{ id: string; item_id: string; position: number; time_limit_raw: string; rule_text: string }>
  >(
    `select id, item_id, position, time_limit_raw, time_limit_rule::text as rule_text from requirement
      where catalogue_id = any(?::uuid[])`,
    [ids],
  );
  const ruleOf = ruleReader();
  const reqsByItem = new Map<string, typeof reqs>();
  for (const r of reqs) {
    const list = reqsByItem.get(r.item_id);
    if (list) list.push(r);
    else reqsByItem.set(r.item_id, [r]);
  }
  const children = new Map<string, typeof items>();
  for (const i of items) {
    const k = `${i.catalogue_id}/${i.parent_id ?? ''}`;
    const list = children.get(k);
    if (list) list.push(i);
    else children.set(k, [i]);
  }
  for (const c of toLoad) {
    const target: CatalogueRows = { versionLabel: c.version_label, rows: new Map(), items: [], tree: [] };
    const walk = (parentId: string, path: string[]): ItemJson[] =>
      (children.get(`${c.id}/${parentId}`) ?? [])
        .sort((a, b) => a.position - b.position)
        .map((i) => {
          const p = [...path, i.name];
          const key = pathKey(p);
          const rows: RowInfo[] = (reqsByItem.get(i.id) ?? [])
            .sort((a, b) => a.position - b.position)
            .map((r, position) => ({
              requirementId: r.id,
              versionLabel: c.version_label,
              itemPath: p,
              itemKey: key,
              position,
              key: rowKey(key, position),
              ...ruleOf(r.rule_text),
              raw: r.time_limit_raw,
            }));
          if (rows.length) target.items.push({ key, path: p, rows });
          for (const r of rows) target.rows.set(r.key, r);
          const node: ItemJson = {
            name: i.name,
            level: i.level as 1 | 2 | 3,
            serial: null,
            line: null,
            // Matching only needs to know the item has rows (their content is not compared).
            requirements: rows.map(
              () => ({ contentIntro: null, contentElements: [] }) as unknown as ItemJson['requirements'][number],
            ),
            children: [],
          };
          node.children = walk(i.id, p);
          return node;
        });
    target.tree = walk('', []);
    if (keep) keptRows.set(c.id, c.version, target);
    out.set(c.agency_id, { catalogueId: c.id, ...target });
  }
  return out;
}

/** Rows records were filed under that the current catalogues no longer have (one statement, when there are any). */
async function filedRows(
  ctx: Context,
  records: RecordRow[],
  current: Map<string, AgencyRows>,
): Promise<Map<string, RowInfo>> {
  const wanted = records.filter(
    // A row key already set is a current row's (lean rows).
    (r) =>
      r.requirementId && r.rowKey === undefined && !current.get(r.agencyId)?.rows.has(rowKey(r.itemKey, r.rowPosition)),
  );
  const out = new Map<string, RowInfo>();
  if (wanted.length === 0) return out;
  const rows = await ctx.em.execute<
    Array<{ id: string; time_limit_raw: string; time_limit_rule: TimeLimitRule; version_label: string }>
  >(
    `select r.id, r.time_limit_raw, r.time_limit_rule, c.version_label from requirement r join catalogue c on c.id = r.catalogue_id
      where r.id = any(?::uuid[])`,
    [`{${[...new Set(wanted.map((r) => r.requirementId!))].join(',')}}`],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const rec of wanted) {
    const r = byId.get(rec.requirementId!);
    if (r)
      out.set(r.id, {
        requirementId: r.id,
        versionLabel: r.version_label,
        itemPath: rec.itemPath,
        itemKey: rec.itemKey,
        position: rec.rowPosition,
        key: rowKey(rec.itemKey, rec.rowPosition),
        rule: r.time_limit_rule,
        ruleKey: JSON.stringify(normalizeTimeLimitRule(r.time_limit_rule)),
        raw: r.time_limit_raw,
      });
  }
  return out;
}

/** Settings of each agency's government (the agency itself when it is one): one statement. */
async function settingsFor(ctx: Context, agencies: Agency[]): Promise<Map<string, RecordSettings>> {
  const govOf = new Map(agencies.map((a) => [a.id, a.kind === 'GOVERNMENT' ? a.id : (a.parent?.id ?? a.id)]));
  const govIds = [...new Set(govOf.values())];
  const rows = govIds.length
    ? await ctx.em.execute<
        Array<{ agency_id: string; immediate_working_days: number; interpretation_working_days: number }>
      >(
        'select agency_id, immediate_working_days, interpretation_working_days from record_settings where agency_id = any(?::uuid[])',
        [`{${govIds.join(',')}}`],
      )
    : [];
  const byGov = new Map(
    rows.map((r) => [
      r.agency_id,
      { immediateWorkingDays: r.immediate_working_days, interpretationWorkingDays: r.interpretation_working_days },
    ]),
  );
  return new Map(agencies.map((a) => [a.id, byGov.get(govOf.get(a.id)!) ?? DEFAULT_RECORD_SETTINGS]));
}

// ---- judging ----

interface Judged {
  row: RecordRow;
  info: RowInfo | null;
  attachedTo: 'current' | 'filed' | 'none';
  t: RecordVerdict;
  /** Judges with this calendar, settings and day (the explanation is written only when a client asks for it). */
  by: Judge;
  interpretationIds: string[];
  policyIds: string[];
}

const NO_IDS: string[] = [];

interface Links {
  interpretationsOf: Map<string, string[]>;
  policiesOf: Map<string, string[]>;
}

/** Judges records of one calendar, settings and day: fast verdicts (timelinessJudge), explanations on demand. */
interface Judge {
  verdict: ReturnType<typeof timelinessJudge>;
  calendar: WorkingDayCalendar;
  settings: RecordSettings;
  today: string;
}

const judges = new WeakMap<RecordSettings, Judge>();
function judgeFor(calendar: WorkingDayCalendar, settings: RecordSettings, today: string): Judge {
  let j = judges.get(settings);
  if (!j || j.calendar !== calendar || j.today !== today) {
    j = { verdict: timelinessJudge(calendar, { today, settings }), calendar, settings, today };
    judges.set(settings, j);
  }
  return j;
}

/** The row of the agency's current catalogue a record is judged against (by item path and position), if any. */
const currentRowOf = (r: RecordRow, current: AgencyRows | undefined): RowInfo | undefined =>
  current?.rows.get(r.rowKey ?? rowKey(r.itemKey, r.rowPosition));

/** Else the row it was filed under, in a version that has since dropped the item, if any. */
const filedRowOf = (r: RecordRow, filed: Map<string, RowInfo>): RowInfo | undefined =>
  r.requirementId ? filed.get(r.requirementId) : undefined;

/** The verdict of a record without a row (its row is gone). */
const NO_ROW_VERDICT: RecordVerdict = Object.freeze({
  state: 'UNKNOWN',
  dueDate: null,
  lateWorkingDays: 0,
  period: null,
});

function judged(
  r: RecordRow,
  cur: RowInfo | undefined,
  old: RowInfo | undefined,
  t: RecordVerdict,
  by: Judge,
  links: Links,
): Judged {
  return {
    row: r,
    info: cur ?? old ?? null,
    attachedTo: cur ? 'current' : old ? 'filed' : 'none',
    t,
    by,
    interpretationIds: links.interpretationsOf.get(r.id) ?? NO_IDS,
    policyIds: links.policiesOf.get(r.id) ?? NO_IDS,
  };
}

function judge(
  r: RecordRow,
  current: AgencyRows | undefined,
  filed: Map<string, RowInfo>,
  by: Judge,
  links: Links,
): Judged {
  const cur = currentRowOf(r, current);
  const old = cur ? undefined : filedRowOf(r, filed);
  const info = cur ?? old;
  return judged(r, cur, old, info ? by.verdict(info.rule, info.ruleKey, r) : NO_ROW_VERDICT, by, links);
}

/** The explanation of a verdict, written only for records a client asks it of (the office's figures need none). */
const explain = (j: Judged): string =>
  j.info
    ? recordTimeliness(j.info.rule, j.row, j.by.calendar, { today: j.by.today, settings: j.by.settings }).explanation
    : '所属目录行已删除，无法计算期限。';

function recordType(j: Judged, agency: Agency): PublicationRecordType {
  const r = j.row;
  return {
    id: r.id,
    agency,
    itemPath: r.itemPath,
    rowPosition: r.rowPosition,
    requirementId: j.info?.requirementId ?? null,
    catalogueVersionLabel: j.info?.versionLabel ?? null,
    attachedTo: j.attachedTo,
    status: r.status,
    title: r.title,
    documentNumber: r.documentNumber,
    formedDate: r.formedDate,
    publishedDate: r.publishedDate,
    channels: r.channels,
    channelLabels: r.channels.map((c) => channelLabel(c)),
    url: r.url,
    attachment: r.attachment,
    documentKind: r.documentKind,
    validity: r.validity,
    abolishedDate: r.abolishedDate,
    period: j.t.period ?? r.period,
    timeLimitRaw: j.info?.raw ?? '',
    dueDate: j.t.dueDate,
    state: j.t.state,
    stateLabel: timelinessLabel(j.t.state),
    lateWorkingDays: j.t.lateWorkingDays,
    get explanation(): string {
      return explain(j);
    },
    interpretationIds: j.interpretationIds,
    policyIds: j.policyIds,
    version: r.version,
  };
}

/** The states figures count: published records, and drafts already overdue (to publish, past due). */
const countedState = (status: RecordStatus, t: RecordVerdict): TimelinessState | null =>
  status === 'PUBLISHED' ? t.state : t.state === 'OVERDUE' ? 'OVERDUE' : null;
const counted = (j: Judged): TimelinessState | null => countedState(j.row.status, j.t);

interface AgencyYear {
  agency: Agency;
  versionLabel: string | null;
  /** The year's records, judged (empty when summarized for figures only). */
  records: Judged[];
  missing: MissingPeriodType[];
  nothing: ItemWithoutRecordsType[];
  policies: InterpretationCheckType[];
  figures: RecordFiguresType;
}

/** What judging a year's records of some agencies needs besides the records: loaded once, shared by both loads. */
interface YearContext {
  year: number;
  today: string;
  current: Map<string, AgencyRows>;
  calendar: WorkingDayCalendar;
  settings: Map<string, RecordSettings>;
  links: Links;
  /** The 解读 linked to the agencies' policies: status and publication date, by id (any year). */
  linked: Map<string, { status: RecordStatus; publishedDate: string | null }>;
  /** Rows records were filed under that the current catalogues no longer have. */
  filed: Map<string, RowInfo>;
}

/** Records of the year, and those of the following months a periodic row's last period is published in. */
const YEAR_FILTER = `agency_id = any(?::uuid[])
  and (coalesce(published_date, formed_date) between ?::date and ?::date or period like ?
       or (published_date is null and formed_date is null and period is null))`;
const yearParams = (ids: string[], year: number): unknown[] => [
  `{${ids.join(',')}}`,
  `${year}-01-01`,
  `${year + 1}-06-30`,
  `${year}%`,
];

/** The year's records of the agencies, every column, in the order the pages list them. */
async function fullRecords(ctx: Context, ids: string[], year: number): Promise<RecordRow[]> {
  if (ids.length === 0) return [];
  const raw = await ctx.em.execute<Raw[]>(
    `select ${RECORD_COLUMNS} from publication_record where ${YEAR_FILTER}
      order by coalesce(published_date, formed_date) nulls last, created_at`,
    yearParams(ids, year),
  );
  return raw.map(rowOfRaw);
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01), remembered: a year's records share a few hundred days. */
const isoDays = new Map<number, string>();
function isoOfDay(n: number | null): string | null {
  if (n === null) return null;
  let s = isoDays.get(n);
  if (s === undefined) {
    s = new Date(n * 86_400_000).toISOString().slice(0, 10);
    isoDays.set(n, s);
  }
  return s;
}

/**
 * A statement's rows as arrays, in the request's transaction (the same connection and scope as `ctx.em.execute`): no
 * object with named fields per row — for the 100,000 rows of an office's year.
 */
async function arrayRows<T extends unknown[]>(ctx: Context, sql: string, params: unknown[]): Promise<T[]> {
  // Through the connection's executeQuery (protected in its typings), so the statement is logged like the others.
  const connection = ctx.em.getConnection() as unknown as {
    executeQuery<R>(sql: string, run: () => Promise<R>, context?: object): Promise<R>;
  };
  return connection.executeQuery(
    sql,
    async () => {
      const query = ctx.em
        .getKnex()
        .raw(sql, params as never[])
        .options({ rowMode: 'array' });
      const trx = ctx.em.getTransactionContext();
      if (trx) void query.transacting(trx);
      return ((await query) as unknown as { rows: T[] }).rows;
    },
    { query: sql, params },
  );
}

/**
 * The year's records of the agencies with only what judging needs (the office's figures): dates as day numbers, the
 * row of a record filed under its agency's current catalogue as its number in the list sent (the agency, item path and
 * position come from the row), the id of policies only; agency, row id, item path and position only of records not
 * filed under a current catalogue's row. No title, URL or channels; unordered. Fields a page lists are empty: such
 * rows are for figures only.
 */
async function leanRecords(
  ctx: Context,
  ids: string[],
  year: number,
  current: Map<string, AgencyRows>,
): Promise<RecordRow[]> {
  if (ids.length === 0) return [];
  // The current rows in the order sent: the statement answers a row's 1-based number in this list.
  const sent: Array<{ agencyId: string; info: RowInfo }> = [];
  for (const [agencyId, a] of current)
    for (const item of a.items) for (const info of item.rows) sent.push({ agencyId, info });
  const raw = await arrayRows<
    [
      n: string | null,
      requirementId: string | null,
      published: boolean,
      f: number | null,
      p: number | null,
      period: string | null,
      id: string | null,
      documentKind: DocumentKind | null,
      agencyId: string | null,
      itemKey: string | null,
      rowPosition: number | null,
    ]
  >(
    ctx,
    `select cur.n, case when cur.n is null then requirement_id end, status = 'PUBLISHED',
       formed_date - date '1970-01-01', published_date - date '1970-01-01', period,
       case when document_kind is not null then id end, document_kind,
       case when cur.n is null then agency_id end, case when cur.n is null then item_key end,
       case when cur.n is null then row_position end
     from publication_record
     left join unnest(?::uuid[]) with ordinality as cur(requirement, n) on cur.requirement = requirement_id
     where ${YEAR_FILTER}`,
    [`{${sent.map((r) => r.info.requirementId).join(',')}}`, ...yearParams(ids, year)],
  );
  const out: RecordRow[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const [n, requirementId, published, f, p, period, id, documentKind, agencyId, itemKey, position] = raw[i]!;
    const at = n === null ? undefined : sent[Number(n) - 1]!;
    const key = at ? at.info.itemKey : (itemKey ?? '');
    out[i] = {
      id: id ?? '',
      agencyId: at ? at.agencyId : agencyId!,
      requirementId: at ? at.info.requirementId : requirementId,
      itemKey: key,
      itemPath: at ? at.info.itemPath : key.split('›'),
      rowPosition: at ? at.info.position : Number(position),
      version: 0,
      status: published ? 'PUBLISHED' : 'DRAFT',
      title: null,
      documentNumber: null,
      formedDate: isoOfDay(f),
      publishedDate: isoOfDay(p),
      channels: [],
      url: null,
      attachment: null,
      documentKind,
      validity: null,
      abolishedDate: null,
      period,
      rowKey: at?.info.key,
    };
  }
  return out;
}

/** The 解读 links of the agencies' records, with each linked 解读's status and publication date: one statement. */
async function loadLinks(ctx: Context, ids: string[]): Promise<Pick<YearContext, 'links' | 'linked'>> {
  const links: Links = { interpretationsOf: new Map(), policiesOf: new Map() };
  const linked: YearContext['linked'] = new Map();
  if (ids.length === 0) return { links, linked };
  const rows = await ctx.em.execute<
    Array<{ policy_id: string; interpretation_id: string; status: RecordStatus; published_date: string | null }>
  >(
    // The 解读 looked up by id per link (a join would read every record of the agencies to hash them).
    `select l.policy_id, l.interpretation_id, i.status, to_char(i.published_date, 'YYYY-MM-DD') as published_date
       from record_interpretation l
       cross join lateral (select status, published_date from publication_record i where i.id = l.interpretation_id offset 0) i
      where l.agency_id = any(?::uuid[])`,
    [`{${ids.join(',')}}`],
  );
  for (const l of rows) {
    push(links.interpretationsOf, l.policy_id, l.interpretation_id);
    push(links.policiesOf, l.interpretation_id, l.policy_id);
    linked.set(l.interpretation_id, { status: l.status, publishedDate: l.published_date });
  }
  return { links, linked };
}

/**
 * The year's records of some agencies and what judging them needs, in a fixed number of statements whatever the
 * number of agencies: catalogues, items, rows, records (every column, or `lean`: only what figures need), 解读 links
 * with their 解读's dates, rows filed under old versions, settings, the calendar.
 */
async function loadYear(
  ctx: Context,
  agencies: Agency[],
  year: number,
  lean: boolean,
): Promise<{ yc: YearContext; rows: RecordRow[] }> {
  const ids = agencies.map((a) => a.id);
  const current = await currentRows(ctx, ids, lean);
  const calendar = await ctx.loaders.workingDayCalendar();
  const settings = await settingsFor(ctx, agencies);
  const rows = lean ? await leanRecords(ctx, ids, year, current) : await fullRecords(ctx, ids, year);
  const { links, linked } = await loadLinks(ctx, ids);
  const filed = await filedRows(ctx, rows, current);
  return { yc: { year, today: chinaToday(), current, calendar, settings, links, linked, filed }, rows };
}

/**
 * One agency's year from its records (any row order): each record judged by the domain, the year's records (and
 * undated drafts), missing periods, items with nothing published, policies without 解读, figures.
 */
function summarize(agency: Agency, rows: RecordRow[], yc: YearContext, lean = false): AgencyYear {
  const { year, today, calendar, links } = yc;
  const cur = yc.current.get(agency.id);
  const s = yc.settings.get(agency.id)!;
  const by = judgeFor(calendar, s, today);
  // One pass: each record judged; the year's records (and undated drafts, listed every year until they get a date;
  // no figure counts them); published records of current periodic rows (any loaded) by row, for missing periods;
  // items with something published; the year's published policies; the states figures count. `lean` (figures
  // only): the year's records are counted, not kept — only policies are (the same verdicts, fewer objects).
  const records: Judged[] = [];
  let yearRecords = 0;
  const byRow = new Map<string, RecordRow[]>();
  const publishedItems = new Set<string>();
  const policyRecords: Judged[] = [];
  const states: TimelinessState[] = [];
  for (const r of rows) {
    const current = currentRowOf(r, cur);
    const old = current ? undefined : filedRowOf(r, yc.filed);
    const info = current ?? old;
    const t = info ? by.verdict(info.rule, info.ruleKey, r) : NO_ROW_VERDICT;
    if (current && r.status === 'PUBLISHED' && current.rule.kind === 'periodic')
      push(byRow, r.rowKey ?? rowKey(r.itemKey, r.rowPosition), r);
    const y = recordYear(r);
    if (y !== year && y !== null) continue;
    yearRecords++;
    const policy = r.status === 'PUBLISHED' && !!r.documentKind;
    const j = !lean || policy ? judged(r, current, old, t, by, links) : null;
    if (!lean) records.push(j!);
    if (r.status === 'PUBLISHED' && r.publishedDate) publishedItems.add(r.itemKey);
    if (policy) policyRecords.push(j!);
    const c = countedState(r.status, t);
    if (c !== null) states.push(c);
  }
  const missing: MissingPeriodType[] = [];
  const nothing: ItemWithoutRecordsType[] = [];
  for (const item of cur?.items ?? []) {
    for (const row of item.rows) {
      for (const m of by.verdict.missingPeriods(row.rule, row.ruleKey, year, byRow.get(row.key) ?? []))
        missing.push({ itemPath: item.path, rowPosition: row.position, timeLimitRaw: row.raw, ...m });
    }
    if (!publishedItems.has(item.key)) nothing.push({ itemPath: item.path, timeLimits: item.rows.map((r) => r.raw) });
  }
  // Policies (规章 / 规范性文件 published this year) and their 解读.
  const policies: InterpretationCheckType[] = [];
  for (const j of policyRecords) {
    const dates = j.interpretationIds
      .map((id) => yc.linked.get(id))
      .filter((r) => !!r && r.status === 'PUBLISHED' && !!r.publishedDate)
      .map((r) => r!.publishedDate!)
      .sort();
    const first = dates[0] ?? null;
    const check = by.verdict.interpretation(j.row.publishedDate, first);
    if (check.state === 'LATE' || check.state === 'MISSING')
      policies.push({
        policy: recordType(j, agency),
        ...check,
        // Written only for the policies a client lists.
        get explanation(): string {
          return interpretationTimeliness(j.row.publishedDate, first, calendar, { today, settings: s }).explanation;
        },
      });
  }
  const f = onTimeFigures(states);
  return {
    agency,
    versionLabel: cur?.versionLabel ?? null,
    records,
    missing,
    nothing,
    policies,
    figures: {
      records: yearRecords,
      ...f,
      onTimeRate: f.rate,
      onTimeRateText: formatRate(f.rate),
      missingPeriods: missing.filter((m) => m.overdue).length,
      itemsWithNothingPublished: nothing.length,
      policiesWithoutInterpretation: policies.length,
    },
  };
}

function byAgencyOf(rows: RecordRow[]): Map<string, RecordRow[]> {
  const out = new Map<string, RecordRow[]>();
  for (const r of rows) push(out, r.agencyId, r);
  return out;
}

/** Everything the record pages need for some agencies and a year (every column of every record). */
async function agencyYears(ctx: Context, agencies: Agency[], year: number): Promise<AgencyYear[]> {
  const { yc, rows } = await loadYear(ctx, agencies, year, false);
  const byAgency = byAgencyOf(rows);
  return agencies.map((a) => summarize(a, byAgency.get(a.id) ?? [], yc));
}

/**
 * The figures of some agencies' year from lean rows (what judging needs only), and their lists — late records and
 * policies without 解读, whose records a client reads field by field — from every column, loaded only when a
 * client first asks for a list (one more statement for all agencies; judged with the same context).
 */
async function agencyYearFigures(
  ctx: Context,
  agencies: Agency[],
  year: number,
): Promise<Array<{ lean: AgencyYear; full: () => Promise<AgencyYear> }>> {
  const { yc, rows } = await loadYear(ctx, agencies, year, true);
  const byAgency = byAgencyOf(rows);
  let full: Promise<Map<string, AgencyYear>> | null = null;
  const fullYears = (): Promise<Map<string, AgencyYear>> =>
    (full ??= fullRecords(
      ctx,
      agencies.map((a) => a.id),
      year,
    ).then((all) => {
      const by = byAgencyOf(all);
      return new Map(agencies.map((a) => [a.id, summarize(a, by.get(a.id) ?? [], yc)]));
    }));
  return agencies.map((a) => ({
    lean: summarize(a, byAgency.get(a.id) ?? [], yc, true),
    full: () => fullYears().then((m) => m.get(a.id)!),
  }));
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2100)
    throw badUserInput(`年份「${year}」不对：应为 2008 年以后的年份`, { field: 'year' });
}

// ---- queries ----

export async function agencyRecords(
  ctx: Context,
  agencyCode: string,
  year: number,
  itemPath?: string[] | null,
): Promise<AgencyRecordsType> {
  checkYear(year);
  const agency = await agencyByCode(ctx.em, agencyCode);
  const [y] = await agencyYears(ctx, [agency], year);
  const key = itemPath?.length ? pathKey(itemPath) : null;
  const inItem = <T extends { itemPath: string[] }>(x: T): boolean => !key || pathKey(x.itemPath) === key;
  return {
    agency,
    year,
    catalogueVersionLabel: y!.versionLabel,
    records: y!.records.map((j) => recordType(j, agency)).filter(inItem),
    missingPeriods: y!.missing.filter(inItem),
    itemsWithNothingPublished: y!.nothing.filter(inItem),
    policiesWithoutInterpretation: y!.policies.filter((p) => inItem(p.policy)),
    figures: y!.figures,
  };
}

async function recordEntity(ctx: Context, id: string, field = 'id'): Promise<PublicationRecord> {
  assertId(id, field);
  const r = await ctx.em.findOne(PublicationRecord, id, { populate: ['agency'] });
  if (!r) throw notFound(`未找到 id 为「${id}」的公开记录`, { field });
  return r;
}

/** One record, judged (its year's context: current catalogue, settings, links). */
export async function publicationRecord(ctx: Context, id: string): Promise<PublicationRecordType> {
  const e = await recordEntity(ctx, id);
  return judgedOne(ctx, e);
}

async function judgedOne(ctx: Context, e: PublicationRecord): Promise<PublicationRecordType> {
  const agency = e.agency as Agency;
  const row = rowOf(e);
  const current = await currentRows(ctx, [agency.id]);
  const filed = await filedRows(ctx, [row], current);
  const settings = (await settingsFor(ctx, [agency])).get(agency.id)!;
  const linkRows = await ctx.em.execute<Array<{ policy_id: string; interpretation_id: string }>>(
    'select policy_id, interpretation_id from record_interpretation where policy_id = ? or interpretation_id = ?',
    [row.id, row.id],
  );
  const links: Links = {
    interpretationsOf: new Map([
      [row.id, linkRows.filter((l) => l.policy_id === row.id).map((l) => l.interpretation_id)],
    ]),
    policiesOf: new Map([[row.id, linkRows.filter((l) => l.interpretation_id === row.id).map((l) => l.policy_id)]]),
  };
  const calendar = await ctx.loaders.workingDayCalendar();
  return recordType(
    judge(row, current.get(agency.id), filed, judgeFor(calendar, settings, chinaToday()), links),
    agency,
  );
}

export async function officeRecordView(
  ctx: Context,
  governmentCode: string,
  year: number,
  departmentCode?: string | null,
): Promise<OfficeRecordViewType> {
  checkYear(year);
  const government = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  if (government.kind !== 'GOVERNMENT')
    throw badUserInput(`「${government.name}」不是人民政府，没有下属部门`, { field: 'governmentCode' });
  const departments = await ctx.em.find(
    Agency,
    { parent: government.id, kind: 'DEPARTMENT', ...(departmentCode ? { code: departmentCode } : {}) },
    { orderBy: { position: 'asc', name: 'asc' } },
  );
  if (departmentCode && departments.length === 0)
    throw badUserInput(`「${departmentCode}」不是${government.name}的下属部门`, { field: 'departmentCode' });
  // Every department's records of the year (100,000 in a large city): a reviewer's subtree hashed, not probed per row.
  const years = await readingEverything(ctx.em, ctx.principal, () => agencyYearFigures(ctx, departments, year));
  const sum = (k: keyof RecordFiguresType): number => years.reduce((n, y) => n + (y.lean.figures[k] as number), 0);
  const onTime = sum('onTime');
  const judged = sum('judged');
  const rate = judged ? Math.round((onTime / judged) * 10000) / 10000 : null;
  return {
    government,
    year,
    total: {
      records: sum('records'),
      judged,
      onTime,
      late: sum('late'),
      overdue: sum('overdue'),
      onTimeRate: rate,
      onTimeRateText: formatRate(rate),
      missingPeriods: sum('missingPeriods'),
      itemsWithNothingPublished: sum('itemsWithNothingPublished'),
      policiesWithoutInterpretation: sum('policiesWithoutInterpretation'),
    },
    departments: years.map(({ lean, full }) => ({
      agency: lean.agency,
      figures: lean.figures,
      missingPeriods: lean.missing,
      itemsWithNothingPublished: lean.nothing,
      // The lists' records are read field by field: from every column, only when a client asks for them.
      get lateRecords(): Promise<PublicationRecordType[]> {
        return full().then((y) =>
          y.records
            .filter((j) => {
              const s = counted(j);
              return s === 'LATE' || s === 'OVERDUE';
            })
            .map((j) => recordType(j, y.agency)),
        );
      },
      get policiesWithoutInterpretation(): Promise<InterpretationCheckType[]> {
        return full().then((y) => y.policies);
      },
    })),
  };
}

// ---- entry ----

const STATUSES = ['DRAFT', 'PUBLISHED'];
const KINDS = ['REGULATION', 'NORMATIVE'];
const VALIDITIES = ['IN_FORCE', 'AMENDED', 'ABOLISHED', 'LAPSED'];

/** The input over a record's current values (undefined keeps a value, null clears it), or a Chinese refusal naming the field. */
function mergeInput(base: RecordInput, input: PublicationRecordInput): RecordInput {
  const out: RecordInput = { ...base };
  const enumField = (field: 'status' | 'documentKind' | 'validity', allowed: string[], hint: string): void => {
    const v = input[field];
    if (v === undefined) return;
    if (v === null) {
      if (field === 'status') return;
      (out as unknown as Record<string, unknown>)[field] = null;
      return;
    }
    if (!allowed.includes(v))
      throw badUserInput(`${RECORD_FIELD_LABELS[field]}「${v}」不对：应为 ${hint}`, { field: `input.${field}` });
    (out as unknown as Record<string, unknown>)[field] = v;
  };
  enumField('status', STATUSES, 'DRAFT（草稿）或 PUBLISHED（已公开）');
  enumField('documentKind', KINDS, 'REGULATION（规章）或 NORMATIVE（行政规范性文件）');
  enumField('validity', VALIDITIES, 'IN_FORCE（继续有效）、AMENDED（修改）、ABOLISHED（废止）或 LAPSED（失效）');
  for (const f of ['title', 'documentNumber', 'url', 'attachment', 'period'] as const) {
    const v = input[f];
    if (v !== undefined) out[f] = v === null || v.trim() === '' ? null : v.trim();
  }
  for (const f of ['formedDate', 'publishedDate', 'abolishedDate'] as const) {
    const v = input[f];
    if (v === undefined) continue;
    const d = parseDateText(v);
    if (!d.ok)
      throw badUserInput(`${RECORD_FIELD_LABELS[f]}${d.message.replace(/^日期/u, '')}`, { field: `input.${f}` });
    out[f] = d.date;
  }
  if (input.channels !== undefined) out.channels = [...new Set(input.channels ?? [])] as ChannelCode[];
  const errors = validateRecordInput(out, chinaToday());
  if (errors.length)
    throw badUserInput(errors.map((e) => e.message).join('；'), {
      field: `input.${errors[0]!.field}`,
      errors: errors.map((e) => ({ field: `input.${e.field}`, message: e.message })),
    });
  return out;
}

function applyInput(e: PublicationRecord, v: RecordInput): void {
  e.status = v.status;
  e.title = v.title;
  e.documentNumber = v.documentNumber;
  e.formedDate = v.formedDate;
  e.publishedDate = v.publishedDate;
  e.channels = v.channels;
  e.url = v.url;
  e.attachment = v.attachment;
  e.documentKind = v.documentKind;
  e.validity = v.validity;
  e.abolishedDate = v.abolishedDate;
  e.period = v.period;
}

/** A requirement's item path and its position within the item (its identity across versions). */
async function rowIdentity(ctx: Context, req: Requirement): Promise<{ path: string[]; position: number }> {
  const items = await ctx.em.execute<Array<{ id: string; parent_id: string | null; name: string }>>(
    'select id, parent_id, name from catalogue_item where catalogue_id = ?',
    [req.catalogue.id],
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  const path: string[] = [];
  for (let i = byId.get(req.item.id); i; i = i.parent_id ? byId.get(i.parent_id) : undefined) path.unshift(i.name);
  const siblings = await ctx.em.execute<Array<{ id: string }>>(
    'select id from requirement where item_id = ? order by position, id',
    [req.item.id],
  );
  return {
    path,
    position: Math.max(
      0,
      siblings.findIndex((s) => s.id === req.id),
    ),
  };
}

export async function createPublicationRecord(
  ctx: Context,
  requirementId: string,
  input: PublicationRecordInput,
): Promise<PublicationRecordType> {
  assertId(requirementId, 'requirementId');
  const req = await ctx.em.findOne(Requirement, requirementId);
  if (!req) throw notFound(`未找到 id 为「${requirementId}」的目录行`, { field: 'requirementId' });
  const value = mergeInput(emptyInput(), input);
  const { path, position } = await rowIdentity(ctx, req);
  const e = ctx.em.create(PublicationRecord, {
    agency: req.agency,
    requirement: req,
    catalogue: req.catalogue,
    itemKey: pathKey(path),
    itemPath: path,
    rowPosition: position,
    createdBy: login(ctx),
    updatedBy: login(ctx),
  });
  applyInput(e, value);
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'createPublicationRecord',
    objectType: 'PublicationRecord',
    objectId: e.id,
    agencyId: req.agency.id,
    after: { itemPath: path, status: e.status, title: e.title },
  });
  return judgedOne(ctx, e);
}

function emptyInput(): RecordInput {
  return {
    status: 'DRAFT',
    title: null,
    documentNumber: null,
    formedDate: null,
    publishedDate: null,
    channels: [],
    url: null,
    attachment: null,
    documentKind: null,
    validity: null,
    abolishedDate: null,
    period: null,
  };
}

export async function updatePublicationRecord(
  ctx: Context,
  id: string,
  input: PublicationRecordInput,
  expectedVersion?: number | null,
): Promise<PublicationRecordType> {
  const e = await recordEntity(ctx, id);
  if (expectedVersion !== undefined && expectedVersion !== null && e.version !== expectedVersion)
    throw new ConflictError('这条记录已被他人修改，你的修改没有保存；请刷新后再改', []);
  const before = rowOf(e);
  applyInput(e, mergeInput(before, input));
  e.updatedBy = login(ctx);
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'updatePublicationRecord',
    objectType: 'PublicationRecord',
    objectId: e.id,
    agencyId: e.agency.id,
    before: { status: before.status, title: before.title, publishedDate: before.publishedDate },
    after: { status: e.status, title: e.title, publishedDate: e.publishedDate },
  });
  return judgedOne(ctx, e);
}

export async function deletePublicationRecord(ctx: Context, id: string): Promise<boolean> {
  const e = await recordEntity(ctx, id);
  ctx.audit.push({
    operation: 'deletePublicationRecord',
    objectType: 'PublicationRecord',
    objectId: e.id,
    agencyId: e.agency.id,
    before: { itemPath: e.itemPath, title: e.title, publishedDate: e.publishedDate },
  });
  ctx.em.remove(e);
  await ctx.em.flush();
  return true;
}

export async function linkInterpretation(
  ctx: Context,
  policyId: string,
  interpretationId: string,
): Promise<PublicationRecordType> {
  const policy = await recordEntity(ctx, policyId, 'policyId');
  const interp = await recordEntity(ctx, interpretationId, 'interpretationId');
  if (policy.id === interp.id) throw badUserInput('政策文件不能解读自己', { field: 'interpretationId' });
  if (policy.agency.id !== interp.agency.id)
    throw badUserInput('解读和政策文件应属于同一机关', { field: 'interpretationId' });
  const existing = await ctx.em.findOne(RecordInterpretation, { policy, interpretation: interp });
  if (!existing) {
    ctx.em.create(RecordInterpretation, {
      agency: policy.agency,
      policy,
      interpretation: interp,
      createdBy: login(ctx),
    });
    await ctx.em.flush();
    ctx.audit.push({
      operation: 'linkInterpretation',
      objectType: 'PublicationRecord',
      objectId: policy.id,
      agencyId: policy.agency.id,
      after: { interpretationId: interp.id },
    });
  }
  return judgedOne(ctx, policy);
}

export async function unlinkInterpretation(
  ctx: Context,
  policyId: string,
  interpretationId: string,
): Promise<PublicationRecordType> {
  const policy = await recordEntity(ctx, policyId, 'policyId');
  assertId(interpretationId, 'interpretationId');
  const link = await ctx.em.findOne(RecordInterpretation, { policy, interpretation: interpretationId });
  if (link) {
    ctx.em.remove(link);
    await ctx.em.flush();
    ctx.audit.push({
      operation: 'unlinkInterpretation',
      objectType: 'PublicationRecord',
      objectId: policy.id,
      agencyId: policy.agency.id,
      before: { interpretationId },
    });
  }
  return judgedOne(ctx, policy);
}

// ---- monthly decisions, table 二 ----

const monthType = (m: MonthlyDecisionCount): MonthlyDecisionType => ({
  month: m.month,
  licensing: m.licensing ?? null,
  punishment: m.punishment ?? null,
  enforcement: m.enforcement ?? null,
  fees: m.fees === null || m.fees === undefined ? null : canonicalFee(m.fees),
});

/** numeric(18,4) comes back as '1.2500': the domain's canonical decimal. */
const canonicalFee = (v: string): string => v.replace(/(\.\d*?)0+$/u, '$1').replace(/\.$/u, '');

export async function monthlyDecisions(ctx: Context, agencyCode: string, year: number): Promise<MonthlyDecisionType[]> {
  checkYear(year);
  const agency = await agencyByCode(ctx.em, agencyCode);
  const rows = await ctx.em.find(MonthlyDecisionCount, { agency, year }, { orderBy: { month: 'asc' } });
  return rows.map(monthType);
}

export async function setMonthlyDecisions(
  ctx: Context,
  agencyCode: string,
  year: number,
  months: MonthlyDecisionInput[],
): Promise<MonthlyDecisionType[]> {
  checkYear(year);
  const agency = await agencyByCode(ctx.em, agencyCode);
  const values: MonthlyDecisions[] = months.map((m) => ({
    month: m.month,
    licensing: m.licensing ?? null,
    punishment: m.punishment ?? null,
    enforcement: m.enforcement ?? null,
    fees: m.fees === undefined || m.fees === null || m.fees.trim() === '' ? null : m.fees.trim(),
  }));
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v.month)) throw badUserInput(`${v.month}月填了两次`, { field: 'months' });
    seen.add(v.month);
    const errors = validateMonthlyDecisions(v);
    if (errors.length) throw badUserInput(errors.join('；'), { field: 'months' });
  }
  const existing = await ctx.em.find(MonthlyDecisionCount, { agency, year });
  const byMonth = new Map(existing.map((e) => [e.month, e]));
  for (const v of values) {
    const e = byMonth.get(v.month) ?? ctx.em.create(MonthlyDecisionCount, { agency, year, month: v.month });
    e.licensing = v.licensing;
    e.punishment = v.punishment;
    e.enforcement = v.enforcement;
    e.fees = v.fees;
    e.updatedAt = new Date();
    e.updatedBy = login(ctx);
  }
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'setMonthlyDecisions',
    objectType: 'MonthlyDecisionCount',
    agencyId: agency.id,
    after: { year, months: values },
  });
  return monthlyDecisions(ctx, agencyCode, year);
}

async function computeTableTwo(
  ctx: Context,
  agency: Agency,
  year: number,
): Promise<{ t: TableTwoType; report: AnnualReport | null }> {
  if (year < 2021) throw badUserInput('由记录计算表二只适用于 2021 年格式（2021 年及以后的报告）', { field: 'year' });
  const docs = await ctx.em.execute<Raw[]>(
    `select ${RECORD_COLUMNS} from publication_record where agency_id = ? and document_kind is not null`,
    [agency.id],
  );
  const months = await ctx.em.find(MonthlyDecisionCount, { agency, year });
  const cells = tableTwoFromRecords(
    year,
    docs.map(rowOfRaw),
    months.map((m) => ({ ...monthType(m) })),
  );
  const report = await findReport(ctx.em, agency.id, year);
  const typed = report ? reportData(report).cells : {};
  const diff = new Set(tableTwoDifferences(cells, typed).map((d) => d.id));
  return {
    report,
    t: {
      year,
      reportId: report?.id ?? null,
      cells: cells.map((c) => ({ ...c, typed: typed[c.id] ?? null, differs: diff.has(c.id) })),
    },
  };
}

export async function recordTableTwo(ctx: Context, agencyCode: string, year: number): Promise<TableTwoType> {
  checkYear(year);
  const agency = await agencyByCode(ctx.em, agencyCode);
  return (await computeTableTwo(ctx, agency, year)).t;
}

/** Fills table 二 of the agency's report of the year (made as a draft when there is none) from records, in one save. */
export async function fillTableTwoFromRecords(
  ctx: Context,
  agencyCode: string,
  year: number,
): Promise<FillTableTwoResultType> {
  checkYear(year);
  const agency = await agencyByCode(ctx.em, agencyCode);
  const { t, report } = await computeTableTwo(ctx, agency, year);
  if (report && !isEditableReportStatus(report.status))
    throw badUserInput(`${agency.name} ${year} 年报告已不是草稿（或退回）状态，不能再填写`, { field: 'year' });
  const typed = report ? reportData(report).cells : {};
  const { cells, changed } = fillTableTwo(
    t.cells.map((c) => ({ id: c.id, row: c.row, column: c.column, value: c.value, basis: c.basis })),
    typed,
  );
  const update = Object.fromEntries(changed.map((id) => [id, cells[id] ?? null]));
  const saved = await saveReportDraft(ctx.em, agency, year, { cells: update });
  ctx.audit.push({
    operation: 'fillTableTwoFromRecords',
    objectType: 'AnnualReport',
    objectId: saved.report.id,
    agencyId: agency.id,
    before: Object.fromEntries(changed.map((id) => [id, typed[id] ?? null])),
    after: update,
  });
  const after = await computeTableTwo(ctx, agency, year);
  return { report: saved.report, changed, tableTwo: after.t };
}

// ---- settings ----

export async function recordSettings(ctx: Context, governmentCode: string): Promise<RecordSettingsType> {
  const g = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  const row = await ctx.em.findOne(RecordSettingsRow, { agency: g });
  return row
    ? { immediateWorkingDays: row.immediateWorkingDays, interpretationWorkingDays: row.interpretationWorkingDays }
    : { ...DEFAULT_RECORD_SETTINGS };
}

export async function setRecordSettings(
  ctx: Context,
  governmentCode: string,
  immediateWorkingDays: number,
  interpretationWorkingDays: number,
): Promise<RecordSettingsType> {
  const g = await agencyByCode(ctx.em, governmentCode, 'governmentCode');
  if (g.kind !== 'GOVERNMENT') throw badUserInput(`「${g.name}」不是人民政府`, { field: 'governmentCode' });
  const [problem] = validateRecordSettings({ immediateWorkingDays, interpretationWorkingDays });
  if (problem) throw badUserInput(problem.message, { field: problem.field });
  const row =
    (await ctx.em.findOne(RecordSettingsRow, { agency: g })) ?? ctx.em.create(RecordSettingsRow, { agency: g });
  const before = {
    immediateWorkingDays: row.immediateWorkingDays,
    interpretationWorkingDays: row.interpretationWorkingDays,
  };
  row.immediateWorkingDays = immediateWorkingDays;
  row.interpretationWorkingDays = interpretationWorkingDays;
  row.updatedAt = new Date();
  row.updatedBy = login(ctx);
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'setRecordSettings',
    objectType: 'RecordSettings',
    agencyId: g.id,
    before,
    after: { immediateWorkingDays, interpretationWorkingDays },
  });
  return { immediateWorkingDays, interpretationWorkingDays };
}

// ---- import ----

export interface RecordImportOptions {
  mapping?: unknown;
  status?: string | null;
  dryRun?: boolean | null;
  skipInvalid?: boolean | null;
}

function readMapping(value: unknown): RecordMapping {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw badUserInput('列对应应为 { 字段: 列号 } 的对象', { field: 'mapping' });
  const out: RecordMapping = {};
  const fields = new Set([...Object.keys(RECORD_FIELD_LABELS).filter((k) => k !== 'status'), 'item']);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!fields.has(k)) throw badUserInput(`列对应中的字段「${k}」不存在`, { field: 'mapping' });
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 200)
      throw badUserInput(`列对应中「${k}」的列号应为 0 到 200 的整数`, { field: 'mapping' });
    (out as Record<string, number>)[k] = v;
  }
  return out;
}

/** Rows of text from the file: a workbook's first sheet, CSV, or a website list as JSON. */
async function fileRows(
  fileName: string,
  data: Buffer,
): Promise<{ rows: string[][]; siteList: boolean; errors: string[] }> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    const read = await readRegisterXlsx(data);
    if (!read.ok) throw badUserInput(`「${fileName}」：${read.message}`, { field: 'contentBase64' });
    return { rows: read.rows, siteList: false, errors: [] };
  }
  if (lower.endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(data.toString('utf8').replace(/^\uFEFF/u, ''));
    } catch (e) {
      throw badUserInput(`「${fileName}」不是有效的 JSON（${(e as Error).message}）`, { field: 'contentBase64' });
    }
    const { lines, errors } = siteListFromJson(json);
    return {
      rows: [['标题', '公开日期', '链接', '栏目'], ...lines.map((l) => [l.title, l.date ?? '', l.url ?? '', l.column])],
      siteList: true,
      errors,
    };
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const rows = csvRows(data.toString('utf8').replace(/^\uFEFF/u, ''));
    if (!rows) throw badUserInput(`「${fileName}」不是可读的 CSV（引号未闭合？）`, { field: 'contentBase64' });
    return { rows, siteList: false, errors: [] };
  }
  throw badUserInput(`「${fileName}」：只能导入 .xlsx、.csv 或 .json 文件`, { field: 'fileName' });
}

/**
 * Records from a spreadsheet (column mapping given or guessed from the header) or a website's 信息公开 list (JSON:
 * title, date, url, column). Each row is filed under the catalogue item it names (path or name, matched as the
 * coverage matrix matches); rows with errors and unmatched rows are listed. Nothing is written when any row has an
 * error or no item, unless `skipInvalid`; nothing at all on `dryRun`.
 */
export async function importPublicationRecords(
  ctx: Context,
  agencyCode: string,
  fileName: string,
  contentBase64: string,
  options: RecordImportOptions = {},
): Promise<RecordImportResultType> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const data = decodeUpload(fileName, contentBase64);
  const status = options.status ?? 'PUBLISHED';
  if (!STATUSES.includes(status))
    throw badUserInput(`状态「${status}」不对：应为 DRAFT 或 PUBLISHED`, { field: 'status' });
  const { rows, siteList, errors: readErrors } = await fileRows(fileName, data);
  if (rows.length < 2) throw badUserInput(`「${fileName}」没有数据行（第一行应为表头）`, { field: 'contentBase64' });
  const mapping = siteList
    ? { title: 0, publishedDate: 1, url: 2, item: 3 }
    : { ...guessRecordMapping(rows[0]!), ...readMapping(options.mapping) };
  if (mapping.title === undefined)
    throw badUserInput('找不到「标题」列：请在列对应中指定 title 的列号', { field: 'mapping' });
  const results = interpretRecordGrid(rows, mapping, { status: status as RecordStatus, today: chinaToday() });
  const current = (await currentRows(ctx, [agency.id])).get(agency.id)!;
  const byPath = new Map(current.items.map((i) => [i.key, i]));
  const lines = results.map((r) => ({
    title: r.input?.title ?? '',
    date: r.input?.publishedDate ?? null,
    url: r.input?.url ?? null,
    column: r.item ?? '',
  }));
  const matching = matchSiteList(lines, current.tree);
  const matchedPath = new Map(matching.matched.map((m) => [m.index, pathKey(m.path)]));
  const errors = [
    ...readErrors.map((message) => ({ row: 0, field: 'file', message })),
    ...results.flatMap((r) => r.errors.map((e) => ({ row: r.row, field: e.field, message: e.message }))),
  ];
  const unmatched: RecordImportResultType['unmatched'] = [];
  const toCreate: Array<{ input: RecordInput; item: { key: string; path: string[]; rows: RowInfo[] } }> = [];
  results.forEach((r, i) => {
    if (!r.input) return;
    const name = (r.item ?? '').replace(/\s*(?:>|＞|›|\/)\s*/gu, '›');
    const item = byPath.get(name) ?? byPath.get(matchedPath.get(i) ?? '');
    if (!item) {
      unmatched.push({
        row: r.row,
        title: r.input.title ?? '',
        column: r.item,
        date: r.input.publishedDate,
        url: r.input.url,
      });
      return;
    }
    toCreate.push({ input: r.input, item });
  });
  const write = !options.dryRun && (options.skipInvalid || (errors.length === 0 && unmatched.length === 0));
  const created: PublicationRecord[] = [];
  if (write) {
    for (const c of toCreate) {
      const row = c.item.rows[0]!;
      const e = ctx.em.create(PublicationRecord, {
        agency,
        requirement: row.requirementId,
        catalogue: current.catalogueId,
        itemKey: c.item.key,
        itemPath: c.item.path,
        rowPosition: row.position,
        createdBy: login(ctx),
        updatedBy: login(ctx),
      });
      applyInput(e, c.input);
      created.push(e);
    }
    await ctx.em.flush();
    ctx.audit.push({
      operation: 'importPublicationRecords',
      objectType: 'PublicationRecord',
      agencyId: agency.id,
      after: { fileName, created: created.length, errors: errors.length, unmatched: unmatched.length },
    });
  }
  const judged = created.length
    ? await agencyYearsById(
        ctx,
        agency,
        created.map((c) => c.id),
      )
    : [];
  return { created: created.length, rows: results.length, records: judged, errors, unmatched, mapping };
}

/** Records by id, judged (after an import). */
async function agencyYearsById(ctx: Context, agency: Agency, ids: string[]): Promise<PublicationRecordType[]> {
  const raw = await ctx.em.execute<Raw[]>(
    `select ${RECORD_COLUMNS} from publication_record where id = any(?::uuid[])`,
    [`{${ids.join(',')}}`],
  );
  const rows = raw.map(rowOfRaw);
  const current = await currentRows(ctx, [agency.id]);
  const filed = await filedRows(ctx, rows, current);
  const settings = (await settingsFor(ctx, [agency])).get(agency.id)!;
  const calendar = await ctx.loaders.workingDayCalendar();
  const links: Links = { interpretationsOf: new Map(), policiesOf: new Map() };
  const today = chinaToday();
  const by = judgeFor(calendar, settings, today);
  return rows.map((r) => recordType(judge(r, current.get(agency.id), filed, by, links), agency));
}
