/**
 * Two catalogues side by side (目录比较): the matched pairs grouped under the left catalogue's 一级事项, with their
 * match method, the fields that differ and the channels one side lacks; the items on one side only; the office's
 * stored decisions (which confirmed pair can be withdrawn, which pairs were rejected); the candidates offered when
 * the office pairs an item by hand; the filters of the pair list; and which catalogues the other side can be. Pure.
 */
import { CHANNELS, textSimilarity } from '@gongkai/domain';
import { isPendingMatch, matchMethodLabel, MATCH_METHOD_TAGS, pathText } from './coverage';
import type { AgencyKind } from './gql/graphql';
import type { TagType } from './labels';
import { latestPublished, sortVersions, type VersionLike } from './versions';

export interface ComparedItemLike {
  path: readonly string[];
  rowCount: number;
  content?: string | null;
  timeLimit?: string | null;
  channels: readonly string[];
  audiences: readonly string[];
  offices: readonly string[];
}

export interface DifferenceLike {
  field: string;
  message: string;
  detail: unknown;
}

export interface PairLike<I extends ComparedItemLike = ComparedItemLike> {
  left: I;
  right: I;
  score: number;
  method: string;
  differences: readonly DifferenceLike[];
}

export interface DecisionLike {
  id: string;
  leftPath: readonly string[];
  rightPath: readonly string[];
  decision: 'CONFIRMED' | 'REJECTED';
  decidedBy?: string | null;
  decidedAt: string;
}

export interface ComparisonLike<I extends ComparedItemLike = ComparedItemLike> {
  pairs: ReadonlyArray<PairLike<I>>;
  onlyLeft: readonly I[];
  onlyRight: readonly I[];
}

/** RowDifference.field → the field's name on screen. */
export const DIFFERENCE_FIELD_LABELS: Record<string, string> = {
  timeLimit: '公开时限',
  channels: '公开渠道',
  audiences: '公开对象',
  offices: '责任科室',
  content: '公开内容',
};

export interface PairView<I extends ComparedItemLike = ComparedItemLike> {
  /** The left item's path as text: unique within the comparison. */
  key: string;
  left: I;
  right: I;
  score: number;
  method: string;
  methodLabel: string;
  methodTag: TagType;
  /** 'similar': the office should confirm or reject it. */
  pending: boolean;
  differences: readonly DifferenceLike[];
  /** Fields that differ (timeLimit, channels, …), for highlighting both sides. */
  differingFields: ReadonlySet<string>;
  /** Channels (labels) the left item has and the right one lacks, and the reverse. */
  missingChannels: ReadonlySet<string>;
  extraChannels: ReadonlySet<string>;
  /** The stored decision behind a 'confirmed' pair (to withdraw it), if it can be found. */
  decision: DecisionLike | null;
}

export interface PairGroup<I extends ComparedItemLike = ComparedItemLike> {
  key: string;
  /** The left catalogue's 一级事项. */
  title: string;
  pairs: Array<PairView<I>>;
}

export interface ComparisonCounts {
  pairs: number;
  exact: number;
  synonym: number;
  similar: number;
  confirmed: number;
  withDifferences: number;
  onlyLeft: number;
  onlyRight: number;
  rejected: number;
}

export interface ComparisonView<I extends ComparedItemLike = ComparedItemLike> {
  groups: Array<PairGroup<I>>;
  onlyLeft: I[];
  onlyRight: I[];
  /** Pairs the office rejected: they are never proposed again until the decision is withdrawn. */
  rejected: DecisionLike[];
  counts: ComparisonCounts;
}

const samePath = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The decision about a pair, whichever way round it was stored. */
export function findDecision(
  decisions: readonly DecisionLike[],
  leftPath: readonly string[],
  rightPath: readonly string[],
): DecisionLike | null {
  return (
    decisions.find((d) => samePath(d.leftPath, leftPath) && samePath(d.rightPath, rightPath)) ??
    decisions.find((d) => samePath(d.leftPath, rightPath) && samePath(d.rightPath, leftPath)) ??
    null
  );
}

const CHANNEL_LABELS = new Map<string, string>(CHANNELS.map((c) => [c.code, c.label]));

