import { describe, expect, it } from 'vitest';
import type { AgencyKind } from './gql/graphql';
import {
  buildComparison,
  comparisonChoices,
  comparisonSides,
  filterPairGroups,
  findDecision,
  focusTarget,
  manualCandidates,
  type ComparedItemLike,
  type DecisionLike,
  type PairLike,
} from './comparison';

const item = (path: string[], extra: Partial<ComparedItemLike> = {}): ComparedItemLike => ({
  path,
  rowCount: 1,
  content: null,
  timeLimit: '20个工作日内',
  channels: ['政府网站'],
  audiences: ['全社会'],
  offices: ['办公室'],
  ...extra,
});

const pair = (
  left: string[],
  right: string[],
  method: string,
  differences: PairLike['differences'] = [],
  score = 1,
): PairLike => ({
  left: item(left),
  right: item(right),
  score,
  method,
  differences,
});

const decision = (id: string, leftPath: string[], rightPath: string[], d: 'CONFIRMED' | 'REJECTED'): DecisionLike => ({
  id,
  leftPath,
  rightPath,
  decision: d,
  decidedBy: 'demo-reviewer',
  decidedAt: '2026-11-24T08:00:00.000Z',
});

const COMPARISON = {
  pairs: [
    pair(['组织机构', '机关简介'], ['履职依据', '机关简介'], 'exact'),
    pair(['政策文件', '规范性文件'], ['履职依据', '规范性文件'], 'exact', [
      {
        field: 'channels',
        message: '缺少渠道：两微一端；多出渠道：精准推送',
        detail: { missing: ['WEIBO_WECHAT_APP'], extra: ['PRECISE_PUSH', 'UNKNOWN_CODE'] },
      },
      { field: 'offices', message: '责任科室不同', detail: { left: ['办公室'], right: ['法治办'] } },
    ]),
    pair(['政策文件', '政策解读'], ['履职依据', '政策解读'], 'synonym', [], 0.95),
    pair(['履职信息', '建议提案办理结果'], ['其他相关信息', '建议提案'], 'similar', [], 0.8),
    pair(['履职信息', '行政执法公示'], ['重点领域', '行政执法协调监督工作'], 'confirmed'),
  ],
  onlyLeft: [item(['履职信息', '权责清单'])],
  onlyRight: [
    item(['部门会议'], { rowCount: 0 }),
    item(['重点领域', '公共法律服务体系建设']),
    item(['重点领域', '权力清单和责任清单']),
  ],
};

describe('buildComparison', () => {
  const decisions = [
    decision('d1', ['重点领域', '行政执法协调监督工作'], ['履职信息', '行政执法公示'], 'CONFIRMED'),
    decision('d2', ['政策文件', '政策解读'], ['部门会议'], 'REJECTED'),
  ];
  const view = buildComparison(COMPARISON, decisions);

  it('groups the pairs under the left 一级事项, in order', () => {
    expect(view.groups.map((g) => [g.title, g.pairs.map((p) => p.key)])).toEqual([
      ['组织机构', ['组织机构 › 机关简介']],
      ['政策文件', ['政策文件 › 规范性文件', '政策文件 › 政策解读']],
      ['履职信息', ['履职信息 › 建议提案办理结果', '履职信息 › 行政执法公示']],
    ]);
  });
  it('counts the pairs by method and the items on one side', () => {
    expect(view.counts).toEqual({
      pairs: 5,
      exact: 2,
      synonym: 1,
      similar: 1,
      confirmed: 1,
      withDifferences: 1,
      onlyLeft: 1,
      onlyRight: 3,
      rejected: 1,
    });
  });
  it('marks the differing fields and the channels each side lacks', () => {
    const p = view.groups[1]!.pairs[0]!;
    expect([...p.differingFields]).toEqual(['channels', 'offices']);
    expect([...p.missingChannels]).toEqual(['两微一端']);
    expect([...p.extraChannels]).toEqual(['精准推送', 'UNKNOWN_CODE']);
    expect(view.groups[0]!.pairs[0]!.differingFields.size).toBe(0);
  });
  it('marks similar pairs as pending and finds the decision behind a confirmed pair, either way round', () => {
    const [similar, confirmed] = view.groups[2]!.pairs;
    expect(similar!.pending).toBe(true);
    expect(similar!.methodLabel).toBe('相似，待确认');
    expect(similar!.decision).toBeNull();
    expect(confirmed!.pending).toBe(false);
    expect(confirmed!.decision?.id).toBe('d1');
  });
  it('lists the rejected pairs', () => {
    expect(view.rejected.map((d) => d.id)).toEqual(['d2']);
  });
  it('ignores a malformed channel detail', () => {
    const v = buildComparison({
      pairs: [pair(['a'], ['b'], 'exact', [{ field: 'channels', message: 'x', detail: null }])],
      onlyLeft: [],
      onlyRight: [],
    });
    expect(v.groups[0]!.pairs[0]!.missingChannels.size).toBe(0);
  });
});

