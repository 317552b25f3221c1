/**
 * Comparing catalogues in the database: many catalogues' trees loaded in a constant number of statements, the
 * office's stored match decisions, and the coverage matrix of a template against a set of departments (one
 * statement per kind of data, never one per department). The rules themselves are in @gongkai/domain.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  compareCatalogueItems,
  coverageMatrix,
  normalizeTimeLimitRule,
  pathKey,
  type CatalogueComparison,
  type CoverageMatrix,
  type ItemJson,
  type MatchOptions,
  type RequirementJson,
} from '@gongkai/domain';
import { Agency, Catalogue, ItemMatchDecision, type MatchDecision } from './entities.js';
import { NotFoundError, UserInputError } from './edit-errors.js';

const uuidArray = (ids: string[]): string => `{${ids.join(',')}}`;

interface ItemRow {
  id: string;
  catalogue_id: string;
  parent_id: string | null;
  level: 1 | 2 | 3;
  name: string;
  serial: string | null;
  source_line: number | null;
}

interface RequirementRow {
  item_id: string;
  source_line: number | null;
  content_intro: string | null;
  content_elements: string[];
  time_limit_raw: string;
  time_limit_rule: unknown;
  long_term: boolean;
  statutory_default: boolean;
  publishing_organs: string[];
  channels: RequirementJson['channels'];
  extra_channels: string[];
  audiences: RequirementJson['audiences'];
  legal_basis: string[];
  modes: string[];
  levels: string[];
  remarks: string[];
  offices: string[];
}

/** The item trees of several catalogues: two statements whatever their number and size. */
export async function loadCatalogueTrees(em: EntityManager, catalogueIds: string[]): Promise<Map<string, ItemJson[]>> {
  const out = new Map<string, ItemJson[]>(catalogueIds.map((id) => [id, []]));
  if (catalogueIds.length === 0) return out;
  const ids = uuidArray(catalogueIds);
  const items = await em.execute<ItemRow[]>(
    `select id, catalogue_id, parent_id, level, name, serial, source_line from catalogue_item where catalogue_id = any(?::uuid[]) order by level, position`,
    [ids],
  );
  const requirements = await em.execute<RequirementRow[]>(
    `select r.item_id, r.source_line, r.content_intro, r.content_elements, r.time_limit_raw, r.time_limit_rule, r.long_term, r.statutory_default,
            r.publishing_organs, r.channels, r.extra_channels, r.audiences, r.legal_basis, r.modes, r.levels, r.remarks,
            coalesce((select json_agg(o.name order by ro.position) from requirement_office ro join office o on o.id = ro.office_id where ro.requirement_id = r.id), '[]') as offices
       from requirement r where r.catalogue_id = any(?::uuid[]) order by r.position`,
    [ids],
  );
  const byId = new Map<string, ItemJson>();
  for (const it of items) {
    const item: ItemJson = { name: it.name, level: it.level, serial: it.serial, line: it.source_line, requirements: [], children: [] };
    byId.set(it.id, item);
    if (it.parent_id) byId.get(it.parent_id)?.children.push(item);
    else out.get(it.catalogue_id)!.push(item);
  }
  for (const r of requirements) {
    byId.get(r.item_id)?.requirements.push({
      line: r.source_line,
      contentIntro: r.content_intro,
      contentElements: r.content_elements,
      timeLimit: { raw: r.time_limit_raw, rule: normalizeTimeLimitRule(r.time_limit_rule as never), longTerm: r.long_term, statutoryDefault: r.statutory_default },
      publishingOrgans: r.publishing_organs,
      channels: r.channels,
      extraChannels: r.extra_channels,
      audiences: r.audiences,
      offices: r.offices,
      legalBasis: r.legal_basis,
      modes: r.modes,
      levels: r.levels,
      remarks: r.remarks,
    });
  }
  return out;
}

export interface LatestPublished {
  catalogueId: string;
  agencyId: string;
  versionLabel: string;
  publishedAt: Date | null;
}

