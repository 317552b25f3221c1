/**
 * Which agency a parsed catalogue names — in its title (「根河市民政局主动公开目录」) or in the 公开主体 of its rows —
 * and whether that is the importing agency. An import whose file names another agency needs a person's
 * confirmation (packages/api importCatalogue / importCatalogueFile `confirmAgency`), so that one agency's
 * catalogue (and its offices) does not silently end up with another.
 *
 * Names are compared after normalisation: NFKC, no spaces, bracketed parts dropped (their text is an alias:
 * 「根河市人民政府办公室（政务公开办）」 is also 「政务公开办」), a trailing 「机关」 dropped. A leading administrative
 * division (根河市, 内蒙古自治区呼伦贝尔市 …) may be missing on either side: 「司法局」 is 「根河市司法局」, but
 * 「额尔古纳市司法局」 is not. A short form whose characters appear in order in the agency's own name (卫健委 for
 * 卫生健康委员会, 人社局 for 人力资源和社会保障局) counts as the agency's own — unless it is exactly the name of another
 * known agency.
 */
import type { CatalogueJson, ItemJson } from './catalogue-model.js';

export interface AgencyNamed {
  /** The name as the file writes it (brackets dropped): 「根河市民政局」. */
  name: string;
  /** Where the file names it. */
  source: 'title' | 'publishingOrgans';
  /** The known agency it is, when it is one (full name from the list given), else null. */
  knownAgency: string | null;
}

/** Leading administrative divisions: 根河市, 内蒙古自治区, 呼伦贝尔市根河市 … (never the 市 of 市场监督管理局). */
const REGION = /^(?:[^省市县区旗盟州\d]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|州|县|旗|区))+/u;
/** How the name of an agency ends. */
const AGENCY_SUFFIX = /(?:局|委员会|委|办公室|办|人民政府|政府|法院|检察院|中心|厅|署|大队|支队|管委会|常委会|政协)$/u;
/** Words that name no particular agency: 本机关, 各乡镇人民政府, 县级司法行政部门, 相关单位 … */
const GENERIC = /^(?:本|各|该|相关|有关|上级|下级|同级|县级|市级|乡级|省级|区级|旗级|乡镇|各级|属地)|等$/u;
/** What follows the agency in a catalogue's title: 主动公开目录, 政务公开标准目录（…领域）, 2025年政府信息公开目录 … */
const TITLE =
  /^(.+?)(?:\d{4}年度?(?:版)?)?(?:政府信息|政务信息|政务|信息)?(?:主动|依申请)?公开(?:事项|信息|内容)?[^公]{0,12}?(?:目录|清单)/u;
const BRACKETED = /[（(【[〔［][^）)】\]〕］]*[）)】\]〕］]/gu;

/** NFKC, no spaces, no bracketed parts, no trailing 机关. */
export function normalizeAgencyName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').replace(BRACKETED, '').replace(/机关$/u, '');
}

/** The name and the names in its brackets: 「根河市人民政府办公室（政务公开办）」 → 根河市人民政府办公室, 政务公开办. */
function variants(name: string): string[] {
  const flat = name.normalize('NFKC').replace(/\s+/gu, '');
  const inner = [...flat.matchAll(/[（(【[〔［]([^）)】\]〕］]*)[）)】\]〕］]/gu)].map((m) =>
    normalizeAgencyName(m[1] ?? ''),
  );
  return [normalizeAgencyName(flat), ...inner].filter((v) => [...v].length >= 2);
}

function split(name: string): { region: string; core: string } {
  const region = REGION.exec(name)?.[0] ?? '';
  // A name that is only a division (「根河市」) keeps it as its core.
  return region.length < name.length ? { region, core: name.slice(region.length) } : { region: '', core: name };
}

const regionsAgree = (a: string, b: string): boolean => a === '' || b === '' || a.endsWith(b) || b.endsWith(a);

/** Same agency: same name after normalisation, a division missing on one side allowed. */
export function sameAgencyName(a: string, b: string): boolean {
  for (const x of variants(a)) {
    for (const y of variants(b)) {
      const sx = split(x);
      const sy = split(y);
      if (sx.core === sy.core && regionsAgree(sx.region, sy.region)) return true;
    }
  }
  return false;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  const s = [...short];
  for (const ch of long) if (ch === s[i]) i++;
  return i === s.length;
}

