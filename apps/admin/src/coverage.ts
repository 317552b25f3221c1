/**
 * The coverage matrix (覆盖矩阵) as the office reads it: a standard catalogue's items (columns) against the
 * departments' published catalogues (rows). What each cell shows (colour, symbol, label, whether the match still
 * waits for the office's confirmation), the column groups of the header, the sorting and filtering of the rows,
 * the summary figures above the table, the department's compliance findings by kind, and the export address. Pure.
 */
import { COMPLIANCE_KIND_LABELS, COVERAGE_STATUS_LABELS as DOMAIN_STATUS_LABELS } from '@gongkai/domain';
import type { CoverageStatus } from './gql/graphql';
import type { TagType } from './labels';

export interface MatrixColumnLike {
  path: readonly string[];
  mandatory: boolean;
  timeLimit: string;
  channels: readonly string[];
}

export interface MatrixCellLike {
  status: CoverageStatus;
  reasons: readonly string[];
  matchedPath?: readonly string[] | null;
  score?: number | null;
  method?: string | null;
}

export interface MatrixFindingLike {
  kind: string;
  message: string;
  path?: readonly string[] | null;
}

export interface MatrixRowLike {
  agency: { id: string; code: string; name: string };
  catalogueId: string | null;
  versionLabel?: string | null;
  score: number;
  covered: number;
  weaker: number;
  missing: number;
  mandatoryMissing: number;
  cells: readonly MatrixCellLike[];
  findings: readonly MatrixFindingLike[];
}

// ------------------------------------------------------------------------------------------------ cells

export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, string> = {
  COVERED: DOMAIN_STATUS_LABELS.covered,
  WEAKER: DOMAIN_STATUS_LABELS.weaker,
  MISSING: DOMAIN_STATUS_LABELS.missing,
};

/** A symbol per status, so that the matrix does not speak by colour alone. */
export const COVERAGE_STATUS_SYMBOLS: Record<CoverageStatus, string> = {
  COVERED: '✓',
  WEAKER: '△',
  MISSING: '✕',
};

export const COVERAGE_STATUS_TAGS: Record<CoverageStatus, TagType> = {
  COVERED: 'success',
  WEAKER: 'warning',
  MISSING: 'danger',
};

/** How two items were matched (CoverageCell.method, ItemPair.method). */
export const MATCH_METHOD_LABELS: Record<string, string> = {
  exact: '同名',
  synonym: '同义',
  similar: '相似，待确认',
  confirmed: '已确认',
};

export const MATCH_METHOD_TAGS: Record<string, TagType> = {
  exact: 'success',
  synonym: 'primary',
  similar: 'warning',
  confirmed: 'success',
};

export function matchMethodLabel(method: string | null | undefined): string {
  if (!method) return '';
  return MATCH_METHOD_LABELS[method] ?? method;
}

/** A 'similar' match is the system's proposal: the office confirms or rejects it. */
export function isPendingMatch(method: string | null | undefined): boolean {
  return method === 'similar';
}

/** 0.8 → 「80%」. */
export function percent(score: number | null | undefined): string {
  return score === null || score === undefined ? '' : `${Math.round(score * 100)}%`;
}

/** An item path for people: 「政府信息公开 › 政府信息公开指南」. */
export function pathText(path: readonly string[] | null | undefined): string {
  return (path ?? []).join(' › ');
}

export interface CellView {
  status: CoverageStatus;
  symbol: string;
  label: string;
  /** CSS modifier: covered / weaker / missing. */
  tone: 'covered' | 'weaker' | 'missing';
  /** Matched only by similarity: shown with a dashed border and 「?」 until the office decides. */
  pending: boolean;
  confirmed: boolean;
  /** A mandatory item the department lacks: the strongest red. */
  mandatoryMissing: boolean;
  /** Everything the cell says, as one line (aria-label, and what a screen reader reads). */
  description: string;
}

export function cellView(cell: MatrixCellLike, column: MatrixColumnLike): CellView {
  const pending = cell.status !== 'MISSING' && isPendingMatch(cell.method);
  const parts = [
    `${pathText(column.path)}${column.mandatory ? '（必选）' : ''}：${COVERAGE_STATUS_LABELS[cell.status]}`,
  ];
  if (cell.matchedPath && cell.matchedPath.length > 0)
    parts.push(
      `匹配「${pathText(cell.matchedPath)}」（${matchMethodLabel(cell.method)}${cell.score != null && cell.method !== 'exact' && cell.method !== 'confirmed' ? ` ${percent(cell.score)}` : ''}）`,
    );
  parts.push(...cell.reasons);
  return {
    status: cell.status,
    symbol: COVERAGE_STATUS_SYMBOLS[cell.status],
    label: COVERAGE_STATUS_LABELS[cell.status],
    tone: cell.status === 'COVERED' ? 'covered' : cell.status === 'WEAKER' ? 'weaker' : 'missing',
    pending,
    confirmed: cell.method === 'confirmed',
    mandatoryMissing: column.mandatory && cell.status === 'MISSING',
    description: parts.join('；'),
  };
}

