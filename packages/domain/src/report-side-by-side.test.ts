import { describe, expect, it } from 'vitest';
import {
  emptyReport,
  sideBySide,
  sideBySideCellIds,
  sideBySideColumns,
  sideBySideHeader,
  reportTrend,
  TREND_FIGURES,
  type ReportData,
  type SideBySideReport,
} from './index.js';

function report(cells: Record<string, string>): ReportData {
  const d = emptyReport(2024, '2021');
  Object.assign(d.cells, cells);
  return d;
}

const dept = (code: string, status: SideBySideReport['status'], data: ReportData | null): SideBySideReport => ({
  agencyCode: code,
  agencyName: `${code}局`,
  reportId: data ? `id-${code}` : null,
  status,
  data,
});

describe('side-by-side columns and headers', () => {
  it('table 二 (2021): 8 cells under their items, with the official labels', () => {
    const cols = sideBySideColumns('2021', 'proactive');
    expect(cols.map((c) => c.id)).toEqual([
      'p.regulations.issued',
      'p.regulations.repealed',
      'p.regulations.inForce',
      'p.normative.issued',
      'p.normative.repealed',
      'p.normative.inForce',
      'p.licensing.decisions',
      'p.punishment.decisions',
      'p.enforcement.decisions',
      'p.fees.amount',
    ]);
    const header = sideBySideHeader(cols);
    expect(header).toHaveLength(3);
    expect(header[0]!.map((h) => [h.label, h.colspan])).toEqual([
      ['第二十条第（一）项', 6],
      ['第二十条第（五）项', 1],
      ['第二十条第（六）项', 2],
      ['第二十条第（八）项', 1],
    ]);
    expect(header[1]!.slice(0, 2).map((h) => [h.label, h.colspan])).toEqual([
      ['规章', 3],
      ['行政规范性文件', 3],
    ]);
    expect(header[2]![0]).toEqual({ label: '本年制发件数', column: 0, colspan: 1, rowspan: 1 });
  });

  it('table 三, one 申请人 column: the rows become columns, a row without a group spans the header rows', () => {
    const cols = sideBySideColumns('2021', 'applications', 'total');
    expect(cols[0]).toEqual({ id: 'a.newReceived.total', path: ['一、本年新收政府信息公开申请数量', null, null] });
    expect(cols).toHaveLength(REPORTED_ROWS_2021);
    const header = sideBySideHeader(cols);
    expect(header[0]![0]).toMatchObject({ label: '一、本年新收政府信息公开申请数量', rowspan: 3, colspan: 1 });
    const group = header[0]!.find((h) => h.label === '三、本年度办理结果')!;
    expect(group.colspan).toBe(1 + 1 + 8 + 3 + 5 + 3 + 1);
    const denied = header[1]!.find((h) => h.label === '（三）不予公开')!;
    expect(denied).toMatchObject({ colspan: 8, rowspan: 1 });
    expect(header[1]!.find((h) => h.label === '（一）予以公开')).toMatchObject({ rowspan: 2, colspan: 1 });
    // Every column is covered exactly once on every header row.
    for (let i = 0; i < header.length; i++) {
      const covered = new Set<number>();
      for (let r = 0; r <= i; r++)
        for (const h of header[r]!)
          if (r + h.rowspan > i) for (let k = 0; k < h.colspan; k++) covered.add(h.column + k);
      expect(covered.size).toBe(cols.length);
    }
  });

  it('table 三, all 申请人 columns: five header rows, 法人或其他组织 over its five columns', () => {
    const cols = sideBySideColumns('2021', 'applications', 'all');
    expect(cols).toHaveLength(REPORTED_ROWS_2021 * 7);
    const header = sideBySideHeader(cols);
    expect(header).toHaveLength(5);
    expect(header[3]!.filter((h) => h.label === '法人或其他组织').every((h) => h.colspan === 5)).toBe(true);
    expect(header[3]!.find((h) => h.label === '自然人')).toMatchObject({ rowspan: 2 });
  });

  it('table 四: 行政复议 spans two header rows, 行政诉讼 over its two groups', () => {
    const header = sideBySideHeader(sideBySideColumns('2021', 'reviewLitigation'));
    expect(header[0]!.map((h) => [h.label, h.colspan, h.rowspan])).toEqual([
      ['行政复议', 5, 2],
      ['行政诉讼', 10, 1],
    ]);
    expect(header[1]!.map((h) => h.label)).toEqual(['未经复议直接起诉', '复议后起诉']);
    expect(header[2]).toHaveLength(15);
  });

  it('reads every cell of the table, totals included', () => {
    expect(sideBySideCellIds('2021', 'reviewLitigation')).toHaveLength(15);
    expect(sideBySideCellIds('2019', 'proactive')).toContain('t.procurement.amount');
    expect(sideBySideCellIds('2021', 'applications')).toContain('a.totalHandled.total');
  });
});

