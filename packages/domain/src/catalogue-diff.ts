/**
 * Field-level comparison of two versions of a catalogue (or any two catalogues): items added, removed, moved
 * (same name under another parent) or renamed (same place, new name, same rows); and per requirement row which
 * fields changed, old → new.
 */
import { AUDIENCE_LABELS, type CatalogueJson, type ItemJson, type RequirementJson } from './catalogue-model.js';
import { channelLabel, type ChannelCode } from './channels.js';
import { formatContentElements } from './content-elements.js';
import { describeTimeLimit } from './time-limit.js';

export type RowField =
  | 'content'
  | 'timeLimit'
  | 'publishingOrgans'
  | 'channels'
  | 'audiences'
  | 'offices'
  | 'legalBasis'
  | 'modes'
  | 'levels'
  | 'remarks';

export const ROW_FIELD_LABELS: Record<RowField, string> = {
  content: '公开内容（要素）',
  timeLimit: '公开时限',
  publishingOrgans: '公开主体',
  channels: '公开渠道和载体',
  audiences: '公开对象',
  offices: '责任科室',
  legalBasis: '公开依据',
  modes: '公开方式',
  levels: '公开层级',
  remarks: '备注',
};

export interface FieldChange {
  field: RowField;
  label: string;
  before: string;
  after: string;
  /** For list fields: entries only in the new version / only in the old one. */
  added: string[];
  removed: string[];
}

export interface RowChange {
  kind: 'added' | 'removed' | 'changed';
  /** Position of the row within its item (old version for removed rows, new otherwise). */
  index: number;
  fields: FieldChange[];
  before: RequirementJson | null;
  after: RequirementJson | null;
}

export interface ItemChange {
  kind: 'added' | 'removed' | 'moved' | 'renamed' | 'changed';
  level: number;
  /** Names from the 一级事项 down, in the old / new version (null when absent). */
  beforePath: string[] | null;
  afterPath: string[] | null;
  rows: RowChange[];
}

export interface CatalogueDiff {
  changes: ItemChange[];
  summary: {
    added: number;
    removed: number;
    moved: number;
    renamed: number;
    changedRows: number;
    unchangedItems: number;
  };
}

interface Flat {
  item: ItemJson;
  path: string[];
  parentKey: string;
  index: number;
}

function flatten(items: ItemJson[], parent: string[] = [], out: Flat[] = []): Flat[] {
  items.forEach((item, index) => {
    const path = [...parent, item.name];
    out.push({ item, path, parentKey: parent.join('›'), index });
    flatten(item.children, path, out);
  });
  return out;
}

const key = (path: string[]): string => path.join('›');

function listField(field: RowField, before: string[], after: string[]): FieldChange | null {
  if (before.length === after.length && before.every((b, i) => b === after[i])) return null;
  return {
    field,
    label: ROW_FIELD_LABELS[field],
    before: before.join('、'),
    after: after.join('、'),
    added: after.filter((a) => !before.includes(a)),
    removed: before.filter((b) => !after.includes(b)),
  };
}

function textField(field: RowField, before: string, after: string): FieldChange | null {
  return before === after ? null : { field, label: ROW_FIELD_LABELS[field], before, after, added: [], removed: [] };
}

const channelTexts = (r: RequirementJson): string[] => [
  ...r.channels.map((c: ChannelCode) => channelLabel(c)),
  ...r.extraChannels,
];

/** The fields that differ between two rows. */
export function compareRows(a: RequirementJson, b: RequirementJson): FieldChange[] {
  const timeText = (r: RequirementJson): string => r.timeLimit.raw;
  const changes = [
    textField(
      'content',
      formatContentElements({ intro: a.contentIntro, elements: a.contentElements }),
      formatContentElements({ intro: b.contentIntro, elements: b.contentElements }),
    ),
    timeText(a) === timeText(b) && JSON.stringify(a.timeLimit.rule) === JSON.stringify(b.timeLimit.rule)
      ? null
      : {
          field: 'timeLimit' as const,
          label: ROW_FIELD_LABELS.timeLimit,
          before: `${a.timeLimit.raw}（${describeTimeLimit(a.timeLimit)}）`,
          after: `${b.timeLimit.raw}（${describeTimeLimit(b.timeLimit)}）`,
          added: [],
          removed: [],
        },
    listField('publishingOrgans', a.publishingOrgans, b.publishingOrgans),
    listField('channels', channelTexts(a), channelTexts(b)),
    listField(
      'audiences',
      a.audiences.map((x) => AUDIENCE_LABELS[x]),
      b.audiences.map((x) => AUDIENCE_LABELS[x]),
    ),
    listField('offices', a.offices, b.offices),
    listField('legalBasis', a.legalBasis, b.legalBasis),
    listField('modes', a.modes, b.modes),
    listField('levels', a.levels, b.levels),
    listField('remarks', a.remarks, b.remarks),
  ];
  return changes.filter((c): c is FieldChange => c !== null);
}

