import { describe, expect, it } from 'vitest';
import {
  columnCount,
  columnLetters,
  columnName,
  csvHeader,
  readMapping,
  recordFileKind,
  recordFileProblem,
  importableCount,
  rowErrorText,
} from './record-import';

describe('record files', () => {
  it('reads xlsx, csv and json, nothing else', () => {
    expect(recordFileKind('记录.XLSX')).toBe('xlsx');
    expect(recordFileKind('list.json')).toBe('json');
    expect(recordFileKind('a.xls')).toBeNull();
    expect(recordFileProblem({ name: 'a.docx', size: 10 })).toContain('不是可导入的文件');
    expect(recordFileProblem({ name: 'a.csv', size: 0 })).toContain('空文件');
    expect(recordFileProblem({ name: 'a.csv', size: 30 * 1024 * 1024 })).toContain('过大');
    expect(recordFileProblem({ name: 'a.csv', size: 10 })).toBeNull();
  });
});

describe('columns', () => {
  it('names columns by letter and header', () => {
    expect([0, 25, 26, 27, 701].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
    expect(columnName(1, ['标题', '发布日期'])).toBe('B 列（发布日期）');
    expect(columnName(3, ['标题'])).toBe('D 列');
  });
  it("splits a CSV's first line, quotes honoured, BOM dropped", () => {
    expect(csvHeader('\uFEFF标题,"发布,日期",栏目\r\n1,2,3')).toEqual(['标题', '发布,日期', '栏目']);
    expect(csvHeader('')).toEqual([]);
  });
  it("keeps only known columns of the server's mapping", () => {
    expect(readMapping({ title: 0, publishedDate: 2, item: 'x', nonsense: 1, url: -1 })).toEqual({
      title: 0,
      publishedDate: 2,
    });
    expect(readMapping(null)).toEqual({});
  });
  it('offers the header’s columns, or enough for the mapping', () => {
    expect(columnCount(['a', 'b', 'c'], { title: 0 })).toBe(3);
    expect(columnCount(['a'], { title: 5 })).toBe(6);
    expect(columnCount([], { title: 1 })).toBe(12);
  });
  it('names row and field of an error', () => {
    expect(rowErrorText({ row: 3, field: 'publishedDate', message: '日期「2026-02-30」不存在' })).toBe(
      '第 3 行 · 公开日期：日期「2026-02-30」不存在',
    );
    expect(rowErrorText({ row: 4, field: 'item', message: '没有对应的事项' })).toBe(
      '第 4 行 · 公开事项：没有对应的事项',
    );
    expect(rowErrorText({ row: 3, field: 'publishedDate', message: '第3行「公开日期」「2026-02-30」不存在' })).toBe(
      '第3行「公开日期」「2026-02-30」不存在',
    );
  });
  it('counts the rows an import would write', () => {
    expect(
      importableCount({ rows: 5, errors: [{ row: 2 }, { row: 2 }, { row: 3 }], unmatched: [{ row: 3 }, { row: 5 }] }),
    ).toBe(2);
    expect(importableCount({ rows: 1, errors: [{ row: 1 }], unmatched: [] })).toBe(0);
  });
});
