/**
 * Editing the 公开事项 tree of a draft: where 上移 / 下移 put an item (the server's moveItem position is an
 * index into the sibling list without the item), which items an item may be moved under (at most three
 * levels, never under itself), and what 删除 takes with it. Pure.
 */

export interface TreeNode {
  id: string;
  name: string;
  level: number;
  requirements: readonly unknown[];
  children?: readonly TreeNode[];
}

export const MAX_LEVEL = 3;

export const LEVEL_NAMES: Record<number, string> = { 1: '一级事项', 2: '二级事项', 3: '三级事项' };

export interface Located<T extends TreeNode> {
  item: T;
  parent: T | null;
  siblings: readonly T[];
  index: number;
  /** Names from the 一级事项 down to the item. */
  path: string[];
}

/** Finds an item anywhere in the tree. */
export function locateItem<T extends TreeNode>(items: readonly T[], id: string): Located<T> | null {
  const walk = (list: readonly T[], parent: T | null, path: string[]): Located<T> | null => {
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      const here = [...path, item.name];
      if (item.id === id) return { item, parent, siblings: list, index: i, path: here };
      const found = walk((item.children ?? []) as readonly T[], item, here);
      if (found) return found;
    }
    return null;
  };
  return walk(items, null, []);
}

export interface MoveTarget {
  parentId: string | null;
  position: number;
}

/** moveItem arguments for 上移 (delta -1) / 下移 (+1) among the siblings; null at the first / last place. */
export function siblingMove(items: readonly TreeNode[], id: string, delta: -1 | 1): MoveTarget | null {
  const at = locateItem(items, id);
  if (!at) return null;
  const to = at.index + delta;
  if (to < 0 || to >= at.siblings.length) return null;
  // The server takes the item out, then inserts it at `position` among the rest.
  return { parentId: at.parent?.id ?? null, position: to };
}

/** How many levels lie below an item (0: no children). */
export function depthBelow(item: TreeNode): number {
  const kids = item.children ?? [];
  return kids.length === 0 ? 0 : 1 + Math.max(...kids.map(depthBelow));
}

/** What deleting an item takes with it: its descendants and all their rows (its own rows included). */
export function subtreeCounts(item: TreeNode): { items: number; rows: number } {
  let items = 0;
  let rows = item.requirements.length;
  for (const child of item.children ?? []) {
    const c = subtreeCounts(child);
    items += 1 + c.items;
    rows += c.rows;
  }
  return { items, rows };
}

/** The confirmation text of 删除事项. */
export function deleteItemMessage(item: TreeNode): string {
  const { items, rows } = subtreeCounts(item);
  const parts: string[] = [];
  if (items > 0) parts.push(`${items} 个下级事项`);
  if (rows > 0) parts.push(`${rows} 条公开要求`);
  const withIt = parts.length > 0 ? `，连同其下 ${parts.join('、')}一并删除` : '';
  return `确定删除${LEVEL_NAMES[item.level] ?? '事项'}「${item.name}」${withIt}？此操作只影响本草稿。`;
}

export interface ParentOption {
  /** null: make it a 一级事项. */
  id: string | null;
  label: string;
  /** Indentation level in the list (0 for the top-level choice). */
  depth: number;
  disabled: boolean;
  /** Why it cannot be chosen. */
  reason: string | null;
  current: boolean;
}

/**
 * Where an item can be moved to: 「（作为一级事项）」 and every item of the tree, in tree order. Itself, its
 * descendants and parents under which the item (with its children) would go deeper than three levels are
 * disabled with the reason.
 */
export function parentOptions(items: readonly TreeNode[], id: string): ParentOption[] {
  const at = locateItem(items, id);
  if (!at) return [];
  const below = depthBelow(at.item);
  const currentParent = at.parent?.id ?? null;
  const out: ParentOption[] = [
    { id: null, label: '（作为一级事项）', depth: 0, disabled: false, reason: null, current: currentParent === null },
  ];
  const walk = (list: readonly TreeNode[], inside: boolean): void => {
    for (const item of list) {
      const self = item.id === id;
      const within = inside || self;
      let reason: string | null = null;
      if (self) reason = '不能移到自己之下';
      else if (within) reason = '不能移到自己的下级之下';
      else if (item.level + 1 + below > MAX_LEVEL)
        reason = below > 0 ? '移动后会超过三级（含其下级事项）' : '三级事项下不能再加下级';
      out.push({
        id: item.id,
        label: item.name,
        depth: item.level,
        disabled: reason !== null,
        reason,
        current: item.id === currentParent,
      });
      walk(item.children ?? [], within);
    }
  };
  walk(items, false);
  return out;
}

/** moveItem arguments for 「移动到」 another parent: at the end of its children (or of the 一级事项). */
export function moveUnder(items: readonly TreeNode[], id: string, parentId: string | null): MoveTarget | null {
  const at = locateItem(items, id);
  if (!at) return null;
  if ((at.parent?.id ?? null) === parentId) return null;
  if (parentId === null) return { parentId: null, position: items.length };
  const parent = locateItem(items, parentId);
  if (!parent) return null;
  return { parentId, position: (parent.item.children ?? []).length };
}

/** 「部门会议 › 会议纪要」 */
export function pathText(path: readonly string[]): string {
  return path.join(' › ');
}

/** What the 事项名称 dialog does: add an item (under a parent, or a 一级事项) or rename one (with its version). */
export type ItemNameTask =
  | { mode: 'add'; catalogueId: string; parentId: string | null; parentName: string | null; level: number }
  | { mode: 'rename'; id: string; version: number; name: string; level: number };

/** Whether an item is the first / last among its siblings (上移 / 下移 disabled). */
export interface ItemCellPlace {
  first: boolean;
  last: boolean;
}

/** The place of every item among its siblings, by id. */
export function itemPlaces(items: readonly TreeNode[]): Map<string, ItemCellPlace> {
  const out = new Map<string, ItemCellPlace>();
  const walk = (list: readonly TreeNode[]): void => {
    list.forEach((item, i) => {
      out.set(item.id, { first: i === 0, last: i === list.length - 1 });
      walk(item.children ?? []);
    });
  };
  walk(items);
  return out;
}
