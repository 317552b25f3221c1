/**
 * Comparing catalogues in the database: many catalogues' trees loaded in a constant number of statements, the
 * office's stored match decisions, and the coverage matrix of a template against a set of departments (one
 * statement per kind of data, never one per department). The rules themselves are in @gongkai/domain.
 */
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
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
  type MatrixRow,
  type RequirementJson,
} from '@gongkai/domain';
import { Agency } from '../agency.js';
import { Catalogue, ItemMatchDecision, type MatchDecision } from './catalogue-entities.js';
import { NotFoundError, UserInputError } from '../edit-errors.js';
import { withSubtreeHashed } from '../scope-mode.js';

const uuidArray = (ids: string[]): string => `{${ids.join(',')}}`;

/** [id, parent id, level, name, serial, source line] */
type ItemTuple = [string, string | null, 1 | 2 | 3, string, string | null, number | null];
/** [item id, source line, content intro, content elements, time-limit text, rule, long term, statutory default, organs, channels, extra channels, audiences, legal basis, modes, levels, remarks, offices] */
type RequirementTuple = [
  string,
  number | null,
  string | null,
  string[],
  string,
  unknown,
  boolean,
  boolean,
  string[],
  RequirementJson['channels'],
  string[],
  RequirementJson['audiences'],
  string[],
  string[],
  string[],
  string[],
  string[],
];

/**
 * The item trees of several catalogues in one statement whatever their number and size. PostgreSQL builds one JSON
 * document per catalogue (items, rows with their offices), so the driver parses a few large documents instead of
 * ten JSON columns per row.
 */
