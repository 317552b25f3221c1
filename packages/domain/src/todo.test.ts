import { describe, expect, it } from 'vitest';
import {
  TODO_DEADLINE_DAYS,
  TODO_KINDS,
  TODO_KIND_LABELS,
  daysUntil,
  deadlineWithinTodoHorizon,
  officeApplicationsText,
  officeRecordsText,
  reportYearsToWatch,
} from './todo.js';

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

describe("the office's and the administrator's items", () => {
  it('labels every kind once', () => {
    expect(Object.keys(TODO_KIND_LABELS).sort()).toEqual([...TODO_KINDS].sort());
    expect(new Set(Object.values(TODO_KIND_LABELS)).size).toBe(TODO_KINDS.length);
  });

  it("words a department's 依申请公开 counts, overdue first; nothing due is no item", () => {
    expect(officeApplicationsText({ dueSoon: 2, overdue: 3 })).toBe('3 件已超期，2 件即将到期');
    expect(officeApplicationsText({ dueSoon: 1, overdue: 0 })).toBe('1 件即将到期');
    expect(officeApplicationsText({ dueSoon: 0, overdue: 0 })).toBeNull();
  });

  it("words a department's 主动公开 counts; nothing late is no item", () => {
    expect(officeRecordsText({ late: 1, overdue: 2, missingPeriods: 3 })).toBe(
      '2 条已逾期未公开，1 条逾期公开，缺 3 期',
    );
    expect(officeRecordsText({ late: 0, overdue: 0, missingPeriods: 4 })).toBe('缺 4 期');
    expect(officeRecordsText({ late: 0, overdue: 0, missingPeriods: 0 })).toBeNull();
  });
});
