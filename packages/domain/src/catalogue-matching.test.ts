import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import { compareItemRows, effectiveDays, itemSimilarity, matchCatalogueItems, normalizeItemName, pathKey } from './catalogue-matching.js';
import { parseTimeLimit } from './time-limit.js';
import type { ItemJson } from './catalogue-model.js';

const load = (name: string) => importCatalogueTextOrThrow(readFileSync(new URL(`../../../demo-data/catalogues/${name}`, import.meta.url), 'utf8'));
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
