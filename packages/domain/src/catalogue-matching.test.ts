import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import {
  SIMILARITY_THRESHOLD,
  compareItemRows,
  disclosureItems,
  effectiveDays,
  isDisclosureItem,
  itemSimilarity,
  matchCatalogueItems,
  normalizeItemName,
  pathKey,
} from './catalogue-matching.js';
import { parseTimeLimit } from './time-limit.js';
import type { ItemJson } from './catalogue-model.js';

const load = (name: string) =>
  importCatalogueTextOrThrow(readFileSync(new URL(`../../../demo-data/catalogues/${name}`, import.meta.url), 'utf8'));
const sfj = load('genhe-sifaju.txt');
const mzj = load('genhe-minzhengju.txt');
const item = (name: string): ItemJson => ({ name, level: 2, serial: null, line: null, requirements: [], children: [] });

describe('normalizing and scoring names', () => {
  it('removes wrap spaces, punctuation and 「信息/情况」 suffixes', () => {
    expect(normalizeItemName('人事 信息')).toBe('人事');
    expect(normalizeItemName('政府信息公开年度报告')).toBe('政府信息公开年度报告');
    expect(normalizeItemName('财政预算、决算（含“三公”经费）')).toBe('财政预算决算');
  });
  it('recognises known synonyms from real catalogues', () => {
    expect(itemSimilarity(item('机关简介'), item('机构概况'))).toEqual({ score: 0.95, method: 'synonym' });
    expect(itemSimilarity(item('财政预算决算'), item('部门预决算'))).toEqual({ score: 0.95, method: 'synonym' });
    expect(itemSimilarity(item('机构领导'), item('领导信息')).method).toBe('synonym');
  });
  it('scores unrelated names low', () => {
    expect(itemSimilarity(item('规范性文件'), item('高龄津贴')).score).toBeLessThan(0.3);
  });
});

describe('matching two real catalogues', () => {
  it('matches a catalogue with itself exactly', () => {
    const m = matchCatalogueItems(sfj.items, sfj.items);
    expect(m.onlyLeft).toEqual([]);
    expect(m.matches.every((x) => x.method === 'exact' && pathKey(x.left.path) === pathKey(x.right.path))).toBe(true);
  });

  it('finds what 司法局 and 民政局 share (年度报告) and what they do not', () => {
    const m = matchCatalogueItems(sfj.items, mzj.items);
    const pairs = m.matches.map((x) => [x.left.item.name, x.right.item.name, x.method]);
    expect(pairs).toContainEqual(['政府信息公开年度报告', '政府信息公开年度报告', 'exact']);
    expect(m.onlyRight.map((x) => x.item.name)).toContain('高龄津贴');
    expect(m.onlyLeft.map((x) => x.item.name)).toContain('规范性文件');
  });

  it('uses confirmed matches first and never proposes rejected ones', () => {
    const m = matchCatalogueItems(sfj.items, mzj.items, {
      confirmed: [['重点领域›公共法律服务体系建设', '社会救助›最低生活保障']],
      rejected: [['政府信息公开工作›政府信息公开年度报告', '政府信息公开年度报告']],
    });
    expect(m.matches[0]).toMatchObject({ method: 'confirmed', score: 1 });
    expect(m.matches.some((x) => x.left.item.name === '政府信息公开年度报告' && x.right.path.length === 1)).toBe(false);
  });
});

describe('comparing matched rows', () => {
  it('converts deadlines to effective days', () => {
    expect(effectiveDays(parseTimeLimit('信息形成之日起20个工作日内').rule)).toBe(28);
    expect(effectiveDays(parseTimeLimit('批复后20日内').rule)).toBe(20);
    expect(effectiveDays(parseTimeLimit('公告期后满一个月').rule)).toBe(30);
    expect(effectiveDays(parseTimeLimit('即时公开').rule)).toBe(1);
    expect(effectiveDays(parseTimeLimit('市本级督查室审核后公开').rule)).toBeNull();
  });

  it('names missing channels and a looser deadline', () => {
    const left = sfj.items[0]!.children[0]!.requirements[0]!; // 规范性文件
    const right = structuredClone(left);
    right.channels = ['GOVERNMENT_WEBSITE'];
    const t = parseTimeLimit('信息形成之日起30个工作日内');
    right.timeLimit = { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault };
    const d = compareItemRows(left, right);
    expect(d.map((x) => x.field)).toEqual(['channels', 'timeLimit']);
    expect(d[0]!.message).toBe('缺少渠道：政府公报、社区/企事业单位/村公示栏（电子屏）、精准推送');
    expect(d[1]!.detail).toMatchObject({ direction: 'looser', leftDays: 28, rightDays: 42 });
  });
});

