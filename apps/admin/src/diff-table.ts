/**
 * The 版本比较 page's side-by-side table (旧版本 | 新版本) from the server's catalogueDiff: one block per
 * changed item, each with its changed rows; changed fields old → new with the entries added and removed
 * marked; added and removed rows listed field by field. Pure.
 */
import {
  AUDIENCE_LABELS as DOMAIN_AUDIENCE_LABELS,
  ROW_FIELD_LABELS,
  channelLabel,
  formatContentElements,
  type ChannelCode,
} from '@gongkai/domain';
import type { TagType } from './labels';

export type ItemChangeKind = 'added' | 'removed' | 'moved' | 'renamed' | 'changed';
export type RowChangeKind = 'added' | 'removed' | 'changed';

/** The server's CatalogueDiff, as the query returns it. */
export interface DiffInput {
  summary: {
    added: number;
    removed: number;
    moved: number;
    renamed: number;
    changedRows: number;
    unchangedItems: number;
  };
  changes: ReadonlyArray<{
    kind: string;
    level: number;
    beforePath?: readonly string[] | null;
    afterPath?: readonly string[] | null;
    rows: ReadonlyArray<{
      kind: string;
      index: number;
      fields: ReadonlyArray<{
        field: string;
        label: string;
        before: string;
        after: string;
        added: readonly string[];
        removed: readonly string[];
      }>;
      before?: unknown;
      after?: unknown;
    }>;
  }>;
}

export const ITEM_CHANGE_LABELS: Record<ItemChangeKind, string> = {
  added: '新增事项',
  removed: '删除事项',
  moved: '移动事项',
  renamed: '重命名事项',
  changed: '修改',
};

export const ITEM_CHANGE_TONES: Record<ItemChangeKind, TagType> = {
  added: 'success',
  removed: 'danger',
  moved: 'warning',
  renamed: 'warning',
  changed: 'primary',
};

export const ROW_CHANGE_LABELS: Record<RowChangeKind, string> = { added: '新增', removed: '删除', changed: '修改' };

export interface Segment {
  text: string;
  /** An entry only in the new version (added) or only in the old one (removed); 'note': an explanation. */
  mark: 'added' | 'removed' | 'note' | null;
}

export interface FieldLine {
  key: string;
  label: string;
  before: Segment[];
  after: Segment[];
}

export interface RowBlock {
  key: string;
  kind: RowChangeKind;
  kindLabel: string;
  /** 「第2条」 */
  title: string;
  lines: FieldLine[];
}

export interface ItemBlock {
  key: string;
  kind: ItemChangeKind;
  kindLabel: string;
  tone: TagType;
  level: number;
  beforePath: string | null;
  afterPath: string | null;
  /** The path differs between the versions (moved or renamed). */
  pathChanged: boolean;
  rows: RowBlock[];
}

const PATH_SEPARATOR = ' › ';

function asKind<K extends string>(value: string, allowed: readonly K[], fallback: K): K {
  return (allowed as readonly string[]).includes(value) ? (value as K) : fallback;
}

/**
 * Splits a list text (entries joined with 「、」) into segments, marking the given entries where they stand as
 * whole entries. Entries that contain 「、」 themselves are found too.
 */
