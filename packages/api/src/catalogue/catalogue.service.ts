/**
 * The catalogue's reads: agencies, catalogues, and what a requirement (row) says about itself — its time limit, what
 * it still lacks, its due date. Each function takes the request's context first (when it needs one); the rules are
 * packages/domain's. Editing is catalogue-editing.service.ts; imports are in ../intake.
 */
import {
  AGENCY_LIST_LIMIT,
  AGENCY_NAV_LIMIT,
  CHANNELS,
  computeDueDate,
  describeTimeLimit,
  requirementProblems,
} from '@gongkai/domain';
import { readingEverything } from '../scope.js';
import { Agency, Catalogue } from '@gongkai/db';
import type { TreeRequirement } from './tree-copies.js';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import type {
  AgencyKind,
  CatalogueStatus,
  ChannelOptionType,
  DueDateType,
  RowProblemType,
  TimeLimitType,
} from '../graphql-types.js';
import type {
  AgencyLevelType,
  AgencyListRowType,
  AgencyListSummaryType,
  AgencyNavigationType,
  AgencySearchResultType,
  NavAgencyType,
} from './agency-list.type.js';

/** Every agency, or those of one kind, in their order. */
export async function agencies(ctx: Context, kind?: AgencyKind | null): Promise<Agency[]> {
  return ctx.em.find(Agency, kind ? { kind } : {}, { orderBy: { position: 'asc', name: 'asc' } });
}

/** The agencies without a parent (the governments at the top). */
export async function agencyRoots(ctx: Context): Promise<Agency[]> {
  return ctx.em.find(Agency, { parent: null }, { orderBy: { position: 'asc', name: 'asc' } });
}

/** The agency of `code`, or NOT_FOUND naming the argument. */
export async function agency(ctx: Context, code: string): Promise<Agency> {
  return agencyByCode(ctx.em, code, 'code');
}

/** The catalogue of `id`, or NOT_FOUND naming the argument. */
export async function catalogueById(ctx: Context, id: string, field = 'id'): Promise<Catalogue> {
  assertId(id, field);
  const known = ctx.em.getUnitOfWork().getById<Catalogue>(Catalogue.name, id);
  if (known) return known;
  // The catalogue and its agency's catalogue data version in one statement: a tree asked for next needs the version
  // to use a kept copy (loaders.ts), and would otherwise read it with a statement of its own.
  const [row] = await ctx.em.execute<Array<Record<string, unknown> & { gk_status: string; gk_version: string }>>(
    `select c.*, c.status as gk_status, coalesce(v.version, 0)::text as gk_version
       from catalogue c left join catalogue_data_version v on v.agency_id = c.agency_id where c.id = ?`,
    [id],
  );
  if (!row) throw notFound(`未找到 id 为「${id}」的目录`, { field });
  const { gk_status: status, gk_version: version, ...columns } = row;
  ctx.loaders.primeTreeVersion(id, status, version);
  return ctx.em.map(Catalogue, columns);
}

/** The published version a draft was started from, if any. */
export async function basedOn(ctx: Context, catalogue: Catalogue): Promise<Catalogue | null> {
  return catalogue.basedOn ? ctx.em.findOne(Catalogue, catalogue.basedOn.id) : null;
}

/** The 13 official channels, in the official order. */
export function channelOptions(): ChannelOptionType[] {
  return CHANNELS.map((c, i) => ({ code: c.code, label: c.label, position: i + 1 }));
}

/** A row's time limit as written, as understood, and described in words. */
export function timeLimit(r: TreeRequirement): TimeLimitType {
  const t = { rule: r.timeLimitRule, longTerm: r.longTerm, statutoryDefault: r.statutoryDefault };
  return { raw: r.timeLimitRaw, kind: r.timeLimitRule.kind, description: describeTimeLimit(t), ...t };
}

