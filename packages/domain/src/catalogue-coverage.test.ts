import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import { complianceFindings, coverageOf, isMandatory } from './catalogue-coverage.js';
import type { CatalogueJson, ItemJson, RequirementJson } from './catalogue-model.js';
import { parseTimeLimit } from './time-limit.js';

const sfj = importCatalogueTextOrThrow(
  readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8'),
);

function row(time: string, channels: RequirementJson['channels'], mandatory: boolean): RequirementJson {
  const t = parseTimeLimit(time);
  return {
    line: null,
    contentIntro: null,
    contentElements: ['x'],
    timeLimit: { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault },
    publishingOrgans: ['本机关'],
    channels,
    extraChannels: [],
    audiences: ['PUBLIC'],
    offices: ['办公室'],
    legalBasis: [],
    modes: [],
    levels: [],
    remarks: mandatory ? ['必选'] : [],
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

// A small general standard: what every department must publish.
const template: CatalogueJson = {
  title: '通用标准目录',
  agencyName: null,
  offices: [],
  findings: [],
  items: [
    {
      name: '机构信息',
      level: 1,
      serial: '1',
      line: null,
      requirements: [],
      children: [
        leaf('机构概况', row('信息形成之日起20个工作日内', ['GOVERNMENT_WEBSITE'], true)),
        leaf('领导信息', row('信息形成之日起20个工作日内', ['GOVERNMENT_WEBSITE'], true)),
      ],
    },
    {
      name: '政策文件',
      level: 1,
      serial: '2',
      line: null,
      requirements: [],
      children: [
        leaf(
          '行政规范性文件',
          row('信息形成之日起10个工作日内', ['GOVERNMENT_WEBSITE', 'GAZETTE', 'WEIBO_WECHAT_APP'], true),
        ),
        leaf('政策解读', row('与政策文件同步发布', ['GOVERNMENT_WEBSITE'], false)),
      ],
    },
    {
      name: '信息公开',
      level: 1,
      serial: '3',
      line: null,
      requirements: [],
      children: [
        leaf('政府信息公开年度报告', row('每年1月31日前', ['GOVERNMENT_WEBSITE'], true)),
        leaf('依申请公开办理情况', row('即时公开', ['GOVERNMENT_WEBSITE'], true)),
      ],
    },
  ],
};

describe('coverage against a standard catalogue', () => {
  const c = coverageOf(template, sfj);
  const cell = (name: string) => c.cells.find((x) => x.templatePath.at(-1) === name)!;

  it('reads which template items are mandatory', () => {
    expect(isMandatory(template.items[1]!.children[0]!)).toBe(true);
    expect(isMandatory(template.items[1]!.children[1]!)).toBe(false);
  });

  it('finds items by synonym and marks weaker ones with reasons', () => {
    expect(cell('机构概况')).toMatchObject({ status: 'covered', matchedPath: ['履职依据', '机关简介'] });
    expect(cell('领导信息')).toMatchObject({ status: 'covered', matchedPath: ['履职依据', '机构领导'] });
    // 司法局's 规范性文件: 20 working days (looser than 10) and no 两微一端.
    expect(cell('行政规范性文件').status).toBe('weaker');
    expect(cell('行政规范性文件').reasons).toEqual([
      '渠道少于标准：缺两微一端',
      '时限比标准宽松：「信息产生或变更之日起20个工作日内公开」对「信息形成之日起10个工作日内」',
    ]);
    expect(cell('依申请公开办理情况')).toMatchObject({ status: 'missing', reasons: ['缺少必选事项'] });
  });

  it('scores mandatory items double', () => {
    // 机构概况 1×2, 领导信息 1×2, 规范性文件 ½×2, 政策解读 1×1, 年度报告 1×2 (a periodic and a relative deadline
    // cannot be compared: not weaker here, the compliance check reports it), 依申请 0: 8 of 11.
    expect(c.score).toBe(Math.round((8 / 11) * 1000) / 10);
  });

  it('lists the compliance findings of catalogue.md', () => {
    const f = complianceFindings(sfj, template);
    expect(f.filter((x) => x.kind === 'mandatory-missing').map((x) => x.message)).toEqual([
      '缺少必选事项「信息公开 › 依申请公开办理情况」',
    ]);
    expect(f.find((x) => x.kind === 'annual-report-deadline')!.message).toBe(
      '「政府信息公开工作 › 政府信息公开年度报告」时限「信息产生或变更之日起20个工作日内公开」与《条例》第四十九条不一致：年度报告应于每年1月31日前公布',
    );
    expect(f.filter((x) => x.kind === 'row-incomplete').map((x) => x.message)).toEqual([
      '「新闻发布」没有公开渠道、公开对象',
    ]);
    // One month after the notice period is about 30 days: looser than 20 working days (28), worth a look.
    expect(f.filter((x) => x.kind === 'deadline-too-loose').map((x) => x.message)).toEqual([
      '「履职依据 › 意见征集及反馈」第2条时限「公告期后满一个月」（约 30 天）比法定的20个工作日宽松',
    ]);
  });
});
