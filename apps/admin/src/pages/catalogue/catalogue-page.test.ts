import { describe, expect, it } from 'vitest';
import { buildCatalogueRows, type TreeItem, type TreeRequirement } from './catalogue-table';
import {
  buildHistoryContext,
  cellSpan,
  countSeverities,
  escapeHtml,
  filterBySeverity,
  formatTime,
  importedMessage,
  publishConfirmHtml,
  rowClassName,
  rowPlace,
  sortFindings,
  unplacedFindingMessage,
} from './catalogue-page';
import type { Row } from './data';

const req = (id: string, sourceLine: number): TreeRequirement => ({ id, sourceLine });
const item = (
  id: string,
  name: string,
  level: number,
  requirements: TreeRequirement[] = [],
  children: TreeItem<TreeRequirement>[] = [],
) => ({
  id,
  name,
  level,
  serial: null,
  sourceLine: requirements[0]?.sourceLine ?? null,
  requirements,
  children,
});

/** 部门会议 (two rows) and 机构概况 › 领导信息 (one row), and an empty 其他 item. */
const items = [
  item('a', '部门会议', 1, [req('r1', 3), req('r2', 4)]),
  item('b', '机构概况', 1, [], [item('b1', '领导信息', 2, [req('r3', 6)])]),
  item('c', '其他', 1),
];
const rows = buildCatalogueRows(items) as unknown as Row[];
const byReq = (id: string): Row => rows.find((r) => r.requirement?.id === id)!;

describe('sortFindings', () => {
  it('orders by line, lines before none, the worse first on a line, and leaves the input alone', () => {
    const input = [
      { id: 'x', line: null, severity: 'ERROR' as const },
      { id: 'y', line: 5, severity: 'INFO' as const },
      { id: 'z', line: 5, severity: 'ERROR' as const },
      { id: 'w', line: 2, severity: 'WARNING' as const },
    ];
    expect(sortFindings(input).map((f) => f.id)).toEqual(['w', 'z', 'y', 'x']);
    expect(input.map((f) => f.id)).toEqual(['x', 'y', 'z', 'w']);
  });
});

describe('countSeverities / filterBySeverity', () => {
  const list = [{ severity: 'ERROR' as const }, { severity: 'WARNING' as const }, { severity: 'WARNING' as const }];
  it('counts every level, zero included', () => {
    expect(countSeverities(list)).toEqual({ ERROR: 1, WARNING: 2, INFO: 0 });
  });
  it('keeps all for ALL, else only the level', () => {
    expect(filterBySeverity(list, 'ALL')).toHaveLength(3);
    expect(filterBySeverity(list, 'WARNING')).toHaveLength(2);
    expect(filterBySeverity(list, 'INFO')).toHaveLength(0);
  });
});

describe('rowPlace', () => {
  it('gives the item path and the 1-based number of the requirement in its item', () => {
    expect(rowPlace(byReq('r2'))).toEqual({ itemPath: ['部门会议'], rowNumber: 2 });
    expect(rowPlace(byReq('r3'))).toEqual({ itemPath: ['机构概况', '领导信息'], rowNumber: 1 });
  });
  it('gives 0 for a row without a requirement', () => {
    const empty = rows.find((r) => r.requirement === null)!;
    expect(rowPlace(empty)).toEqual({ itemPath: ['其他'], rowNumber: 0 });
  });
});

describe('cellSpan', () => {
  it('spans merged columns over the rows of the item and hides the covered cells', () => {
    expect(cellSpan(byReq('r1'), 'level1')).toEqual({ rowspan: 2, colspan: 1 });
    expect(cellSpan(byReq('r2'), 'level1')).toEqual({ rowspan: 0, colspan: 0 });
  });
  it('leaves other columns at one cell', () => {
    expect(cellSpan(byReq('r2'), 'channel-WEBSITE')).toEqual({ rowspan: 1, colspan: 1 });
    expect(cellSpan(byReq('r2'), undefined)).toEqual({ rowspan: 1, colspan: 1 });
  });
});

describe('rowClassName', () => {
  it('names the row by index, and adds findings, located and editing classes only when they apply', () => {
    const row = byReq('r2');
    expect(rowClassName(row, { worst: null, highlightedKey: null, editingId: null })).toBe(
      `cat-row cat-row-${row.index}`,
    );
    expect(rowClassName(row, { worst: 'ERROR', highlightedKey: row.key, editingId: 'r2' })).toBe(
      `cat-row cat-row-${row.index} has-findings has-findings--error is-located is-editing`,
    );
    expect(rowClassName(row, { worst: 'WARNING', highlightedKey: 'other', editingId: 'r1' })).toBe(
      `cat-row cat-row-${row.index} has-findings has-findings--warning`,
    );
  });
});

describe('buildHistoryContext', () => {
  const context = buildHistoryContext({
    rows,
    items,
    offices: [{ id: 'o1', name: '办公室' }],
    versions: [{ id: 'v1', versionLabel: '2025版' }],
  });
  it('names rows by their deepest item and number, items at any depth, offices and versions', () => {
    expect(context.rowLabel('r2')).toBe('「部门会议」第2条');
    expect(context.rowLabel('r3')).toBe('「领导信息」第1条');
    expect(context.itemName('b1')).toBe('领导信息');
    expect(context.officeName('o1')).toBe('办公室');
    expect(context.versionLabel('v1')).toBe('2025版');
  });
  it('gives undefined for what is not on screen', () => {
    expect(context.rowLabel('gone')).toBeUndefined();
    expect(context.itemName('gone')).toBeUndefined();
    expect(context.officeName('gone')).toBeUndefined();
    expect(context.versionLabel('gone')).toBeUndefined();
  });
});

describe('messages', () => {
  it('escapes the title and label of the publish confirmation', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = publishConfirmHtml({ title: '目录<b>', versionLabel: 'v&1' }, 0);
    expect(html).toContain('发布「目录&lt;b&gt;」<strong>v&amp;1</strong>');
    expect(html).not.toContain('publish-warning');
  });
  it('warns about rows still to complete', () => {
    expect(publishConfirmHtml({ title: 't', versionLabel: 'v' }, 3)).toContain('还有 3 行公开要求待完善');
  });
  it('says how many findings an import had, or none', () => {
    const c = { title: '目录', versionLabel: '2025版', requirementCount: 12 };
    expect(importedMessage({ ...c, findings: [1, 2] })).toBe(
      '已导入「目录」（2025版）：公开要求 12 条，发现导入问题 2 条',
    );
    expect(importedMessage({ ...c, findings: [] })).toBe('已导入「目录」（2025版）：公开要求 12 条，未发现导入问题');
  });
  it('explains a finding that is on no row', () => {
    expect(unplacedFindingMessage(7)).toBe('第7行不在目录表格的某一行中（如标题、表头或页脚）');
    expect(unplacedFindingMessage(null)).toBe('该问题不对应目录表格中的某一行');
  });
  it('shows a missing time as 「—」', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime(undefined)).toBe('—');
    expect(formatTime('2025-01-02T03:04:05Z')).not.toBe('—');
  });
});