/** What a row still lacks (the admin's edit form checks the same rule). */
export async function rowProblems(ctx: Context, r: TreeRequirement): Promise<RowProblemType[]> {
  const offices = (await ctx.loaders.officesByCatalogueRequirement.load(r.catalogue.id)).get(r.id) ?? [];
  return requirementProblems({
    contentIntro: r.contentIntro ?? null,
    contentElements: r.contentElements,
    timeLimit: {
      raw: r.timeLimitRaw,
      rule: r.timeLimitRule,
      longTerm: r.longTerm,
      statutoryDefault: r.statutoryDefault,
    },
    publishingOrgans: r.publishingOrgans,
    channels: r.channels,
    extraChannels: r.extraChannels,
    audiences: r.audiences,
    offices: offices.map((o) => o.name),
  });
}

/** When information of the row formed on `eventDate` must be public, or a refusal naming eventDate. */
export async function dueDate(ctx: Context, r: TreeRequirement, eventDate: string): Promise<DueDateType> {
  const calendar = await ctx.loaders.workingDayCalendar();
  try {
    return computeDueDate(r.timeLimitRule, eventDate, calendar);
  } catch (e) {
    throw badUserInput(`eventDate：${(e as Error).message}`, { field: 'eventDate' });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The admin's navigation and agency list at province scale (issue 14): one level of the tree, one page of search
// hits, the counts of the page header and the navigation's first entries, each in one or two statements built in
// PostgreSQL (plain rows, no entities), whatever the number of agencies. Row-level security decides what is
// visible: an agency whose parent the user cannot see is a root (a department user's own agency), as the client-side
// forest of apps/admin/src/agency-tree.ts did.

/** The navigation's default and largest number of catalogue entries (domain list-limits.ts). */
export const NAV_LIMIT = AGENCY_NAV_LIMIT;
/** Rows of one tree level or one page of search hits: default and largest (domain list-limits.ts). */
export const LIST_LIMIT = AGENCY_LIST_LIMIT;
/** The longest search text accepted. */
export const SEARCH_MAX_LENGTH = 100;

function clampLimit(value: number | null | undefined, limits: { default: number; max: number }, field: string): number {
  if (value === null || value === undefined) return limits.default;
  if (!Number.isInteger(value) || value < 1 || value > limits.max)
    throw badUserInput(`${field}：须为 1 到 ${limits.max} 之间的整数`, { field });
  return value;
}

/** The signed-in user's own agency id, or null. */
function ownAgencyId(ctx: Context): string | null {
  return ctx.principal.kind === 'user' ? ctx.principal.agencyId : null;
}

/** The side menu: agencies with a current catalogue (own agency, governments, departments; at most `limit`), the total, the standards. */
export async function agencyNavigation(ctx: Context, limit?: number | null): Promise<AgencyNavigationType> {
  const n = clampLimit(limit, NAV_LIMIT, 'limit');
  const [row] = await readingEverything(ctx.em, ctx.principal, () =>
    ctx.em.execute<
      Array<{ catalogues: NavAgencyType[]; total: number; standards: NavAgencyType[]; first_government: string | null }>
    >(
      `with cat as (
       select a.id, a.code, a.name, a.kind, a.position,
              case when a.id = ?::uuid then 0 when a.kind = 'GOVERNMENT' then 1 else 2 end as rank
         from agency a
        where exists (select 1 from catalogue c where c.agency_id = a.id)
     )
     select
       (select coalesce(json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'kind', t.kind)
                                 order by t.rank, t.position, t.name), '[]'::json)
          from (select * from cat where kind <> 'STANDARD' order by rank, position, name limit ?) t) as catalogues,
       (select count(*)::int from cat where kind <> 'STANDARD') as total,
       (select coalesce(json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'kind', t.kind)
                                 order by t.position, t.name), '[]'::json)
          from (select * from cat where kind = 'STANDARD' order by position, name limit ?) t) as standards,
       (select g.code from agency g where g.kind = 'GOVERNMENT' order by g.position, g.name limit 1) as first_government`,
      [ownAgencyId(ctx), n, NAV_LIMIT.max],
    ),
  );
  return {
    catalogues: row!.catalogues,
    catalogueTotal: row!.total,
    standards: row!.standards,
    firstGovernmentCode: row!.first_government,
  };
}

interface AgencyRowSql {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  parent_id: string | null;
  total: number;
  office_count: number;
  child_count: number;
  catalogue_id: string | null;
  title: string | null;
  version_label: string | null;
  status: string | null;
  item_count: number;
  requirement_count: number;
  f_total: number;
  f_error: number;
  f_warning: number;
  f_info: number;
  path: Array<{ code: string; name: string }>;
}

/**
 * Agency-list rows of the agencies `selection` picks, in its order, in one statement. `selection` is SQL yielding
 * `id, code, name, kind, parent_id` of the agency, `ord` (order) and `total` (how many it would pick without its
 * limit). Every table a statement names costs a parse of the user's scope under row-level security (a reviewer's
 * is thousands of ids), so each is named once where it can be: the agency in `selection` only, the path walked
 * once per distinct parent.
 */
async function agencyRows(
  ctx: Context,
  selection: string,
  params: unknown[],
): Promise<{ total: number; rows: Array<AgencyListRowType & { parentId: string | null }> }> {
  // One statement: the page's selection (which agencies, in what order, the total), joined to what the list shows of
  // each from gongkai_agency_details, called once with the page's ids — a function, so its plan is kept per
  // connection (planning it inline with every table's row-level-security policy cost more than running it;
  // Migration20261203030000AgencyDetails).
  const rows = await ctx.em.execute<AgencyRowSql[]>(
    `with s as (${selection})
     select s.id, s.code, s.name, s.kind, s.parent_id, s.total::int as total, d.office_count, d.child_count,
            d.catalogue_id, d.title, d.version_label, d.status, d.item_count, d.requirement_count,
            d.f_total, d.f_error, d.f_warning, d.f_info, d.path
       from s left join gongkai_agency_details(array(select s2.id from s s2)) d on d.id = s.id
      order by s.ord`,
    params,
  );
  if (rows.length === 0) return { total: 0, rows: [] };
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentId: r.parent_id,
      officeCount: r.office_count,
      childCount: r.child_count,
      catalogue: r.catalogue_id
        ? {
            id: r.catalogue_id,
            title: r.title!,
            versionLabel: r.version_label!,
            status: r.status as CatalogueStatus,
            itemCount: r.item_count,
            requirementCount: r.requirement_count,
          }
        : null,
      findings: { total: r.f_total, error: r.f_error, warning: r.f_warning, info: r.f_info },
      path: r.path,
      children: null,
    })),
  };
}

