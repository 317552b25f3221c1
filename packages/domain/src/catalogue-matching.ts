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

export function flattenWithPaths(items: ItemJson[], parent: string[] = []): FlatItem[] {
  return items.flatMap((item) => {
    const path = [...parent, item.name];
    return [{ path, item }, ...flattenWithPaths(item.children, path)];
  });
}

export const pathKey = (path: string[]): string => path.join('›');

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

const contentText = (item: ItemJson): string => item.requirements.map((r) => [r.contentIntro ?? '', ...r.contentElements].join(' ')).join(' ');

/** What matching needs of an item, computed once per item object (template items are reused across departments). */
export interface PreparedItem {
  name: string;
  group: number | undefined;
  nameProfile: BigramProfile;
  /** Raw bigrams of the normalised name and of its profile text: any two names that can score share one. */
  keys: string[];
  content: string;
  contentProfile: BigramProfile | null;
  /** Scores against other items, by the other item's name and content (same name and content → same score). */
  memo: Map<string, { score: number; method: Exclude<MatchMethod, 'confirmed'> }>;
}

/**
 * Prepared items and their scores, by item object. Pass one to several matchings that share items (the template in
 * a coverage matrix); the items must not change while it is in use.
 */
export type MatchCache = WeakMap<ItemJson, PreparedItem>;

export const newMatchCache = (): MatchCache => new WeakMap();

function prepare(item: ItemJson, cache: MatchCache): PreparedItem {
  let p = cache.get(item);
  if (!p) {
    const name = normalizeItemName(item.name);
    const nameProfile = bigramProfile(name);
    const keys = new Set(nameProfile.grams.keys());
    for (let i = 0; i < name.length - 1; i++) keys.add(name.slice(i, i + 2));
    const content = contentText(item);
    p = { name, group: SYNONYM_GROUP.get(name), nameProfile, keys: [...keys], content, contentProfile: content.trim() ? bigramProfile(content) : null, memo: new Map() };
    cache.set(item, p);
  }
  return p;
}

