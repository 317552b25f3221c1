/**
 * Rows of the agency list (an el-table tree). The tree is built here from the flat `agencies` list (each with
 * its parent's id), since a user sees only some agencies: an agency whose parent is not visible is a root.
 */
import type { AgencyKind, CatalogueStatus, FindingSeverity } from './gql/graphql';

/** The part of an agency the list needs (the generated AgencySummary fragment fits this shape). */
export interface AgencyNode {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  offices: readonly unknown[];
  currentCatalogue: {
    id: string;
    title: string;
    versionLabel: string;
    status: CatalogueStatus;
    itemCount: number;
    requirementCount: number;
    findings: ReadonlyArray<{ severity: FindingSeverity }>;
  } | null;
  children?: readonly AgencyNode[];
}

export interface FindingCounts {
  total: number;
  ERROR: number;
  WARNING: number;
  INFO: number;
}

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  officeCount: number;
  catalogue: {
    title: string;
    versionLabel: string;
    status: CatalogueStatus;
    itemCount: number;
    requirementCount: number;
  } | null;
  findings: FindingCounts;
  children: AgencyRow[];
}

/** An agency of the flat list with its children attached. */
export type AgencyTreeNode<T> = T & { children: AgencyTreeNode<T>[] };

/**
 * Builds the agency tree from a flat list: children under their parent, in the list's order; an agency
 * whose parent is not in the list (not visible to the user) is a root. Never loses an agency, even if the
 * parent links were to form a cycle.
 */
export function buildAgencyForest<T extends { id: string; parent: { id: string } | null }>(
  list: readonly T[],
): AgencyTreeNode<T>[] {
  type Node = AgencyTreeNode<T>;
  const nodes = new Map<string, Node>();
  for (const a of list) if (!nodes.has(a.id)) nodes.set(a.id, { ...a, children: [] });
  const roots: Node[] = [];
  const attached = new Set<string>();
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const mark = (n: Node): void => {
    if (attached.has(n.id)) return;
    attached.add(n.id);
    n.children.forEach(mark);
  };
  roots.forEach(mark);
  // Agencies on a parent cycle are reachable from no root: show them as roots, without the cyclic link.
  for (const node of nodes.values()) {
    if (attached.has(node.id)) continue;
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    if (parent) parent.children = parent.children.filter((c) => c !== node);
    roots.push(node);
    mark(node);
  }
  return roots;
}

export function countFindings(findings: ReadonlyArray<{ severity: FindingSeverity }>): FindingCounts {
  const counts: FindingCounts = { total: findings.length, ERROR: 0, WARNING: 0, INFO: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function toAgencyRows(nodes: readonly AgencyNode[]): AgencyRow[] {
  return nodes.map((n) => {
    const c = n.currentCatalogue;
    return {
      id: n.id,
      code: n.code,
      name: n.name,
      kind: n.kind,
      officeCount: n.offices.length,
      catalogue: c
        ? {
            title: c.title,
            versionLabel: c.versionLabel,
            status: c.status,
            itemCount: c.itemCount,
            requirementCount: c.requirementCount,
          }
        : null,
      findings: countFindings(c?.findings ?? []),
      children: toAgencyRows(n.children ?? []),
    };
  });
}

/**
 * Keeps the agencies whose name or code contains the text, with their ancestors (so the tree still
 * shows where they are) and all their descendants. Blank text keeps everything.
 */
export function filterAgencyRows(rows: readonly AgencyRow[], text: string): AgencyRow[] {
  const q = text.trim().toLowerCase();
  if (q === '') return [...rows];
  const out: AgencyRow[] = [];
  for (const r of rows) {
    if (r.name.toLowerCase().includes(q) || r.code.toLowerCase().includes(q)) {
      out.push(r);
      continue;
    }
    const children = filterAgencyRows(r.children, q);
    if (children.length > 0) out.push({ ...r, children });
  }
  return out;
}

/** All rows of a tree, depth first. */
export function flattenAgencyRows(rows: readonly AgencyRow[]): AgencyRow[] {
  return rows.flatMap((r) => [r, ...flattenAgencyRows(r.children)]);
}

/** The agencies of a flat list in tree order (parents before their children), with their depth. */
export function agencyOptions<T extends { id: string; parent: { id: string } | null }>(
  list: readonly T[],
): Array<T & { depth: number }> {
  const out: Array<T & { depth: number }> = [];
  const walk = (nodes: readonly AgencyTreeNode<T>[], depth: number): void => {
    for (const n of nodes) {
      const { children, ...rest } = n;
      out.push({ ...(rest as unknown as T), depth });
      walk(children, depth + 1);
    }
  };
  walk(buildAgencyForest(list), 0);
  return out;
}

/**
 * Standard catalogues (标准目录, kind STANDARD) apart from the agency tree: they are the office's reference
 * catalogues, not organs, and are listed in a group of their own (agency list, navigation). Order kept.
 */
export function splitStandards<T extends { kind: AgencyKind }>(list: readonly T[]): { agencies: T[]; standards: T[] } {
  return { agencies: list.filter((a) => a.kind !== 'STANDARD'), standards: list.filter((a) => a.kind === 'STANDARD') };
}

/**
 * The navigation's catalogue entries: agencies with a catalogue, governments first, then departments (server's
 * order); the standard catalogues as their own group.
 */
export function navCatalogueGroups<T extends { kind: AgencyKind; currentCatalogue: unknown }>(
  list: readonly T[],
): { catalogues: T[]; standards: T[] } {
  const withCatalogue = list.filter((a) => a.currentCatalogue !== null && a.currentCatalogue !== undefined);
  const { agencies, standards } = splitStandards(withCatalogue);
  return {
    catalogues: [
      ...agencies.filter((a) => a.kind === 'GOVERNMENT'),
      ...agencies.filter((a) => a.kind !== 'GOVERNMENT'),
    ],
    standards,
  };
}
