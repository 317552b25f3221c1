/**
 * Which department a catalogue file belongs to, for the office's bulk onboarding (issue 12 item 5): the admin's
 * 批量导入目录 page and `gongkai import-catalogue <files…> --match-agency` both ask this of every file, then a person
 * confirms or changes the answer before anything is imported.
 *
 * The file says it in three places, trusted in this order: the catalogue's title (「根河市民政局主动公开目录」), the
 * file's name (「附件1：五原县民政局主动公开目录(2023).docx」) and the 公开主体 of its rows. In each, every known
 * department's name is looked for — the name without its division (「民政局」) found anywhere in the text, and the
 * division written before it, if any, must agree with the department's (「五原县民政局」 is not 根河市民政局; 「市民政局」
 * and 「民政局」 may be). A department whose name carries no division takes its government's (民政局 under
 * 根河市人民政府 is 根河市民政局). When a name fits departments of several governments, the office's own government
 * wins; otherwise all are offered as candidates and none is chosen. A title or file name that names no department in
 * full may name one by a short form (「市人社局」, 「卫健委」): its characters in order in one department's name.
 * Nothing is guessed silently: each answer carries its reason, and a file whose places disagree is matched with low
 * confidence, the other department offered.
 */
import type { CatalogueJson, ItemJson } from './catalogue-model.js';
import {
  agencyInTitle,
  agencyNameVariants,
  looksLikeAgencyName,
  normalizeAgencyName,
  splitAgencyName,
} from './agency-names.js';

export interface AgencyRef {
  code: string;
  name: string;
  kind: 'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD';
  /** The code of the parent agency (a department's government), if any. */
  parent?: string | null;
}

/** The kinds of agency, as the admin labels them (apps/admin labels.ts) and access refusals name them. */

export type AgencyMatchSource = 'title' | 'fileName' | 'publishingOrgans';

export const AGENCY_MATCH_SOURCE_LABELS: Record<AgencyMatchSource, string> = {
  title: '标题',
  fileName: '文件名',
  publishingOrgans: '公开主体',
};

export interface AgencyMatchCandidate {
  code: string;
  name: string;
  source: AgencyMatchSource;
  /** What the file writes: 「根河市民政局」. */
  named: string;
  /** 「标题写的是「根河市民政局」」, 「文件名写的是「民政局」」, 「公开主体写的是「根河市民政局」（12 行）」. */
  reason: string;
}

export type AgencyMatchConfidence = 'high' | 'medium' | 'low' | 'none';

export const AGENCY_MATCH_CONFIDENCE_LABELS: Record<AgencyMatchConfidence, string> = {
  high: '可信',
  medium: '较可信',
  low: '存疑',
  none: '未匹配',
};

export interface AgencyMatch {
  /** The suggested department, or null when none or several fit equally. */
  agency: AgencyMatchCandidate | null;
  /** high: two places agree; medium: one place names it; low: places disagree; none: no suggestion. */
  confidence: AgencyMatchConfidence;
  /** Every department the file could be (the suggestion first), for the person to choose from. */
  candidates: AgencyMatchCandidate[];
  /** What is doubtful or missing, in Chinese; null when the suggestion is plain. */
  note: string | null;
}

export interface AgencyMatchOptions {
  /** The office's government: a name that fits departments of several governments goes to this one's. */
  governmentCode?: string | null;
}

interface Key {
  agency: AgencyRef;
  core: string;
  /** The department's division, its own or its government's: 「根河市」, or '' when unknown. */
  region: string;
}

const REGION_END = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|州|县|旗|区)$/u;
const HAN_TAIL = /\p{Script=Han}{1,16}$/u;

/** 「附件1：五原县民政局主动公开目录(2023).docx」 → 「五原县民政局主动公开目录(2023)」. */
export function fileNameStem(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  return base
    .normalize('NFKC')
    .replace(/\.[A-Za-z0-9]{1,5}$/u, '')
    .replace(/^\s*(?:附件|附表|附)\s*[0-9一二三四五六七八九十]*\s*[：:、.．\-—_\s]*/u, '')
    .replace(/^\s*[0-9]{1,3}\s*[、.．\-—_\s]+/u, '')
    .trim();
}

function keysOf(agencies: readonly AgencyRef[]): Key[] {
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const keys: Key[] = [];
  for (const agency of agencies) {
    if (agency.kind !== 'DEPARTMENT') continue;
    const parent = agency.parent ? byCode.get(agency.parent) : undefined;
    const parentRegion = parent ? splitAgencyName(normalizeAgencyName(parent.name)).region : '';
    for (const v of agencyNameVariants(agency.name)) {
      const { region, core } = splitAgencyName(v);
      if ([...core].length < 2) continue;
      keys.push({ agency, core, region: region || parentRegion });
    }
  }
  return keys;
}