/** Each agency's newest published catalogue: one statement. Agencies without one are absent from the map. */
export async function latestPublishedCatalogues(em: EntityManager, agencyIds: string[]): Promise<Map<string, LatestPublished>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await em.execute<Array<{ id: string; agency_id: string; version_label: string; published_at: Date | null }>>(
    `select distinct on (agency_id) id, agency_id, version_label, published_at from catalogue
      where agency_id = any(?::uuid[]) and status = 'PUBLISHED' order by agency_id, published_at desc nulls last, created_at desc`,
    [uuidArray(agencyIds)],
  );
  return new Map(rows.map((r) => [r.agency_id, { catalogueId: r.id, agencyId: r.agency_id, versionLabel: r.version_label, publishedAt: r.published_at }]));
}

export interface StoredDecisions {
  confirmed: Array<[string, string]>;
  rejected: Array<[string, string]>;
}

/**
 * The office's decisions between one agency (left) and others (right), oriented left → right whichever way they
 * were stored: one statement. Between an agency and itself (two versions) the stored orientation is kept.
 */
export async function matchDecisionsFor(em: EntityManager, leftAgencyId: string, rightAgencyIds: string[]): Promise<Map<string, StoredDecisions>> {
  const out = new Map<string, StoredDecisions>(rightAgencyIds.map((id) => [id, { confirmed: [], rejected: [] }]));
  if (rightAgencyIds.length === 0) return out;
  const rows = await em.execute<Array<{ left_agency_id: string; left_key: string; right_agency_id: string; right_key: string; decision: MatchDecision; decided_at: Date }>>(
    `select left_agency_id, left_key, right_agency_id, right_key, decision, decided_at from item_match
      where (left_agency_id = ? and right_agency_id = any(?::uuid[])) or (right_agency_id = ? and left_agency_id = any(?::uuid[]))
      order by decided_at desc`,
    [leftAgencyId, uuidArray(rightAgencyIds), leftAgencyId, uuidArray(rightAgencyIds)],
  );
  for (const r of rows) {
    const forward = r.left_agency_id === leftAgencyId;
    const other = forward ? r.right_agency_id : r.left_agency_id;
    const pair: [string, string] = forward ? [r.left_key, r.right_key] : [r.right_key, r.left_key];
    const d = out.get(other);
    if (!d) continue;
    (r.decision === 'CONFIRMED' ? d.confirmed : d.rejected).push(pair);
  }
  return out;
}

export interface MatchDecisionInput {
  leftCatalogueId: string;
  leftPath: string[];
  rightCatalogueId: string;
  rightPath: string[];
  decision: MatchDecision;
  decidedBy: string | null;
}

async function catalogueAgency(em: EntityManager, id: string, field: string): Promise<string> {
  const c = await em.findOne(Catalogue, id);
  if (!c) throw new NotFoundError(`未找到 id 为「${id}」的目录（${field}）`);
  return c.agency.id;
}

/**
 * Stores the office's decision about a pair (confirm, set by hand, or reject). Confirming a pair replaces other
 * confirmed pairs of either item (an item matches at most one other); the pair's earlier decision is replaced.
 * The paths must exist in the two catalogues given.
 */
export async function setMatchDecision(em: EntityManager, input: MatchDecisionInput): Promise<ItemMatchDecision> {
  const leftAgency = await catalogueAgency(em, input.leftCatalogueId, 'leftCatalogueId');
  const rightAgency = await catalogueAgency(em, input.rightCatalogueId, 'rightCatalogueId');
  const trees = await loadCatalogueTrees(em, [input.leftCatalogueId, input.rightCatalogueId]);
  const has = (items: ItemJson[], path: string[]): boolean => {
    let level = items;
    for (const name of path) {
      const next = level.find((i) => i.name === name);
      if (!next) return false;
      level = next.children;
    }
    return path.length > 0;
  };
  if (!has(trees.get(input.leftCatalogueId)!, input.leftPath)) throw new UserInputError(`左侧目录中没有事项「${input.leftPath.join(' › ')}」`, 'leftPath');
  if (!has(trees.get(input.rightCatalogueId)!, input.rightPath)) throw new UserInputError(`右侧目录中没有事项「${input.rightPath.join(' › ')}」`, 'rightPath');
  const leftKey = pathKey(input.leftPath);
  const rightKey = pathKey(input.rightPath);
  // The pair in either orientation, and (for a confirmation) other confirmed pairs of either item.
  await em.execute(
    `delete from item_match where (left_agency_id = ? and left_key = ? and right_agency_id = ? and right_key = ?) or (left_agency_id = ? and left_key = ? and right_agency_id = ? and right_key = ?)`,
    [leftAgency, leftKey, rightAgency, rightKey, rightAgency, rightKey, leftAgency, leftKey],
  );
  if (input.decision === 'CONFIRMED') {
    await em.execute(
      `delete from item_match where decision = 'CONFIRMED' and (
         (left_agency_id = ? and right_agency_id = ? and (left_key = ? or right_key = ?)) or
         (left_agency_id = ? and right_agency_id = ? and (right_key = ? or left_key = ?)))`,
      [leftAgency, rightAgency, leftKey, rightKey, rightAgency, leftAgency, leftKey, rightKey],
    );
  }
  const row = em.create(ItemMatchDecision, {
    leftAgency: em.getReference(Agency, leftAgency),
    leftKey,
    leftPath: input.leftPath,
    rightAgency: em.getReference(Agency, rightAgency),
    rightKey,
    rightPath: input.rightPath,
    decision: input.decision,
    decidedBy: input.decidedBy,
  });
  await em.flush();
  return row;
}

