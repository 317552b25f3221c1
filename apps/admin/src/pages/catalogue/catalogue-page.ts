/**
 * Pure parts of the catalogue page: the order and counts of the import findings, where a row sits in its item,
 * the table's merged cells and row classes, the names 修改记录 shows, and the texts of the publish / import
 * messages. No Vue.
 */
import type { FindingSeverity } from '../../gql/graphql';
import type { HistoryContext } from './history';
import type { TreeNode } from '../../item-tree';
import { formatDateTime } from '../../audit';
import { severityRank } from '../../labels';
import type { SpanColumn } from './catalogue-table';
import { MERGED_COLUMNS, type Row } from './data';

interface SortableFinding {
  line: number | null;
  severity: FindingSeverity;
}

/** Findings by source line (those without a line last), the worse first on the same line. */
export function sortFindings<F extends SortableFinding>(list: readonly F[]): F[] {
  return [...list].sort(
    (a, b) =>
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
      severityRank(a.severity) - severityRank(b.severity),
  );
}

export function countSeverities(list: readonly { severity: FindingSeverity }[]): Record<FindingSeverity, number> {
  const c: Record<FindingSeverity, number> = { ERROR: 0, WARNING: 0, INFO: 0 };
  for (const f of list) c[f.severity]++;
  return c;
}

export function filterBySeverity<F extends { severity: FindingSeverity }>(
  list: readonly F[],
  filter: FindingSeverity | 'ALL',
): readonly F[] {
  return filter === 'ALL' ? list : list.filter((f) => f.severity === filter);
}

/** The 一级 › 二级 › 三级 path of a row and the 1-based number of its requirement within its item (0: none). */
export function rowPlace(row: Row): { itemPath: string[]; rowNumber: number } {
  const path = [row.level1, row.level2, row.level3].filter((x) => x !== null).map((x) => x!.name);
  const index = row.requirement ? row.owner.requirements.findIndex((r) => r.id === row.requirement!.id) : -1;
  return { itemPath: path, rowNumber: index + 1 };
}

/** el-table's span-method: merged columns span the rows of their item, other cells one. */
export function cellSpan(row: Row, columnKey: string | undefined): { rowspan: number; colspan: number } {
  if (columnKey !== undefined && MERGED_COLUMNS.has(columnKey)) {
    const n = row.spans[columnKey as SpanColumn];
    return n === 0 ? { rowspan: 0, colspan: 0 } : { rowspan: n, colspan: 1 };
  }
  return { rowspan: 1, colspan: 1 };
}

/** A row's classes: its index, its worst finding, located (from the findings panel), being edited. */
export function rowClassName(
  row: Row,
  state: { worst: FindingSeverity | null; highlightedKey: string | null; editingId: string | null },
): string {
  const classes = ['cat-row', `cat-row-${row.index}`];
  if (state.worst) classes.push('has-findings', `has-findings--${state.worst.toLowerCase()}`);
  if (row.key === state.highlightedKey) classes.push('is-located');
  if (state.editingId !== null && row.requirement?.id === state.editingId) classes.push('is-editing');
  return classes.join(' ');
}

/** Names for the 修改记录 panel, from the catalogue on screen. */
export function buildHistoryContext(input: {
  rows: readonly Row[];
  items: readonly TreeNode[];
  offices: readonly { id: string; name: string }[];
  versions: readonly { id: string; versionLabel: string }[];
}): HistoryContext {
  const rowLabels = new Map<string, string>();
  for (const r of input.rows) {
    if (!r.requirement) continue;
    const { itemPath, rowNumber } = rowPlace(r);
    rowLabels.set(r.requirement.id, `「${itemPath[itemPath.length - 1] ?? ''}」第${rowNumber}条`);
  }
  const items = new Map<string, string>();
  const walk = (list: readonly TreeNode[]): void => {
    for (const i of list) {
      items.set(i.id, i.name);
      walk(i.children ?? []);
    }
  };
  walk(input.items);
  const offices = new Map(input.offices.map((o) => [o.id, o.name]));
  const labels = new Map(input.versions.map((v) => [v.id, v.versionLabel]));
  return {
    rowLabel: (id) => rowLabels.get(id),
    itemName: (id) => items.get(id),
    officeName: (id) => offices.get(id),
    versionLabel: (id) => labels.get(id),
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** The 发布 confirmation (HTML; the title and label escaped), warning about rows still to complete. */
export function publishConfirmHtml(c: { title: string; versionLabel: string }, rowsWithProblems: number): string {
  const problemNote =
    rowsWithProblems > 0
      ? `<p class="publish-warning">注意：还有 ${rowsWithProblems} 行公开要求待完善（如未选公开渠道、责任科室），发布后也不能再补。</p>`
      : '';
  return `<p>发布「${escapeHtml(c.title)}」<strong>${escapeHtml(c.versionLabel)}</strong>，成为本机关正式公开的目录。</p><p><strong>发布后不能再修改</strong>；以后要修改，须从该版本新建草稿。</p>${problemNote}`;
}

/** The message after an import: what was imported and how many findings. */
export function importedMessage(c: {
  title: string;
  versionLabel: string;
  requirementCount: number;
  findings: readonly unknown[];
}): string {
  const problems = c.findings.length > 0 ? `，发现导入问题 ${c.findings.length} 条` : '，未发现导入问题';
  return `已导入「${c.title}」（${c.versionLabel}）：公开要求 ${c.requirementCount} 条${problems}`;
}

/** Why a finding cannot be located in the table. */
export function unplacedFindingMessage(line: number | null): string {
  return line !== null ? `第${line}行不在目录表格的某一行中（如标题、表头或页脚）` : '该问题不对应目录表格中的某一行';
}

/** A timestamp as the page shows it, or 「—」. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : '—';
}