// -------------------------------------------------------------------------------------------- columns

/** The columns shown: all, or only the mandatory items (必选事项). Indices into the matrix's columns. */
export function visibleColumnIndices(columns: readonly MatrixColumnLike[], mandatoryOnly: boolean): number[] {
  const out: number[] = [];
  columns.forEach((c, i) => {
    if (!mandatoryOnly || c.mandatory) out.push(i);
  });
  return out;
}

export interface ColumnGroup {
  key: string;
  /** The 一级事项. */
  title: string;
  /** How many visible columns it spans. */
  span: number;
  /** The index (into the matrix's columns) of its first column. */
  first: number;
  /** A 一级事项 that is itself the only column (its rows are at level 1): one header cell over both header rows. */
  single: boolean;
}

/**
 * The first header row: consecutive visible columns under the same 一级事项, each group once. A group whose only
 * column is the 一级事项 itself spans both header rows.
 */
export function columnGroups(columns: readonly MatrixColumnLike[], indices: readonly number[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  for (const i of indices) {
    const c = columns[i];
    if (!c) continue;
    const title = c.path[0] ?? '';
    const last = groups[groups.length - 1];
    if (last && last.title === title && !last.single && c.path.length > 1) {
      last.span++;
    } else {
      groups.push({ key: `${i}:${title}`, title, span: 1, first: i, single: c.path.length <= 1 });
    }
  }
  return groups;
}

/** The second header row's text of a column: the item below its 一级事项 (or the 一级事项 itself). */
export function columnLabel(column: MatrixColumnLike): string {
  return column.path.length > 1 ? column.path.slice(1).join(' › ') : (column.path[0] ?? '');
}

// ----------------------------------------------------------------------------------------------- rows

export type MatrixSort = 'score-asc' | 'score-desc' | 'mandatory-missing' | 'name';

export const MATRIX_SORTS: ReadonlyArray<{ value: MatrixSort; label: string }> = [
  { value: 'score-asc', label: '得分从低到高' },
  { value: 'score-desc', label: '得分从高到低' },
  { value: 'mandatory-missing', label: '缺少必选事项从多到少' },
  { value: 'name', label: '部门名称' },
];

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * Rows in the chosen order; ties by name, then the server's order. Departments without a published catalogue
 * (nothing to score) come last when sorting by score, whichever direction: they are listed, not ranked.
 */
export function sortMatrixRows<R extends MatrixRowLike>(rows: readonly R[], sort: MatrixSort): R[] {
  const byName = (a: R, b: R): number => collator.compare(a.agency.name, b.agency.name);
  const noCatalogue = (r: R): number => (r.catalogueId === null ? 1 : 0);
  const compare: (a: R, b: R) => number =
    sort === 'score-asc'
      ? (a, b) => noCatalogue(a) - noCatalogue(b) || a.score - b.score || byName(a, b)
      : sort === 'score-desc'
        ? (a, b) => noCatalogue(a) - noCatalogue(b) || b.score - a.score || byName(a, b)
        : sort === 'mandatory-missing'
          ? (a, b) => b.mandatoryMissing - a.mandatoryMissing || a.score - b.score || byName(a, b)
          : byName;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => compare(x.r, y.r) || x.i - y.i)
    .map((x) => x.r);
}

/**
 * Whether a department needs the office's attention in the columns shown: no published catalogue, a cell not fully
 * covered, or a compliance finding.
 */
export function rowHasProblems(row: MatrixRowLike, indices: readonly number[]): boolean {
  if (row.catalogueId === null) return true;
  if (row.findings.length > 0) return true;
  return indices.some((i) => row.cells[i] !== undefined && row.cells[i]!.status !== 'COVERED');
}

export interface MatrixFilter {
  /** Part of the department's name or code. */
  search: string;
  /** 只看有问题的部门 */
  problemsOnly: boolean;
}

export function filterMatrixRows<R extends MatrixRowLike>(
  rows: readonly R[],
  filter: MatrixFilter,
  indices: readonly number[],
): R[] {
  const q = filter.search.trim().toLowerCase();
  return rows.filter((r) => {
    if (q && !r.agency.name.toLowerCase().includes(q) && !r.agency.code.toLowerCase().includes(q)) return false;
    return !filter.problemsOnly || rowHasProblems(r, indices);
  });
}