export async function loadCatalogueTrees(em: EntityManager, catalogueIds: string[]): Promise<Map<string, ItemJson[]>> {
  const out = new Map<string, ItemJson[]>(catalogueIds.map((id) => [id, []]));
  if (catalogueIds.length === 0) return out;
  const rows = await em.execute<Array<{ id: string; items: ItemTuple[]; requirements: RequirementTuple[] }>>(
    `select c.id,
       (select coalesce(json_agg(json_build_array(i.id, i.parent_id, i.level, i.name, i.serial, i.source_line) order by i.level, i.position), '[]')
          from catalogue_item i where i.catalogue_id = c.id) as items,
       (select coalesce(json_agg(json_build_array(r.item_id, r.source_line, r.content_intro, r.content_elements, r.time_limit_raw, r.time_limit_rule,
                 r.long_term, r.statutory_default, r.publishing_organs, r.channels, r.extra_channels, r.audiences, r.legal_basis, r.modes, r.levels, r.remarks,
                 (select coalesce(json_agg(o.name order by ro.position), '[]') from requirement_office ro join office o on o.id = ro.office_id where ro.requirement_id = r.id))
               order by r.position), '[]')
          from requirement r where r.catalogue_id = c.id) as requirements
     from unnest(?::uuid[]) as c(id)`,
    [uuidArray(catalogueIds)],
  );
  for (const row of rows) {
    const roots = out.get(row.id)!;
    const byId = new Map<string, ItemJson>();
    for (const [id, parentId, level, name, serial, line] of row.items) {
      const item: ItemJson = { name, level, serial, line, requirements: [], children: [] };
      byId.set(id, item);
      if (parentId) byId.get(parentId)?.children.push(item);
      else roots.push(item);
    }
    for (const r of row.requirements) {
      byId.get(r[0])?.requirements.push({
        line: r[1],
        contentIntro: r[2],
        contentElements: r[3],
        timeLimit: { raw: r[4], rule: normalizeTimeLimitRule(r[5] as never), longTerm: r[6], statutoryDefault: r[7] },
        publishingOrgans: r[8],
        channels: r[9],
        extraChannels: r[10],
        audiences: r[11],
        legalBasis: r[12],
        modes: r[13],
        levels: r[14],
        remarks: r[15],
        offices: r[16],
      });
    }
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
export async function latestPublishedCatalogues(
  em: EntityManager,
  agencyIds: string[],
): Promise<Map<string, LatestPublished>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await em.execute<
    Array<{ id: string; agency_id: string; version_label: string; published_at: Date | null }>
  >(
    `select distinct on (agency_id) id, agency_id, version_label, published_at from catalogue
      where agency_id = any(?::uuid[]) and status = 'PUBLISHED' order by agency_id, published_at desc nulls last, created_at desc`,
    [uuidArray(agencyIds)],
  );
  return new Map(
    rows.map((r) => [
      r.agency_id,
      { catalogueId: r.id, agencyId: r.agency_id, versionLabel: r.version_label, publishedAt: r.published_at },
    ]),
  );
}

export interface StoredDecisions {
  confirmed: Array<[string, string]>;
  rejected: Array<[string, string]>;
}

/**
 * The office's decisions between one agency (left) and others (right), oriented left → right whichever way they
 * were stored: one statement. Between an agency and itself (two versions) the stored orientation is kept.
 */
export async function matchDecisionsFor(
  em: EntityManager,
  leftAgencyId: string,
  rightAgencyIds: string[],
): Promise<Map<string, StoredDecisions>> {
  const out = new Map<string, StoredDecisions>(rightAgencyIds.map((id) => [id, { confirmed: [], rejected: [] }]));
  if (rightAgencyIds.length === 0) return out;
  const rows = await em.execute<
    Array<{
      left_agency_id: string;
      left_key: string;
      right_agency_id: string;
      right_key: string;
      decision: MatchDecision;
      decided_at: Date;
    }>
  >(
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
  if (!has(trees.get(input.leftCatalogueId)!, input.leftPath))
    throw new UserInputError(`左侧目录中没有事项「${input.leftPath.join(' › ')}」`, 'leftPath');
  if (!has(trees.get(input.rightCatalogueId)!, input.rightPath))
    throw new UserInputError(`右侧目录中没有事项「${input.rightPath.join(' › ')}」`, 'rightPath');
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
export async function listMatchDecisions(
  em: EntityManager,
  agencyA: string,
  agencyB: string,
): Promise<ItemMatchDecision[]> {
  return em.find(
    ItemMatchDecision,
    {
      $or: [
        { leftAgency: agencyA, rightAgency: agencyB },
        { leftAgency: agencyB, rightAgency: agencyA },
      ],
    },
    { orderBy: { decidedAt: 'desc' } },
  );
}

/** Two catalogues compared, with the office's decisions between their agencies applied. */
export async function compareStoredCatalogues(
  em: EntityManager,
  leftCatalogueId: string,
  rightCatalogueId: string,
): Promise<CatalogueComparison> {
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
 * Rows of coverage matrices kept by the server (issue 14): one department's row against one template, valid for
 * the two agencies' catalogue data versions (numbers triggers change with any catalogue, item, row or office of
 * the agency) and the office's decisions between them. The caller owns the store (packages/api keeps them in
 * memory, least recently used dropped); rows are shared between requests and must not be changed.
 */
export interface KeptMatrixRows {
  get(key: string, version: string): MatrixRow | undefined;
  set(key: string, version: string, row: MatrixRow): void;
}

/**
 * A template's coverage matrix over departments (their newest published catalogues). Statements: the agencies,
 * the latest versions, the trees (2), the decisions — five whatever the number of departments; with kept rows one
 * more (the data versions), and only the trees of departments whose row is not kept are read and compared.
 */
/** From how many catalogues (~100 rows each) a tree read hashes a reviewer's subtree instead of probing it per row. */
const HASHED_TREES_FROM = 20;

/**
 * Matrices computed from the catalogues themselves (rows not kept yet) run at most two at a time in a server process:
 * a county's ~95 trees and the matching's indexes take ~30–50 MB while they are computed, and ten at once grew the
 * server to ~550 MB (bench/RESULTS.md); the machine has few cores, so running more at once would not finish sooner.
 * Kept rows are answered without waiting.
 */
const coldComparisons = pLimit(2);

export async function computeCoverageMatrix(
  em: EntityManager,
  templateCatalogueId: string,
  agencyIds: string[],
  kept?: KeptMatrixRows,
): Promise<StoredCoverageMatrix> {
  const templateAgency = await catalogueAgency(em, templateCatalogueId, 'templateId');
  const agencies = agencyIds.length
    ? await em.find(Agency, { id: { $in: agencyIds } }, { orderBy: { position: 'asc', name: 'asc' } })
    : [];
  const latest = await latestPublishedCatalogues(
    em,
    agencies.map((a) => a.id),
  );
  const decisions = await matchDecisionsFor(
    em,
    templateAgency,
    agencies.map((a) => a.id),
  );
  const keyed = new Map<string, { key: string; version: string }>();
  const found = new Map<string, MatrixRow>();
  if (kept && latest.size > 0) {
    const versions = new Map(
      (
        await em.execute<Array<{ agency_id: string; version: string }>>(
          'select agency_id, version::text as version from catalogue_data_version where agency_id = any(?::uuid[])',
          [uuidArray([templateAgency, ...latest.keys()])],
        )
      ).map((r) => [r.agency_id, r.version]),
    );
    const templateVersion = versions.get(templateAgency) ?? '0';
    for (const [agencyId, l] of latest) {
      const decided = createHash('sha256')
        .update(JSON.stringify(decisions.get(agencyId)))
        .digest('base64url');
      const entry = {
        key: `${templateCatalogueId}>${l.catalogueId}`,
        version: `${templateVersion}:${versions.get(agencyId) ?? '0'}:${decided}`,
      };
      keyed.set(agencyId, entry);
      const row = kept.get(entry.key, entry.version);
      if (row) found.set(agencyId, row);
    }
  }
  const toCompare = agencies.filter((a) => !found.has(a.id));
  const treeIds = [
    templateCatalogueId,
    ...toCompare.flatMap((a) => (latest.has(a.id) ? [latest.get(a.id)!.catalogueId] : [])),
  ];
  const matrix = await coldComparisons(async () => {
    // Thousands of rows for a county's departments: a reviewer's subtree hashed once, not probed per row.
    const trees =
      treeIds.length > HASHED_TREES_FROM
        ? await withSubtreeHashed(em, () => loadCatalogueTrees(em, treeIds))
        : await loadCatalogueTrees(em, treeIds);
    return coverageMatrix(
      { items: trees.get(templateCatalogueId)! },
      toCompare.map((a) => {
        const l = latest.get(a.id);
        return { key: a.id, items: l ? trees.get(l.catalogueId)! : null, ...decisions.get(a.id)! };
      }),
    );
  });
  for (const row of matrix.rows) {
    const entry = keyed.get(row.key);
    if (entry && row.hasCatalogue) kept!.set(entry.key, entry.version, row);
    found.set(row.key, row);
  }
  matrix.rows = agencies.map((a) => found.get(a.id)!);
  return { ...matrix, departments: agencies.map((a) => ({ agency: a, catalogue: latest.get(a.id) ?? null })) };
}
