/**
 * Agency trees on the client: the agencies of a flat list in tree order (the user and audit-log pickers), and the side
 * menu's limits. An agency whose parent is not visible to the user is a root; the agency list and the navigation
 * now ask the server for one level at a time with the same rule (agencyLevel, agencyNavigation — issue 14).
 */
import type { AgencyKind, CatalogueStatus } from './gql/graphql';
import { AGENCY_NAV_LIMIT } from '@gongkai/domain';

export interface FindingCounts {
  total: number;
  ERROR: number;
  WARNING: number;
  INFO: number;
}

/** A row of the agency list as its cells show it (see pages/agencies/agency-list.ts). */
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

/** Catalogue entries the side menu asks the server for (agencyNavigation's limit: the domain's default). */
export const NAV_LIMIT = AGENCY_NAV_LIMIT.default;

/** The side menu's last catalogue entry when it is cut: 「全部 N 个机关…」 (a link to the agency list), else null. */
export function navMoreLabel(total: number, shown: number): string | null {
  return total > shown ? `全部 ${total} 个机关…` : null;
}
