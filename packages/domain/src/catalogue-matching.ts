/**
 * Matching items across catalogues (two departments, a department and a standard catalogue, two versions):
 * by normalised name (wrap spaces, punctuation, 「信息」-style suffixes), then known synonyms, then text similarity
 * of name and content, each match with a score. Confirmed matches from the office are passed in and win.
 */
import type { ItemJson, RequirementJson } from './catalogue-model.js';
import { channelLabel } from './channels.js';
import { bigramProfile, profileSimilarity, textSimilarity, type BigramProfile } from './text-normalize.js';
import type { TimeLimitRule } from './time-limit.js';

/** Groups of names that mean the same item in different catalogues. */
export const ITEM_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['机关简介', '机构概况', '机构职能', '机构信息', '机构简介', '部门概况', '单位概况'],
  ['领导信息', '机构领导', '领导简介', '领导分工', '领导之窗'],
  ['规范性文件', '行政规范性文件', '规范性文件目录'],
  ['政策解读', '政策文件解读', '解读回应'],
  ['政府信息公开指南', '信息公开指南', '公开指南'],
  ['政府信息公开年度报告', '信息公开年度报告', '年度报告', '政府信息公开工作年度报告', '公开年报'],
  ['财政预算决算', '部门预算决算', '预算决算', '财政预决算', '部门预决算', '预决算'],
  ['人事信息', '人事任免', '人事任免信息', '干部任免'],
  ['工作动态', '动态信息', '工作信息', '政务动态'],
  ['政府信息公开制度', '信息公开制度'],
];

