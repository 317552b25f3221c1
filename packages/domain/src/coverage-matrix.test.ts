import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import type { CatalogueJson, ItemJson, RequirementJson } from './catalogue-model.js';
import { pathKey } from './catalogue-matching.js';
import { coverageMatrix } from './coverage-matrix.js';
import { parseTimeLimit } from './time-limit.js';

const load = (name: string) =>
  importCatalogueTextOrThrow(readFileSync(new URL(`../../../demo-data/catalogues/${name}`, import.meta.url), 'utf8'));
const sfj = load('genhe-sifaju.txt');
const mzj = load('genhe-minzhengju.txt');

function row(time: string, channels: RequirementJson['channels'], mandatory: boolean): RequirementJson {
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
    remarks: [mandatory ? '必选' : '可选'],
  };
}
const leaf = (name: string, r: RequirementJson): ItemJson => ({
  name,
  level: 2,
  serial: null,
  line: null,
  requirements: [r],
  children: [],
});

const template: Pick<CatalogueJson, 'items'> = {
  items: [
    {
      name: '基础信息',
      level: 1,
      serial: '1',
      line: null,
      requirements: [],
      children: [
        leaf('规范性文件', row('信息形成之日起20个工作日内', ['GOVERNMENT_WEBSITE'], true)),
        leaf('政府信息公开年度报告', row('每年1月31日前', ['GOVERNMENT_WEBSITE', 'GAZETTE'], true)),
        leaf('法律援助', row('信息形成之日起20个工作日内', ['GOVERNMENT_WEBSITE'], true)),
        leaf('建议提案办理结果', row('信息形成之日起20个工作日内', ['GOVERNMENT_WEBSITE'], false)),
      ],
    },
  ],
};

describe('coverage matrix', () => {
  const m = coverageMatrix(template, [
    { key: 'sfj', items: sfj.items },
    { key: 'mzj', items: mzj.items },
    { key: 'none', items: null },
  ]);
  const rowOf = (key: string) => m.rows.find((r) => r.key === key)!;
  const cell = (key: string, name: string) => rowOf(key).cells[m.columns.findIndex((c) => c.path.at(-1) === name)]!;

  it('has a column per template row, with mandatory flag and the expected deadline and channels', () => {
    expect(m.columns.map((c) => [c.path.join('›'), c.mandatory])).toEqual([
      ['基础信息›规范性文件', true],
      ['基础信息›政府信息公开年度报告', true],
      ['基础信息›法律援助', true],
      ['基础信息›建议提案办理结果', false],
    ]);
    expect(m.columns[1]).toMatchObject({ timeLimit: '每年1月31日前', channels: ['政府网站', '政府公报'] });
  });

  it('gives each department a cell per column, counts and a score', () => {
    for (const r of m.rows) {
      expect(r.cells).toHaveLength(4);
      expect(r.covered + r.weaker + r.missing).toBe(4);
    }
    // 司法局 has 规范性文件 and 年度报告 (website only: fewer channels than the standard → weaker).
    expect(cell('sfj', '规范性文件').status).not.toBe('missing');
    expect(cell('sfj', '政府信息公开年度报告')).toMatchObject({ status: 'weaker' });
    expect(cell('sfj', '政府信息公开年度报告').reasons.join()).toContain('渠道少于标准：缺政府公报');
    // 民政局 has no 规范性文件 and no 法律援助.
    expect(cell('mzj', '规范性文件')).toMatchObject({ status: 'missing', reasons: ['缺少必选事项'] });
    expect(rowOf('mzj').mandatoryMissing).toBeGreaterThanOrEqual(2);
    expect(rowOf('sfj').score).toBeGreaterThan(rowOf('mzj').score);
  });

  it('shows a department without a catalogue as all missing, score 0', () => {
    expect(rowOf('none')).toMatchObject({ hasCatalogue: false, score: 0, missing: 4, mandatoryMissing: 3 });
  });

  it("lists each department's compliance findings, mandatory items missing among them", () => {
    expect(
      rowOf('mzj')
        .findings.filter((f) => f.kind === 'mandatory-missing')
        .map((f) => f.path!.at(-1)),
    ).toContain('规范性文件');
  });

  it("follows the office's confirmed and rejected matches", () => {
    const col = (name: string) => m.columns.findIndex((c) => c.path.at(-1) === name);
    const legalAid = pathKey(m.columns[col('法律援助')]!.path);
    const rules = pathKey(m.columns[col('规范性文件')]!.path);
    const sfjRules = cell('sfj', '规范性文件').matchedPath!;
    expect(cell('sfj', '法律援助').status).toBe('missing');
    const after = coverageMatrix(template, [
      {
        key: 'sfj',
        items: sfj.items,
        confirmed: [[legalAid, '重点领域›公共法律服务体系建设']],
        rejected: [[rules, pathKey(sfjRules)]],
      },
    ]).rows[0]!;
    expect(after.cells[col('法律援助')]).toMatchObject({
      method: 'confirmed',
      matchedPath: ['重点领域', '公共法律服务体系建设'],
    });
    expect(after.cells[col('法律援助')]!.status).not.toBe('missing');
    expect(after.cells[col('规范性文件')]!.matchedPath).not.toEqual(sfjRules);
    expect(after.score).not.toBe(rowOf('sfj').score);
  });
});