describe('findDecision', () => {
  it('does not confuse a pair with one that shares one side', () => {
    const ds = [decision('x', ['甲'], ['乙'], 'CONFIRMED')];
    expect(findDecision(ds, ['甲'], ['丙'])).toBeNull();
    expect(findDecision(ds, ['乙'], ['甲'])?.id).toBe('x');
  });
});

describe('filterPairGroups', () => {
  const view = buildComparison(COMPARISON);
  it('keeps pending, differing or confirmed pairs, dropping empty groups', () => {
    expect(filterPairGroups(view.groups, 'pending').map((g) => g.pairs.map((p) => p.key))).toEqual([
      ['履职信息 › 建议提案办理结果'],
    ]);
    expect(filterPairGroups(view.groups, 'differences').map((g) => g.title)).toEqual(['政策文件']);
    expect(filterPairGroups(view.groups, 'confirmed').flatMap((g) => g.pairs.map((p) => p.method))).toEqual([
      'confirmed',
    ]);
    expect(filterPairGroups(view.groups, 'all')).toHaveLength(3);
  });
});

describe('manualCandidates', () => {
  it('offers the unmatched right items, the most similar name first', () => {
    const list = manualCandidates(item(['履职信息', '权责清单']), COMPARISON.onlyRight);
    expect(list[0]!.label).toBe('重点领域 › 权力清单和责任清单');
    expect(list.map((c) => c.key)).toHaveLength(3);
    // Equal (zero) similarity: items with rows of their own before bare headings.
    expect(list.map((c) => c.label).slice(1)).toEqual(['重点领域 › 公共法律服务体系建设', '部门会议']);
  });
});

describe('focusTarget', () => {
  const view = buildComparison(COMPARISON);
  it('finds a pair or a left-only item by its left path', () => {
    expect(focusTarget(view, '政策文件 › 政策解读')).toEqual({ kind: 'pair', key: '政策文件 › 政策解读' });
    expect(focusTarget(view, '履职信息 › 权责清单')).toEqual({ kind: 'onlyLeft', key: '履职信息 › 权责清单' });
    expect(focusTarget(view, '不存在')).toBeNull();
    expect(focusTarget(view, null)).toBeNull();
  });
});

describe('comparisonChoices', () => {
  const v = (id: string, versionLabel: string, status: 'DRAFT' | 'PUBLISHED', createdAt: string) => ({
    id,
    versionLabel,
    status,
    createdAt,
  });
  const agencies = [
    { id: 'gov', code: '150785', name: '根河市人民政府', kind: 'GOVERNMENT' as const, catalogues: [] },
    {
      id: 'sfj',
      code: '150785-sfj',
      name: '根河市司法局',
      kind: 'DEPARTMENT' as const,
      catalogues: [
        v('sfj-2025', '2025版', 'DRAFT', '2026-02-01'),
        v('sfj-2024', '2024版', 'PUBLISHED', '2025-01-01'),
        v('sfj-2023', '2023版', 'PUBLISHED', '2024-01-01'),
      ],
    },
    {
      id: 'czj',
      code: '150785-czj',
      name: '根河市财政局',
      kind: 'DEPARTMENT' as const,
      catalogues: [v('czj-d', '2024版', 'DRAFT', '2025-01-01')],
    },
    {
      id: 'bz',
      code: '150785-bz-ty',
      name: '通用标准目录',
      kind: 'STANDARD' as const,
      catalogues: [v('bz-2025', '2025版', 'PUBLISHED', '2025-06-01')],
    },
  ];
  it('offers the own other versions, then each other agency’s current version, standards first', () => {
    const groups = comparisonChoices(agencies, { agencyId: 'sfj', catalogueId: 'sfj-2024' });
    expect(groups.map((g) => [g.label, g.options.map((o) => o.value)])).toEqual([
      ['本机关的其他版本', ['sfj-2025', 'sfj-2023']],
      ['标准目录', ['bz-2025']],
      ['工作部门', ['czj-d']],
    ]);
    expect(groups[2]!.options[0]!.label).toBe('根河市财政局 · 2024版（草稿）');
  });
  it('takes an agency’s newest published version over a newer draft', () => {
    const groups = comparisonChoices(agencies, { agencyId: 'bz', catalogueId: 'bz-2025' });
    expect(groups.find((g) => g.label === '工作部门')!.options.map((o) => o.value)).toEqual(['sfj-2024', 'czj-d']);
    expect(groups.some((g) => g.label === '本机关的其他版本')).toBe(false);
  });
});

describe('comparisonSides', () => {
  it('puts a standard catalogue on the left', () => {
    const dept: { kind: AgencyKind; id: string } = { kind: 'DEPARTMENT', id: 'd' };
    const std: { kind: AgencyKind; id: string } = { kind: 'STANDARD', id: 's' };
    expect(comparisonSides(dept, std)).toEqual({ left: std, right: dept });
    expect(comparisonSides(std, dept)).toEqual({ left: std, right: dept });
    expect(comparisonSides(dept, { kind: 'DEPARTMENT', id: 'e' }).left).toBe(dept);
  });
});