/** A short form of the agency's name: 卫健委 of 根河市卫生健康委员会, 人社局 of 根河市人力资源和社会保障局. */
function abbreviates(name: string, own: string): boolean {
  for (const x of variants(name)) {
    for (const y of variants(own)) {
      const sx = split(x);
      const sy = split(y);
      if (
        [...sx.core].length >= 2 &&
        sx.core.length < sy.core.length &&
        regionsAgree(sx.region, sy.region) &&
        isSubsequence(sx.core, sy.core)
      )
        return true;
    }
  }
  return false;
}

/** The name of an agency rather than a generic word or a file name: ends like one (局, 委员会, 办公室, 政府 …). */
export function looksLikeAgencyName(name: string): boolean {
  const n = normalizeAgencyName(name);
  if (n === '' || [...n].length > 40 || GENERIC.test(n)) return false;
  return AGENCY_SUFFIX.test(split(n).core);
}

/** The agency a catalogue title starts with: 「根河市民政局政务公开标准目录（社会救助领域）」 → 根河市民政局; else null. */
export function agencyInTitle(title: string): string | null {
  const flat = normalizeAgencyName(title);
  const m = TITLE.exec(flat);
  const name = m ? m[1]! : flat;
  return name === '' ? null : name;
}

type Verdict = { kind: 'own' } | { kind: 'other'; knownAgency: string | null } | { kind: 'none' };

function judge(name: string, ownName: string, others: string[]): Verdict {
  if (sameAgencyName(name, ownName)) return { kind: 'own' };
  const known = others.find((k) => sameAgencyName(name, k));
  if (known !== undefined) return { kind: 'other', knownAgency: known };
  if (GENERIC.test(normalizeAgencyName(name))) return { kind: 'none' };
  if (abbreviates(name, ownName)) return { kind: 'own' };
  return looksLikeAgencyName(name) ? { kind: 'other', knownAgency: null } : { kind: 'none' };
}

function organCounts(items: ItemJson[]): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (list: ItemJson[]): void => {
    for (const item of list) {
      for (const r of item.requirements) {
        for (const o of r.publishingOrgans) {
          const name = o.trim();
          if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
      walk(item.children);
    }
  };
  walk(items);
  return counts;
}

/**
 * The other agency a parsed catalogue names, or null when it names the importing agency (`ownName`) or none.
 * The title decides when it names an agency (own or other). Otherwise the 公开主体 of the rows: when none of them
 * is the agency itself, the most frequent one that is another agency — a known one (`knownAgencyNames`, e.g. every
 * agency's name; the own name among them is ignored) or a name that is clearly an agency's — is returned.
 */
export function agencyNamedIn(
  catalogue: Pick<CatalogueJson, 'title' | 'items'>,
  ownName: string,
  knownAgencyNames: readonly string[],
): AgencyNamed | null {
  const others = knownAgencyNames.filter((k) => !sameAgencyName(k, ownName));
  const titled = agencyInTitle(catalogue.title);
  if (titled !== null) {
    const v = judge(titled, ownName, others);
    if (v.kind === 'own') return null;
    if (v.kind === 'other') return { name: titled, source: 'title', knownAgency: v.knownAgency };
  }
  const organs = [...organCounts(catalogue.items)].sort((a, b) => b[1] - a[1]);
  let first: AgencyNamed | null = null;
  for (const [organ] of organs) {
    const v = judge(organ, ownName, others);
    if (v.kind === 'own') return null;
    if (v.kind === 'other' && first === null)
      first = { name: normalizeAgencyName(organ) || organ, source: 'publishingOrgans', knownAgency: v.knownAgency };
  }
  return first;
}

/** For matching a file to one of many agencies (agency-match.ts): the leading division and the rest of a name, and whether two divisions agree. */
export { split as splitAgencyName, regionsAgree as agencyRegionsAgree, variants as agencyNameVariants };
