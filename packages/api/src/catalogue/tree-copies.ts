/**
 * The server's copies of published catalogue trees (issue 14). A published catalogue's items and rows never change;
 * what its tree shows can still change with its agency's offices (renamed, merged). Each copy is kept with the
 * agency's catalogue data version — a number triggers change in the same transaction as any catalogue, item, row,
 * row–office link or office of that agency (Migration20261201239000CatalogueDataVersion) — and used only while the
 * version is unchanged, so every server process stays right without being told. Drafts are never copied, and only
 * queries read or make copies: a mutation may change what a copy shows twice under one version (its transaction's
 * id), then roll back.
 *
 * The copies are what the request's batch loaders return: plain objects read as rows (no entities, no identity map;
 * a draft's tree is read the same way on every request), shaped like the entities where the resolvers read them
 * (`catalogue.id`, `item.id`), so an entity returned by a mutation and a row of a tree go through the same resolvers.
 * At most 200 trees are kept, the least recently used dropped.
 */
import type { CatalogueItem, Office, Requirement } from '@gongkai/db';
import { KeptCopies } from '../kept-copies.js';

/** What the tree's resolvers read of an item: a catalogue_item row, or a CatalogueItem entity. */
export type TreeItem = Pick<
  CatalogueItem,
  'id' | 'name' | 'level' | 'serial' | 'position' | 'sourceLine' | 'version'
> & {
  catalogue: { id: string };
  parent?: { id: string } | null;
};

/** What the tree's resolvers read of a row (公开要求): a requirement row, or a Requirement entity. */
export type TreeRequirement = Pick<
  Requirement,
  | 'id'
  | 'position'
  | 'sourceLine'
  | 'contentIntro'
  | 'contentElements'
  | 'timeLimitRaw'
  | 'timeLimitRule'
  | 'longTerm'
  | 'statutoryDefault'
  | 'publishingOrgans'
  | 'channels'
  | 'extraChannels'
  | 'audiences'
  | 'legalBasis'
  | 'modes'
  | 'levels'
  | 'remarks'
  | 'version'
> & { catalogue: { id: string }; item: { id: string } };

/** What the tree shows of an office (责任科室). */
export type TreeOffice = Pick<Office, 'id' | 'name' | 'aliases' | 'position'>;

export interface CatalogueTree {
  /** Items by parent id ('' for top level), in order. */
  itemsByParent: Map<string, TreeItem[]>;
  itemCount: number;
  /** Rows by item id, in order. */
  requirementsByItem: Map<string, TreeRequirement[]>;
  /** Offices by requirement id, in order. */
  officesByRequirement: Map<string, TreeOffice[]>;
}

const copies = new KeptCopies<CatalogueTree>(200);

export function keptTree(catalogueId: string, version: string): CatalogueTree | undefined {
  return copies.get(catalogueId, version);
}

export function keepTree(catalogueId: string, version: string, tree: CatalogueTree): void {
  copies.set(catalogueId, version, tree);
}

/** For tests: forget every copy. */
export function forgetKeptTrees(): void {
  copies.clear();
}
