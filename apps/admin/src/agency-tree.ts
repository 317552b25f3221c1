/** Rows of the agency list (an el-table tree) from the agencyRoots → children query. */
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
