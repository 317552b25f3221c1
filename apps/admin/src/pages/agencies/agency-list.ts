/**
 * Rows of the agency list (an el-table lazy tree) from the server's one-level-at-a-time answers (issue 14): the top
 * level comes first, with its children when they are few (the demo's government opens as before); every other
 * level loads when its row is expanded; a search shows its hits flat, each with the names of its visible ancestors.
 */
import type { AgencyKind, CatalogueStatus } from '../../gql/graphql';
import type { FindingCounts } from '../../agency-tree';

/** An AgencyListRow as the server sends it (the generated AgencyListRowFields fragment fits this shape). */
export interface ServerRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  officeCount: number;
  childCount: number;
  catalogue: {
    title: string;
    versionLabel: string;
    status: CatalogueStatus;
    itemCount: number;
    requirementCount: number;
  } | null;
  findings: { total: number; error: number; warning: number; info: number };
  path: ReadonlyArray<{ code: string; name: string }>;
  children?: readonly ServerRow[] | null;
}

/** A row of the table. `hasChildren` marks a row whose children load when expanded (el-table `lazy`). */
export interface ListRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  officeCount: number;
  catalogue: ServerRow['catalogue'];
  findings: FindingCounts;
  /** Names of the visible ancestors, top first (shown under a search hit). */
  path: string[];
  /** The government (direct parent) of a standard catalogue, if visible. */
  government: { code: string; name: string } | null;
  hasChildren: boolean;
  children?: ListRow[];
}

/** Top-level rows whose children come along in the first request when they are at most this many together. */
export const EXPAND_BELOW = 100;
/** Search hits asked for at a time. */
export const SEARCH_LIMIT = 100;
/** Milliseconds the search waits after the last keystroke. */
export const SEARCH_DELAY_MS = 300;

export function toListRow(r: ServerRow): ListRow {
  const loaded = r.children ?? null;
  const row: ListRow = {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    officeCount: r.officeCount,
    catalogue: r.catalogue
      ? {
          title: r.catalogue.title,
          versionLabel: r.catalogue.versionLabel,
          status: r.catalogue.status,
          itemCount: r.catalogue.itemCount,
          requirementCount: r.catalogue.requirementCount,
        }
      : null,
    findings: {
      total: r.findings.total,
      ERROR: r.findings.error,
      WARNING: r.findings.warning,
      INFO: r.findings.info,
    },
    path: r.path.map((p) => p.name),
    government: r.path.length > 0 ? { ...r.path[r.path.length - 1]! } : null,
    // Children already here are shown as an ordinary (expanded) subtree; the others load on expanding.
    hasChildren: r.childCount > 0 && loaded === null,
  };
  if (loaded !== null && loaded.length > 0) row.children = loaded.map(toListRow);
  return row;
}

/** The top level and the keys of the rows to show expanded (those whose children came along). */
export function firstLevel(rows: readonly ServerRow[]): { rows: ListRow[]; expanded: string[] } {
  const out = rows.map(toListRow);
  return { rows: out, expanded: out.filter((r) => r.children && r.children.length > 0).map((r) => r.id) };
}

/** Search hits: the organs for the tree table, the standard catalogues for their own table. */
export function splitHits(rows: readonly ServerRow[]): { agencies: ListRow[]; standards: ListRow[] } {
  const all = rows.map(toListRow);
  return { agencies: all.filter((r) => r.kind !== 'STANDARD'), standards: all.filter((r) => r.kind === 'STANDARD') };
}

/** The text the server is asked for: trimmed; blank means no search (the tree). */
export function searchText(input: string): string {
  return input.trim();
}

/** 「共找到 N 个机关，显示前 M 个」 when a search was cut, else null. */
export function searchCutNote(total: number, shown: number): string | null {
  return total > shown ? `共找到 ${total} 个机关，显示前 ${shown} 个，请输入更完整的名称或编码` : null;
}