/** Channel codes of a difference's detail (missing / extra) as labels; anything malformed is ignored. */
function channelSet(detail: unknown, key: 'missing' | 'extra'): Set<string> {
  const list = typeof detail === 'object' && detail !== null ? (detail as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) return new Set();
  return new Set(list.filter((c): c is string => typeof c === 'string').map((c) => CHANNEL_LABELS.get(c) ?? c));
}

export function pairView<I extends ComparedItemLike>(
  pair: PairLike<I>,
  decisions: readonly DecisionLike[],
): PairView<I> {
  const channels = pair.differences.find((d) => d.field === 'channels');
  const decision =
    pair.method === 'confirmed'
      ? findDecision(
          decisions.filter((d) => d.decision === 'CONFIRMED'),
          pair.left.path,
          pair.right.path,
        )
      : null;
  return {
    key: pathText(pair.left.path),
    left: pair.left,
    right: pair.right,
    score: pair.score,
    method: pair.method,
    methodLabel: matchMethodLabel(pair.method),
    methodTag: MATCH_METHOD_TAGS[pair.method] ?? 'info',
    pending: isPendingMatch(pair.method),
    differences: pair.differences,
    differingFields: new Set(pair.differences.map((d) => d.field)),
    missingChannels: channels ? channelSet(channels.detail, 'missing') : new Set(),
    extraChannels: channels ? channelSet(channels.detail, 'extra') : new Set(),
    decision,
  };
}

/** The comparison as the page lays it out: pairs under the left 一级事项 (in the server's, i.e. the left catalogue's, order). */
export function buildComparison<I extends ComparedItemLike>(
  comparison: ComparisonLike<I>,
  decisions: readonly DecisionLike[] = [],
): ComparisonView<I> {
  const groups: Array<PairGroup<I>> = [];
  const byTitle = new Map<string, PairGroup<I>>();
  const counts: ComparisonCounts = {
    pairs: 0,
    exact: 0,
    synonym: 0,
    similar: 0,
    confirmed: 0,
    withDifferences: 0,
    onlyLeft: comparison.onlyLeft.length,
    onlyRight: comparison.onlyRight.length,
    rejected: 0,
  };
  for (const p of comparison.pairs) {
    const view = pairView(p, decisions);
    const title = p.left.path[0] ?? '';
    let g = byTitle.get(title);
    if (!g) {
      g = { key: title, title, pairs: [] };
      byTitle.set(title, g);
      groups.push(g);
    }
    g.pairs.push(view);
    counts.pairs++;
    if (p.method === 'exact' || p.method === 'synonym' || p.method === 'similar' || p.method === 'confirmed')
      counts[p.method]++;
    if (p.differences.length > 0) counts.withDifferences++;
  }
  const rejected = decisions.filter((d) => d.decision === 'REJECTED');
  counts.rejected = rejected.length;
  return { groups, onlyLeft: [...comparison.onlyLeft], onlyRight: [...comparison.onlyRight], rejected, counts };
}

export type PairFilter = 'all' | 'pending' | 'differences' | 'confirmed';

export const PAIR_FILTERS: ReadonlyArray<{ value: PairFilter; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'pending', label: '待确认' },
  { value: 'differences', label: '有差异' },
  { value: 'confirmed', label: '已确认' },
];

export function pairMatches(p: PairView, filter: PairFilter): boolean {
  switch (filter) {
    case 'pending':
      return p.pending;
    case 'differences':
      return p.differences.length > 0;
    case 'confirmed':
      return p.method === 'confirmed';
    default:
      return true;
  }
}

/** The groups with only the pairs the filter keeps; empty groups dropped. */
export function filterPairGroups<I extends ComparedItemLike>(
  groups: ReadonlyArray<PairGroup<I>>,
  filter: PairFilter,
): Array<PairGroup<I>> {
  if (filter === 'all') return [...groups];
  return groups
    .map((g) => ({ ...g, pairs: g.pairs.filter((p) => pairMatches(p, filter)) }))
    .filter((g) => g.pairs.length > 0);
}

