/**
 * How the to-do list (待办事项) is shown: the kinds in the order of the filter, the text of a deadline, the tag
 * colour. Labels come from the server (domain todo.ts); nothing here decides what is on the list.
 */
import { TODO_KINDS, TODO_KIND_LABELS, type TodoKind } from '@gongkai/domain';
import type { TagType } from '../../labels';

export interface TodoView {
  kind: string;
  dueDate: string | null;
  daysLeft: number | null;
  urgent: boolean;
}

/** 「还剩 3 天」「今天截止」「已超期 2 天」; working days for 依申请公开 (its clock counts working days). */
export function deadlineText(t: TodoView): string {
  if (t.daysLeft === null) return t.dueDate ?? '—';
  const unit = t.kind === 'APPLICATION_DUE' ? '个工作日' : '天';
  if (t.daysLeft < 0) return `已超期 ${-t.daysLeft} ${unit}`;
  if (t.daysLeft === 0) return '今天截止';
  return `还剩 ${t.daysLeft} ${unit}`;
}

export function tagType(t: TodoView): TagType {
  if (t.urgent) return 'danger';
  if (t.kind === 'CATALOGUE_RETURNED' || t.kind === 'REPORT_RETURNED') return 'warning';
  if (t.kind === 'CATALOGUE_AWAITING_APPROVAL' || t.kind === 'REPORT_AWAITING_REVIEW') return 'primary';
  return 'info';
}

/** The kinds present in the list, in the domain's order, with their counts (the filter's options). */
export function kindCounts(items: readonly TodoView[]): Array<{ kind: TodoKind; label: string; count: number }> {
  return TODO_KINDS.map((kind) => ({
    kind,
    label: TODO_KIND_LABELS[kind],
    count: items.filter((i) => i.kind === kind).length,
  })).filter((k) => k.count > 0);
}

/** The header badge: nothing for none, the number up to 99, then 99+. */
export function badgeText(total: number | null | undefined): string {
  if (!total) return '';
  return total > 99 ? '99+' : String(total);
}

/**
 * The line under the title: the to-do items and the unread 催报 notices, which the header's count adds up — so the
 * page never says there is nothing to do while the header shows a number.
 */
export function todoSummary(total: number, unread: number, asOf: string): string {
  const parts: string[] = [];
  if (total > 0) parts.push(`共 ${total} 项待办，按紧急程度排列`);
  if (unread > 0) parts.push(`${unread} 条未读通知`);
  if (parts.length === 0) return `暂无待办事项（截至 ${asOf}）。`;
  return `${parts.join('；')}（截至 ${asOf}）。`;
}

/** The empty state under the notices: none when there is no item; the wording says whether notices wait above. */
export function emptyText(unread: number): string {
  return unread > 0 ? '除上方通知外，没有需要处理的事项' : '没有需要处理的事项';
}