// -------------------------------------------------------------------------------------------- summary

export interface MatrixSummary {
  departments: number;
  /** Departments with a published catalogue (the others cannot be scored). */
  compared: number;
  withoutCatalogue: number;
  /** Average score of the compared departments, one decimal; null when none. */
  averageScore: number | null;
  /** Departments lacking at least one mandatory item (those without a catalogue included). */
  missingMandatory: number;
  /** Departments covering every item of the standard fully. */
  complete: number;
  /** Cells matched only by similarity, waiting for the office's decision. */
  pendingMatches: number;
  items: number;
  mandatoryItems: number;
}

export function matrixSummary(rows: readonly MatrixRowLike[], columns: readonly MatrixColumnLike[]): MatrixSummary {
  const compared = rows.filter((r) => r.catalogueId !== null);
  const total = compared.reduce((s, r) => s + r.score, 0);
  return {
    departments: rows.length,
    compared: compared.length,
    withoutCatalogue: rows.length - compared.length,
    averageScore: compared.length === 0 ? null : Math.round((total / compared.length) * 10) / 10,
    missingMandatory: rows.filter((r) => r.mandatoryMissing > 0).length,
    complete: compared.filter((r) => r.cells.every((c) => c.status === 'COVERED')).length,
    pendingMatches: rows.reduce(
      (n, r) => n + r.cells.filter((c) => c.status !== 'MISSING' && isPendingMatch(c.method)).length,
      0,
    ),
    items: columns.length,
    mandatoryItems: columns.filter((c) => c.mandatory).length,
  };
}

/** 70 → 「70」, 88.46 → 「88.5」. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || Number.isNaN(score)) return '—';
  const r = Math.round(score * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** The colour of a score: 90 and above good, below 60 poor. */
export function scoreTone(score: number): 'success' | 'warning' | 'danger' {
  if (score >= 90) return 'success';
  if (score >= 60) return 'warning';
  return 'danger';
}

// ------------------------------------------------------------------------------------------- findings

/** ComplianceFinding.kind, most serious first. */
export const FINDING_KINDS: ReadonlyArray<{ kind: string; label: string; tag: TagType }> = [
  { kind: 'mandatory-missing', label: COMPLIANCE_KIND_LABELS['mandatory-missing'], tag: 'danger' },
  { kind: 'annual-report-deadline', label: COMPLIANCE_KIND_LABELS['annual-report-deadline'], tag: 'danger' },
  { kind: 'deadline-too-loose', label: COMPLIANCE_KIND_LABELS['deadline-too-loose'], tag: 'warning' },
  { kind: 'row-incomplete', label: COMPLIANCE_KIND_LABELS['row-incomplete'], tag: 'info' },
];

export interface FindingGroup<F extends MatrixFindingLike> {
  kind: string;
  label: string;
  tag: TagType;
  findings: F[];
}

/** A department's findings by kind, in the order of FINDING_KINDS; unknown kinds last, under their own name. */
export function groupFindings<F extends MatrixFindingLike>(findings: readonly F[]): Array<FindingGroup<F>> {
  const groups = new Map<string, FindingGroup<F>>();
  for (const k of FINDING_KINDS) groups.set(k.kind, { ...k, findings: [] });
  for (const f of findings) {
    let g = groups.get(f.kind);
    if (!g) {
      g = { kind: f.kind, label: f.kind, tag: 'info', findings: [] };
      groups.set(f.kind, g);
    }
    g.findings.push(f);
  }
  return [...groups.values()].filter((g) => g.findings.length > 0);
}

// ---------------------------------------------------------------------------------------------- links

/**
 * The Excel download of the matrix (plain GET, the session cookie authorises it): the government's departments,
 * or the departments named.
 */
export function coverageExportUrl(
  templateId: string,
  scope: { government?: string | null; agencies?: readonly string[] | null } = {},
): string {
  const params = new URLSearchParams();
  if (scope.agencies && scope.agencies.length > 0) params.set('agencies', scope.agencies.join(','));
  else if (scope.government) params.set('government', scope.government);
  const q = params.toString();
  return `/exports/coverage/${encodeURIComponent(templateId)}.xlsx${q ? `?${q}` : ''}`;
}

/** The pairwise comparison of the standard with a department's catalogue, focused on one standard item. */
export function comparePath(
  leftId: string,
  rightId: string,
  focus?: readonly string[] | null,
): { path: string; query: Record<string, string> } {
  return {
    path: `/catalogues/${encodeURIComponent(leftId)}/compare/${encodeURIComponent(rightId)}`,
    query: focus && focus.length > 0 ? { focus: pathText(focus) } : {},
  };
}