/** Withdraws a decision: the pair is matched automatically again. */
export async function clearMatchDecision(em: EntityManager, id: string): Promise<ItemMatchDecision> {
  const row = await em.findOne(ItemMatchDecision, id);
  if (!row) throw new NotFoundError(`未找到 id 为「${id}」的匹配决定`);
  em.remove(row);
  await em.flush();
  return row;
}

/** The decisions stored between two agencies (either orientation), newest first. */
export async function listMatchDecisions(em: EntityManager, agencyA: string, agencyB: string): Promise<ItemMatchDecision[]> {
  return em.find(
    ItemMatchDecision,
    { $or: [{ leftAgency: agencyA, rightAgency: agencyB }, { leftAgency: agencyB, rightAgency: agencyA }] },
    { orderBy: { decidedAt: 'desc' } },
  );
}

/** Two catalogues compared, with the office's decisions between their agencies applied. */
export async function compareStoredCatalogues(em: EntityManager, leftCatalogueId: string, rightCatalogueId: string): Promise<CatalogueComparison> {
  const leftAgency = await catalogueAgency(em, leftCatalogueId, 'leftId');
  const rightAgency = await catalogueAgency(em, rightCatalogueId, 'rightId');
  const trees = await loadCatalogueTrees(em, [leftCatalogueId, rightCatalogueId]);
  const decisions: MatchOptions = (await matchDecisionsFor(em, leftAgency, [rightAgency])).get(rightAgency)!;
  return compareCatalogueItems(trees.get(leftCatalogueId)!, trees.get(rightCatalogueId)!, decisions);
}

export interface StoredCoverageMatrix extends CoverageMatrix {
  /** Per row (same order): the department and the catalogue compared (its newest published version). */
  departments: Array<{ agency: Agency; catalogue: LatestPublished | null }>;
}

/**
 * A template's coverage matrix over departments (their newest published catalogues). Statements: the agencies,
 * the latest versions, the trees (2), the decisions — five whatever the number of departments.
 */
export async function computeCoverageMatrix(em: EntityManager, templateCatalogueId: string, agencyIds: string[]): Promise<StoredCoverageMatrix> {
  const templateAgency = await catalogueAgency(em, templateCatalogueId, 'templateId');
  const agencies = agencyIds.length ? await em.find(Agency, { id: { $in: agencyIds } }, { orderBy: { position: 'asc', name: 'asc' } }) : [];
  const latest = await latestPublishedCatalogues(em, agencies.map((a) => a.id));
  const trees = await loadCatalogueTrees(em, [templateCatalogueId, ...[...latest.values()].map((l) => l.catalogueId)]);
  const decisions = await matchDecisionsFor(em, templateAgency, agencies.map((a) => a.id));
  const matrix = coverageMatrix(
    { items: trees.get(templateCatalogueId)! },
    agencies.map((a) => {
      const l = latest.get(a.id);
      return { key: a.id, items: l ? trees.get(l.catalogueId)! : null, ...decisions.get(a.id)! };
    }),
  );
  return { ...matrix, departments: agencies.map((a) => ({ agency: a, catalogue: latest.get(a.id) ?? null })) };
}