describe('indexed matching', () => {
  // The plain algorithm: score every pair of 事项, best first, greedy. The indexed one must give the same result.
  function bruteForce(left: ItemJson[], right: ItemJson[]) {
    const L = disclosureItems(left);
    const R = disclosureItems(right);
    const c = L.flatMap((l) => R.map((r) => ({ l, r, ...itemSimilarity(l.item, r.item) }))).filter(
      (x) => x.score >= SIMILARITY_THRESHOLD,
    );
    const same = (x: (typeof c)[number]) =>
      (x.l.path.length === x.r.path.length ? 1 : 0) + (x.l.path.at(-2) === x.r.path.at(-2) ? 0.5 : 0);
    c.sort((x, y) => y.score - x.score || same(y) - same(x));
    const usedL = new Set<unknown>();
    const usedR = new Set<unknown>();
    const out: string[] = [];
    for (const x of c) {
      if (usedL.has(x.l) || usedR.has(x.r)) continue;
      usedL.add(x.l);
      usedR.add(x.r);
      out.push(`${pathKey(x.l.path)}=${pathKey(x.r.path)}:${x.score}:${x.method}`);
    }
    return out.sort();
  }
  // Pairs of 事项 (a right group standing for a left 事项 is matched afterwards, from what is left).
  const indexed = (left: ItemJson[], right: ItemJson[]) =>
    matchCatalogueItems(left, right)
      .matches.filter((x) => isDisclosureItem(x.right.item))
      .map((x) => `${pathKey(x.left.path)}=${pathKey(x.right.path)}:${x.score}:${x.method}`)
      .sort();

  it('gives the same matches as scoring every pair', () => {
    // Variants of the real catalogues: names shortened, suffixed, partly renamed.
    const variant = (items: ItemJson[], f: (n: string, i: number) => string): ItemJson[] => {
      let i = 0;
      const walk = (xs: ItemJson[]): ItemJson[] =>
        xs.map((x) => ({ ...x, name: f(x.name, i++), children: walk(x.children) }));
      return walk(items);
    };
    const cases: Array<[ItemJson[], ItemJson[]]> = [
      [sfj.items, mzj.items],
      [mzj.items, sfj.items],
      [
        sfj.items,
        variant(sfj.items, (n, i) => (i % 3 === 0 ? `${n}信息` : i % 3 === 1 ? n.slice(1) : `关于${n}的公开`)),
      ],
      [variant(mzj.items, (n, i) => (i % 2 ? n.slice(0, -1) : n)), mzj.items],
    ];
    for (const [a, b] of cases) expect(indexed(a, b)).toEqual(bruteForce(a, b));
  });
});

describe('real pairs: the shipped standard catalogues against the seed', () => {
  const template = (name: string) =>
    importCatalogueTextOrThrow(readFileSync(new URL(`../../../demo-data/templates/${name}`, import.meta.url), 'utf8'));
  const pairs = (left: ItemJson[], right: ItemJson[]) =>
    matchCatalogueItems(left, right).matches.map((m) => [m.left.path.join('›'), m.right.path.join('›'), m.method]);

  it('matches the general standard with 司法局 by name, synonym and similarity', () => {
    const p = pairs(template('general.txt').items, sfj.items);
    expect(p).toContainEqual(['组织机构›机关简介', '履职依据›机关简介', 'exact']);
    expect(p).toContainEqual(['组织机构›领导信息', '履职依据›机构领导', 'synonym']);
    expect(p).toContainEqual(['工作动态', '其他相关信息›工作动态', 'exact']);
    expect(p).toContainEqual(['履职信息›建议提案办理结果', '其他相关信息›建议提案', 'similar']);
  });

  it('proposes 法治社会建设 for the 公共法律服务 standard only as a similar match, to be confirmed', () => {
    const p = pairs(template('gonggong-falv-fuwu.txt').items, sfj.items);
    expect(p).toContainEqual(['法治宣传›法治社会建设', '重点领域›统筹规划法治社会建设', 'similar']);
    expect(p.filter((x) => x[0]!.startsWith('法律援助'))).toEqual([]);
  });
});
