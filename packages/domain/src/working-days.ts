/**
 * The mainland-China working-day calendar and deadline computation.
 *
 * Working days: Monday–Friday, minus statutory holidays, plus 调休 make-up days (Saturdays/Sundays that are
 * working days). Holiday data comes from the `chinese-days` package (maintained; covers the years the State
 * Council has announced); `CalendarOverride`s add years it does not cover yet. A computation that runs past the
 * last covered year is flagged, not silently wrong.
 *
 * Counting follows 民法典 art. 201/203: the period starts the day after the event; a period in days or months
 * whose last day is a holiday ends on the next working day.
 */
import chineseDays from 'chinese-days';
import type { TimeLimitRule } from './time-limit.js';

/** Holiday data for one year, entered by an administrator: dates are 'YYYY-MM-DD'. */
export interface CalendarOverride {
  year: number;
  /** Days off that would otherwise be working days (statutory holidays on weekdays). */
  holidays: string[];
  /** 调休: weekend days that are working days. */
  workdays: string[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

function parse(date: string): Date {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`日期「${date}」不是 YYYY-MM-DD 格式`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== date) throw new RangeError(`日期「${date}」不存在`);
  return d;
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, n: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + n);
  return format(d);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (1月31日 + 1个月 = 2月28/29日). */
function addMonths(date: string, n: number): string {
  const d = parse(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return format(target);
}

export class WorkingDayCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly overrideYears = new Set<number>();
  /** Last year the package's data covers. */
  readonly packageCoveredUntil: number;

  constructor(overrides: CalendarOverride[] = []) {
    let year = new Date().getUTCFullYear() + 5;
    // New Year's Day is a named holiday in every year the package covers.
    while (year > 2004 && !chineseDays.getDayDetail(`${year}-01-01`).name.includes('元旦')) year--;
    this.packageCoveredUntil = year;
    for (const o of overrides) {
      this.overrideYears.add(o.year);
      for (const h of o.holidays) this.holidays.add(format(parse(h)));
      for (const w of o.workdays) this.workdays.add(format(parse(w)));
    }
  }

  /** Last year with holiday data (package or override, without gaps). */
  get coveredUntil(): number {
    let y = this.packageCoveredUntil;
    while (this.overrideYears.has(y + 1)) y++;
    return y;
  }

  isCovered(date: string): boolean {
    const y = parse(date).getUTCFullYear();
    return y <= this.packageCoveredUntil || this.overrideYears.has(y);
  }

  /** Answers by date (deadline computations ask about the same days again and again). */
  private readonly memo = new Map<string, boolean>();

  isWorkingDay(date: string): boolean {
    const known = this.memo.get(date);
    if (known !== undefined) return known;
    const answer = this.computeWorkingDay(date);
    this.memo.set(date, answer);
    return answer;
  }

  private computeWorkingDay(date: string): boolean {
    parse(date);
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const year = Number(date.slice(0, 4));
    if (this.overrideYears.has(year) || year > this.packageCoveredUntil) {
      const dow = parse(date).getUTCDay();
      return dow !== 0 && dow !== 6;
    }
    return chineseDays.isWorkday(date);
  }

  /** The n-th working day after `date` (the event day itself is not counted). */
  addWorkingDays(date: string, n: number): string {
    let d = date;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** `date` if it is a working day, else the next working day. */
  nextWorkingDayFrom(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }
}

export interface DueDate {
  /** The last day to publish, or null when the rule sets no fixed deadline. */
  date: string | null;
  /** Chinese explanation of how it was computed (or why there is none). */
  explanation: string;
  /** The computation used days past the calendar's holiday data: weekends only, may be wrong. */
  beyondCoverage: boolean;
}

export interface DueDateOptions {
  /** Working days that count as 「即时公开」 in this jurisdiction (default 5). */
  immediateWorkingDays?: number;
}

function quarterEnd(date: string): string {
  const d = parse(date);
  const q = Math.floor(d.getUTCMonth() / 3);
  return format(new Date(Date.UTC(d.getUTCFullYear(), q * 3 + 3, 0)));
}

function halfYearEnd(date: string): string {
  const d = parse(date);
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() < 6 ? 6 : 12, 0)));
}