function similarityOf(a: PreparedItem, b: PreparedItem): { score: number; method: Exclude<MatchMethod, 'confirmed'> } {
  if (a.name !== '' && a.name === b.name) return { score: 1, method: 'exact' };
  if (a.group !== undefined && a.group === b.group) return { score: 0.95, method: 'synonym' };
  const memoKey = `${b.name}\u0000${b.content}`;
  const known = a.memo.get(memoKey);
  if (known) return known;
  const name = profileSimilarity(a.nameProfile, b.nameProfile);
  const contained = a.name.length >= 2 && b.name.length >= 2 && (a.name.includes(b.name) || b.name.includes(a.name)) ? 0.8 : 0;
  const content = a.contentProfile && b.contentProfile ? profileSimilarity(a.contentProfile, b.contentProfile) : 0;
  const result = { score: Math.round(Math.max(name * 0.7 + content * 0.3, contained) * 100) / 100, method: 'similar' as const };
  a.memo.set(memoKey, result);
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
 * Matches the items of two catalogues. `confirmed` pairs (path keys) from the office come first and `rejected`
 * pairs are never proposed; then, best score first, each item is matched at most once.
 *
 * Only pairs that can reach the threshold are scored: pairs of synonyms, and pairs whose names share a bigram (an
 * index over the right side's names finds them), so comparing 100 items with 100 does not cost 10,000 scores.
 */
export function matchCatalogueItems(left: ItemJson[], right: ItemJson[], options: MatchOptions = {}): MatchResult {
  const L = flattenWithPaths(left);
  const R = flattenWithPaths(right);
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const usedL = new Set<FlatItem>();
  const usedR = new Set<FlatItem>();
  const matches: ItemMatch[] = [];
  const rejected = new Set((options.rejected ?? []).map(([a, b]) => `${a}\u0000${b}`));
  if (options.confirmed?.length) {
    const byKeyL = new Map(L.map((x) => [pathKey(x.path), x]));
    const byKeyR = new Map(R.map((x) => [pathKey(x.path), x]));
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
  const cache = options.cache ?? newMatchCache();
  const preparedR = R.map((r) => prepare(r.item, cache));
  // Right items by name bigram and by synonym group.
  const byKey = new Map<string, number[]>();
  const byGroup = new Map<number, number[]>();
  preparedR.forEach((p, i) => {
    for (const k of p.keys) byKey.set(k, [...(byKey.get(k) ?? []), i]);
    if (p.group !== undefined) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), i]);
  });
  const bruteForce = threshold <= CONTENT_WEIGHT;
  const candidates: ItemMatch[] = [];
  for (const l of L) {
    if (usedL.has(l)) continue;
    const pl = prepare(l.item, cache);
    let indices: Iterable<number>;
    if (bruteForce) indices = R.keys();
    else {
      const set = new Set<number>(pl.group !== undefined ? (byGroup.get(pl.group) ?? []) : []);
      for (const k of pl.keys) for (const i of byKey.get(k) ?? []) set.add(i);
      indices = [...set].sort((a, b) => a - b);
    }
    for (const i of indices) {
      const r = R[i]!;
      if (usedR.has(r) || rejected.has(`${pathKey(l.path)}\u0000${pathKey(r.path)}`)) continue;
      const s = similarityOf(pl, preparedR[i]!);
      if (s.score >= threshold) candidates.push({ left: l, right: r, ...s });
    }
  }
  // Best first; at equal score prefer the same level, then the same parent name; then document order (stable sort).
  const sameParent = (m: ItemMatch): number => (m.left.path.length === m.right.path.length ? 1 : 0) + (m.left.path.at(-2) === m.right.path.at(-2) ? 0.5 : 0);
  candidates.sort((x, y) => y.score - x.score || sameParent(y) - sameParent(x));
  for (const c of candidates) {
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
      return rule.unit === 'workingDay' ? Math.ceil((rule.amount * 7) / 5) : rule.unit === 'month' ? rule.amount * 30 : rule.amount;
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
export function compareItemRows(left: RequirementJson | undefined, right: RequirementJson | undefined): RowDifference[] {
  if (!left || !right) return [];
  const out: RowDifference[] = [];
  const missing = left.channels.filter((c) => !right.channels.includes(c));
  const extra = right.channels.filter((c) => !left.channels.includes(c));
  if (missing.length || extra.length) {
    out.push({
      field: 'channels',
      message: [missing.length ? `缺少渠道：${missing.map(channelLabel).join('、')}` : '', extra.length ? `多出渠道：${extra.map(channelLabel).join('、')}` : ''].filter(Boolean).join('；'),
      detail: { missing, extra },
    });
  }
  const a = effectiveDays(left.timeLimit.rule);
  const b = effectiveDays(right.timeLimit.rule);
  if (a !== null && b !== null && a !== b) {
    out.push({ field: 'timeLimit', message: `时限${b > a ? '更宽松' : '更严格'}：「${right.timeLimit.raw}」（约 ${b} 天）对「${left.timeLimit.raw}」（约 ${a} 天）`, detail: { direction: b > a ? 'looser' : 'stricter', leftDays: a, rightDays: b } });
  } else if ((a === null) !== (b === null)) {
    out.push({ field: 'timeLimit', message: `时限不可比：「${left.timeLimit.raw}」对「${right.timeLimit.raw}」`, detail: { direction: 'incomparable' } });
  }
  const audA = [...left.audiences].sort().join();
  const audB = [...right.audiences].sort().join();
  if (audA !== audB) out.push({ field: 'audiences', message: '公开对象不同', detail: { left: left.audiences, right: right.audiences } });
  const offA = [...left.offices].sort().join();
  const offB = [...right.offices].sort().join();
  if (offA !== offB) out.push({ field: 'offices', message: `责任科室不同：${left.offices.join('、') || '（无）'} → ${right.offices.join('、') || '（无）'}`, detail: { left: left.offices, right: right.offices } });
  const ca = [left.contentIntro ?? '', ...left.contentElements].join(' ');
  const cb = [right.contentIntro ?? '', ...right.contentElements].join(' ');
  if (ca.trim() && cb.trim() && textSimilarity(ca, cb) < 0.5) out.push({ field: 'content', message: '公开内容（要素）差别较大', detail: { similarity: Math.round(textSimilarity(ca, cb) * 100) / 100 } });
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

/** Two catalogues side by side: matched items with their field differences, items only on one side. */
export function compareCatalogueItems(left: ItemJson[], right: ItemJson[], options: MatchOptions = {}): CatalogueComparison {
  const m = matchCatalogueItems(left, right, options);
  const order = new Map(flattenWithPaths(left).map((f, i) => [pathKey(f.path), i]));
  const pairs = m.matches
    .map((p) => ({ ...p, differences: compareItemRows(p.left.item.requirements[0], p.right.item.requirements[0]) }))
    .sort((a, b) => order.get(pathKey(a.left.path))! - order.get(pathKey(b.left.path))!);
  return { pairs, onlyLeft: m.onlyLeft, onlyRight: m.onlyRight };
}
