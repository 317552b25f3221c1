import { describe, expect, it } from 'vitest';
import {
  buildCatalogueRows,
  contentLines,
  countCatalogue,
  findingRowKey,
  findingsByRow,
  hasLevel3,
  type TreeItem,
  type TreeRequirement,
} from './catalogue-table';

type Req = TreeRequirement;
let nextLine = 1;
const req = (id: string, sourceLine: number | null = nextLine++): Req => ({ id, sourceLine });
const item = (
  id: string,
  level: number,
  requirements: Req[] = [],
  children: TreeItem<Req>[] = [],
  serial: string | null = null,
): TreeItem<Req> => ({
  id,
  name: `事项${id}`,
  level,
  serial,
  sourceLine: requirements[0]?.sourceLine ?? null,
  requirements,
  children,
});

/** Rows as compact tuples: [key, serial, level1, level2, level3, spans…]. */
function table(items: TreeItem<Req>[]) {
  return buildCatalogueRows(items).map((r) => [
    r.key,
    r.serial,
    r.level1?.id ?? '',
    r.level2?.id ?? '',
    r.level3?.id ?? '',
    r.spans.serial,
    r.spans.level1,
    r.spans.level2,
    r.spans.level3,
  ]);
}

describe('buildCatalogueRows', () => {
  it('spans an item without requirements of its own over its children rows', () => {
    const tree = [
      item('A', 1, [], [item('A1', 2, [req('r1'), req('r2')]), item('A2', 2, [req('r3')])], '1'),
      item('B', 1, [], [item('B1', 2, [req('r4')])], '2'),
    ];
    expect(table(tree)).toEqual([
      ['r1', '1', 'A', 'A1', '', 3, 3, 2, 2],
      ['r2', '1', 'A', 'A1', '', 0, 0, 0, 0],
      ['r3', '1', 'A', 'A2', '', 0, 0, 1, 1],
      ['r4', '2', 'B', 'B1', '', 1, 1, 1, 1],
    ]);
    expect(hasLevel3(buildCatalogueRows(tree))).toBe(false);
  });

  it('merges all three levels of a 3-level tree', () => {
    const tree = [
      item(
        'A',
        1,
        [],
        [
          item('A1', 2, [], [item('A1a', 3, [req('r1'), req('r2')]), item('A1b', 3, [req('r3')])]),
          item('A2', 2, [req('r4')]),
        ],
      ),
    ];
    const rows = buildCatalogueRows(tree);
    expect(table(tree)).toEqual([
      ['r1', '1', 'A', 'A1', 'A1a', 4, 4, 3, 2],
      ['r2', '1', 'A', 'A1', 'A1a', 0, 0, 0, 0],
      ['r3', '1', 'A', 'A1', 'A1b', 0, 0, 0, 1],
      ['r4', '1', 'A', 'A2', '', 0, 0, 1, 1],
    ]);
    expect(hasLevel3(rows)).toBe(true);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(rows[2]!.owner.id).toBe('A1b');
  });

  it('puts requirements of a 一级 item first, with blank merged 二级/三级 cells', () => {
    const tree = [item('A', 1, [req('r1'), req('r2')], [item('A1', 2, [req('r3')])], '一'), item('B', 1, [req('r4')])];
    expect(table(tree)).toEqual([
      ['r1', '一', 'A', '', '', 3, 3, 2, 2],
      ['r2', '一', 'A', '', '', 0, 0, 0, 0],
      ['r3', '一', 'A', 'A1', '', 0, 0, 1, 1],
      ['r4', '2', 'B', '', '', 1, 1, 1, 1],
    ]);
  });

  it('keeps an item with neither requirements nor children as one empty row', () => {
    const rows = buildCatalogueRows([item('A', 1, [], [item('A1', 2)]), item('B', 1, [req('r1')])]);
    expect(rows.map((r) => [r.key, r.requirement?.id ?? null, r.spans.level1, r.spans.level2])).toEqual([
      ['item:A1', null, 1, 1],
      ['r1', 'r1', 1, 1],
    ]);
  });

  it('places a child by its level, leaving a skipped 二级 cell blank', () => {
    const rows = buildCatalogueRows([item('A', 1, [], [item('A1', 3, [req('r1')])])]);
    expect([rows[0]!.level1?.id, rows[0]!.level2, rows[0]!.level3?.id]).toEqual(['A', null, 'A1']);
  });

  it('does not merge blank cells of different items', () => {
    const tree = [item('A', 1, [req('r1')]), item('B', 1, [req('r2')])];
    expect(table(tree).map((r) => r.slice(5))).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('returns no rows for an empty catalogue', () => {
    expect(buildCatalogueRows([])).toEqual([]);
  });
});

describe('countCatalogue', () => {
  it('counts items per level and requirements', () => {
    const tree = [
      item('A', 1, [req('r1')], [item('A1', 2, [], [item('A1a', 3, [req('r2'), req('r3')])]), item('A2', 2)]),
      item('B', 1),
    ];
    expect(countCatalogue(tree)).toEqual({ level1: 2, level2: 2, level3: 1, requirements: 3 });
  });
});

describe('contentLines', () => {
  it('numbers several elements, one per line, after the intro', () => {
    expect(contentLines('机构信息：', ['名称', '职责'])).toEqual(['机构信息：', '1. 名称', '2. 职责']);
  });
  it('leaves a single element unnumbered', () => {
    expect(contentLines(null, ['年度报告'])).toEqual(['年度报告']);
    expect(contentLines('  ', [])).toEqual([]);
  });
});

describe('findings on rows', () => {
  const tree = [
    item('A', 1, [], [item('A1', 2, [req('r1', 10), req('r2', 12)])]),
    item('B', 1, [], [{ ...item('B1', 2), sourceLine: 20 }]),
  ];
  const rows = buildCatalogueRows(tree);

  it('uses the requirement id first', () => {
    expect(findingRowKey(rows, { id: 'f', line: 10, requirementId: 'r2' })).toBe('r2');
  });
  it('falls back to the row whose source line equals the finding line', () => {
    expect(findingRowKey(rows, { id: 'f', line: 12, requirementId: null })).toBe('r2');
    expect(findingRowKey(rows, { id: 'f', line: 20, requirementId: 'gone' })).toBe('item:B1');
  });
  it('takes the row a continuation line belongs to, and no row before the first', () => {
    expect(findingRowKey(rows, { id: 'f', line: 11, requirementId: null })).toBe('r1');
    expect(findingRowKey(rows, { id: 'f', line: 3, requirementId: null })).toBeNull();
    expect(findingRowKey(rows, { id: 'f', line: null, requirementId: null })).toBeNull();
  });
  it('groups findings by row', () => {
    const map = findingsByRow(rows, [
      { id: 'a', line: 10, requirementId: null },
      { id: 'b', line: null, requirementId: 'r1' },
      { id: 'c', line: 1, requirementId: null },
    ]);
    expect([...map.entries()].map(([k, v]) => [k, v.map((f) => f.id)])).toEqual([['r1', ['a', 'b']]]);
  });
});
