import { describe, expect, it } from 'vitest';
import { firstLevel, searchCutNote, searchText, splitHits, toListRow, type ServerRow } from './agency-list';

const row = (code: string, over: Partial<ServerRow> = {}): ServerRow => ({
  id: `id-${code}`,
  code,
  name: `机关${code}`,
  kind: 'DEPARTMENT',
  officeCount: 2,
  childCount: 0,
  catalogue: null,
  findings: { total: 0, error: 0, warning: 0, info: 0 },
  path: [],
  ...over,
});

describe('toListRow', () => {
  it('maps counts, findings by severity, path names and the government of a standard', () => {
    const r = toListRow(
      row('bz', {
        kind: 'STANDARD',
        catalogue: {
          title: '标准目录',
          versionLabel: 'v1',
          status: 'PUBLISHED',
          itemCount: 9,
          requirementCount: 40,
        },
        findings: { total: 3, error: 1, warning: 2, info: 0 },
        path: [
          { code: 'p', name: '省人民政府' },
          { code: 'g', name: '市人民政府' },
        ],
      }),
    );
    expect(r).toMatchObject({
      officeCount: 2,
      findings: { total: 3, ERROR: 1, WARNING: 2, INFO: 0 },
      path: ['省人民政府', '市人民政府'],
      government: { code: 'g', name: '市人民政府' },
      catalogue: { itemCount: 9, requirementCount: 40 },
      hasChildren: false,
    });
    expect(r.children).toBeUndefined();
  });

  it('marks a row with children not yet loaded as lazy, and shows loaded children as a subtree', () => {
    expect(toListRow(row('a', { childCount: 3 })).hasChildren).toBe(true);
    const loaded = toListRow(row('a', { childCount: 2, children: [row('b', { childCount: 4 }), row('c')] }));
    expect(loaded.hasChildren).toBe(false); // el-table would otherwise load it again, ignoring the children
    expect(loaded.children!.map((c) => [c.code, c.hasChildren])).toEqual([
      ['b', true],
      ['c', false],
    ]);
    // Asked with children but it has none: a leaf.
    expect(toListRow(row('d', { children: [] })).children).toBeUndefined();
  });
});

describe('firstLevel', () => {
  it('expands the rows whose children came along, and only those', () => {
    const { rows, expanded } = firstLevel([
      row('g1', { kind: 'GOVERNMENT', childCount: 1, children: [row('d1')] }),
      row('g2', { kind: 'GOVERNMENT', childCount: 5 }),
      row('d0'),
    ]);
    expect(rows.map((r) => r.code)).toEqual(['g1', 'g2', 'd0']);
    expect(expanded).toEqual(['id-g1']);
  });
});

describe('search', () => {
  it('searches trimmed text; blank shows the tree', () => {
    expect(searchText('  司法 ')).toBe('司法');
    expect(searchText('   ')).toBe('');
  });

  it('splits hits into organs and standards, keeping the order', () => {
    const { agencies, standards } = splitHits([row('a'), row('s', { kind: 'STANDARD' }), row('b')]);
    expect(agencies.map((r) => r.code)).toEqual(['a', 'b']);
    expect(standards.map((r) => r.code)).toEqual(['s']);
  });

  it('says when a search was cut', () => {
    expect(searchCutNote(250, 100)).toBe('共找到 250 个机关，显示前 100 个，请输入更完整的名称或编码');
    expect(searchCutNote(100, 100)).toBeNull();
  });
});