const REPORTED_ROWS_2021 = 25;

describe('side-by-side values and the sum row', () => {
  it('shows each department’s values and sums the approved and published ones, 「/」 kept', () => {
    const a = report({ 'r.review.upheld': '2', 'r.review.total': '2', 'r.direct.upheld': '/', 'r.direct.total': '/' });
    const b = report({ 'r.review.upheld': '3', 'r.review.total': '5', 'r.direct.upheld': '/', 'r.direct.total': '/' });
    const draft = report({ 'r.review.upheld': '100', 'r.review.total': '100' });
    const t = sideBySide(
      2024,
      '2021',
      'reviewLitigation',
      'total',
      [dept('a', 'APPROVED', a), dept('b', 'PUBLISHED', b), dept('c', 'DRAFT', draft), dept('d', null, null)],
      ['APPROVED', 'PUBLISHED'],
    );
    const col = (id: string) => t.columns.findIndex((c) => c.id === id);
    expect(t.rows.map((r) => [r.agencyCode, r.included, r.values[col('r.review.upheld')]])).toEqual([
      ['a', true, '2'],
      ['b', true, '3'],
      ['c', false, '100'],
      ['d', false, null],
    ]);
    // By hand: 2 + 3 = 5; 2 + 5 = 7; 「/」 in both included reports stays 「/」; the draft is not counted.
    expect(t.sum.values[col('r.review.upheld')]).toBe('5');
    expect(t.sum.values[col('r.review.total')]).toBe('7');
    expect(t.sum.values[col('r.direct.upheld')]).toBe('/');
    expect(t.sum.values[col('r.direct.total')]).toBe('/');
    expect(t.sum.values[col('r.review.pending')]).toBeNull();
    expect(t.sum).toMatchObject({ includedCount: 2, missingCount: 2 });
  });

  it('a sum of nothing is empty', () => {
    const t = sideBySide(2024, '2021', 'proactive', 'total', [dept('d', null, null)], ['APPROVED']);
    expect(t.sum.values.every((v) => v === null)).toBe(true);
    expect(t.sum.includedCount).toBe(0);
  });
});

describe('the trend of the sum', () => {
  it('sums a figure of several cells by the sum’s rule and orders the years', () => {
    const idx = (key: string) => TREND_FIGURES.findIndex((f) => f.key === key);
    const years = reportTrend([
      {
        year: 2024,
        reports: 2,
        cells: {
          'a.newReceived.total': { total: '12.0000', numbers: 2, notApplicable: 0 },
          'r.direct.total': { total: '1.0000', numbers: 1, notApplicable: 1 },
          'r.afterReview.total': { total: '2.0000', numbers: 1, notApplicable: 1 },
          'p.normative.issued': { total: null, numbers: 0, notApplicable: 2 },
        },
      },
      {
        year: 2020,
        reports: 1,
        cells: { 't.normative.made': { total: '4.0000', numbers: 1, notApplicable: 0 } },
      },
      { year: 2022, reports: 0, cells: {} },
    ]);
    expect(years.map((y) => [y.year, y.format])).toEqual([
      [2020, '2019'],
      [2024, '2021'],
    ]);
    expect(years[0]!.values[idx('normative')]).toBe('4');
    expect(years[1]!.values[idx('newReceived')]).toBe('12');
    expect(years[1]!.values[idx('litigation')]).toBe('3');
    expect(years[1]!.values[idx('normative')]).toBe('/');
    expect(years[1]!.values[idx('review')]).toBeNull();
  });
});