function compareRowLists(before: RequirementJson[], after: RequirementJson[]): RowChange[] {
  const rows: RowChange[] = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const a = before[i];
    const b = after[i];
    if (a && b) {
      const fields = compareRows(a, b);
      if (fields.length > 0) rows.push({ kind: 'changed', index: i, fields, before: a, after: b });
    } else if (b) rows.push({ kind: 'added', index: i, fields: [], before: null, after: b });
    else if (a) rows.push({ kind: 'removed', index: i, fields: [], before: a, after: null });
  }
  return rows;
}

const sameRows = (a: ItemJson, b: ItemJson): boolean =>
  a.requirements.length > 0 &&
  a.requirements.length === b.requirements.length &&
  a.requirements.every((r, i) => compareRows(r, b.requirements[i]!).length === 0);

export function diffCatalogues(
  before: Pick<CatalogueJson, 'items'>,
  after: Pick<CatalogueJson, 'items'>,
): CatalogueDiff {
  const left = flatten(before.items);
  const right = flatten(after.items);
  const rightByPath = new Map(right.map((f) => [key(f.path), f]));
  const leftByPath = new Map(left.map((f) => [key(f.path), f]));
  const matched = new Map<Flat, Flat>(); // left → right
  const matchedRight = new Set<Flat>();

  // 1. Same path.
  for (const l of left) {
    const r = rightByPath.get(key(l.path));
    if (r) {
      matched.set(l, r);
      matchedRight.add(r);
    }
  }
  const changes: ItemChange[] = [];
  let moved = 0;
  let renamed = 0;
  // 2. Moved: same name and level elsewhere, unmatched on both sides, the name unique among the unmatched.
  for (const l of left) {
    if (matched.has(l)) continue;
    const candidates = right.filter(
      (r) => !matchedRight.has(r) && r.item.name === l.item.name && r.item.level === l.item.level,
    );
    if (candidates.length === 1) {
      matched.set(l, candidates[0]!);
      matchedRight.add(candidates[0]!);
      changes.push({
        kind: 'moved',
        level: l.item.level,
        beforePath: l.path,
        afterPath: candidates[0]!.path,
        rows: compareRowLists(l.item.requirements, candidates[0]!.item.requirements),
      });
      moved++;
    }
  }
  // 3. Renamed: same parent (by the new path of the parent) and position, new name, same rows or same children names.
  for (const l of left) {
    if (matched.has(l)) continue;
    const parentNew =
      l.path.length > 1 ? (matched.get(leftByPath.get(key(l.path.slice(0, -1)))!)?.path ?? l.path.slice(0, -1)) : [];
    const r = right.find(
      (x) =>
        !matchedRight.has(x) && x.parentKey === key(parentNew) && x.index === l.index && x.item.level === l.item.level,
    );
    if (
      r &&
      (sameRows(l.item, r.item) ||
        (l.item.children.length > 0 &&
          l.item.children.map((c) => c.name).join() === r.item.children.map((c) => c.name).join()))
    ) {
      matched.set(l, r);
      matchedRight.add(r);
      changes.push({
        kind: 'renamed',
        level: l.item.level,
        beforePath: l.path,
        afterPath: r.path,
        rows: compareRowLists(l.item.requirements, r.item.requirements),
      });
      renamed++;
    }
  }
  let unchanged = 0;
  for (const [l, r] of matched) {
    if (changes.some((c) => c.beforePath === l.path)) continue;
    const rows = compareRowLists(l.item.requirements, r.item.requirements);
    if (rows.length > 0)
      changes.push({ kind: 'changed', level: l.item.level, beforePath: l.path, afterPath: r.path, rows });
    else unchanged++;
  }
  for (const l of left)
    if (!matched.has(l))
      changes.push({
        kind: 'removed',
        level: l.item.level,
        beforePath: l.path,
        afterPath: null,
        rows: l.item.requirements.map((r, i) => ({ kind: 'removed', index: i, fields: [], before: r, after: null })),
      });
  for (const r of right)
    if (!matchedRight.has(r))
      changes.push({
        kind: 'added',
        level: r.item.level,
        beforePath: null,
        afterPath: r.path,
        rows: r.item.requirements.map((q, i) => ({ kind: 'added', index: i, fields: [], before: null, after: q })),
      });

  // In the order of the new version, removed items where they were.
  const order = (c: ItemChange): number => {
    const r = c.afterPath ? right.findIndex((f) => key(f.path) === key(c.afterPath!)) : -1;
    if (r >= 0) return r;
    return left.findIndex((f) => key(f.path) === key(c.beforePath!)) + 0.5;
  };
  changes.sort((a, b) => order(a) - order(b));
  return {
    changes,
    summary: {
      added: changes.filter((c) => c.kind === 'added').length,
      removed: changes.filter((c) => c.kind === 'removed').length,
      moved,
      renamed,
      changedRows: changes.reduce((n, c) => n + c.rows.filter((r) => r.kind === 'changed').length, 0),
      unchangedItems: unchanged,
    },
  };
}
