import { describe, expect, it } from 'vitest';
import {
  NO_CONTEXT,
  historyChanges,
  historyKeyLabel,
  historyObject,
  historySummary,
  historyValue,
  type HistoryContext,
} from './history';

const ctx: HistoryContext = {
  rowLabel: (id) => (id === 'r1' ? '「部门会议」第1条' : undefined),
  itemName: (id) => ({ i1: '部门会议', i2: '人事信息' })[id],
  officeName: (id) => ({ o1: '办公室', o2: '公共法律服务办公室' })[id],
  versionLabel: (id) => (id === 'c0' ? '2024版' : undefined),
};

const update = {
  operation: 'updateRequirement',
  objectType: 'Requirement',
  objectId: 'r1',
  before: {
    timeLimitRaw: '即时公开',
    channels: ['GOVERNMENT_WEBSITE', 'WEIBO_WECHAT_APP'],
    officeIds: ['o1'],
    remarks: [],
  },
  after: {
    timeLimitRaw: '信息形成之日起10个工作日内',
    channels: ['GOVERNMENT_WEBSITE'],
    officeIds: ['o1', 'o2'],
    remarks: [],
  },
};

describe('historyObject', () => {
  it('names rows, items and versions', () => {
    expect(historyObject(update, ctx)).toBe('「部门会议」第1条');
    expect(historyObject({ ...update, objectId: 'gone', operation: 'deleteRequirement' }, ctx)).toBe(
      '已删除的一条公开要求',
    );
    expect(
      historyObject(
        {
          operation: 'renameItem',
          objectType: 'CatalogueItem',
          objectId: 'i1',
          before: { name: 'a' },
          after: { name: 'b' },
        },
        ctx,
      ),
    ).toBe('事项「b」');
    expect(
      historyObject(
        {
          operation: 'createDraft',
          objectType: 'Catalogue',
          objectId: 'c',
          before: null,
          after: { versionLabel: '2025版' },
        },
        ctx,
      ),
    ).toBe('目录「2025版」');
  });
});

describe('historyChanges', () => {
  it('lists changed fields in Chinese with codes and ids named, in column order', () => {
    const shuffled = {
      ...update,
      before: { officeIds: ['o1'], channels: update.before.channels, remarks: [], timeLimitRaw: '即时公开' },
    };
    expect(historyChanges(shuffled, ctx)).toEqual([
      { key: 'timeLimitRaw', label: '公开时限', before: '即时公开', after: '信息形成之日起10个工作日内' },
      { key: 'channels', label: '公开渠道和载体', before: '政府网站、两微一端', after: '政府网站' },
      { key: 'officeIds', label: '责任科室', before: '办公室', after: '办公室、公共法律服务办公室' },
    ]);
  });
  it('lists everything set when there is no before', () => {
    expect(
      historyChanges(
        {
          operation: 'addItem',
          objectType: 'CatalogueItem',
          objectId: 'x',
          before: null,
          after: { name: '新事项', level: 2, parentId: 'i1', position: 0 },
        },
        ctx,
      ),
    ).toEqual([
      { key: 'name', label: '名称', before: '—', after: '新事项' },
      { key: 'level', label: '层级', before: '—', after: '二级事项' },
      { key: 'parentId', label: '上级事项', before: '—', after: '部门会议' },
      { key: 'position', label: '位置', before: '—', after: '第 1 位' },
    ]);
  });
});

describe('historySummary', () => {
  it('says what happened in one line', () => {
    expect(historySummary(update, ctx)).toBe('修改了公开时限、公开渠道和载体、责任科室');
    expect(
      historySummary(
        {
          operation: 'createDraft',
          objectType: 'Catalogue',
          objectId: 'c',
          before: null,
          after: { versionLabel: '2025版', basedOn: 'c0' },
        },
        ctx,
      ),
    ).toBe('新建草稿「2025版」，依据「2024版」');
    expect(
      historySummary(
        {
          operation: 'publishCatalogue',
          objectType: 'Catalogue',
          objectId: 'c',
          before: { status: 'DRAFT' },
          after: { status: 'PUBLISHED', publishedBy: 'sfj-approver' },
        },
        ctx,
      ),
    ).toBe('发布（发布人 sfj-approver），此后该版本不能再修改');
    expect(
      historySummary(
        {
          operation: 'moveItem',
          objectType: 'CatalogueItem',
          objectId: 'x',
          before: { parentId: null, position: 2, level: 1 },
          after: { parentId: null, position: 1, level: 1 },
        },
        ctx,
      ),
    ).toBe('次序从第 3 位调到第 2 位');
    expect(
      historySummary(
        {
          operation: 'moveItem',
          objectType: 'CatalogueItem',
          objectId: 'x',
          before: { parentId: null, position: 2, level: 1 },
          after: { parentId: 'i2', position: 0, level: 2 },
        },
        ctx,
      ),
    ).toBe('移到「人事信息」之下');
    expect(
      historySummary(
        {
          operation: 'deleteItem',
          objectType: 'CatalogueItem',
          objectId: 'x',
          before: { name: '旧事项', rows: 3 },
          after: null,
        },
        ctx,
      ),
    ).toBe('删除事项「旧事项」及其 3 条公开要求');
    expect(
      historySummary(
        {
          operation: 'renameItem',
          objectType: 'CatalogueItem',
          objectId: 'x',
          before: { name: '甲' },
          after: { name: '乙' },
        },
        NO_CONTEXT,
      ),
    ).toBe('「甲」改名为「乙」');
    expect(
      historySummary(
        {
          operation: 'addRequirement',
          objectType: 'Requirement',
          objectId: 'x',
          before: null,
          after: { itemId: 'i1' },
        },
        ctx,
      ),
    ).toBe('在「部门会议」下新增一条公开要求');
    expect(
      historySummary(
        {
          operation: 'importCatalogue',
          objectType: 'Catalogue',
          objectId: 'c',
          before: null,
          after: { fileName: 'a.xlsx', findings: 2 },
        },
        ctx,
      ),
    ).toBe('导入目录「a.xlsx」，导入问题 2 条');
  });
});

describe('values', () => {
  it('formats snapshot values', () => {
    expect(historyKeyLabel('timeLimitRaw')).toBe('公开时限');
    expect(historyKeyLabel('somethingElse')).toBe('somethingElse');
    expect(historyValue('audiences', ['PUBLIC', 'SPECIFIC'], ctx)).toBe('全社会、特定群体');
    expect(historyValue('contentElements', ['甲', '乙'], ctx)).toBe('1. 甲 2. 乙');
    expect(historyValue('remarks', [], ctx)).toBe('（空）');
    expect(historyValue('contentIntro', null, ctx)).toBe('—');
    expect(historyValue('status', 'PUBLISHED', ctx)).toBe('已发布');
    expect(historyValue('officeIds', ['zz'], ctx)).toBe('（已删除的科室）');
  });
});
