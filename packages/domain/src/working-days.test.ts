import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar, computeDueDate } from './working-days.js';
import { parseTimeLimit } from './time-limit.js';

const cal = new WorkingDayCalendar();
const due = (raw: string, date: string) => computeDueDate(parseTimeLimit(raw).rule, date, cal);

describe('working days 2024–2026', () => {
  it.each([
    // Spring Festival 2024: 2-10…2-17 off, Sundays 2-4 and 2-18 worked.
    ['2024-02-04', true],
    ['2024-02-09', true],
    ['2024-02-12', false],
    ['2024-02-17', false],
    ['2024-02-18', true],
    // National Day 2024: 10-1…10-7 off, Sunday 9-29 and Saturday 10-12 worked.
    ['2024-09-29', true],
    ['2024-10-01', false],
    ['2024-10-07', false],
    ['2024-10-08', true],
    ['2024-10-12', true],
    ['2024-10-13', false],
    // Spring Festival 2025: 1-28…2-4 off, Sunday 1-26 and Saturday 2-8 worked.
    ['2025-01-26', true],
    ['2025-01-28', false],
    ['2025-02-04', false],
    ['2025-02-05', true],
    ['2025-02-08', true],
    // National Day and Mid-Autumn 2025: 10-1…10-8 off, Sunday 9-28 and Saturday 10-11 worked.
    ['2025-09-28', true],
    ['2025-10-08', false],
    ['2025-10-09', true],
    ['2025-10-11', true],
    // Spring Festival 2026: 2-15…2-23 off, Saturdays 2-14 and 2-28 worked.
    ['2026-02-14', true],
    ['2026-02-16', false],
    ['2026-02-23', false],
    ['2026-02-24', true],
    ['2026-02-28', true],
    // National Day 2026: 10-1…10-7 off, Sunday 9-20 and Saturday 10-10 worked.
    ['2026-09-20', true],
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true],
    ['2026-10-11', false],
  ])('%s is a working day: %s', (date, working) => {
    expect(cal.isWorkingDay(date as string)).toBe(working);
  });
});

describe('due dates', () => {
  it('counts 20 working days across the 2025 Spring Festival, make-up days included', () => {
    // Event Fri 2025-01-24. Working days after it: 1-26 (Sun, make-up) 1, 1-27 2, holiday 1-28…2-4, 2-5…2-7 3–5,
    // 2-8 (Sat, make-up) 6, 2-10…2-14 7–11, 2-17…2-21 12–16, 2-24…2-27 17–20.
    expect(due('信息形成之日起20个工作日内', '2025-01-24')).toEqual({
      date: '2025-02-27',
      explanation: '2025-01-24 后第 20 个工作日',
      beyondCoverage: false,
    });
  });

  it('counts working days across National Day 2024 with the make-up Saturday', () => {
    // Event Fri 2024-09-27: 9-29 (Sun, make-up) is day 1, 9-30 day 2, 10-8…10-11 days 3–6, 10-12 (Sat) day 7.
    expect(due('信息形成之日起7个工作日内', '2024-09-27').date).toBe('2024-10-12');
  });

  it('counts calendar days and moves a deadline off a holiday (民法典 203)', () => {
    expect(due('本级政府财政部门批复后20日内', '2024-01-10').date).toBe('2024-01-30');
    // 2026-02-01 + 20 days = 2026-02-21, inside the Spring Festival: moves to 2026-02-24.
    expect(due('本级政府财政部门批复后20日内', '2026-02-01')).toMatchObject({
      date: '2026-02-24',
      beyondCoverage: false,
    });
  });

  it('counts months, ending on a working day', () => {
    expect(due('公告期后满一个月', '2025-01-31').date).toBe('2025-02-28');
    expect(due('公告期后满一个月', '2024-09-01').date).toBe('2024-10-08');
  });

  it('handles immediate, same-day, periodic and open-ended rules', () => {
    // 5 working days after 10-1: 10-8…10-11, then the make-up Saturday 10-12.
    expect(due('即时公开', '2024-10-01').date).toBe('2024-10-12');
    expect(due('与政策文件同步发布', '2024-05-06').date).toBe('2024-05-06');
    expect(due('每年1月31日前', '2024-06-01').date).toBe('2025-01-31');
    expect(due('每季度结束后15日内', '2024-05-06').date).toBe('2024-07-15');
    expect(due('每月10日前', '2024-05-20').date).toBe('2024-06-10');
    expect(due('市本级督查室审核后公开', '2024-05-06')).toMatchObject({ date: null });
    expect(due('视情况公开', '2024-05-06')).toMatchObject({ date: null, explanation: '公开时限未能识别，无法计算' });
  });

  it('flags computations past the covered years instead of being silently wrong', () => {
    const last = cal.coveredUntil;
    const r = due('信息形成之日起20个工作日内', `${last}-12-20`);
    expect(r.beyondCoverage).toBe(true);
    expect(r.explanation).toContain(`至${last}年`);
  });

  it('uses holiday data an administrator added for an uncovered year', () => {
    const next = cal.coveredUntil + 1;
    const extended = new WorkingDayCalendar([
      { year: next, holidays: [`${next}-01-01`, `${next}-01-04`], workdays: [`${next}-01-09`] },
    ]);
    expect(extended.coveredUntil).toBe(next);
    expect(extended.isWorkingDay(`${next}-01-04`)).toBe(false);
    expect(extended.isWorkingDay(`${next}-01-09`)).toBe(true);
    expect(
      computeDueDate(parseTimeLimit('信息形成之日起1个工作日内').rule, `${next}-01-03`, extended).beyondCoverage,
    ).toBe(false);
  });

  it('rejects impossible dates', () => {
    expect(() => due('即时公开', '2025-02-30')).toThrow(/不存在/u);
    expect(() => due('即时公开', '2025/02/01')).toThrow(/YYYY-MM-DD/u);
  });
});