/** Tree order among siblings (and of a flat list): position, then name — as the `agencies` query. */
const ORDER = 'a.position, a.name';

/**
 * One level of the agency tree (standard catalogues apart): the children of `parentCode`, or the top level the user
 * can see — agencies without a parent, and those whose parent the user cannot see. With `expandBelow`, when the
 * level's rows have at most that many children together, they come along (one more statement), so a small tree
 * opens two levels deep in one request.
 */
export async function agencyLevel(
  ctx: Context,
  parentCode: string | null | undefined,
  limit?: number | null,
  expandBelow?: number | null,
): Promise<AgencyLevelType> {
  const n = clampLimit(limit, LIST_LIMIT, 'limit');
  if (expandBelow !== null && expandBelow !== undefined && (!Number.isInteger(expandBelow) || expandBelow < 0))
    throw badUserInput('expandBelow：须为不小于 0 的整数', { field: 'expandBelow' });
  const expand = Math.min(expandBelow ?? 0, LIST_LIMIT.max);
  const where =
    parentCode === null || parentCode === undefined
      ? `(a.parent_id is null or not exists (select 1 from agency p where p.id = a.parent_id))`
      : `a.parent_id = (select p.id from agency p where p.code = ?)`;
  const selectLevel = () =>
    agencyRows(
      ctx,
      `select a.id, a.code, a.name, a.kind, a.parent_id, row_number() over (order by ${ORDER}) as ord, count(*) over () as total
         from agency a where a.kind <> 'STANDARD' and ${where} order by ${ORDER} limit ?`,
      parentCode === null || parentCode === undefined ? [n] : [parentCode, n],
    );
  // The top level looks at every agency (those whose parent the user cannot see); a named level at its children only.
  const level =
    parentCode === null || parentCode === undefined
      ? await readingEverything(ctx.em, ctx.principal, selectLevel)
      : await selectLevel();
  if (level.rows.length === 0 && parentCode !== null && parentCode !== undefined)
    await agencyByCode(ctx.em, parentCode, 'parentCode');
  const below = level.rows.reduce((s, r) => s + r.childCount, 0);
  if (expand > 0 && below > 0 && below <= expand) {
    const parents = level.rows.filter((r) => r.childCount > 0).map((r) => r.id);
    const children = await agencyRows(
      ctx,
      `select a.id, a.code, a.name, a.kind, a.parent_id, row_number() over (order by a.parent_id, ${ORDER}) as ord, count(*) over () as total
         from agency a where a.kind <> 'STANDARD' and a.parent_id = any(?::uuid[])`,
      [`{${parents.join(',')}}`],
    );
    for (const row of level.rows) if (row.childCount > 0) row.children = [];
    const byId = new Map(level.rows.map((r) => [r.id, r]));
    for (const child of children.rows) byId.get(child.parentId!)?.children?.push(child);
  }
  return { total: level.total, rows: level.rows };
}

