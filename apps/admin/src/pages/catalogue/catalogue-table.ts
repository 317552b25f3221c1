/**
 * Turns a catalogue's item tree (一级 → 二级 → 三级 事项, each with its own requirements) into the rows of
 * the printed 主动公开目录 table: one row per requirement, with the 序号 and 一级/二级/三级事项 cells merged
 * vertically (rowspans) over the rows they cover. Pure functions, no Vue.
 */

/** The part of a catalogue item the table needs (the generated GraphQL types fit this shape). */
export interface TreeItem<R> {
  id: string;
  name: string;
  level: number;
  serial: string | null;
  sourceLine: number | null;
  requirements: readonly R[];
  children?: readonly TreeItem<R>[];
}

/** The part of a requirement the table needs. */
export interface TreeRequirement {
  id: string;
  sourceLine: number | null;
}

/** The merged columns of the table. */
export type SpanColumn = 'serial' | 'level1' | 'level2' | 'level3';

export interface CatalogueRow<R extends TreeRequirement> {
  /** Stable row key: the requirement id, or `item:<id>` for an item without requirements and children. */
  key: string;
  /** 0-based row index in the table. */
  index: number;
  /** The requirement shown in this row; null for an item that has neither requirements nor children. */
  requirement: R | null;
  /** The item whose own requirement this row is (the deepest item on the row). */
  owner: TreeItem<R>;
  /** The 一级 / 二级 / 三级 事项 of this row (null: blank cell). */
  level1: TreeItem<R> | null;
  level2: TreeItem<R> | null;
  level3: TreeItem<R> | null;
  /** 序号 shown for the row's 一级事项: the serial as written, otherwise its 1-based position. */
  serial: string;
  /** Source line of the row: the requirement's, else the owner item's. */
  sourceLine: number | null;
  /**
   * Rowspan of each merged column, as el-table's span-method wants it: n ≥ 1 on the first row of a merged
   * cell (it covers n rows), 0 on the rows it covers.
   */
  spans: Record<SpanColumn, number>;
}

const COLUMNS: readonly SpanColumn[] = ['serial', 'level1', 'level2', 'level3'];

/** Column (1, 2 or 3) an item goes into, given its parent's column (0 for a top-level item). */
function columnOf(item: TreeItem<unknown>, parentColumn: number): 1 | 2 | 3 {
  if (parentColumn === 0) return 1;
  const wanted = Math.max(item.level, parentColumn + 1);
  return (wanted >= 3 ? 3 : wanted) as 2 | 3;
}

interface Draft<R extends TreeRequirement> {
  row: Omit<CatalogueRow<R>, 'spans' | 'index'>;
  /** Merge key per column: rows with equal keys in consecutive positions are merged. */
  keys: Record<SpanColumn, string>;
}

/** Builds the table rows of an item tree, depth first, with the rowspans of the merged columns. */
export function buildCatalogueRows<R extends TreeRequirement>(items: readonly TreeItem<R>[]): CatalogueRow<R>[] {
  const drafts: Draft<R>[] = [];

  const walk = (
    item: TreeItem<R>,
    column: 1 | 2 | 3,
    path: [TreeItem<R> | null, TreeItem<R> | null, TreeItem<R> | null],
    serial: string,
  ): void => {
    const here: typeof path = [path[0], path[1], path[2]];
    here[column - 1] = item;
    for (let c: number = column; c < 3; c++) here[c] = null;
    const children = item.children ?? [];

    const push = (requirement: R | null): void => {
      const keys = {} as Record<SpanColumn, string>;
      const blankOwner = (c: number): string => {
        // A blank cell belongs to the nearest item to its left; blank cells of one owner merge.
        for (let k = c - 1; k >= 0; k--) {
          const left = here[k];
          if (left) return `blank:${left.id}:${c}`;
        }
        return `blank:row${drafts.length}:${c}`;
      };
      here.forEach((cellItem, c) => {
        keys[`level${c + 1}` as SpanColumn] = cellItem ? `item:${cellItem.id}` : blankOwner(c);
      });
      keys.serial = keys.level1;
      drafts.push({
        row: {
          key: requirement ? requirement.id : `item:${item.id}`,
          requirement,
          owner: item,
          level1: here[0],
          level2: here[1],
          level3: here[2],
          serial,
          sourceLine: requirement?.sourceLine ?? item.sourceLine,
        },
        keys,
      });
    };

    for (const requirement of item.requirements) push(requirement);
    for (const child of children) walk(child, columnOf(child, column), here, serial);
    if (item.requirements.length === 0 && children.length === 0) push(null);
  };

  items.forEach((item, i) => walk(item, 1, [null, null, null], item.serial?.trim() || String(i + 1)));

  const rows: CatalogueRow<R>[] = drafts.map((d, index) => ({
    ...d.row,
    index,
    spans: { serial: 1, level1: 1, level2: 1, level3: 1 },
  }));
  for (const column of COLUMNS) {
    let start = 0;
    while (start < drafts.length) {
      const key = drafts[start]!.keys[column];
      let end = start + 1;
      while (end < drafts.length && drafts[end]!.keys[column] === key) end++;
      rows[start]!.spans[column] = end - start;
      for (let k = start + 1; k < end; k++) rows[k]!.spans[column] = 0;
      start = end;
    }
  }
  return rows;
}