/** The division written right before a name agrees with the department's (or none is written). */
function regionAgrees(prefix: string, region: string): boolean {
  const han = HAN_TAIL.exec(prefix)?.[0] ?? '';
  if (region === '' || !REGION_END.test(han)) return true;
  return han.endsWith(region) || region.endsWith(han);
}

interface Hit {
  agency: AgencyRef;
  named: string;
  coreLength: number;
  index: number;
}

/** The departments a text names, best first: the longest name found, then the earliest. */
function findIn(text: string, keys: readonly Key[]): Hit[] {
  const flat = text.normalize('NFKC').replace(/\s+/gu, '');
  if (flat === '') return [];
  const titled = agencyInTitle(flat);
  const hits: Hit[] = [];
  for (const key of keys) {
    for (let i = flat.indexOf(key.core); i >= 0; i = flat.indexOf(key.core, i + 1)) {
      if (!regionAgrees(flat.slice(0, i), key.region)) continue;
      const before = HAN_TAIL.exec(flat.slice(0, i))?.[0] ?? '';
      const named =
        titled !== null && titled.endsWith(key.core) && [...titled].length <= 40
          ? titled
          : key.region !== '' && before.endsWith(key.region)
            ? key.region + key.core
            : key.core;
      hits.push({ agency: key.agency, named, coreLength: key.core.length, index: i });
      break;
    }
  }
  // A shorter name found inside a longer one's place is the longer one's (「人民政府办公室」 over 「办公室」).
  const best = new Map<string, Hit>();
  for (const h of hits.sort((a, b) => b.coreLength - a.coreLength || a.index - b.index)) {
    const covered = [...best.values()].some(
      (o) => o.coreLength > h.coreLength && h.index >= o.index && h.index < o.index + o.coreLength,
    );
    if (!covered && !best.has(h.agency.code)) best.set(h.agency.code, h);
  }
  const sorted = [...best.values()];
  const top = sorted[0];
  return top ? sorted.filter((h) => h.coreLength === top.coreLength && h.index === top.index) : [];
}

const isSubsequence = (short: string, long: string): boolean => {
  const s = [...short];
  let i = 0;
  for (const ch of long) if (ch === s[i]) i++;
  return i === s.length;
};

/**
 * A short form the text names (「人社局」 for 人力资源和社会保障局, 「卫健委」 for 卫生健康委员会): the agency name the text
 * starts with (agencyInTitle), when no department's full name is in the text — its characters in order in the
 * department's name, the first the same, the last among its last three (委 of 委员会, 办 of 办公室).
 */
function findShortForm(text: string, keys: readonly Key[]): Hit[] {
  const named = agencyInTitle(text.normalize('NFKC').replace(/\s+/gu, ''));
  if (named === null || !looksLikeAgencyName(named)) return [];
  const { region, core: written } = splitAgencyName(normalizeAgencyName(named));
  // 「市卫健委」: the city's, its division shortened to 市.
  const forms = /^[市县区旗盟州]/u.test(written) && [...written].length > 3 ? [written, written.slice(1)] : [written];
  const hits = new Map<string, Hit>();
  for (const key of keys) {
    const full = [...key.core];
    const core = forms.find(
      (f) =>
        [...f].length >= 2 &&
        [...f].length < full.length &&
        f[0] === full[0] &&
        full.slice(-3).includes([...f].at(-1)!) &&
        isSubsequence(f, key.core),
    );
    if (core === undefined) continue;
    const chars = [...core];
    if (region !== '' && key.region !== '' && !region.endsWith(key.region) && !key.region.endsWith(region)) continue;
    if (!hits.has(key.agency.code))
      hits.set(key.agency.code, { agency: key.agency, named, coreLength: chars.length, index: 0 });
  }
  return [...hits.values()];
}

/** Several departments of the same name: the office's government's, when one of them is. */
function prefer(hits: Hit[], governmentCode: string | null | undefined): Hit[] {
  if (hits.length <= 1 || !governmentCode) return hits;
  const own = hits.filter((h) => h.agency.parent === governmentCode);
  return own.length > 0 ? own : hits;
}

interface SourceAnswer {
  source: AgencyMatchSource;
  hits: Hit[];
  reason: (h: Hit) => string;
  /** What the place writes when it names no known department (for the note), else null. */
  unknownName: string | null;
}

