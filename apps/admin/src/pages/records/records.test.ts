import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@gongkai/domain';
import {
  filterRecords,
  groupByItem,
  interpretationCandidates,
  policyRecords,
  timelinessTag,
  yearOf,
  type RecordLike,
} from './records';
import { emptyRecordForm, formOfRecord, recordFormErrors, recordInputOf, rowOptions, rowPath } from './record-form';

function rec(over: Partial<RecordLike> & { id: string }): RecordLike {
  return {
    itemPath: ['履职依据', '规范性文件'],
    status: 'PUBLISHED',
    title: '标题',
    state: 'ON_TIME',
    stateLabel: '按时公开',
    lateWorkingDays: 0,
    documentKind: null,
    ...over,
  };
}

describe('timelinessTag', () => {
  it('says 按时 or how many working days late', () => {
    expect(timelinessTag({ state: 'ON_TIME', stateLabel: '按时公开', lateWorkingDays: 0 })).toEqual({
      text: '按时',
      type: 'success',
    });
    expect(timelinessTag({ state: 'LATE', stateLabel: '逾期公开', lateWorkingDays: 3 })).toEqual({
      text: '逾期 3 个工作日',
      type: 'danger',
    });
    expect(timelinessTag({ state: 'OVERDUE', stateLabel: '已逾期未公开', lateWorkingDays: 2 }).text).toBe(
      '已逾期 2 个工作日未公开',
    );
  });
  it("uses the domain's label for the other states and the server's for unknown ones", () => {
    expect(timelinessTag({ state: 'NO_DEADLINE', stateLabel: 'x', lateWorkingDays: 0 })).toEqual({
      text: '无固定时限',
      type: 'info',
    });
    expect(timelinessTag({ state: 'SOMETHING', stateLabel: '别的', lateWorkingDays: 0 }).text).toBe('别的');
  });
});

describe('filterRecords', () => {
  const list = [
    rec({ id: 'a', state: 'ON_TIME', title: '关于印发办法的通知', documentNumber: '根司发〔2026〕3号' }),
    rec({ id: 'b', state: 'LATE', lateWorkingDays: 2, title: '年度预算' }),
    rec({ id: 'c', state: 'OVERDUE', title: '草稿', status: 'DRAFT' }),
    rec({ id: 'd', state: 'NO_DEADLINE', title: '机构职能', itemPath: ['机构信息', '机构职能'] }),
  ];
  it('filters by state: 逾期 takes late and overdue', () => {
    expect(filterRecords(list, 'LATE', '').map((r) => r.id)).toEqual(['b', 'c']);
    expect(filterRecords(list, 'ON_TIME', '').map((r) => r.id)).toEqual(['a']);
    expect(filterRecords(list, 'NO_DEADLINE', '').map((r) => r.id)).toEqual(['d']);
    expect(filterRecords(list, '', '')).toHaveLength(4);
  });
  it('searches title, 文号 and item path, ignoring spaces and case', () => {
    expect(filterRecords(list, '', '〔2026〕 3号').map((r) => r.id)).toEqual(['a']);
    expect(filterRecords(list, '', '机构信息').map((r) => r.id)).toEqual(['d']);
    expect(filterRecords(list, 'ON_TIME', '预算')).toEqual([]);
  });
});

describe('groupByItem', () => {
  it('keeps the first-seen order of items and counts late records', () => {
    const groups = groupByItem([
      rec({ id: '1', itemPath: ['A'] }),
      rec({ id: '2', itemPath: ['B'], state: 'LATE' }),
      rec({ id: '3', itemPath: ['A'], state: 'OVERDUE' }),
    ]);
    expect(groups.map((g) => [g.key, g.records.map((r) => r.id), g.late])).toEqual([
      ['A', ['1', '3'], 1],
      ['B', ['2'], 1],
    ]);
  });
});

describe('policies and 解读', () => {
  const list = [
    rec({ id: 'p', documentKind: 'NORMATIVE' }),
    rec({ id: 'i' }),
    rec({ id: 'q', documentKind: 'REGULATION' }),
  ];
  it('policies are the records with a document kind; a 解读 is another record without one', () => {
    expect(policyRecords(list).map((r) => r.id)).toEqual(['p', 'q']);
    expect(interpretationCandidates(list, 'p').map((r) => r.id)).toEqual(['i']);
  });
});