/** The standard catalogues (标准目录) the user can see, with the government each belongs to (`path`). */
export async function standardAgencies(ctx: Context): Promise<AgencyListRowType[]> {
  return (
    await agencyRows(
      ctx,
      `select a.id, a.code, a.name, a.kind, a.parent_id, row_number() over (order by ${ORDER}) as ord, count(*) over () as total
         from agency a where a.kind = 'STANDARD' order by ${ORDER} limit ${LIST_LIMIT.max}`,
      [],
    )
  ).rows;
}

/** Agencies whose name or code contains `text` (case-insensitive), at most `limit`, with the total and each one's path. */
export async function searchAgencies(
  ctx: Context,
  text: string,
  limit?: number | null,
): Promise<AgencySearchResultType> {
  const n = clampLimit(limit, LIST_LIMIT, 'limit');
  const q = text.trim();
  if (q === '') throw badUserInput('text：查找内容不能为空', { field: 'text' });
  if ([...q].length > SEARCH_MAX_LENGTH)
    throw badUserInput(`text：查找内容不能超过 ${SEARCH_MAX_LENGTH} 个字`, { field: 'text' });
  const order = `(a.kind = 'STANDARD'), ${ORDER}`;
  return readingEverything(ctx.em, ctx.principal, () =>
    agencyRows(
      ctx,
      `select a.id, a.code, a.name, a.kind, a.parent_id, row_number() over (order by ${order}) as ord, count(*) over () as total
       from agency a where strpos(lower(a.name), lower(?)) > 0 or strpos(lower(a.code), lower(?)) > 0
      order by ${order} limit ?`,
      [q, q, n],
    ),
  );
}

/** The agency list's header: agencies, governments, agencies with a catalogue, their findings, standards. */
export async function agencyListSummary(ctx: Context): Promise<AgencyListSummaryType> {
  const [row] = await readingEverything(ctx.em, ctx.principal, () =>
    ctx.em.execute<AgencyListSummaryType[]>(
      `with cur as (
       select distinct on (c.agency_id) c.agency_id, c.id from catalogue c order by c.agency_id, c.created_at desc, c.id
     )
     select count(*) filter (where a.kind <> 'STANDARD')::int as agencies,
            count(*) filter (where a.kind = 'GOVERNMENT')::int as governments,
            count(*) filter (where a.kind = 'STANDARD')::int as standards,
            count(cur.id) filter (where a.kind <> 'STANDARD')::int as catalogues,
            (select count(*) from import_finding f join cur on cur.id = f.catalogue_id
               join agency g on g.id = cur.agency_id where g.kind <> 'STANDARD')::int as findings
       from agency a left join cur on cur.agency_id = a.id`,
    ),
  );
  return row!;
}