function monthEnd(date: string): string {
  const d = parse(date);
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/**
 * The due date of a rule for an event date (the day the information was formed, approved, or the notice period
 * ended; for periodic rules, a day inside the period).
 */
export function computeDueDate(
  rule: TimeLimitRule,
  eventDate: string,
  calendar: WorkingDayCalendar,
  options: DueDateOptions = {},
): DueDate {
  parse(eventDate);
  const flagged = (date: string, explanation: string, from = eventDate): DueDate => {
    let beyond = false;
    for (let d = from; d <= date; d = addDays(d, 1)) if (!calendar.isCovered(d)) beyond = true;
    return {
      date,
      explanation: beyond
        ? `${explanation}（超出节假日数据覆盖的年份（至${calendar.coveredUntil}年），只按周末计算，可能不准确）`
        : explanation,
      beyondCoverage: beyond,
    };
  };
  const endOnWorkingDay = (date: string): string => calendar.nextWorkingDayFrom(date);
  switch (rule.kind) {
    case 'afterEvent': {
      if (rule.unit === 'workingDay') {
        return flagged(calendar.addWorkingDays(eventDate, rule.amount), `${eventDate} 后第 ${rule.amount} 个工作日`);
      }
      const raw = rule.unit === 'calendarDay' ? addDays(eventDate, rule.amount) : addMonths(eventDate, rule.amount);
      const end = endOnWorkingDay(raw);
      const unit = rule.unit === 'calendarDay' ? `${rule.amount} 日` : `${rule.amount} 个月`;
      return flagged(
        end,
        end === raw ? `${eventDate} 起算 ${unit}` : `${eventDate} 起算 ${unit}为 ${raw}，逢休息日顺延至 ${end}`,
      );
    }
    case 'immediate': {
      const n = options.immediateWorkingDays ?? 5;
      return flagged(calendar.addWorkingDays(eventDate, n), `即时公开，按本级规定的 ${n} 个工作日计`);
    }
    case 'sameDayAs':
      return flagged(eventDate, `与${rule.reference}同日`);
    case 'periodic': {
      let base: string;
      if (rule.dueMonth !== undefined && rule.dueDay !== undefined) {
        const y = parse(eventDate).getUTCFullYear();
        base = `${y}-${String(rule.dueMonth).padStart(2, '0')}-${String(rule.dueDay).padStart(2, '0')}`;
        if (base < eventDate || rule.previousPeriod) base = `${y + 1}${base.slice(4)}`;
        return flagged(base, `每年 ${rule.dueMonth} 月 ${rule.dueDay} 日前`);
      }
      const periodEnd =
        rule.period === 'quarter'
          ? quarterEnd(eventDate)
          : rule.period === 'halfYear'
            ? halfYearEnd(eventDate)
            : rule.period === 'month'
              ? monthEnd(eventDate)
              : `${eventDate.slice(0, 4)}-12-31`;
      if (rule.dueDay !== undefined && rule.period === 'month') {
        const d = parse(eventDate);
        let due = format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), rule.dueDay)));
        if (due < eventDate || rule.previousPeriod)
          due = format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, rule.dueDay)));
        return flagged(due, `每月 ${rule.dueDay} 日前`);
      }
      if (rule.afterPeriodEnd) {
        const a = rule.afterPeriodEnd;
        const due =
          a.unit === 'workingDay'
            ? calendar.addWorkingDays(periodEnd, a.amount)
            : endOnWorkingDay(a.unit === 'month' ? addMonths(periodEnd, a.amount) : addDays(periodEnd, a.amount));
        return flagged(
          due,
          `本期（至 ${periodEnd}）结束后 ${a.amount}${a.unit === 'workingDay' ? ' 个工作日' : a.unit === 'month' ? ' 个月' : ' 日'}`,
        );
      }
      return flagged(periodEnd, `本期结束（${periodEnd}）前`);
    }
    case 'afterApproval':
      return { date: null, explanation: `经${rule.approver}审核后公开，没有固定期限`, beyondCoverage: false };
    case 'standing':
      return { date: null, explanation: '长期公开，没有期限', beyondCoverage: false };
    case 'sameAsAbove':
      return { date: null, explanation: '「同上」尚未展开', beyondCoverage: false };
    case 'none':
      return { date: null, explanation: '未填写公开时限', beyondCoverage: false };
    case 'unparsed':
      return { date: null, explanation: '公开时限未能识别，无法计算', beyondCoverage: false };
  }
}