describe('the entry form', () => {
  it('turns blanks into null, orders channels officially, drops validity for other information', () => {
    const form = {
      ...emptyRecordForm(),
      title: '  通知 ',
      channels: ['OTHER', 'GOVERNMENT_WEBSITE'] as (typeof CHANNELS)[number]['code'][],
      validity: 'ABOLISHED' as const,
      abolishedDate: '2026-03-01',
    };
    const input = recordInputOf(form, 'DRAFT');
    expect(input.title).toBe('通知');
    expect(input.documentNumber).toBeNull();
    expect(input.channels).toEqual(['GOVERNMENT_WEBSITE', 'OTHER']);
    expect(input.validity).toBeNull();
    expect(input.abolishedDate).toBeNull();
    expect(input.status).toBe('DRAFT');
    const policy = recordInputOf({ ...form, documentKind: 'NORMATIVE' }, 'PUBLISHED');
    expect([policy.documentKind, policy.validity, policy.abolishedDate]).toEqual([
      'NORMATIVE',
      'ABOLISHED',
      '2026-03-01',
    ]);
  });
  it('reads a record back, unknown channels and kinds dropped', () => {
    const f = formOfRecord({ channels: ['GAZETTE', 'NOPE', 'GOVERNMENT_WEBSITE'], documentKind: 'X', title: null });
    expect(f.channels).toEqual(['GOVERNMENT_WEBSITE', 'GAZETTE']);
    expect(f.documentKind).toBeNull();
    expect(f.title).toBe('');
  });
});

describe('recordFormErrors', () => {
  it('places every listed problem beside its field', () => {
    const placed = recordFormErrors({
      message: 'x',
      graphQLErrors: [
        {
          message: '标题未填写；公开日期「2026-02-30」不存在',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.title',
            errors: [
              { field: 'input.title', message: '标题未填写' },
              { field: 'input.publishedDate', message: '公开日期「2026-02-30」不存在' },
              { field: 'input.somethingElse', message: '别的问题' },
            ],
          },
        },
      ],
    });
    expect(placed.fields).toEqual({ title: '标题未填写', publishedDate: '公开日期「2026-02-30」不存在' });
    expect(placed.general).toBe('别的问题');
  });
  it('uses extensions.field alone, and keeps other errors general', () => {
    expect(
      recordFormErrors({
        message: 'x',
        graphQLErrors: [{ message: '未找到目录行', extensions: { code: 'NOT_FOUND', field: 'requirementId' } }],
      }).fields,
    ).toEqual({ requirementId: '未找到目录行' });
    const forbidden = recordFormErrors({
      message: 'x',
      graphQLErrors: [{ message: '没有权限', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(forbidden).toEqual({ fields: {}, general: '没有权限' });
  });
});

describe('rowOptions', () => {
  const items = [
    {
      id: 'i1',
      name: '履职依据',
      requirements: [],
      children: [
        {
          id: 'i2',
          name: '规范性文件',
          requirements: [
            { id: 'r1', position: 0, timeLimit: { raw: '制定或获取之日起20个工作日内' } },
            { id: 'r2', position: 1, timeLimit: { raw: '' } },
          ],
        },
      ],
    },
    { id: 'i3', name: '空事项', requirements: [] },
  ];
  it('nests item → item → rows and finds a row again', () => {
    const opts = rowOptions(items);
    expect(opts[0]!.children![0]!.children!.map((c) => c.label)).toEqual([
      '第 1 行 · 制定或获取之日起20个工作日内',
      '第 2 行 · （无公开时限）',
    ]);
    expect(opts[1]!.disabled).toBe(true);
    expect(rowPath(opts, 'r2')).toEqual(['item:i1', 'item:i2', 'r2']);
    expect(rowPath(opts, 'nope')).toBeNull();
  });
});

describe('yearOf', () => {
  it('takes a sensible year from the query, else this year', () => {
    const today = new Date('2026-12-01T00:00:00Z');
    expect(yearOf('2025', today)).toBe(2025);
    expect(yearOf(['2024'], today)).toBe(2024);
    expect(yearOf('abc', today)).toBe(2026);
    expect(yearOf('2099', today)).toBe(2026);
    expect(yearOf(undefined, today)).toBe(2026);
  });
});
