import { describe, expect, it } from 'vitest';
import { TODO_DEADLINE_DAYS, daysUntil, deadlineWithinTodoHorizon, reportYearsToWatch } from './todo.js';

describe('to-do deadlines', () => {
  it('counts calendar days to a deadline', () => {
    expect(daysUntil('2027-01-31', '2027-01-24')).toBe(7);
    expect(daysUntil('2027-01-31', '2027-02-02')).toBe(-2);
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2); // leap year
  });

  it(`shows a deadline from ${TODO_DEADLINE_DAYS} days before it to the day itself`, () => {
    expect(deadlineWithinTodoHorizon('2027-01-31', '2027-01-24')).toBe(true);
    expect(deadlineWithinTodoHorizon('2027-01-31', '2027-01-23')).toBe(false);
    expect(deadlineWithinTodoHorizon('2027-01-31', '2027-01-31')).toBe(true);
    expect(deadlineWithinTodoHorizon('2027-01-31', '2027-02-01')).toBe(false);
  });

  it('watches the last completed year and the current one', () => {
    expect(reportYearsToWatch('2027-01-25')).toEqual([2026, 2027]);
  });
});
