import { describe, expect, it } from 'vitest';
import { buildCatalogueRows, type TreeItem } from './catalogue-table';
import { filterCatalogueRows, searchTerms } from './catalogue-search';

interface Req {
  id: string;
  sourceLine: number | null;
  content: string;
}

const req = (id: string, content: string): Req => ({ id, sourceLine: null, content });
const item = (id: string, name: string, level: number, requirements: Req[] = [], children: TreeItem<Req>[] = []) => ({
  id,
  name,
  level,
  serial: null,
  sourceLine: null,
  requirements,
  children,
});

// 1 机构职能 ─ 机构简介 (r1 机构名称, r2 办公地址) ; 2 行政执法 ─ 执法依据 (r3 法律法规), 执法结果 (r4 行政处罚决定, r5 办公地址变更)
const tree: TreeItem<Req>[] = [
  item('A', '机构职能', 1, [], [item('A1', '机构简介', 2, [req('r1', '机构名称'), req('r2', '办公地址')])]),
  item(
    'B',
    '行政执法',
    1,
    [],
    [
      item('B1', '执法依据', 2, [req('r3', '法律法规')]),
      item('B2', '执法结果', 2, [req('r4', '行政处罚决定'), req('r5', '办公地址变更')]),
    ],
  ),
];
const rows = buildCatalogueRows(tree);
const search = (q: string) =>
  filterCatalogueRows(rows, q, (r) => r.content).map((r) => [r.key, r.serial, r.spans.level1, r.spans.level2]);

describe('searchTerms', () => {
  it('splits on spaces (also full-width) and lower-cases', () => {
    expect(searchTerms('  Web　办公  ')).toEqual(['web', '办公']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('filterCatalogueRows', () => {
  it('keeps every row, spans unchanged, when nothing is typed', () => {
    expect(filterCatalogueRows(rows, ' ', (r) => r.content)).toEqual(rows);
  });

  it('finds rows by requirement text and merges the item cells again over the rows left', () => {
    expect(search('办公地址')).toEqual([
      ['r2', '1', 1, 1],
      ['r5', '2', 1, 1],
    ]);
  });

  it('an item name keeps all the rows under it, merged as one cell', () => {
    expect(search('行政执法')).toEqual([
      ['r3', '2', 3, 1],
      ['r4', '2', 0, 2],
      ['r5', '2', 0, 0],
    ]);
  });

  it('needs every word, in any of the row’s names or its text', () => {
    expect(search('执法结果 变更')).toEqual([['r5', '2', 1, 1]]);
    expect(search('机构 处罚')).toEqual([]);
  });
});
