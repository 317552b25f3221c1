import { describe, expect, it } from 'vitest';
import { DECISION_COLUMNS, monthRows, monthTotals, monthlyInput } from './monthly-decisions';

describe('monthly decisions', () => {
  it("labels the columns with the report format's rows", () => {
    expect(DECISION_COLUMNS.map((c) => c.label).slice(0, 3)).toEqual(['行政许可', '行政处罚', '行政强制']);
    expect(DECISION_COLUMNS[3]!.label).toContain('收费');
  });
  it('fills twelve rows from the entered months', () => {
    const rows = monthRows([{ month: 3, licensing: 4, punishment: null, enforcement: 0, fees: '1.25' }]);
    expect(rows).toHaveLength(12);
    expect(rows[2]).toEqual({ month: 3, licensing: '4', punishment: '', enforcement: '0', fees: '1.25' });
    expect(rows[0]!.licensing).toBe('');
  });
  it('sends blanks as null and names month and column of a bad value', () => {
    const rows = monthRows([]);
    rows[0]!.licensing = '5';
    rows[1]!.punishment = '1.5';
    rows[2]!.fees = '-3';
    const { months, errors } = monthlyInput(rows);
    expect(months[0]).toEqual({ month: 1, licensing: 5, punishment: null, enforcement: null, fees: null });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('2月');
    expect(errors[0]).toContain('行政处罚');
    expect(errors[1]).toContain('3月');
  });
  it('sums counts and fees exactly', () => {
    const rows = monthRows([
      { month: 1, licensing: 2, fees: '0.1' },
      { month: 2, licensing: 3, fees: '0.2' },
    ]);
    expect(monthTotals(rows)).toEqual({ licensing: '5', punishment: '', enforcement: '', fees: '0.3' });
  });
});
