/**
 * The server's copies of published catalogue trees (issue 14). A published catalogue's items and rows never change;
 * what its tree shows can still change with its agency's offices (renamed, merged). Each copy is kept with the
 * agency's catalogue data version — a number triggers change in the same transaction as any catalogue, item, row,
 * row–office link or office of that agency (Migration20261201239000CatalogueDataVersion) — and used only while the
 * version is unchanged, so every server process stays right without being told. Drafts are never copied, and only
 * queries read or make copies: a mutation may change what a copy shows twice under one version (its transaction's
 * id) or change the entities a copy holds and roll back.
 *
 * The copies are what the request's batch loaders return (read-only entity instances of the request that read
 * them); the tree's resolvers only read them. At most TREES_KEPT trees are kept, the least recently used dropped.
 */
import type { CatalogueItem, Office, Requirement } from '@gongkai/db';
import { KeptCopies } from '../kept-copies.js';

export interface CatalogueTree {
  /** Items by parent id ('' for top level), in order. */
  itemsByParent: Map<string, CatalogueItem[]>;
  itemCount: number;
  /** Rows by item id, in order. */
  requirementsByItem: Map<string, Requirement[]>;
  /** Offices by requirement id, in order. */
  officesByRequirement: Map<string, Office[]>;
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
