import { describe, expect, it } from 'vitest';
import {
  deleteItemMessage,
  depthBelow,
  itemPlaces,
  locateItem,
  moveUnder,
  parentOptions,
  pathText,
  siblingMove,
  subtreeCounts,
  type TreeNode,
} from './item-tree';

const tree: TreeNode[] = [
  {
    id: 'a',
    name: '履职依据',
    level: 1,
    requirements: [],
    children: [
      { id: 'a1', name: '法律法规', level: 2, requirements: [1, 2] },
      {
        id: 'a2',
        name: '规范性文件',
        level: 2,
        requirements: [1],
        children: [{ id: 'a2x', name: '本部门文件', level: 3, requirements: [1, 2, 3] }],
      },
    ],
  },
  { id: 'b', name: '部门会议', level: 1, requirements: [1] },
  {
    id: 'c',
    name: '人事信息',
    level: 1,
    requirements: [],
    children: [{ id: 'c1', name: '人事任免', level: 2, requirements: [1] }],
  },
];

describe('locateItem', () => {
  it('finds an item with its parent, place and path', () => {
    const at = locateItem(tree, 'a2x');
    expect(at?.parent?.id).toBe('a2');
    expect(at?.index).toBe(0);
    expect(at && pathText(at.path)).toBe('履职依据 › 规范性文件 › 本部门文件');
    expect(locateItem(tree, 'zzz')).toBeNull();
  });
});

describe('siblingMove', () => {
  it('moves up and down among the siblings', () => {
    expect(siblingMove(tree, 'b', -1)).toEqual({ parentId: null, position: 0 });
    expect(siblingMove(tree, 'b', 1)).toEqual({ parentId: null, position: 2 });
    expect(siblingMove(tree, 'a2', -1)).toEqual({ parentId: 'a', position: 0 });
  });
  it('refuses to move past the ends', () => {
    expect(siblingMove(tree, 'a', -1)).toBeNull();
    expect(siblingMove(tree, 'c', 1)).toBeNull();
    expect(siblingMove(tree, 'a2x', 1)).toBeNull();
  });
});

describe('subtree', () => {
  it('measures depth and counts what a delete takes', () => {
    expect(depthBelow(tree[0]!)).toBe(2);
    expect(depthBelow(tree[1]!)).toBe(0);
    expect(subtreeCounts(tree[0]!)).toEqual({ items: 3, rows: 6 });
    expect(deleteItemMessage(tree[0]!)).toBe(
      '确定删除一级事项「履职依据」，连同其下 3 个下级事项、6 条公开要求一并删除？此操作只影响本草稿。',
    );
    expect(deleteItemMessage(tree[1]!)).toBe(
      '确定删除一级事项「部门会议」，连同其下 1 条公开要求一并删除？此操作只影响本草稿。',
    );
    expect(deleteItemMessage({ id: 'x', name: '空事项', level: 2, requirements: [] })).toBe(
      '确定删除二级事项「空事项」？此操作只影响本草稿。',
    );
  });
});

describe('parentOptions', () => {
  it('offers every item, disabling itself, its descendants and too-deep places', () => {
    const opts = parentOptions(tree, 'a2');
    const byId = new Map(opts.map((o) => [o.id, o]));
    expect(byId.get(null)).toMatchObject({ disabled: false, current: false });
    expect(byId.get('a')).toMatchObject({ current: true, disabled: false });
    expect(byId.get('a2')).toMatchObject({ disabled: true, reason: '不能移到自己之下' });
    expect(byId.get('a2x')).toMatchObject({ disabled: true, reason: '不能移到自己的下级之下' });
    // a2 has a child: under a level-2 item it would reach level 4.
    expect(byId.get('c1')).toMatchObject({ disabled: true });
    expect(byId.get('b')).toMatchObject({ disabled: false });
  });
  it('lets a leaf go under a level-2 item but not under a level-3 one', () => {
    const byId = new Map(parentOptions(tree, 'b').map((o) => [o.id, o]));
    expect(byId.get('a1')?.disabled).toBe(false);
    expect(byId.get('a2x')).toMatchObject({ disabled: true, reason: '三级事项下不能再加下级' });
  });
});

describe('moveUnder', () => {
  it('puts the item last under the new parent', () => {
    expect(moveUnder(tree, 'b', 'c')).toEqual({ parentId: 'c', position: 1 });
    expect(moveUnder(tree, 'c1', null)).toEqual({ parentId: null, position: 3 });
    expect(moveUnder(tree, 'c1', 'c')).toBeNull();
  });
});

describe('itemPlaces', () => {
  it('marks the first and last of each sibling list', () => {
    const places = itemPlaces(tree);
    expect(places.get('a')).toEqual({ first: true, last: false });
    expect(places.get('c')).toEqual({ first: false, last: true });
    expect(places.get('a2x')).toEqual({ first: true, last: true });
  });
});