/**
 * The right items the office may pair a left item with by hand (手动指定): those not matched yet, most similar name
 * first (then items with rows of their own before bare headings, then document order).
 */
export function manualCandidates<I extends ComparedItemLike>(
  left: ComparedItemLike,
  onlyRight: readonly I[],
): Array<{ item: I; key: string; label: string; similarity: number }> {
  const name = left.path[left.path.length - 1] ?? '';
  return onlyRight
    .map((item, i) => ({
      item,
      i,
      key: pathText(item.path),
      label: pathText(item.path),
      similarity: textSimilarity(name, item.path[item.path.length - 1] ?? ''),
    }))
    .sort(
      (a, b) =>
        b.similarity - a.similarity || (b.item.rowCount > 0 ? 1 : 0) - (a.item.rowCount > 0 ? 1 : 0) || a.i - b.i,
    )
    .map(({ item, key, label, similarity }) => ({ item, key, label, similarity: Math.round(similarity * 100) / 100 }));
}

/** The pair or left-only item a focus (a left path as text, from the matrix) points at: its key, or null. */
export function focusTarget(
  view: ComparisonView,
  focus: string | null | undefined,
): { kind: 'pair' | 'onlyLeft'; key: string } | null {
  if (!focus) return null;
  for (const g of view.groups) for (const p of g.pairs) if (p.key === focus) return { kind: 'pair', key: p.key };
  if (view.onlyLeft.some((i) => pathText(i.path) === focus)) return { kind: 'onlyLeft', key: focus };
  return null;
}

// ------------------------------------------------------------------------------------ choosing a catalogue

export interface PickerAgency {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  catalogues: ReadonlyArray<VersionLike & { title?: string }>;
}

export interface PickerOption {
  /** The catalogue's id. */
  value: string;
  label: string;
  agencyName: string;
  agencyKind: AgencyKind;
  versionLabel: string;
  status: VersionLike['status'];
}

export interface PickerGroup {
  label: string;
  options: PickerOption[];
}

/**
 * What the other side of a comparison can be: the current version of every other agency the user sees (its newest
 * published version, else its newest draft) — standards first, then departments, then governments — and the other
 * versions of the agency itself.
 */
export function comparisonChoices(
  agencies: readonly PickerAgency[],
  self: { agencyId: string; catalogueId: string | null },
): PickerGroup[] {
  const option = (a: PickerAgency, v: VersionLike): PickerOption => ({
    value: v.id,
    label: `${a.name} · ${v.versionLabel}${v.status === 'DRAFT' ? '（草稿）' : ''}`,
    agencyName: a.name,
    agencyKind: a.kind,
    versionLabel: v.versionLabel,
    status: v.status,
  });
  const current = (a: PickerAgency): VersionLike | null =>
    latestPublished(a.catalogues) ?? sortVersions(a.catalogues)[0] ?? null;
  const groups: PickerGroup[] = [];
  const own = agencies.find((a) => a.id === self.agencyId);
  if (own) {
    const others = sortVersions(own.catalogues).filter((v) => v.id !== self.catalogueId);
    if (others.length > 0) groups.push({ label: '本机关的其他版本', options: others.map((v) => option(own, v)) });
  }
  for (const [kind, label] of [
    ['STANDARD', '标准目录'],
    ['DEPARTMENT', '工作部门'],
    ['GOVERNMENT', '人民政府'],
  ] as const) {
    const options = agencies
      .filter((a) => a.kind === kind && a.id !== self.agencyId)
      .map((a) => {
        const v = current(a);
        return v ? option(a, v) : null;
      })
      .filter((o): o is PickerOption => o !== null);
    if (options.length > 0) groups.push({ label, options });
  }
  return groups;
}

/**
 * Which side each catalogue goes on: a standard catalogue is the reference, on the left (as in the coverage matrix,
 * whose stored decisions then read the same way); otherwise the catalogue the user started from stays left.
 */
export function comparisonSides<T extends { kind: AgencyKind }>(self: T, other: T): { left: T; right: T } {
  return other.kind === 'STANDARD' && self.kind !== 'STANDARD'
    ? { left: other, right: self }
    : { left: self, right: other };
}
