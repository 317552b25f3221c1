import { describe, expect, it } from 'vitest';
import {
  buildDiffBlocks,
  isUnchanged,
  markEntries,
  requirementLines,
  summaryCards,
  timeLimitSegments,
  type DiffInput,
} from './diff-table';

const row = {
  line: 12,
  contentIntro: null,
  contentElements: ['会议名称', '会议决定'],
  timeLimit: { raw: '即时公开', rule: { kind: 'immediate' }, longTerm: false, statutoryDefault: false },
  publishingOrgans: ['根河市司法局'],
  channels: ['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD'],
  extraChannels: ['村务微信群'],
  audiences: ['PUBLIC'],
  offices: ['办公室'],
  legalBasis: [],
  modes: [],
  levels: [],
  remarks: [],
};

const diff: DiffInput = {
  summary: { added: 1, removed: 1, moved: 1, renamed: 0, changedRows: 1, unchangedItems: 30 },
  changes: [
    {
      kind: 'changed',
      level: 1,
      beforePath: ['部门会议'],
      afterPath: ['部门会议'],
      rows: [
        {
          kind: 'changed',
          index: 0,
          fields: [
            {
              field: 'channels',
              label: '公开渠道和载体',
              before: '政府网站、两微一端、社区/企事业单位/村公示栏（电子屏）',
              after: '政府网站、社区/企事业单位/村公示栏（电子屏）',
              added: [],
              removed: ['两微一端'],
            },
            {
              field: 'timeLimit',
              label: '公开时限',
              before: '即时公开（即时公开（尽快公开，逾期标准由本级政府确定））',
              after: '信息形成之日起10个工作日内（信息形成之日起10个工作日内）',
              added: [],
              removed: [],
            },
          ],
          before: row,
          after: { ...row, timeLimit: { ...row.timeLimit, raw: '信息形成之日起10个工作日内' } },
        },
      ],
    },
    { kind: 'moved', level: 2, beforePath: ['人事信息', '人事任免'], afterPath: ['部门会议', '人事任免'], rows: [] },
    {
      kind: 'added',
      level: 1,
      beforePath: null,
      afterPath: ['新事项'],
      rows: [{ kind: 'added', index: 0, fields: [], before: null, after: row }],
    },
    {
      kind: 'removed',
      level: 1,
      beforePath: ['旧事项'],
      afterPath: null,
      rows: [{ kind: 'removed', index: 0, fields: [], before: row, after: null }],
    },
  ],
};

describe('markEntries', () => {
  it('marks whole entries of a 「、」 list', () => {
    expect(markEntries('政府网站、两微一端、公示栏', ['两微一端'], 'removed')).toEqual([
      { text: '政府网站、', mark: null },
      { text: '两微一端', mark: 'removed' },
      { text: '、公示栏', mark: null },
    ]);
  });
  it('does not mark an entry inside another one', () => {
    expect(markEntries('政府网站、网站', ['网站'], 'added')).toEqual([
      { text: '政府网站、', mark: null },
      { text: '网站', mark: 'added' },
    ]);
  });
  it('finds entries that contain the separator', () => {
    expect(markEntries('甲、乙、丙', ['甲、乙'], 'added')).toEqual([
      { text: '甲、乙', mark: 'added' },
      { text: '、丙', mark: null },
    ]);
    expect(markEntries('', ['x'], 'added')).toEqual([]);
  });
});

describe('timeLimitSegments', () => {
  it('splits the text from its reading, leaving out a reading that repeats it', () => {
    expect(timeLimitSegments('每年公开（每年公开一次（未定具体日期））', { timeLimit: { raw: '每年公开' } })).toEqual([
      { text: '每年公开', mark: null },
      { text: '解析为：每年公开一次（未定具体日期）', mark: 'note' },
    ]);
    expect(timeLimitSegments('甲（甲）', { timeLimit: { raw: '甲' } })).toEqual([{ text: '甲', mark: null }]);
    expect(timeLimitSegments('甲（乙）', null)).toEqual([{ text: '甲（乙）', mark: null }]);
  });
});

describe('requirementLines', () => {
  it('lists a row’s filled-in fields in Chinese', () => {
    expect(requirementLines(row)).toEqual([
      { key: 'content', label: '公开内容（要素）', text: '1. 会议名称 2. 会议决定' },
      { key: 'timeLimit', label: '公开时限', text: '即时公开' },
      { key: 'publishingOrgans', label: '公开主体', text: '根河市司法局' },
      { key: 'channels', label: '公开渠道和载体', text: '政府网站、社区/企事业单位/村公示栏（电子屏）、村务微信群' },
      { key: 'audiences', label: '公开对象', text: '全社会' },
      { key: 'offices', label: '责任科室', text: '办公室' },
    ]);
  });
  it('is empty for something that is not a row', () => {
    expect(requirementLines(null)).toEqual([]);
    expect(requirementLines('x')).toEqual([]);
  });
});

describe('buildDiffBlocks', () => {
  const blocks = buildDiffBlocks(diff);
  it('keeps the server’s order and labels each change', () => {
    expect(blocks.map((b) => [b.kind, b.kindLabel, b.tone])).toEqual([
      ['changed', '修改', 'primary'],
      ['moved', '移动事项', 'warning'],
      ['added', '新增事项', 'success'],
      ['removed', '删除事项', 'danger'],
    ]);
  });
  it('shows the paths old → new', () => {
    expect(blocks[1]).toMatchObject({
      beforePath: '人事信息 › 人事任免',
      afterPath: '部门会议 › 人事任免',
      pathChanged: true,
    });
    expect(blocks[0]!.pathChanged).toBe(false);
    expect(blocks[2]).toMatchObject({ beforePath: null, afterPath: '新事项', pathChanged: false });
  });
  it('lists changed fields with the removed entries marked', () => {
    const r = blocks[0]!.rows[0]!;
    expect(r).toMatchObject({ kind: 'changed', kindLabel: '修改', title: '第1条' });
    expect(r.lines.map((l) => l.label)).toEqual(['公开渠道和载体', '公开时限']);
    expect(r.lines[0]!.before.find((s) => s.mark === 'removed')?.text).toBe('两微一端');
    expect(r.lines[0]!.after.every((s) => s.mark === null)).toBe(true);
    expect(r.lines[1]!.after).toEqual([{ text: '信息形成之日起10个工作日内', mark: null }]);
    expect(r.lines[1]!.before).toEqual([
      { text: '即时公开', mark: null },
      { text: '解析为：即时公开（尽快公开，逾期标准由本级政府确定）', mark: 'note' },
    ]);
  });
  it('lists added rows on the new side and removed rows on the old side', () => {
    const added = blocks[2]!.rows[0]!;
    expect(added.lines[0]).toMatchObject({ before: [], after: [{ mark: 'added' }] });
    const removed = blocks[3]!.rows[0]!;
    expect(removed.lines[0]).toMatchObject({ after: [], before: [{ mark: 'removed' }] });
  });
});

describe('summary', () => {
  it('has a card per count', () => {
    expect(summaryCards(diff.summary).map((c) => `${c.label}${c.value}`)).toEqual([
      '新增事项1',
      '删除事项1',
      '移动事项1',
      '重命名事项0',
      '修改的公开要求1',
      '未改动的事项30',
    ]);
    expect(isUnchanged(diff)).toBe(false);
    expect(isUnchanged({ summary: diff.summary, changes: [] })).toBe(true);
  });
});
