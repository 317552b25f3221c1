import { describe, expect, it } from 'vitest';
import {
  APPLICATIONS_NOTE,
  applicationRowLabels,
  applicationsHeader,
  reviewHeader,
  spanGrid,
  type TableLabelCell,
} from './report-table-layout.js';

const spans = (row: TableLabelCell[]) => row.map((c) => [c.text, c.rowspan, c.colspan]);

describe('table 四 header as the official format prints it', () => {
  const h = reviewHeader();
  it('row 1: 行政复议 over five columns, 行政诉讼 over ten', () => {
    expect(spans(h[0]!)).toEqual([
      ['行政复议', 1, 5],
      ['行政诉讼', 1, 10],
    ]);
  });
  it('row 2: 行政复议’s five columns spanning rows 2–3, beside 未经复议直接起诉 and 复议后起诉', () => {
    expect(spans(h[1]!)).toEqual([
      ['结果维持', 2, 1],
      ['结果纠正', 2, 1],
      ['其他结果', 2, 1],
      ['尚未审结', 2, 1],
      ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5],
      ['复议后起诉', 1, 5],
    ]);
  });
  it('row 3: the ten litigation columns', () => {
    expect(h[2]!.map((c) => c.text)).toEqual([
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    ]);
    expect(h[2]!.every((c) => c.rowspan === 1 && c.colspan === 1)).toBe(true);
  });
  it('covers the 15 × 3 header exactly, every column ending in its own column label', () => {
    const g = spanGrid(h, 15);
    expect(g).toHaveLength(3);
    expect(g.every((r) => r.every((s) => s !== null))).toBe(true);
    // Reading down each column, the lowest cell is one of the five column labels, in order.
    const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(g[2]!.map((s) => s!.cell.text)).toEqual([...five, ...five, ...five]);
    expect(g[2]![0]).toMatchObject({ top: false, left: true }); // 结果维持 of 行政复议 reaches row 3
    expect(g[1]![5]!.cell.text).toBe('未经复议直接起诉');
    expect(g[1]![10]!.cell.text).toBe('复议后起诉');
  });
});

describe('table 三', () => {
  it('header: the note over three label columns and three rows, 申请人情况 over seven', () => {
    const h = applicationsHeader();
    expect(h[0]).toEqual([
      { text: APPLICATIONS_NOTE, rowspan: 3, colspan: 3 },
      { text: '申请人情况', rowspan: 1, colspan: 7 },
    ]);
    expect(spans(h[1]!)).toEqual([
      ['自然人', 2, 1],
      ['法人或其他组织', 1, 5],
      ['总计', 2, 1],
    ]);
    const g = spanGrid(h, 10);
    expect(g.every((r) => r.every((s) => s !== null))).toBe(true);
  });
  it('row labels fill the three label columns of every body row, groups merged', () => {
    for (const f of ['2021', '2019'] as const) {
      const labels = applicationRowLabels(f);
      const g = spanGrid(labels, 3);
      expect(g).toHaveLength(labels.length);
      expect(g.every((r) => r.every((s) => s !== null))).toBe(true);
    }
    const l = applicationRowLabels('2021');
    expect(l[2]![0]).toEqual({ text: '三、本年度办理结果', rowspan: 22, colspan: 1, group: true });
    expect(l[4]!.map((c) => [c.text, c.rowspan])).toEqual([
      ['（三）不予公开', 8],
      ['1.属于国家秘密', 1],
    ]);
  });
});

describe('spanGrid', () => {
  it('places cells after those reaching down from above, and refuses overlaps', () => {
    const g = spanGrid(
      [
        [
          { text: 'a', rowspan: 2, colspan: 1 },
          { text: 'b', rowspan: 1, colspan: 1 },
        ],
        [{ text: 'c', rowspan: 1, colspan: 1 }],
      ],
      2,
    );
    expect(g.map((r) => r.map((s) => `${s!.cell.text}${s!.top ? '' : '↓'}`))).toEqual([
      ['a', 'b'],
      ['a↓', 'c'],
    ]);
    expect(() => spanGrid([[{ text: 'x', rowspan: 1, colspan: 3 }]], 2)).toThrow('超出');
  });
});