/** Whether any row has a 三级事项 (otherwise the column is hidden). */
export function hasLevel3<R extends TreeRequirement>(rows: readonly CatalogueRow<R>[]): boolean {
  return rows.some((r) => r.level3 !== null);
}

export interface CatalogueCounts {
  level1: number;
  level2: number;
  level3: number;
  requirements: number;
}

/** Number of items per level and of requirements in an item tree. */
export function countCatalogue(items: readonly TreeItem<unknown>[]): CatalogueCounts {
  const counts: CatalogueCounts = { level1: 0, level2: 0, level3: 0, requirements: 0 };
  const walk = (list: readonly TreeItem<unknown>[], parentColumn: number): void => {
    for (const item of list) {
      const column = columnOf(item, parentColumn);
      counts[`level${column}`]++;
      counts.requirements += item.requirements.length;
      walk(item.children ?? [], column);
    }
  };
  walk(items, 0);
  return counts;
}

/**
 * The 公开内容（要素） cell as lines: the intro first, then the elements — numbered 「1. …」 when there is more
 * than one, unnumbered when there is only one.
 */
export function contentLines(intro: string | null, elements: readonly string[]): string[] {
  const lines: string[] = [];
  if (intro && intro.trim() !== '') lines.push(intro.trim());
  if (elements.length === 1) lines.push(elements[0]!);
  else elements.forEach((e, i) => lines.push(`${i + 1}. ${e}`));
  return lines;
}

/** The part of an import finding needed to place it on a row. */
export interface PlaceableFinding {
  id: string;
  line: number | null;
  requirementId: string | null;
}

/**
 * The key of the row a finding is about: the row of its requirement; otherwise the row whose source line
 * is the finding's line; otherwise the row the line falls into (the last row starting before it).
 * Null when the finding is about no row (e.g. the title or the header).
 */
export function findingRowKey<R extends TreeRequirement>(
  rows: readonly CatalogueRow<R>[],
  finding: PlaceableFinding,
): string | null {
  if (finding.requirementId !== null) {
    const row = rows.find((r) => r.requirement?.id === finding.requirementId);
    if (row) return row.key;
  }
  const line = finding.line;
  if (line === null) return null;
  const exact = rows.find((r) => r.sourceLine === line);
  if (exact) return exact.key;
  let best: CatalogueRow<R> | null = null;
  for (const r of rows) {
    if (r.sourceLine !== null && r.sourceLine < line && (best === null || r.sourceLine > (best.sourceLine ?? -1))) {
      best = r;
    }
  }
  return best?.key ?? null;
}

/** The findings of each row, by row key (findings about no row are left out). */
export function findingsByRow<R extends TreeRequirement, F extends PlaceableFinding>(
  rows: readonly CatalogueRow<R>[],
  findings: readonly F[],
): Map<string, F[]> {
  const map = new Map<string, F[]>();
  for (const f of findings) {
    const key = findingRowKey(rows, f);
    if (key === null) continue;
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}
