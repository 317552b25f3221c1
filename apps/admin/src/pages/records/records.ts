/**
 * The records pages' pure logic: a record's timeliness tag (按时 / 逾期 N 个工作日 …), the filters of a department's
 * list (year, state, search), records grouped by catalogue item, policies and their 解读. Labels are the domain's
 * (timeliness states). The entry form's logic is in record-form.ts.
 */
import { timelinessLabel, type TimelinessState } from '@gongkai/domain';
import type { TagType } from '../../labels';

/** The separator of an item path, as the API writes it in messages: 「履职依据›规范性文件」. */
export const PATH_SEPARATOR = '›';

export function pathText(path: readonly string[]): string {
  return path.join(PATH_SEPARATOR);
}

/** The part of a record the list looks at. */
export interface RecordLike {
  id: string;
  itemPath: readonly string[];
  status: string;
  title?: string | null;
  documentNumber?: string | null;
  url?: string | null;
  state: string;
  stateLabel: string;
  lateWorkingDays: number;
  documentKind?: string | null;
  publishedDate?: string | null;
  formedDate?: string | null;
}

export const STATE_TAG_TYPES: Record<TimelinessState, TagType> = {
  ON_TIME: 'success',
  LATE: 'danger',
  OVERDUE: 'danger',
  PENDING: 'warning',
  NO_DEADLINE: 'info',
  UNKNOWN: 'info',
};

function isState(s: string): s is TimelinessState {
  return s in STATE_TAG_TYPES;
}

/** The tag of a record: 「按时」, 「逾期 3 个工作日」, else the state's label (无固定时限, 待公开（未到期）…). */
export function timelinessTag(r: Pick<RecordLike, 'state' | 'stateLabel' | 'lateWorkingDays'>): {
  text: string;
  type: TagType;
} {
  const type = isState(r.state) ? STATE_TAG_TYPES[r.state] : 'info';
  if (r.state === 'ON_TIME') return { text: '按时', type };
  if (r.state === 'LATE') return { text: `逾期 ${r.lateWorkingDays} 个工作日`, type };
  if (r.state === 'OVERDUE') return { text: `已逾期 ${r.lateWorkingDays} 个工作日未公开`, type };
  return { text: isState(r.state) ? timelinessLabel(r.state) : r.stateLabel, type };
}

/** The list's state filter: 按时, 逾期 (公开晚了或至今未公开), 无固定时限; '' = all. */
export type StateFilter = '' | 'ON_TIME' | 'LATE' | 'NO_DEADLINE';

export const STATE_FILTERS: ReadonlyArray<{ key: StateFilter; label: string }> = [
  { key: '', label: '全部' },
  { key: 'ON_TIME', label: '按时' },
  { key: 'LATE', label: '逾期' },
  { key: 'NO_DEADLINE', label: timelinessLabel('NO_DEADLINE') },
];

export function matchesState(state: string, filter: StateFilter): boolean {
  if (filter === '') return true;
  if (filter === 'LATE') return state === 'LATE' || state === 'OVERDUE';
  return state === filter;
}

/** Whether a record matches the search text: in its title, 文号, item path or URL (spaces and case ignored). */
export function matchesSearch(r: RecordLike, text: string): boolean {
  const needle = text.replace(/\s+/gu, '').toLowerCase();
  if (needle === '') return true;
  const hay = [r.title ?? '', r.documentNumber ?? '', pathText(r.itemPath), r.url ?? '']
    .join('\n')
    .replace(/\s+/gu, '')
    .toLowerCase();
  return hay.includes(needle);
}

export function filterRecords<R extends RecordLike>(records: readonly R[], state: StateFilter, search: string): R[] {
  return records.filter((r) => matchesState(r.state, state) && matchesSearch(r, search));
}

export interface ItemGroup<R> {
  key: string;
  path: readonly string[];
  records: R[];
  late: number;
}

/** Records grouped by catalogue item, in the order the items first appear (the API's order: catalogue order). */
export function groupByItem<R extends RecordLike>(records: readonly R[]): ItemGroup<R>[] {
  const groups = new Map<string, ItemGroup<R>>();
  for (const r of records) {
    const key = pathText(r.itemPath);
    let g = groups.get(key);
    if (!g) {
      g = { key, path: r.itemPath, records: [], late: 0 };
      groups.set(key, g);
    }
    g.records.push(r);
    if (r.state === 'LATE' || r.state === 'OVERDUE') g.late++;
  }
  return [...groups.values()];
}

/** Policies (records with a document kind) a 解读 can be linked to, and the records that can be a 解读 of one. */
export function policyRecords<R extends RecordLike>(records: readonly R[]): R[] {
  return records.filter((r) => !!r.documentKind);
}
export function interpretationCandidates<R extends RecordLike>(records: readonly R[], policyId: string): R[] {
  return records.filter((r) => r.id !== policyId && !r.documentKind);
}

/** The year picker's years: this year back to 2021 (table 二's format), newest first. */
export function recordYears(today: Date = new Date()): number[] {
  const out: number[] = [];
  for (let y = today.getFullYear(); y >= 2021; y--) out.push(y);
  return out;
}

/** A year from a route query (?year=2026): the year when valid, else this year. */
export function yearOf(raw: unknown, today: Date = new Date()): number {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const n = typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 2008 && n <= today.getFullYear() + 1 ? n : today.getFullYear();
}
