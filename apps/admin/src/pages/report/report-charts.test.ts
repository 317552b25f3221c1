import { describe, expect, it } from 'vitest';
import { barOption, pieOption } from './report-charts';
import {
  applicantMetrics,
  buildSeries,
  cellMap,
  cellNumber,
  hasData,
  mainComparisons,
  outcomeMetrics,
  reviewMetrics,
  reviewResultMetrics,
  signedChange,
} from './report-charts';

describe('chart metrics', () => {
  it('reads cells as numbers', () => {
    expect(cellNumber('12')).toBe(12);
    expect(cellNumber('3.5')).toBe(3.5);
    expect(cellNumber('/')).toBe(0);
    expect(cellNumber(null)).toBe(0);
    expect(
      cellMap([
        { id: 'x', value: '1' },
        { id: 'y', value: null },
      ]),
    ).toEqual({ x: '1', y: null });
  });
  it('has six applicant types and six outcome groups', () => {
    expect(applicantMetrics().map((m) => m.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他组织',
    ]);
    const o = outcomeMetrics('2021');
    expect(o.map((m) => m.label)).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
    expect(o[2]!.ids).toHaveLength(8);
    expect(o[5]!.ids).toEqual(['a.other.noCorrection.total', 'a.other.noFee.total', 'a.other.other.total']);
    expect(outcomeMetrics('2019')[5]!.ids).toEqual(['a.other.total']);
    expect(reviewMetrics().map((m) => m.label)).toEqual([
      '行政复议',
      '行政诉讼（未经复议直接起诉）',
      '行政诉讼（复议后起诉）',
    ]);
    expect(reviewResultMetrics()[0]).toEqual({
      label: '结果维持',
      ids: ['r.review.upheld', 'r.direct.upheld', 'r.afterReview.upheld'],
    });
  });
  it('builds one series per metric over the entries', () => {
    const data = buildSeries(
      [
        {
          name: '2023年',
          cells: { 'a.denied.stateSecret.total': '1', 'a.denied.thirdParty.total': '2', 'a.granted.total': '/' },
        },
        { name: '2024年', cells: { 'a.granted.total': '7' } },
      ],
      outcomeMetrics('2021'),
    );
    expect(data.categories).toEqual(['2023年', '2024年']);
    expect(data.series[0]).toEqual({ name: '予以公开', data: [0, 7] });
    expect(data.series[2]).toEqual({ name: '不予公开', data: [3, 0] });
    expect(hasData(data)).toBe(true);
    expect(hasData(buildSeries([{ name: 'x', cells: {} }], reviewMetrics()))).toBe(false);
  });
});

describe('mainComparisons', () => {
  it('keeps the 二 cells and the totals, with the direction of change', () => {
    const rows = mainComparisons('2021', [
      { id: 'p.licensing.decisions', current: '223', previous: '146', change: '77' },
      { id: 'a.newReceived.natural', current: '13', previous: '3', change: '10' },
      { id: 'a.newReceived.total', current: '31', previous: '40', change: '-9' },
      { id: 'r.review.total', current: '1', previous: '1', change: '0' },
      { id: 'p.regulations.issued', current: '/', previous: '/', change: null },
    ]);
    expect(rows.map((r) => [r.id, r.trend])).toEqual([
      ['p.licensing.decisions', 'up'],
      ['a.newReceived.total', 'down'],
      ['r.review.total', 'same'],
      ['p.regulations.issued', null],
    ]);
    expect(rows[0]!.column).toBe('本年处理决定数量');
    expect(signedChange('77')).toBe('+77');
    expect(signedChange('-9')).toBe('-9');
    expect(signedChange('0')).toBe('0');
    expect(signedChange(null)).toBe('—');
  });
});

describe('chart options', () => {
  const data = {
    categories: ['2023年', '2024年'],
    series: [
      { name: '予以公开', data: [1, 2] },
      { name: '部分公开', data: [0, 3] },
    ],
  };
  it('builds bar options', () => {
    const o = barOption('办理结果', data, { stacked: true }) as {
      xAxis: { data: string[] };
      series: Array<{ stack?: string; type: string; name: string }>;
    };
    expect(o.xAxis.data).toEqual(['2023年', '2024年']);
    expect(o.series.map((s) => [s.name, s.type, s.stack])).toEqual([
      ['予以公开', 'bar', 'total'],
      ['部分公开', 'bar', 'total'],
    ]);
    const h = barOption('x', data, { horizontal: true }) as { yAxis: { data: string[] } };
    expect(h.yAxis.data).toEqual(['2023年', '2024年']);
  });
  it('builds a pie of the last entry without zero slices', () => {
    const o = pieOption('本年', data) as { series: Array<{ data: unknown[] }> };
    expect(o.series[0]!.data).toEqual([
      { name: '予以公开', value: 2 },
      { name: '部分公开', value: 3 },
    ]);
    expect((pieOption('2023', data, 0) as { series: Array<{ data: unknown[] }> }).series[0]!.data).toEqual([
      { name: '予以公开', value: 1 },
    ]);
  });
});
