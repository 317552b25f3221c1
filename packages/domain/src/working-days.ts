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
const DAY_MS = 86_400_000;

/** Day numbers of date texts already read (a year's deadlines ask about a few hundred days, again and again). */
const dayNumbers = new Map<string, number>();
/** Date texts of day numbers already written. */
const dayTexts = new Map<number, string>();
const MEMO_LIMIT = 100_000;

/**
 * The day number of a 'YYYY-MM-DD' date (days since 1970-01-01), or a Chinese RangeError when it is not one or does
 * not exist. Remembered per text: reading a date costs a hash lookup.
 */
export function isoDayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`日期「${date}」不是 YYYY-MM-DD 格式`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== date) throw new RangeError(`日期「${date}」不存在`);
  const n = d.getTime() / DAY_MS;
  if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, n);
  return n;
}

/** The 'YYYY-MM-DD' text of a day number (remembered). */
export function isoDateOfDay(n: number): string {
  const known = dayTexts.get(n);
  if (known !== undefined) return known;
  const s = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (dayTexts.size >= MEMO_LIMIT) dayTexts.clear();
  dayTexts.set(n, s);
  return s;
}

function parse(date: string): Date {
  return new Date(isoDayNumber(date) * DAY_MS);
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, n: number): string {
  return isoDateOfDay(isoDayNumber(date) + n);
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

/** The package's answer per date (its data does not change while the process runs): shared by every calendar. */
const packageAnswers = new Map<string, boolean>();
function packageWorkday(date: string): boolean {
  let a = packageAnswers.get(date);
  if (a === undefined) {
    a = chineseDays.isWorkday(date);
    if (packageAnswers.size >= MEMO_LIMIT) packageAnswers.clear();
    packageAnswers.set(date, a);
  }
  return a;
}

/** The last year the package covers, per the year it was asked in. */
const packageCoverage = new Map<number, number>();
function packageCoveredUntil(): number {
  const now = new Date().getUTCFullYear();
  let year = packageCoverage.get(now);
  if (year === undefined) {
    year = now + 5;
    // New Year's Day is a named holiday in every year the package covers.
    while (year > 2004 && !chineseDays.getDayDetail(`${year}-01-01`).name.includes('元旦')) year--;
    packageCoverage.set(now, year);
  }
  return year;
}

/**
 * Years the working-day index may cover, and how many at most (a date far from the others, such as a typing error
 * for year 2206, is counted day by day as before the index, rather than growing it over two centuries).
 */
const INDEX_FIRST_YEAR = 1950;
const INDEX_LAST_YEAR = 2200;
const INDEX_MAX_YEARS = 40;
const yearStart = (y: number): number => Date.UTC(y, 0, 1) / DAY_MS;
const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/**
 * The working days of whole years on one calendar, as arrays over day numbers: `ordinal[i]` is the number of working
 * days from `start` to `start + i` inclusive, `working[k]` the day number of the (k+1)-th working day — so adding n
 * working days or counting the working days between two dates is two array reads.
 */
interface WorkingDayIndex {
  firstYear: number;
  lastYear: number;
  start: number;
  ordinal: Int32Array;
  working: Int32Array;
}

export class WorkingDayCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly overrideYears = new Set<number>();
  /** Last year the package's data covers. */
  readonly packageCoveredUntil: number;

  constructor(overrides: CalendarOverride[] = []) {
    this.packageCoveredUntil = packageCoveredUntil();
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
    return this.isYearCovered(yearOf(isoDayNumber(date)));
  }

  private isYearCovered(y: number): boolean {
    return y <= this.packageCoveredUntil || this.overrideYears.has(y);
  }

  /** Whether every year from `from` to `to` (dates) has holiday data; true when `to` is before `from`. */
  coversRange(from: string, to: string): boolean {
    const a = isoDayNumber(from);
    const b = isoDayNumber(to);
    if (b < a) return true;
    for (let y = yearOf(a), last = yearOf(b); y <= last; y++) if (!this.isYearCovered(y)) return false;
    return true;
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
    const day = isoDayNumber(date);
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const year = Number(date.slice(0, 4));
    if (this.overrideYears.has(year) || year > this.packageCoveredUntil) {
      const dow = new Date(day * DAY_MS).getUTCDay();
      return dow !== 0 && dow !== 6;
    }
    return packageWorkday(date);
  }

  private index: WorkingDayIndex | null = null;

  /** The index, grown to span the years from `fromYear` to `toYear`; null when they fall outside its limits. */
  private indexFor(fromYear: number, toYear: number): WorkingDayIndex | null {
    const ix = this.index;
    if (ix && fromYear >= ix.firstYear && toYear <= ix.lastYear) return ix;
    if (fromYear < INDEX_FIRST_YEAR || toYear > INDEX_LAST_YEAR) return null;
    // Grow by a year more on each side than asked: deadlines near a year's end look into the next.
    const first = Math.max(INDEX_FIRST_YEAR, Math.min(fromYear - 1, ix?.firstYear ?? Infinity));
    const last = Math.min(INDEX_LAST_YEAR, Math.max(toYear + 1, ix?.lastYear ?? -Infinity));
    if (last - first + 1 > INDEX_MAX_YEARS) return null;
    const start = yearStart(first);
    const days = yearStart(last + 1) - start;
    const ordinal = new Int32Array(days);
    const working: number[] = [];
    for (let i = 0; i < days; i++) {
      if (this.isWorkingDay(isoDateOfDay(start + i))) working.push(start + i);
      ordinal[i] = working.length;
    }
    return (this.index = { firstYear: first, lastYear: last, start, ordinal, working: Int32Array.from(working) });
  }

  /** The day number of the n-th working day after day `day` (n ≥ 1), or null outside the index's limits. */
  private nthWorkingDayAfter(day: number, n: number): number | null {
    const y = yearOf(day);
    // n working days lie within n / 200 + 1 years (at most ~140 days off a year).
    for (let span = Math.ceil(n / 200) + 1; ; span *= 2) {
      const ix = this.indexFor(y, Math.min(y + span, INDEX_LAST_YEAR));
      if (!ix) return null;
      const k = ix.ordinal[day - ix.start]! + n - 1;
      if (k < ix.working.length) return ix.working[k]!;
      if (ix.lastYear >= INDEX_LAST_YEAR) return null;
    }
  }

  /** The n-th working day after `date` (the event day itself is not counted). */
  addWorkingDays(date: string, n: number): string {
    const day = isoDayNumber(date);
    if (n <= 0) return date;
    const found = this.nthWorkingDayAfter(day, n);
    if (found !== null) return isoDateOfDay(found);
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
    if (this.isWorkingDay(date)) return date;
    return this.addWorkingDays(date, 1);
  }

  /**
   * The working days after `from` up to and including `to` (negative, the working days after `to` up to and
   * including `from`, when `to` is earlier).
   */
  workingDaysBetween(from: string, to: string): number {
    const a = isoDayNumber(from);
    const b = isoDayNumber(to);
    if (a === b) return 0;
    const known = this.index;
    if (
      known &&
      a >= known.start &&
      b >= known.start &&
      a - known.start < known.ordinal.length &&
      b - known.start < known.ordinal.length
    )
      return known.ordinal[b - known.start]! - known.ordinal[a - known.start]!;
    const ix = this.indexFor(yearOf(Math.min(a, b)), yearOf(Math.max(a, b)));
    if (ix) return ix.ordinal[b - ix.start]! - ix.ordinal[a - ix.start]!;
    const sign = b > a ? 1 : -1;
    let n = 0;
    for (let d = Math.min(a, b) + 1, end = Math.max(a, b); d <= end; d++) if (this.isWorkingDay(isoDateOfDay(d))) n++;
    return sign * n;
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
  isoDayNumber(eventDate);
  const flagged = (date: string, explanation: string, from = eventDate): DueDate => {
    const beyond = !calendar.coversRange(from, date);
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
