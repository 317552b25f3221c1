import { describe, expect, it } from 'vitest';
import {
  APPLICANT_OPTIONS,
  TABLE_OPTIONS,
  choicesFromQuery,
  sideBySideXlsxUrl,
  sumDocumentUrl,
  trendOption,
} from './side-by-side';

describe('side-by-side page helpers', () => {
  it('offers the three tables and the 申请人 columns with the report’s labels', () => {
    expect(TABLE_OPTIONS.map((t) => t.short)).toEqual(['表二', '表三', '表四']);
    expect(APPLICANT_OPTIONS.map((a) => a.label)).toContain('法人或其他组织 · 商业企业');
    expect(APPLICANT_OPTIONS.at(-1)).toEqual({ value: 'all', label: '全部申请人列' });
  });

  it('reads the choices from the address, falling back to the defaults', () => {
    expect(choicesFromQuery({ table: 'applications', applicant: 'natural' })).toEqual({
      table: 'applications',
      applicant: 'natural',
    });
    expect(choicesFromQuery({ table: 'x', applicant: 7 })).toEqual({ table: 'proactive', applicant: 'total' });
  });

  it('builds the export addresses the server serves', () => {
    expect(sideBySideXlsxUrl('150785', 2024, 'applications', 'all', ['APPROVED', 'PUBLISHED'])).toBe(
      '/exports/reports/150785/2024/side-by-side.xlsx?table=applications&applicant=all&statuses=APPROVED,PUBLISHED',
    );
    expect(sideBySideXlsxUrl('150785', 2024, 'proactive', 'total', [])).toBe(
      '/exports/reports/150785/2024/side-by-side.xlsx?table=proactive',
    );
    expect(sumDocumentUrl('150785', 2024, 'pdf', ['APPROVED'])).toBe(
      '/exports/reports/150785/2024/sum.pdf?statuses=APPROVED',
    );
  });

  it('draws a line per figure; 「/」 and empty cells are gaps, not zero', () => {
    const o = trendOption('趋势', {
      figures: [{ key: 'a', label: '予以公开' }],
      years: [
        { year: 2023, values: ['3'] },
        { year: 2024, values: ['/'] },
        { year: 2025, values: [null] },
      ],
    }) as { series: Array<{ data: unknown[] }>; xAxis: { data: string[] } };
    expect(o.xAxis.data).toEqual(['2023年', '2024年', '2025年']);
    expect(o.series[0]!.data).toEqual([3, null, null]);
  });
});
