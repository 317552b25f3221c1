import { describe, expect, it } from 'vitest';
import type { ItemJson, RequirementJson } from './catalogue-model.js';
import { compareCatalogueItems, disclosureItems, isDisclosureItem, pathKey } from './catalogue-matching.js';
import { coverageMatrix } from './coverage-matrix.js';
import { parseTimeLimit } from './time-limit.js';

/**
 * The coverage matrix and the pairwise comparison count the same 事项: the items with rows of their own. A group
 * that only holds sub-items (a 一级事项 heading) is neither a column of the matrix nor a pair / left-only item of
 * the comparison, so 覆盖 + 较弱 = matched and 缺少 = only on the left.
 */
function row(time: string, channels: RequirementJson['channels']): RequirementJson {
  const t = parseTimeLimit(time);
  return {
    line: null,
    contentIntro: null,
    contentElements: [],
    timeLimit: { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault },
    publishingOrgans: ['本机关'],
    channels,
    extraChannels: [],
    audiences: ['PUBLIC'],
    offices: ['办公室'],
    legalBasis: [],
    modes: [],
    levels: [],
    remarks: [],
  };
}
const DAYS_20 = '信息形成之日起20个工作日内';
const leaf = (name: string, r: RequirementJson, level: 1 | 2 = 2): ItemJson => ({
  name,
  level,
  serial: null,
  line: null,
  requirements: [r],
  children: [],
});
const group = (name: string, children: ItemJson[]): ItemJson => ({
  name,
  level: 1,
  serial: null,
  line: null,
  requirements: [],
  children,
});

// The standard: three groups holding sub-items, one 事项 at the top level; five 事项 in all.
const standard: ItemJson[] = [
  // 「机构信息」 is itself a synonym of 机关简介: as a group it must not take the department's 机关简介.
  group('机构信息', [
    leaf('机构概况', row(DAYS_20, ['GOVERNMENT_WEBSITE'])),
    leaf('领导信息', row(DAYS_20, ['GOVERNMENT_WEBSITE'])),
  ]),
  group('政策文件', [leaf('规范性文件', row('信息形成之日起10个工作日内', ['GOVERNMENT_WEBSITE', 'GAZETTE']))]),
  leaf('工作动态', row(DAYS_20, ['GOVERNMENT_WEBSITE']), 1),
  group('财政信息', [leaf('政府采购', row(DAYS_20, ['GOVERNMENT_WEBSITE']))]),
];

// A department: 机关简介 (synonym, as strict: covered), 规范性文件 (looser, fewer channels: weaker), 工作动态 (covered),
// 政府采购 split into two sub-items (the group of that name stands for it: covered), no 领导信息 (missing), and
// 高龄津贴 the standard does not name.
const department: ItemJson[] = [
  group('履职依据', [
    leaf('机关简介', row(DAYS_20, ['GOVERNMENT_WEBSITE'])),
    leaf('规范性文件', row(DAYS_20, ['GOVERNMENT_WEBSITE'])),
  ]),
  leaf('工作动态', row(DAYS_20, ['GOVERNMENT_WEBSITE', 'GAZETTE']), 1),
  group('政府采购', [
    leaf('采购意向', row(DAYS_20, ['GOVERNMENT_WEBSITE'])),
    leaf('合同公告', row(DAYS_20, ['GOVERNMENT_WEBSITE'])),
  ]),
  group('社会救助', [leaf('高龄津贴', row(DAYS_20, ['GOVERNMENT_WEBSITE']))]),
];

const paths = (xs: Array<{ path: string[] }>): string[] => xs.map((x) => pathKey(x.path));

describe('the unit the matrix and the comparison count', () => {
  it('is an item with rows of its own, never a group that only holds sub-items', () => {
    expect(isDisclosureItem(standard[0]!)).toBe(false);
    expect(isDisclosureItem(standard[2]!)).toBe(true);
    expect(paths(disclosureItems(standard))).toEqual([
      '机构信息›机构概况',
      '机构信息›领导信息',
      '政策文件›规范性文件',
      '工作动态',
      '财政信息›政府采购',
    ]);
  });

  it('gives the same counts in the coverage matrix and in the pairwise comparison', () => {
    const m = coverageMatrix({ items: standard }, [{ key: 'dept', items: department }]);
    // Columns: the five 事项, not the three groups.
    expect(m.columns.map((c) => pathKey(c.path))).toEqual(paths(disclosureItems(standard)));
    const r = m.rows[0]!;
    const status = (name: string) => r.cells[m.columns.findIndex((c) => c.path.at(-1) === name)]!.status;
    expect([status('机构概况'), status('工作动态'), status('政府采购')]).toEqual(['covered', 'covered', 'covered']);
    expect(status('规范性文件')).toBe('weaker');
    expect(status('领导信息')).toBe('missing');
    expect({ covered: r.covered, weaker: r.weaker, missing: r.missing }).toEqual({ covered: 3, weaker: 1, missing: 1 });

    const c = compareCatalogueItems(standard, department);
    expect(c.pairs.map((p) => [pathKey(p.left.path), pathKey(p.right.path)])).toEqual([
      ['机构信息›机构概况', '履职依据›机关简介'],
      ['政策文件›规范性文件', '履职依据›规范性文件'],
      ['工作动态', '工作动态'],
      ['财政信息›政府采购', '政府采购'],
    ]);
    expect(paths(c.onlyLeft)).toEqual(['机构信息›领导信息']);
    // The split group's sub-items and 高龄津贴 are the department's own; its groups are not listed.
    expect(paths(c.onlyRight)).toEqual(['政府采购›采购意向', '政府采购›合同公告', '社会救助›高龄津贴']);
    // By hand: 覆盖 3 + 较弱 1 = 4 matched; 缺少 1 = 1 only on the left.
    expect(c.pairs).toHaveLength(4);
    expect(c.onlyLeft).toHaveLength(1);
    expect(r.covered + r.weaker).toBe(c.pairs.length);
    expect(r.missing).toBe(c.onlyLeft.length);
  });

  it('lets the office pair a 事项 with a group, and ignores a decision naming a group on the left', () => {
    const confirmed: Array<[string, string]> = [
      ['机构信息›领导信息', '社会救助'],
      ['政策文件', '社会救助›高龄津贴'],
    ];
    const m = coverageMatrix({ items: standard }, [{ key: 'dept', items: department, confirmed }]);
    const c = compareCatalogueItems(standard, department, { confirmed });
    const r = m.rows[0]!;
    expect(r.missing).toBe(0);
    expect(c.pairs.filter((p) => p.method === 'confirmed').map((p) => pathKey(p.right.path))).toEqual(['社会救助']);
    expect(paths(c.onlyRight)).toContain('社会救助›高龄津贴');
    expect(r.covered + r.weaker).toBe(c.pairs.length);
    expect(r.missing).toBe(c.onlyLeft.length);
  });
});
