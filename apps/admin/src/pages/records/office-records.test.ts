import { describe, expect, it } from 'vitest';
import {
  exportUrl,
  problemCount,
  ratePercent,
  rateColor,
  sortDepartments,
  type DepartmentFigures,
} from './office-records';

function dept(name: string, rate: number | null, late = 0): DepartmentFigures {
  return {
    agency: { code: name, name },
    figures: {
      records: 10,
      judged: rate === null ? 0 : 10,
      onTime: 0,
      late,
      overdue: 0,
      onTimeRate: rate,
      onTimeRateText: rate === null ? '—' : `${rate * 100}%`,
      missingPeriods: 1,
      itemsWithNothingPublished: 2,
      policiesWithoutInterpretation: 0,
    },
  };
}

describe('sortDepartments', () => {
  const rows = [dept('乙局', 0.9), dept('甲局', null), dept('丙局', 0.5, 1), dept('丁局', 0.5, 3)];
  it('puts the lowest rate first, more late records first among equals, nothing judged last', () => {
    expect(sortDepartments(rows, 'rate').map((d) => d.agency.name)).toEqual(['丁局', '丙局', '乙局', '甲局']);
  });
  it('sorts by name when asked', () => {
    expect(sortDepartments(rows, 'name').map((d) => d.agency.name)).toEqual(
      [...rows.map((d) => d.agency.name)].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  });
});

describe('figures', () => {
  it('counts problems and shows rates', () => {
    expect(problemCount(dept('x', 0.5, 2).figures)).toBe(5);
    expect(ratePercent(0.875)).toBe(87.5);
    expect(ratePercent(null)).toBeNull();
    expect([rateColor(0.95), rateColor(0.7), rateColor(0.1), rateColor(null)]).toEqual([
      '#67c23a',
      '#e6a23c',
      '#f56c6c',
      '#909399',
    ]);
  });
  it("builds the export's address", () => {
    expect(exportUrl('150785', 2026)).toBe('/exports/records/150785/2026.xlsx');
  });
});
