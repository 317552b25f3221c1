import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar, computeDueDate, isoDateOfDay, isoDayNumber } from './working-days.js';

/** The definition, day by day: what the calendar's index must answer. */
function stepAdd(cal: WorkingDayCalendar, date: string, n: number): string {
  let d = isoDayNumber(date);
  for (let left = n; left > 0;) {
    d++;
    if (cal.isWorkingDay(isoDateOfDay(d))) left--;
  }
  return isoDateOfDay(d);
}
function stepBetween(cal: WorkingDayCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = isoDayNumber(from) + 1; d <= isoDayNumber(to); d++) if (cal.isWorkingDay(isoDateOfDay(d))) n++;
  return n;
}

describe('the working-day index: worked dates', () => {
  const cal = new WorkingDayCalendar();

  it('counts across 元旦 2026 into the new year: 1-1…1-3 off, Sunday 1-4 worked', () => {
    // Wed 2025-12-31 → 1-1, 1-2, 1-3 holiday; 1-4 (Sun, 调休) 1st; Mon 1-5 2nd; Tue 1-6 3rd.
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(cal.addWorkingDays('2025-12-31', 3)).toBe('2026-01-06');
    // Tue 2025-12-30: 12-31 is the 1st.
    expect(cal.addWorkingDays('2025-12-30', 2)).toBe('2026-01-04');
    expect(cal.workingDaysBetween('2025-12-31', '2026-01-03')).toBe(0);
    expect(cal.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
    expect(cal.workingDaysBetween('2026-01-05', '2025-12-31')).toBe(-2);
    expect(cal.nextWorkingDayFrom('2026-01-01')).toBe('2026-01-04');
  });

  it('counts across the 2026 Spring Festival: Saturdays 2-14 and 2-28 worked, 2-15…2-23 off', () => {
    // Fri 2-13 → Sat 2-14 1st; holiday to 2-23; Tue 2-24 2nd … Fri 2-27 5th; Sat 2-28 6th; Mon 3-2 7th.
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-13', 7)).toBe('2026-03-02');
    expect(cal.workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0);
    expect(cal.workingDaysBetween('2026-02-13', '2026-03-02')).toBe(7);
  });

  it('counts across National Day 2025: 10-1…10-8 off, Saturday 10-11 worked', () => {
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(cal.addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
  });

  it('counts into a year entered by an administrator, past the package’s last year', () => {
    const y = cal.packageCoveredUntil + 1;
    // The first working day of the new year is a 调休 Saturday 01-02 or later; 01-01 and the first weekdays are off.
    const jan = (d: number): string => `${y}-01-${String(d).padStart(2, '0')}`;
    const weekdays = [1, 2, 3, 4, 5, 6, 7, 8].filter(
      (d) => ![0, 6].includes(new Date(`${jan(d)}T00:00:00Z`).getUTCDay()),
    );
    const saturday = [2, 3, 4, 5, 6, 7, 8].find((d) => new Date(`${jan(d)}T00:00:00Z`).getUTCDay() === 6)!;
    const holidays = weekdays.filter((d) => d < saturday).map(jan);
    const entered = new WorkingDayCalendar([{ year: y, holidays, workdays: [jan(saturday)] }]);
    // The Saturday is the first working day after the old year's last day.
    expect(entered.addWorkingDays(`${y - 1}-12-31`, 1)).toBe(jan(saturday));
    expect(entered.workingDaysBetween(`${y - 1}-12-31`, jan(saturday))).toBe(1);
    // Without the administrator's year: weekends only, the first weekday is working.
    expect(cal.addWorkingDays(`${y - 1}-12-31`, 1)).toBe(jan(weekdays[0]!));
    // And the due date says the year is covered only with the entry.
    const rule = {
      kind: 'afterEvent',
      amount: 3,
      unit: 'workingDay',
      event: '形成',
      eventKind: 'formedOrChanged',
    } as const;
    expect(computeDueDate(rule, `${y - 1}-12-30`, entered).beyondCoverage).toBe(false);
    expect(computeDueDate(rule, `${y - 1}-12-30`, cal).beyondCoverage).toBe(true);
  });

  it('answers as counting day by day, for every day of 2024–2027 and up to 60 working days', () => {
    const start = isoDayNumber('2024-01-01');
    const end = isoDayNumber('2027-12-31');
    for (let d = start; d <= end; d += 3) {
      const date = isoDateOfDay(d);
      for (const n of [0, 1, 2, 3, 5, 10, 15, 20, 30, 60])
        expect(cal.addWorkingDays(date, n), `${date} + ${n}`).toBe(stepAdd(cal, date, n));
      const to = isoDateOfDay(d + ((d * 7) % 90));
      expect(cal.workingDaysBetween(date, to), `${date} → ${to}`).toBe(stepBetween(cal, date, to));
    }
  });

  it('grows backwards and forwards on one calendar, and still answers far outside its years', () => {
    const c = new WorkingDayCalendar();
    expect(c.addWorkingDays('2026-06-30', 250)).toBe(stepAdd(c, '2026-06-30', 250));
    expect(c.workingDaysBetween('2019-01-01', '2026-06-30')).toBe(stepBetween(c, '2019-01-01', '2026-06-30'));
    expect(c.addWorkingDays('2019-12-31', 1)).toBe(stepAdd(c, '2019-12-31', 1));
    // Beyond the index's limits it counts day by day: the same answers.
    expect(c.addWorkingDays('2300-12-29', 3)).toBe(stepAdd(c, '2300-12-29', 3));
    expect(c.workingDaysBetween('2300-12-25', '2301-01-10')).toBe(stepBetween(c, '2300-12-25', '2301-01-10'));
    expect(c.addWorkingDays('2200-12-30', 5)).toBe(stepAdd(c, '2200-12-30', 5));
  });

  it('keeps one index per calendar: an entered year changes only its own calendar', () => {
    const a = new WorkingDayCalendar();
    // An entered 2026 replaces the package's 2026: weekends, plus its own holidays (no 调休 Saturday 2-28).
    const b = new WorkingDayCalendar([{ year: 2026, holidays: ['2026-03-02'], workdays: [] }]);
    expect(a.addWorkingDays('2026-02-27', 2)).toBe('2026-03-02');
    expect(b.addWorkingDays('2026-02-27', 2)).toBe('2026-03-04');
    expect(a.addWorkingDays('2026-02-27', 2)).toBe('2026-03-02');
  });

  it('refuses dates that are not dates, in Chinese', () => {
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow('日期「2026-02-30」不存在');
    expect(() => cal.workingDaysBetween('2026/01/01', '2026-01-05')).toThrow('不是 YYYY-MM-DD 格式');
  });
});