function organCounts(items: readonly ItemJson[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  const walk = (list: readonly ItemJson[]): void => {
    for (const item of list) {
      for (const r of item.requirements) {
        for (const o of new Set(r.publishingOrgans.map((x) => x.trim()).filter((x) => x !== '')))
          counts.set(o, (counts.get(o) ?? 0) + 1);
      }
      walk(item.children);
    }
  };
  walk(items);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const candidate = (h: Hit, source: AgencyMatchSource, reason: string): AgencyMatchCandidate => ({
  code: h.agency.code,
  name: h.agency.name,
  source,
  named: h.named,
  reason,
});

/**
 * The department a parsed catalogue file belongs to, with the reason, or the candidates when it is not clear.
 * `agencies` is every agency the person may choose from (governments and standards are never suggested).
 */
export function matchCatalogueAgency(
  catalogue: Pick<CatalogueJson, 'title' | 'items'>,
  fileName: string,
  agencies: readonly AgencyRef[],
  options: AgencyMatchOptions = {},
): AgencyMatch {
  const keys = keysOf(agencies);
  const named = (text: string): string | null => {
    const n = agencyInTitle(text);
    return n !== null && n !== normalizeAgencyName(text) && looksLikeAgencyName(n) ? n : null;
  };
  const stem = fileNameStem(fileName);
  const find = (text: string): Hit[] => {
    const full = findIn(text, keys);
    return full.length > 0 ? full : findShortForm(text, keys);
  };
  const answers: SourceAnswer[] = [
    {
      source: 'title',
      hits: prefer(find(catalogue.title), options.governmentCode),
      reason: (h) => `标题写的是「${h.named}」`,
      unknownName: named(catalogue.title),
    },
    {
      source: 'fileName',
      hits: prefer(find(stem), options.governmentCode),
      reason: (h) => `文件名写的是「${h.named}」`,
      unknownName: named(stem),
    },
  ];
  // 公开主体: the department most rows name.
  const rows = new Map<string, { hit: Hit; rows: number; organ: string }>();
  for (const [organ, count] of organCounts(catalogue.items)) {
    const hits = prefer(findIn(organ, keys), options.governmentCode);
    for (const h of hits) {
      const seen = rows.get(h.agency.code);
      if (seen) seen.rows += count;
      else rows.set(h.agency.code, { hit: { ...h, named: normalizeAgencyName(organ) || organ }, rows: count, organ });
    }
  }
  const byRows = [...rows.values()].sort((a, b) => b.rows - a.rows);
  const mostRows = byRows[0]?.rows ?? 0;
  const organHits = byRows.filter((r) => r.rows === mostRows).map((r) => r.hit);
  answers.push({
    source: 'publishingOrgans',
    hits: organHits,
    reason: (h) => `公开主体写的是「${h.named}」（${rows.get(h.agency.code)?.rows ?? 0} 行）`,
    unknownName: null,
  });

  const all: AgencyMatchCandidate[] = [];
  for (const a of answers)
    for (const h of a.hits)
      if (!all.some((c) => c.code === h.agency.code)) all.push(candidate(h, a.source, a.reason(h)));
  const decided = answers.find((a) => a.hits.length === 1);
  if (!decided) {
    const unknown = answers.find((a) => a.unknownName !== null);
    const note =
      all.length > 1
        ? `有 ${all.length} 个部门同名或都被写到（${all.map((c) => c.name).join('、')}），请选择`
        : unknown
          ? `${AGENCY_MATCH_SOURCE_LABELS[unknown.source]}写的是「${unknown.unknownName}」，平台上没有这个部门，请选择`
          : '标题、文件名和公开主体都没有写明本平台的部门，请选择';
    return { agency: null, confidence: 'none', candidates: all, note };
  }
  const chosen = decided.hits[0]!;
  const others = answers.filter((a) => a !== decided && a.hits.length > 0);
  const agree = others.filter((a) => a.hits.some((h) => h.agency.code === chosen.agency.code));
  const disagree = others.filter((a) => !a.hits.some((h) => h.agency.code === chosen.agency.code));
  // A place trusted more that names a department the platform does not have (「五原县民政局」) is a doubt too.
  const unknownBefore = answers
    .slice(0, answers.indexOf(decided))
    .find((a) => a.hits.length === 0 && a.unknownName !== null);
  const reasons = [decided, ...agree].map((a) => a.reason(a.hits.find((h) => h.agency.code === chosen.agency.code)!));
  const agency: AgencyMatchCandidate = { ...candidate(chosen, decided.source, reasons.join('，')) };
  const candidates = [agency, ...all.filter((c) => c.code !== agency.code)];
  if (disagree.length > 0) {
    const d = disagree[0]!;
    return {
      agency,
      confidence: 'low',
      candidates,
      note: `${AGENCY_MATCH_SOURCE_LABELS[d.source]}写的是另一个部门「${d.hits.map((h) => h.agency.name).join('、')}」，请确认`,
    };
  }
  if (unknownBefore) {
    return {
      agency,
      confidence: 'low',
      candidates,
      note: `${AGENCY_MATCH_SOURCE_LABELS[unknownBefore.source]}写的是「${unknownBefore.unknownName}」，不是「${agency.name}」，请确认`,
    };
  }
  return { agency, confidence: agree.length > 0 ? 'high' : 'medium', candidates, note: null };
}