export function markEntries(text: string, entries: readonly string[], mark: 'added' | 'removed'): Segment[] {
  if (text === '') return [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  for (const entry of [...new Set(entries)].filter((e) => e !== '').sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(entry, from);
      if (at < 0) break;
      const end = at + entry.length;
      const bounded = (at === 0 || text[at - 1] === '、') && (end === text.length || text[end] === '、');
      if (bounded && free(at, end)) {
        taken.push([at, end]);
        break;
      }
      from = at + 1;
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of taken) {
    if (s > pos) out.push({ text: text.slice(pos, s), mark: null });
    out.push({ text: text.slice(s, e), mark });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** A row of a version (the diff's RequirementJson) as 「label: text」 lines, blank fields left out. */
export function requirementLines(json: unknown): Array<{ key: string; label: string; text: string }> {
  const r = record(json);
  if (!r) return [];
  const intro = typeof r['contentIntro'] === 'string' && r['contentIntro'].trim() !== '' ? r['contentIntro'] : null;
  const timeLimit = record(r['timeLimit']);
  const lines: Array<{ key: string; label: string; text: string }> = [
    {
      key: 'content',
      label: ROW_FIELD_LABELS.content,
      text: formatContentElements({ intro, elements: strings(r['contentElements']) }),
    },
    { key: 'legalBasis', label: ROW_FIELD_LABELS.legalBasis, text: strings(r['legalBasis']).join('、') },
    {
      key: 'timeLimit',
      label: ROW_FIELD_LABELS.timeLimit,
      text: typeof timeLimit?.['raw'] === 'string' ? timeLimit['raw'] : '',
    },
    {
      key: 'publishingOrgans',
      label: ROW_FIELD_LABELS.publishingOrgans,
      text: strings(r['publishingOrgans']).join('、'),
    },
    {
      key: 'channels',
      label: ROW_FIELD_LABELS.channels,
      text: [...strings(r['channels']).map((c) => channelLabel(c as ChannelCode)), ...strings(r['extraChannels'])].join(
        '、',
      ),
    },
    {
      key: 'audiences',
      label: ROW_FIELD_LABELS.audiences,
      text: strings(r['audiences'])
        .map((a) => DOMAIN_AUDIENCE_LABELS[a as keyof typeof DOMAIN_AUDIENCE_LABELS] ?? a)
        .join('、'),
    },
    { key: 'offices', label: ROW_FIELD_LABELS.offices, text: strings(r['offices']).join('、') },
    { key: 'modes', label: ROW_FIELD_LABELS.modes, text: strings(r['modes']).join('、') },
    { key: 'levels', label: ROW_FIELD_LABELS.levels, text: strings(r['levels']).join('、') },
    { key: 'remarks', label: ROW_FIELD_LABELS.remarks, text: strings(r['remarks']).join('；') },
  ];
  return lines.filter((l) => l.text.trim() !== '');
}

const plain = (text: string): Segment[] => (text === '' ? [] : [{ text, mark: null }]);

/**
 * A 公开时限 value as the server writes it, 「原文（解析结果）」, split into the text and its reading (shown as a
 * note); the reading is left out when it only repeats the text.
 */
export function timeLimitSegments(text: string, row: unknown): Segment[] {
  const raw = record(record(row)?.['timeLimit'])?.['raw'];
  if (typeof raw === 'string' && text.startsWith(`${raw}（`) && text.endsWith('）')) {
    const reading = text.slice(raw.length + 1, -1);
    if (reading === raw || reading === '') return plain(raw);
    return [...plain(raw), { text: `解析为：${reading}`, mark: 'note' }];
  }
  return plain(text);
}

/** The blocks of the side-by-side table, in the server's order (the new version's, removed items where they were). */
export function buildDiffBlocks(diff: DiffInput): ItemBlock[] {
  return diff.changes.map((c, ci) => {
    const kind = asKind<ItemChangeKind>(c.kind, ['added', 'removed', 'moved', 'renamed', 'changed'], 'changed');
    const beforePath = c.beforePath && c.beforePath.length > 0 ? c.beforePath.join(PATH_SEPARATOR) : null;
    const afterPath = c.afterPath && c.afterPath.length > 0 ? c.afterPath.join(PATH_SEPARATOR) : null;
    const rows: RowBlock[] = c.rows.map((r, ri) => {
      const rowKind = asKind<RowChangeKind>(r.kind, ['added', 'removed', 'changed'], 'changed');
      const key = `${ci}:${ri}`;
      let lines: FieldLine[];
      if (rowKind === 'changed') {
        lines = r.fields.map((f) => ({
          key: f.field,
          label: f.label,
          before:
            f.field === 'timeLimit'
              ? timeLimitSegments(f.before, r.before)
              : f.removed.length > 0
                ? markEntries(f.before, f.removed, 'removed')
                : plain(f.before),
          after:
            f.field === 'timeLimit'
              ? timeLimitSegments(f.after, r.after)
              : f.added.length > 0
                ? markEntries(f.after, f.added, 'added')
                : plain(f.after),
        }));
      } else if (rowKind === 'added') {
        lines = requirementLines(r.after).map((l) => ({
          key: l.key,
          label: l.label,
          before: [],
          after: [{ text: l.text, mark: 'added' }],
        }));
      } else {
        lines = requirementLines(r.before).map((l) => ({
          key: l.key,
          label: l.label,
          before: [{ text: l.text, mark: 'removed' }],
          after: [],
        }));
      }
      return { key, kind: rowKind, kindLabel: ROW_CHANGE_LABELS[rowKind], title: `第${r.index + 1}条`, lines };
    });
    return {
      key: `${ci}:${kind}:${afterPath ?? beforePath ?? ''}`,
      kind,
      kindLabel: ITEM_CHANGE_LABELS[kind],
      tone: ITEM_CHANGE_TONES[kind],
      level: c.level,
      beforePath,
      afterPath,
      pathChanged: beforePath !== null && afterPath !== null && beforePath !== afterPath,
      rows,
    };
  });
}

/** The summary cards above the table. */
export function summaryCards(
  summary: DiffInput['summary'],
): Array<{ key: string; label: string; value: number; tone: TagType | 'info' }> {
  return [
    { key: 'added', label: '新增事项', value: summary.added, tone: 'success' },
    { key: 'removed', label: '删除事项', value: summary.removed, tone: 'danger' },
    { key: 'moved', label: '移动事项', value: summary.moved, tone: 'warning' },
    { key: 'renamed', label: '重命名事项', value: summary.renamed, tone: 'warning' },
    { key: 'changedRows', label: '修改的公开要求', value: summary.changedRows, tone: 'primary' },
    { key: 'unchangedItems', label: '未改动的事项', value: summary.unchangedItems, tone: 'info' },
  ];
}

/** Whether the two versions are the same as far as the diff can tell. */
export function isUnchanged(diff: DiffInput): boolean {
  return diff.changes.length === 0;
}
