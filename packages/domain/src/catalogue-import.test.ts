import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueText, importCatalogueTextOrThrow, CatalogueImportError } from './catalogue-import.js';
import { countCatalogue, flattenItems, type CatalogueJson, type ItemJson } from './catalogue-model.js';

const demo = (name: string): string =>
  readFileSync(new URL(`../../../demo-data/catalogues/${name}`, import.meta.url), 'utf8');
const golden = JSON.parse(
  readFileSync(new URL('./__golden__/genhe-sifaju.json', import.meta.url), 'utf8'),
) as CatalogueJson;

function item(c: CatalogueJson, name: string): ItemJson {
  const found = flattenItems(c.items).find((i) => i.name === name);
  if (!found) throw new Error(`no item ${name}`);
  return found;
}

describe('the seed: 根河市司法局主动公开目录', () => {
  const seed = importCatalogueTextOrThrow(demo('genhe-sifaju.txt'));

  it('matches the reviewed golden file in every item, row, channel, audience, office and time limit', () => {
    expect(seed).toEqual(golden);
  });

  it('is the project copy of shared/seeds (when shared/ is beside the project)', () => {
    let shared: string | undefined;
    try {
      shared = readFileSync(new URL('../../../../shared/seeds/002_7b423e1979c7eb69.txt', import.meta.url), 'utf8');
    } catch {
      return; // shared/ is not there on every machine
    }
    expect(demo('genhe-sifaju.txt')).toBe(shared);
  });

  it('has 9 一级事项 in order, 24 二级事项 and 28 requirement rows', () => {
    expect(seed.items.map((i) => i.name)).toEqual([
      '履职依据',
      '部门会议',
      '政府重点工作',
      '人事信息',
      '新闻发布',
      '财政信息',
      '政府信息公开工作',
      '重点领域',
      '其他相关信息',
    ]);
    expect(seed.items.map((i) => i.children.length)).toEqual([9, 0, 3, 0, 0, 3, 2, 3, 4]);
    expect(countCatalogue(seed)).toEqual({ level1: 9, level2: 24, level3: 0, requirements: 28 });
  });

  it('has 根河市司法局 as publishing organ on every row', () => {
    const rows = flattenItems(seed.items).flatMap((i) => i.requirements);
    expect(rows).toHaveLength(28);
    for (const r of rows) expect(r.publishingOrgans).toEqual(['根河市司法局']);
  });

  it('has the 5 offices, 法制 merged into 法治 as an alias', () => {
    expect([...seed.offices].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [
        { name: '办公室', aliases: [] },
        { name: '行政执法协调监督办公室', aliases: [] },
        { name: '普法与依法治理办公室', aliases: [] },
        { name: '人民参与和促进法治办公室', aliases: ['人民参与和促进法制办公室'] },
        { name: '公共法律服务办公室', aliases: [] },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(seed.findings.filter((f) => f.kind === 'office-alias-merged')).toEqual([
      expect.objectContaining({ line: 12, severity: 'WARNING' }),
    ]);
    expect(item(seed, '政策解读').requirements[0]!.offices).toEqual([
      '普法与依法治理办公室',
      '人民参与和促进法治办公室',
    ]);
  });

  it('reads the spec examples', () => {
    const norm = item(seed, '规范性文件').requirements[0]!;
    expect(norm.channels).toEqual(['GOVERNMENT_WEBSITE', 'GAZETTE', 'BULLETIN_BOARD', 'PRECISE_PUSH']);
    expect(norm.audiences).toEqual(['PUBLIC']);
    expect(norm.offices).toEqual(['行政执法协调监督办公室']);
    expect(norm.timeLimit.rule).toEqual({
      kind: 'afterEvent',
      amount: 20,
      unit: 'workingDay',
      event: '信息产生或变更',
      eventKind: 'formedOrChanged',
    });
    expect(norm.timeLimit.statutoryDefault).toBe(true);
    expect(item(seed, '机构领导').requirements[0]!.channels).toEqual(['GOVERNMENT_WEBSITE']);
    expect(item(seed, '财政预算决算').requirements[0]!.timeLimit.rule).toMatchObject({
      kind: 'afterEvent',
      amount: 20,
      unit: 'calendarDay',
      eventKind: 'approval',
    });
    expect(item(seed, '建议提案').requirements[0]!.timeLimit.rule).toEqual({
      kind: 'afterApproval',
      approver: '市本级督查室',
    });
  });

  it('reads 意见征集及反馈 as two requirements (continuation row)', () => {
    const rows = item(seed, '意见征集及反馈').requirements;
    expect(rows.map((r) => r.timeLimit.raw)).toEqual(['即时公开', '公告期后满一个月']);
    expect(rows[1]!.timeLimit.rule).toMatchObject({
      kind: 'afterEvent',
      amount: 1,
      unit: 'month',
      eventKind: 'noticePeriodEnd',
    });
    expect(rows[1]!.offices).toEqual(['行政执法协调监督办公室']);
    expect(seed.findings).toContainEqual(expect.objectContaining({ kind: 'continuation-row', line: 10 }));
  });

  it('finds offices written outside the 责任科室 column', () => {
    expect(item(seed, '部门文件').requirements[0]!.offices).toEqual(['办公室']);
    expect(seed.findings.filter((f) => f.kind === 'office-shifted').map((f) => f.line)).toEqual([11, 12]);
  });

  it('inherits merged cells within a 一级事项 and reports it, but not across 一级事项', () => {
    const row = item(seed, '规范性文件立改废').requirements[0]!;
    expect(row.channels).toEqual(['GOVERNMENT_WEBSITE', 'GAZETTE', 'BULLETIN_BOARD', 'PRECISE_PUSH']);
    expect(seed.findings).toContainEqual(expect.objectContaining({ kind: 'inherited-cell', line: 8 }));
    // 新闻发布 starts a 一级事项 with blank channels and audience: stays blank, reported.
    const news = item(seed, '新闻发布').requirements[0]!;
    expect(news.channels).toEqual([]);
    expect(news.audiences).toEqual([]);
    expect(seed.findings).toContainEqual(expect.objectContaining({ kind: 'blank-required', line: 23 }));
  });

  it('reports the truncated channel list of 政府信息公开指南', () => {
    expect(seed.findings.filter((f) => f.kind === 'channels-truncated').map((f) => f.line)).toEqual([27]);
  });

  it('splits numbered content into elements', () => {
    expect(item(seed, '机构领导').requirements[0]!.contentElements).toHaveLength(4);
    expect(item(seed, '财政预算决算').requirements[0]!.contentIntro).toBe('部门预算决算');
    expect(item(seed, '议事协调机构').requirements[0]!.contentElements[0]).toBe('机构名称+机关简介');
  });
});

describe('a second catalogue with other quirks: 根河市民政局 (demo)', () => {
  const c = importCatalogueTextOrThrow(demo('genhe-minzhengju.txt'));

  it('reads three levels and the title', () => {
    expect(c.agencyName).toBe('根河市民政局');
    expect(countCatalogue(c)).toEqual({ level1: 4, level2: 6, level3: 5, requirements: 10 });
    expect(item(c, '最低生活保障').children.map((i) => i.name)).toEqual(['政策文件', '办理流程', '审批结果']);
    expect(item(c, '政府信息公开年度报告').requirements).toHaveLength(1);
  });

  it('expands 同上 from the row above', () => {
    const r = item(c, '办理流程').requirements[0]!;
    expect(r.timeLimit.raw).toBe('自该政府信息形成或者变更之日起20个工作日内');
    expect(r.offices).toEqual(['社会救助股']);
    expect(r.legalBasis).toEqual(['《社会救助暂行办法》', '《内蒙古自治区最低生活保障实施办法》']);
    expect(item(c, '福利彩票公益金').requirements[0]!.timeLimit.rule).toEqual({
      kind: 'periodic',
      period: 'year',
      dueMonth: 1,
      dueDay: 31,
    });
  });

  it('reads several publishing organs, 特定群众 and tick columns for 公开方式 / 公开层级', () => {
    expect(item(c, '办理流程').requirements[0]!.publishingOrgans).toEqual(['根河市民政局', '各乡镇人民政府']);
    const approval = item(c, '审批结果').requirements[0]!;
    expect(approval.audiences).toEqual(['SPECIFIC']);
    expect(approval.remarks).toEqual(['特定群体：√（低保家庭）']);
    expect(approval.modes).toEqual(['主动']);
    expect(approval.levels).toEqual(['县级', '乡级']);
    expect(item(c, '特困人员救助供养').requirements[0]!.modes).toEqual(['主动', '依申请']);
  });

  it('reads periodic deadlines', () => {
    expect(item(c, '审批结果').requirements[0]!.timeLimit.rule).toEqual({
      kind: 'periodic',
      period: 'quarter',
      afterPeriodEnd: { amount: 15, unit: 'calendarDay' },
    });
    expect(item(c, '高龄津贴').requirements[0]!.timeLimit.rule).toEqual({
      kind: 'periodic',
      period: 'month',
      dueDay: 10,
    });
    expect(item(c, '特困人员救助供养').requirements[0]!.timeLimit.rule).toEqual({ kind: 'periodic', period: 'year' });
  });

  it('maps channel variants, keeps unknown channels as extras, and reads plain channel lists', () => {
    expect(item(c, '政策文件').requirements[0]!.channels).toEqual([
      'GOVERNMENT_WEBSITE',
      'WEIBO_WECHAT_APP',
      'PRINT_MEDIA',
      'SERVICE_CENTER',
      'BULLETIN_BOARD',
    ]);
    expect(item(c, '备案信息').requirements[0]!.channels).toContain('OTHER');
    expect(item(c, '备案信息').requirements[0]!.extraChannels).toEqual(['12345热线']);
    expect(item(c, '慈善信托备案').requirements[0]!.extraChannels).toEqual(['信用中国网站']);
    expect(item(c, '特困人员救助供养').requirements[0]!.channels).toEqual(['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP']);
  });

  it('keeps what it cannot understand and reports it', () => {
    const r = item(c, '监督检查结果').requirements[0]!;
    expect(r.timeLimit).toMatchObject({ raw: '视工作进展情况公开', rule: { kind: 'unparsed' } });
    expect(c.findings).toContainEqual(expect.objectContaining({ kind: 'time-limit-unparsed', line: 16 }));
    expect(c.findings).toContainEqual(
      expect.objectContaining({ kind: 'unknown-cell', line: 12, message: expect.stringContaining('第 1 页') }),
    );
    // A page-split content cell is merged into the row above, not dropped.
    expect(item(c, '特困人员救助供养').requirements[0]!.contentElements).toEqual([
      '特困人员认定条件、救助供养标准及申请办理结果',
    ]);
    expect(item(c, '高龄津贴').requirements[0]!.offices).toEqual(['社会事务股', '养老服务股']);
  });

  it('merges 和/与 office spellings and reports it', () => {
    expect(c.offices).toContainEqual({ name: '慈善事业促进和社会工作股', aliases: ['慈善事业促进与社会工作股'] });
    expect(item(c, '福利彩票公益金').requirements[0]!.offices).toEqual(['慈善事业促进和社会工作股']);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', '', /文件为空/u],
    ['a whitespace file', '  \n\n ', /文件为空/u],
    ['binary', 'PK\u0003\u0004\u0000\u0000abc', /第1行.*二进制/u],
    ['a CSV of something else', 'name,age\nzhang,3\n', /第1–3行.*不是制表符分隔/u],
    ['a table without 事项 column', '序号\t公开内容\t公开时限\n1\t内容\t即时公开\n', /第1行.*没有「公开事项」/u],
    ['a header and nothing else', '序号\t公开事项\t公开内容\t公开时限\n', /没有任何事项行/u],
  ])('rejects %s with the line and reason', (_name, text, message) => {
    const r = importCatalogueText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it('throws a CatalogueImportError carrying the line', () => {
    expect(() => importCatalogueTextOrThrow('PK\u0000')).toThrow(CatalogueImportError);
  });
});