/** A name reduced to what matters for comparison. */
export function normalizeItemName(name: string): string {
  return name
    .replace(/[\s\u3000]/gu, '')
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/[、，,。.：:；;“”"'‘’《》<>·\-—/]/gu, '')
    .replace(/(?:相关)?(?:信息|情况|工作|事项)$/u, '');
}

const SYNONYM_GROUP = new Map<string, number>();
ITEM_SYNONYMS.forEach((group, i) => group.forEach((n) => SYNONYM_GROUP.set(normalizeItemName(n), i)));

export type MatchMethod = 'exact' | 'synonym' | 'similar' | 'confirmed';

export interface FlatItem {
  /** Path of names from the 一级事项 down: the item's identity within its catalogue. */
  path: string[];
  item: ItemJson;
}

export function flattenWithPaths(items: ItemJson[], parent: string[] = [], out: FlatItem[] = []): FlatItem[] {
  for (const item of items) {
    const path = [...parent, item.name];
    out.push({ path, item });
    if (item.children.length) flattenWithPaths(item.children, path, out);
  }
  return out;
}

export const pathKey = (path: string[]): string => path.join('›');

/**
 * Whether an item is a 事项 to compare and to cover: one with disclosure requirements (rows) of its own — a row
 * belongs to the deepest item named on it (catalogue.md). A group that only holds sub-items (a 一级事项 heading) is
 * not one: it is compared and covered through its sub-items. The one unit of the coverage matrix (its columns,
 * 覆盖 / 较弱 / 缺少) and of the pairwise comparison (matched, only on one side).
 */
export const isDisclosureItem = (item: ItemJson): boolean => item.requirements.length > 0;

/** A group that only holds sub-items: not a 事项, but it may stand for one its sub-items split up. */
const isSplitGroup = (item: ItemJson): boolean => !isDisclosureItem(item) && item.children.length > 0;

const byPath = (f: FlatItem): [string, FlatItem] => [pathKey(f.path), f];

/** An item's main requirement: its first row, or (a group standing for a 事项) its first sub-item's. */
export function firstRow(item: ItemJson): RequirementJson | undefined {
  return item.requirements[0] ?? item.children.flatMap((c) => c.requirements)[0];
}

/** A catalogue's 事项 to compare and to cover (isDisclosureItem), in document order, with their paths. */
export function disclosureItems(items: ItemJson[]): FlatItem[] {
  return flattenWithPaths(items).filter((f) => isDisclosureItem(f.item));
}

export interface ItemMatch {
  left: FlatItem;
  right: FlatItem;
  score: number;
  method: MatchMethod;
}

export interface MatchResult {
  matches: ItemMatch[];
  onlyLeft: FlatItem[];
  onlyRight: FlatItem[];
}

const contentText = (item: ItemJson): string =>
  item.requirements.map((r) => [r.contentIntro ?? '', ...r.contentElements].join(' ')).join(' ');

/** What matching needs of an item, computed once per item object (template items are reused across departments). */
export interface PreparedItem {
  name: string;
  group: number | undefined;
  /** Raw bigrams of the normalised name and of its profile text: any two names that can score share one (on first use). */
  keys: string[] | null;
  content: string;
  /** Name and content: items with the same key score the same against anything. */
  memoKey: string;
  /** Computed on first use (most scores come from the memo). */
  nameProfile: BigramProfile | null;
  contentProfile: BigramProfile | null | undefined;
  /** Scores against other items, by the other item's memoKey (on first use). */
  memo: Map<string, { score: number; method: Exclude<MatchMethod, 'confirmed'> }> | null;
}

/**
 * Prepared items and their scores, by item object. Pass one to several matchings that share items (the template in
 * a coverage matrix); the items must not change while it is in use.
 */
export interface MatchCache {
  items: WeakMap<ItemJson, PreparedItem>;
  /** A catalogue's flattened items and their index, by its items array (the template's, built once). */
  sides: WeakMap<ItemJson[], SideIndex>;
  /** Item names normalised. */
  names: Map<string, string>;
}

export const newMatchCache = (): MatchCache => ({ items: new WeakMap(), sides: new WeakMap(), names: new Map() });

/** One side of a matching: its items flattened, prepared, and indexed by name bigram and synonym group. */
interface SideIndex {
  flat: FlatItem[];
  prepared: PreparedItem[];
  keys: string[];
  byKey: Map<string, number[]>;
  byGroup: Map<number, number[]>;
  /**
   * For an item of the other side (by its memoKey, at a threshold): the items of this side it reaches the threshold
   * with, and the scores. Departments copy names from the standard, so most of a matrix's lookups land here.
   */
  reached: Map<string, Array<{ li: number; score: number; method: Exclude<MatchMethod, 'confirmed'> }>>;
}

/** A catalogue's 事项 (disclosureItems) with their paths, kept in the cache. */
export function cachedFlatItems(items: ItemJson[], cache: MatchCache): FlatItem[] {
  return sideIndex(items, cache).flat;
}

function sideIndex(items: ItemJson[], cache: MatchCache): SideIndex {
  let side = cache.sides.get(items);
  if (!side) {
    const flat = disclosureItems(items);
    const prepared = flat.map((f) => prepare(f.item, cache));
    const byKey = new Map<string, number[]>();
    const byGroup = new Map<number, number[]>();
    const push = <K>(m: Map<K, number[]>, k: K, i: number): void => {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    };
    prepared.forEach((p, i) => {
      for (const k of keysOf(p)) push(byKey, k, i);
      if (p.group !== undefined) push(byGroup, p.group, i);
    });
    side = { flat, prepared, keys: flat.map((f) => pathKey(f.path)), byKey, byGroup, reached: new Map() };
    cache.sides.set(items, side);
  }
  return side;
}

const PROFILE_DROPS = /[\s\p{P}\p{S}]/u;

/** `keep`: store it in the cache (items met again: the template's); the other side's are used once. */
function prepare(item: ItemJson, cache: MatchCache, keep = true): PreparedItem {
  let p = keep ? cache.items.get(item) : undefined;
  if (!p) {
    let name = cache.names.get(item.name);
    if (name === undefined) cache.names.set(item.name, (name = normalizeItemName(item.name)));
    const content = contentText(item);
    p = {
      name,
      group: SYNONYM_GROUP.get(name),
      keys: null,
      content,
      memoKey: `${name}\u0000${content}`,
      nameProfile: null,
      contentProfile: undefined,
      memo: null,
    };
    if (keep) cache.items.set(item, p);
  }
  return p;
}

function keysOf(p: PreparedItem): string[] {
  if (!p.keys) {
    const keys = new Set<string>();
    for (let i = 0; i < p.name.length - 1; i++) keys.add(p.name.slice(i, i + 2));
    if (PROFILE_DROPS.test(p.name)) for (const k of bigramProfile(p.name).grams.keys()) keys.add(k);
    p.keys = [...keys];
  }
  return p.keys;
}

const nameProfileOf = (p: PreparedItem): BigramProfile => (p.nameProfile ??= bigramProfile(p.name));
const contentProfileOf = (p: PreparedItem): BigramProfile | null =>
  p.contentProfile === undefined
    ? (p.contentProfile = p.content.trim() ? bigramProfile(p.content) : null)
    : p.contentProfile;

function similarityOf(a: PreparedItem, b: PreparedItem): { score: number; method: Exclude<MatchMethod, 'confirmed'> } {
  if (a.name !== '' && a.name === b.name) return { score: 1, method: 'exact' };
  if (a.group !== undefined && a.group === b.group) return { score: 0.95, method: 'synonym' };
  const known = (a.memo ??= new Map()).get(b.memoKey);
  if (known) return known;
  const name = profileSimilarity(nameProfileOf(a), nameProfileOf(b));
  const contained =
    a.name.length >= 2 && b.name.length >= 2 && (a.name.includes(b.name) || b.name.includes(a.name)) ? 0.8 : 0;
  const ca = contentProfileOf(a);
  const cb = ca ? contentProfileOf(b) : null;
  const content = ca && cb ? profileSimilarity(ca, cb) : 0;
  const result = {
    score: Math.round(Math.max(name * 0.7 + content * 0.3, contained) * 100) / 100,
    method: 'similar' as const,
  };
  a.memo.set(b.memoKey, result);
  return result;
}

/** How alike two items are, 0…1: names first, content as a second opinion. */
export function itemSimilarity(a: ItemJson, b: ItemJson): { score: number; method: Exclude<MatchMethod, 'confirmed'> } {
  const cache = newMatchCache();
  return similarityOf(prepare(a, cache), prepare(b, cache));
}

export const SIMILARITY_THRESHOLD = 0.6;

/** Content weighs 0.3: above this threshold a pair can only reach it with names sharing a bigram (or synonyms). */
const CONTENT_WEIGHT = 0.3;

export interface MatchOptions {
  /** Pairs of path keys (left, right) the office confirmed or set by hand. */
  confirmed?: Array<[string, string]>;
  /** Pairs of path keys the office rejected: never proposed. */
  rejected?: Array<[string, string]>;
  threshold?: number;
  cache?: MatchCache;
}

/**
 * Matches the 事项 of two catalogues (disclosureItems: groups that only hold sub-items take no part, so a matching
 * counts the same things as the coverage matrix). `confirmed` pairs (path keys) from the office come first and
 * `rejected` pairs are never proposed; then, best score first, each item is matched at most once.
 *
 * Only pairs that can reach the threshold are scored: pairs of synonyms, and pairs whose names share a bigram (an
 * index over the right side's names finds them), so comparing 100 items with 100 does not cost 10,000 scores.
 */
export function matchCatalogueItems(left: ItemJson[], right: ItemJson[], options: MatchOptions = {}): MatchResult {
  const cache = options.cache ?? newMatchCache();
  const left_ = sideIndex(left, cache);
  const L = left_.flat;
  const R = disclosureItems(right);
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const usedL = new Set<FlatItem>();
  const usedR = new Set<FlatItem>();
  const matches: ItemMatch[] = [];
  const rejected = new Set((options.rejected ?? []).map(([a, b]) => `${a}\u0000${b}`));
  const keysR = options.confirmed?.length || rejected.size ? R.map((r) => pathKey(r.path)) : [];
  // The right catalogue's groups (sub-items only, no rows): a left 事项 it splits into sub-items matches the group.
  const groupsR = flattenWithPaths(right).filter((f) => isSplitGroup(f.item));
  if (options.confirmed?.length) {
    const byKeyL = new Map(L.map((x, i) => [left_.keys[i]!, x]));
    const byKeyR = new Map([...R.map((x, i): [string, FlatItem] => [keysR[i]!, x]), ...groupsR.map(byPath)]);
    for (const [a, b] of options.confirmed) {
      const l = byKeyL.get(a);
      const r = byKeyR.get(b);
      if (l && r && !usedL.has(l) && !usedR.has(r)) {
        matches.push({ left: l, right: r, score: 1, method: 'confirmed' });
        usedL.add(l);
        usedR.add(r);
      }
    }
  }
  // Candidate pairs from the left side's index (kept in the cache: the template's is built once for a matrix);
  // a stamp per left item dedupes without allocating. Order: left, then right, as when scoring every pair.
  const bruteForce = threshold <= CONTENT_WEIGHT;
  const stamp = new Int32Array(L.length).fill(-1);
  const found: Array<{ l: number; r: number; score: number; method: Exclude<MatchMethod, 'confirmed'> }> = [];
  R.forEach((r, ri) => {
    if (usedR.has(r)) return;
    const pr = prepare(r.item, cache, false);
    const reachedKey = `${threshold}\u0000${pr.memoKey}`;
    let reached = left_.reached.get(reachedKey);
    if (!reached) {
      reached = [];
      const consider = (li: number): void => {
        if (stamp[li] === ri) return;
        stamp[li] = ri;
        const s = similarityOf(left_.prepared[li]!, pr);
        if (s.score >= threshold) reached!.push({ li, score: s.score, method: s.method });
      };
      if (bruteForce) for (let li = 0; li < L.length; li++) consider(li);
      else {
        if (pr.group !== undefined) for (const li of left_.byGroup.get(pr.group) ?? []) consider(li);
        for (const k of keysOf(pr)) for (const li of left_.byKey.get(k) ?? []) consider(li);
      }
      left_.reached.set(reachedKey, reached);
    }
    for (const { li, score, method } of reached) {
      const l = L[li]!;
      if (usedL.has(l) || (rejected.size && rejected.has(`${left_.keys[li]}\u0000${keysR[ri]}`))) continue;
      found.push({ l: li, r: ri, score, method });
    }
  });
  found.sort((x, y) => x.l - y.l || x.r - y.r);
  const candidates: ItemMatch[] = found.map((f) => ({
    left: L[f.l]!,
    right: R[f.r]!,
    score: f.score,
    method: f.method,
  }));
  // Best first; at equal score prefer the same level, then the same parent name; then document order (stable sort).
  const sameParent = (m: ItemMatch): number =>
    (m.left.path.length === m.right.path.length ? 1 : 0) + (m.left.path.at(-2) === m.right.path.at(-2) ? 0.5 : 0);
  candidates.sort((x, y) => y.score - x.score || sameParent(y) - sameParent(x));
  for (const c of candidates) {
    if (usedL.has(c.left) || usedR.has(c.right)) continue;
    matches.push(c);
    usedL.add(c.left);
    usedR.add(c.right);
  }
  // Left 事项 still unmatched against the right's groups (few: scored pair by pair), best first: a group of the same
  // name (exact or synonym; a similar name is most often a category, 政府信息公开工作 for 政府信息公开制度) stands for
  // the 事项 its sub-items split up. It is not a 事项 itself, so it is never listed as only on the right.
  const restL = L.flatMap((l, li) => (usedL.has(l) ? [] : [{ l, li }]));
  const splits: ItemMatch[] = [];
  for (const g of restL.length ? groupsR.filter((x) => !usedR.has(x)) : []) {
    const pg = prepare(g.item, cache, false);
    const gKey = rejected.size ? pathKey(g.path) : '';
    for (const { l, li } of restL) {
      const s = similarityOf(left_.prepared[li]!, pg);
      if (s.method !== 'similar' && s.score >= threshold && !rejected.has(`${left_.keys[li]}\u0000${gKey}`))
        splits.push({ left: l, right: g, score: s.score, method: s.method });
    }
  }
  splits.sort((x, y) => y.score - x.score || sameParent(y) - sameParent(x));
  for (const c of splits) {
    if (usedL.has(c.left) || usedR.has(c.right)) continue;
    matches.push(c);
    usedL.add(c.left);
    usedR.add(c.right);
  }
  return { matches, onlyLeft: L.filter((x) => !usedL.has(x)), onlyRight: R.filter((x) => !usedR.has(x)) };
}

/**
 * A rule's deadline in calendar days, to compare strictness: N working days ≈ N × 7/5 days, a month 30 days,
 * immediate 1, same day 0. Rules without a fixed deadline (after approval, periodic, unparsed) give null.
 */
export function effectiveDays(rule: TimeLimitRule): number | null {
  switch (rule.kind) {
    case 'afterEvent':
      return rule.unit === 'workingDay'
        ? Math.ceil((rule.amount * 7) / 5)
        : rule.unit === 'month'
          ? rule.amount * 30
          : rule.amount;
    case 'immediate':
      return 1;
    case 'sameDayAs':
      return 0;
    default:
      return null;
  }
}

export interface RowDifference {
  field: 'channels' | 'timeLimit' | 'audiences' | 'offices' | 'content';
  message: string;
  /** For channels: missing on the right / extra on the right. For timeLimit: 'stricter' | 'looser'. */
  detail: Record<string, unknown>;
}

/** Differences between the rows of two matched items (their first rows, the main requirement). */
export function compareItemRows(
  left: RequirementJson | undefined,
  right: RequirementJson | undefined,
): RowDifference[] {
  if (!left || !right) return [];
  const out: RowDifference[] = [];
  const missing = left.channels.filter((c) => !right.channels.includes(c));
  const extra = right.channels.filter((c) => !left.channels.includes(c));
  if (missing.length || extra.length) {
    out.push({
      field: 'channels',
      message: [
        missing.length ? `缺少渠道：${missing.map(channelLabel).join('、')}` : '',
        extra.length ? `多出渠道：${extra.map(channelLabel).join('、')}` : '',
      ]
        .filter(Boolean)
        .join('；'),
      detail: { missing, extra },
    });
  }
  const a = effectiveDays(left.timeLimit.rule);
  const b = effectiveDays(right.timeLimit.rule);
  if (a !== null && b !== null && a !== b) {
    out.push({
      field: 'timeLimit',
      message: `时限${b > a ? '更宽松' : '更严格'}：「${right.timeLimit.raw}」（约 ${b} 天）对「${left.timeLimit.raw}」（约 ${a} 天）`,
      detail: { direction: b > a ? 'looser' : 'stricter', leftDays: a, rightDays: b },
    });
  } else if ((a === null) !== (b === null)) {
    out.push({
      field: 'timeLimit',
      message: `时限不可比：「${left.timeLimit.raw}」对「${right.timeLimit.raw}」`,
      detail: { direction: 'incomparable' },
    });
  }
  const audA = [...left.audiences].sort().join();
  const audB = [...right.audiences].sort().join();
  if (audA !== audB)
    out.push({ field: 'audiences', message: '公开对象不同', detail: { left: left.audiences, right: right.audiences } });
  const offA = [...left.offices].sort().join();
  const offB = [...right.offices].sort().join();
  if (offA !== offB)
    out.push({
      field: 'offices',
      message: `责任科室不同：${left.offices.join('、') || '（无）'} → ${right.offices.join('、') || '（无）'}`,
      detail: { left: left.offices, right: right.offices },
    });
  const ca = [left.contentIntro ?? '', ...left.contentElements].join(' ');
  const cb = [right.contentIntro ?? '', ...right.contentElements].join(' ');
  if (ca.trim() && cb.trim() && textSimilarity(ca, cb) < 0.5)
    out.push({
      field: 'content',
      message: '公开内容（要素）差别较大',
      detail: { similarity: Math.round(textSimilarity(ca, cb) * 100) / 100 },
    });
  return out;
}

export interface ComparedPair extends ItemMatch {
  /** Differences of the pair's main rows (their first requirements). */
  differences: RowDifference[];
}

export interface CatalogueComparison {
  pairs: ComparedPair[];
  onlyLeft: FlatItem[];
  onlyRight: FlatItem[];
}

/**
 * Two catalogues side by side: matched 事项 with their field differences, 事项 only on one side. With a standard on
 * the left, pairs are the matrix's 覆盖 + 较弱 and onlyLeft its 缺少 (coverageOf reads the same matching).
 */
export function compareCatalogueItems(
  left: ItemJson[],
  right: ItemJson[],
  options: MatchOptions = {},
): CatalogueComparison {
  const m = matchCatalogueItems(left, right, options);
  const order = new Map(flattenWithPaths(left).map((f, i) => [pathKey(f.path), i]));
  const pairs = m.matches
    .map((p) => ({ ...p, differences: compareItemRows(firstRow(p.left.item), firstRow(p.right.item)) }))
    .sort((a, b) => order.get(pathKey(a.left.path))! - order.get(pathKey(b.left.path))!);
  return { pairs, onlyLeft: m.onlyLeft, onlyRight: m.onlyRight };
}
