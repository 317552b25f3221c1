/**
 * A department's catalogue held against a standard catalogue (template): per template item covered, covered
 * but weaker (looser deadline, fewer channels) or missing, with the reasons and a score; and the compliance
 * findings of catalogue.md (mandatory items missing, the 年度报告 deadline, deadlines looser than the statutory 20
 * working days, rows without channel, audience, publishing organ or office).
 */
import type { CatalogueJson, ItemJson } from './catalogue-model.js';
import { channelLabel } from './channels.js';
import {
  cachedFlatItems,
  disclosureItems,
  effectiveDays,
  firstRow,
  flattenWithPaths,
  newMatchCache,
  type MatchCache,
  matchCatalogueItems,
  normalizeItemName,
  type FlatItem,
  type MatchMethod,
  type MatchOptions,
} from './catalogue-matching.js';

export type CoverageStatus = 'covered' | 'weaker' | 'missing';

/** What the admin, the Excel export and the API call each status. */
export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, string> = {
  covered: '已覆盖',
  weaker: '弱于标准',
  missing: '缺少',
};

export interface CoverageCell {
  templatePath: string[];
  mandatory: boolean;
  status: CoverageStatus;
  reasons: string[];
  matchedPath: string[] | null;
  score: number | null;
  /** How the match was made: a 'similar' match is a proposal the office may confirm or reject. */
  method: MatchMethod | null;
}

export interface Coverage {
  cells: CoverageCell[];
  /** 0–100: covered 1, weaker ½, missing 0; mandatory items weigh double. */
  score: number;
}

/** A template item is mandatory when its row says 必选 (in 备注 or 公开层级) — the templates' own convention. */
export function isMandatory(item: ItemJson): boolean {
  const says = (t: string): boolean => MANDATORY.test(t);
  return item.requirements.some((r) => r.remarks.some(says) || r.levels.some(says) || r.modes.some(says));
}
const MANDATORY = /必选|必须|强制/u;

/**
 * The items of a template that are checked: its 事项 with rows of their own (disclosureItems — the same unit the
 * matching and the pairwise comparison count; a group that only holds sub-items is not checked).
 */
export function templateItems(template: Pick<CatalogueJson, 'items'>, cache?: MatchCache): FlatItem[] {
  return cache ? cachedFlatItems(template.items, cache) : disclosureItems(template.items);
}

export function coverageOf(
  template: Pick<CatalogueJson, 'items'>,
  catalogue: Pick<CatalogueJson, 'items'>,
  options: MatchOptions = {},
): Coverage {
  const cache = options.cache ?? newMatchCache();
  const match = matchCatalogueItems(template.items, catalogue.items, { ...options, cache });
  const byTemplate = new Map(match.matches.map((m) => [m.left, m]));
  let got = 0;
  let max = 0;
  const cells = templateItems(template, cache).map((t): CoverageCell => {
    const mandatory = isMandatory(t.item);
    const weight = mandatory ? 2 : 1;
    max += weight;
    const m = byTemplate.get(t);
    if (!m)
      return {
        templatePath: t.path,
        mandatory,
        status: 'missing',
        reasons: [mandatory ? '缺少必选事项' : '缺少此事项'],
        matchedPath: null,
        score: null,
        method: null,
      };
    const expected = t.item.requirements[0]!;
    const actual = firstRow(m.right.item);
    const reasons: string[] = [];
    if (!actual) reasons.push('有此事项，但没有公开要求（行）');
    else {
      const missing = expected.channels.filter((c) => !actual.channels.includes(c));
      if (missing.length) reasons.push(`渠道少于标准：缺${missing.map(channelLabel).join('、')}`);
      const want = effectiveDays(expected.timeLimit.rule);
      const got_ = effectiveDays(actual.timeLimit.rule);
      if (want !== null && got_ !== null && got_ > want)
        reasons.push(`时限比标准宽松：「${actual.timeLimit.raw}」对「${expected.timeLimit.raw}」`);
    }
    const status: CoverageStatus = reasons.length ? 'weaker' : 'covered';
    got += weight * (status === 'covered' ? 1 : 0.5);
    return {
      templatePath: t.path,
      mandatory,
      status,
      reasons,
      matchedPath: m.right.path,
      score: m.score,
      method: m.method,
    };
  });
  return { cells, score: max === 0 ? 100 : Math.round((got / max) * 1000) / 10 };
}

export type ComplianceKind = 'mandatory-missing' | 'annual-report-deadline' | 'deadline-too-loose' | 'row-incomplete';

/** Labels of the compliance findings' kinds, most serious first. */
export const COMPLIANCE_KIND_LABELS: Record<ComplianceKind, string> = {
  'mandatory-missing': '缺少必选事项',
  'annual-report-deadline': '年度报告时限',
  'deadline-too-loose': '时限宽于法定',
  'row-incomplete': '公开要求缺项',
};

export interface ComplianceFinding {
  kind: ComplianceKind;
  message: string;
  path: string[] | null;
}

const STATUTORY_DAYS = effectiveDays({
  kind: 'afterEvent',
  amount: 20,
  unit: 'workingDay',
  event: '',
  eventKind: 'formedOrChanged',
})!;

export function complianceFindings(
  catalogue: Pick<CatalogueJson, 'items'>,
  template?: Pick<CatalogueJson, 'items'>,
  coverage?: Coverage,
): ComplianceFinding[] {
  const out: ComplianceFinding[] = [];
  if (template) {
    for (const c of (coverage ?? coverageOf(template, catalogue)).cells) {
      if (c.mandatory && c.status === 'missing')
        out.push({
          kind: 'mandatory-missing',
          message: `缺少必选事项「${c.templatePath.join(' › ')}」`,
          path: c.templatePath,
        });
    }
  }
  for (const f of flattenWithPaths(catalogue.items)) {
    const isAnnualReport = /年度报告|年报/u.test(normalizeItemName(f.item.name));
    f.item.requirements.forEach((r, i) => {
      const where = `「${f.path.join(' › ')}」${f.item.requirements.length > 1 ? `第${i + 1}条` : ''}`;
      const rule = r.timeLimit.rule;
      if (isAnnualReport) {
        const byJan31 =
          rule.kind === 'periodic' && rule.period === 'year' && rule.dueMonth === 1 && (rule.dueDay ?? 99) <= 31;
        if (!byJan31)
          out.push({
            kind: 'annual-report-deadline',
            message: `${where}时限「${r.timeLimit.raw}」与《条例》第四十九条不一致：年度报告应于每年1月31日前公布`,
            path: f.path,
          });
      } else {
        const days = effectiveDays(rule);
        if (days !== null && days > STATUTORY_DAYS)
          out.push({
            kind: 'deadline-too-loose',
            message: `${where}时限「${r.timeLimit.raw}」（约 ${days} 天）比法定的20个工作日宽松`,
            path: f.path,
          });
      }
      const lacks = [
        r.channels.length + r.extraChannels.length === 0 ? '公开渠道' : '',
        r.audiences.length === 0 ? '公开对象' : '',
        r.publishingOrgans.length === 0 ? '公开主体' : '',
        r.offices.length === 0 ? '责任科室' : '',
      ].filter(Boolean);
      if (lacks.length) out.push({ kind: 'row-incomplete', message: `${where}没有${lacks.join('、')}`, path: f.path });
    });
  }
  return out;
}
