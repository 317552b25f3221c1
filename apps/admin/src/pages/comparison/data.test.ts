import { describe, expect, it } from 'vitest';
import { cellView, COVERAGE_STATUS_LABELS, COVERAGE_STATUS_SYMBOLS } from '../../coverage';
import { COVERAGE_LEGEND, sideLabel } from './data';

describe('sideLabel', () => {
  it('names the left side the standard when a standard is compared with a department', () => {
    expect(sideLabel('left', true)).toBe('标准（左侧）');
    expect(sideLabel('left', false)).toBe('左侧');
  });

  it('always calls the right side 右侧', () => {
    expect(sideLabel('right', true)).toBe('右侧');
    expect(sideLabel('right', false)).toBe('右侧');
  });
});

describe('COVERAGE_LEGEND', () => {
  it('shows each status with the symbol and label the cells use', () => {
    for (const status of ['COVERED', 'WEAKER', 'MISSING'] as const) {
      const tone = cellView(
        { status, reasons: [], matchedPath: null, score: null, method: null },
        { path: ['x'], mandatory: false, timeLimit: '', channels: [] },
      ).tone;
      const entry = COVERAGE_LEGEND.find((e) => e.swatch.length === 1 && e.swatch[0] === `swatch--${tone}`);
      expect(entry, status).toBeDefined();
      expect(entry!.symbol).toBe(COVERAGE_STATUS_SYMBOLS[status]);
      expect(entry!.label).toBe(COVERAGE_STATUS_LABELS[status]);
    }
  });

  it('marks a missing mandatory item, a pending similar match (with 「?」) and a confirmed one as the cells do', () => {
    const byKey = new Map(COVERAGE_LEGEND.map((e) => [e.key, e]));
    expect(byKey.get('mandatory')?.swatch).toEqual(['swatch--missing', 'swatch--mandatory']);
    expect(byKey.get('pending')?.swatch).toContain('swatch--pending');
    expect(byKey.get('pending')?.pending).toBe(true);
    expect(byKey.get('confirmed')?.swatch).toContain('swatch--confirmed');
    expect(COVERAGE_LEGEND.filter((e) => e.pending)).toHaveLength(1);
    expect(new Set(COVERAGE_LEGEND.map((e) => e.key)).size).toBe(COVERAGE_LEGEND.length);
  });
});
