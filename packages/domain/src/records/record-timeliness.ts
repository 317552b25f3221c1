/**
 * On time or late: a record's due date from its catalogue row's time-limit rule (time-limit.ts, computed by
 * working-days.ts's computeDueDate on the platform's holiday/调休 calendar), how late it was in working days, and a
 * Chinese explanation — the rule applied, the days counted, the holidays and 调休 make-up days on the way.
 *
 * Periodic rows (每季度结束后15日内, 每月10日前公开上月数据, 每年1月31日前 …) count per period: the period a record
 * covers, each period's due date, and the periods of a year nobody published.
 */
import { computeDueDate, isoDateOfDay, isoDayNumber, type WorkingDayCalendar } from '../working-days.js';
import { describeTimeLimitRule, type Period, type TimeLimitRule } from '../time-limit.js';
import { PERIOD_KEY, isValidIsoDate, type RecordInput } from './record-model.js';

export interface RecordSettings {
  /** Working days that count as 「即时公开」 in this jurisdiction. */
  immediateWorkingDays: number;
  /** Working days a 政策解读 may follow its policy. */
  interpretationWorkingDays: number;
}

export const DEFAULT_RECORD_SETTINGS: RecordSettings = { immediateWorkingDays: 5, interpretationWorkingDays: 3 };

export const TIMELINESS_STATES = [
  { key: 'ON_TIME', label: '按时公开' },
  { key: 'LATE', label: '逾期公开' },
  { key: 'OVERDUE', label: '已逾期未公开' },
  { key: 'PENDING', label: '待公开（未到期）' },
  { key: 'NO_DEADLINE', label: '无固定时限' },
  { key: 'UNKNOWN', label: '无法判断' },
] as const;
export type TimelinessState = (typeof TIMELINESS_STATES)[number]['key'];
export function timelinessLabel(s: TimelinessState): string {
  return TIMELINESS_STATES.find((x) => x.key === s)!.label;
}

/** Days between two dates on the calendar: working days counted, holidays and 调休 make-up days passed. */
export interface DayWindow {
  from: string;
  to: string;
  workingDays: number;
  /** Weekdays that were statutory holidays. */
  holidays: string[];
  /** 调休: Saturdays/Sundays that were working days. */
  makeUpDays: string[];
}

function addDays(date: string, n: number): string {
  return isoDateOfDay(isoDayNumber(date) + n);
}

/** The days after `from` up to and including `to`. */
export function dayWindow(from: string, to: string, calendar: WorkingDayCalendar): DayWindow {
  const w: DayWindow = { from, to, workingDays: 0, holidays: [], makeUpDays: [] };
  for (let n = isoDayNumber(from) + 1, end = isoDayNumber(to); n <= end; n++) {
    const d = isoDateOfDay(n);
    // 1970-01-01 was a Thursday.
    const dow = (((n + 4) % 7) + 7) % 7;
    const weekend = dow === 0 || dow === 6;
    const working = calendar.isWorkingDay(d);
    if (working) w.workingDays++;
    if (weekend && working) w.makeUpDays.push(d);
    if (!weekend && !working) w.holidays.push(d);
  }
  return w;
}

function describeWindow(w: DayWindow): string {
  const parts = [`${w.from} 之后至 ${w.to} 共 ${w.workingDays} 个工作日`];
  if (w.holidays.length) parts.push(`跳过节假日 ${w.holidays.length} 天（${compactDates(w.holidays)}）`);
  if (w.makeUpDays.length) parts.push(`计入调休上班日 ${w.makeUpDays.join('、')}`);
  return parts.join('，');
}

/** 2026-02-16…2026-02-20, 2026-02-23 */
function compactDates(dates: string[]): string {
  const out: string[] = [];
  let start = dates[0]!;
  let prev = start;
  const flush = (): void => {
    out.push(start === prev ? start : `${start}至${prev.slice(5)}`);
  };
  for (const d of dates.slice(1)) {
    if (d === addDays(prev, 1)) {
      prev = d;
      continue;
    }
    flush();
    start = d;
    prev = d;
  }
  flush();
  return out.join('、');
}

// ---- periods ----

export interface PeriodSpan {
  key: string;
  /** 「2026年第三季度」 */
  label: string;
  start: string;
  end: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];
const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): string => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

export function periodSpan(key: string): PeriodSpan {
  const m = PERIOD_KEY.exec(key);
  if (!m) throw new RangeError(`期间「${key}」应写作 2026、2026-H1、2026-Q3 或 2026-05`);
  const y = Number(m[1]);
  const part = m[2];
  if (!part) return { key, label: `${y}年`, start: `${y}-01-01`, end: `${y}-12-31` };
  if (part.startsWith('H')) {
    const h = Number(part.slice(1));
    return {
      key,
      label: `${y}年${h === 1 ? '上' : '下'}半年`,
      start: `${y}-${h === 1 ? '01' : '07'}-01`,
      end: lastDay(y, h * 6),
    };
  }
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return {
      key,
      label: `${y}年第${QUARTER_NAMES[q - 1]}季度`,
      start: `${y}-${pad(q * 3 - 2)}-01`,
      end: lastDay(y, q * 3),
    };
  }
  const mo = Number(part);
  return { key, label: `${y}年${mo}月`, start: `${y}-${pad(mo)}-01`, end: lastDay(y, mo) };
}

/** The periods of a kind in a year, in order. */
export function periodsOfYear(period: Period, year: number): string[] {
  switch (period) {
    case 'year':
      return [String(year)];
    case 'halfYear':
      return [`${year}-H1`, `${year}-H2`];
    case 'quarter':
      return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    case 'month':
      return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  }
}

/** The period of a kind that contains a date. */
export function periodContaining(period: Period, date: string): string {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  switch (period) {
    case 'year':
      return String(y);
    case 'halfYear':
      return `${y}-H${mo <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${y}-Q${Math.ceil(mo / 3)}`;
    case 'month':
      return `${y}-${pad(mo)}`;
  }
}

function previousPeriodKey(period: Period, key: string): string {
  return periodContaining(period, addDays(periodSpan(key).start, -1));
}

type PeriodicRule = Extract<TimeLimitRule, { kind: 'periodic' }>;

/** Whether the data of a period is published after it ends (so a record published in May is for April). */
function publishedAfterPeriod(rule: PeriodicRule): boolean {
  return rule.afterPeriodEnd !== undefined || rule.previousPeriod === true;
}

/**
 * The period a record of a periodic row covers: as entered; else the period containing the day the information was
 * formed; else from the publication date (for rules published after the period ends, the period before it).
 */
export function recordPeriod(
  rule: PeriodicRule,
  r: Pick<RecordInput, 'period' | 'formedDate' | 'publishedDate'>,
): string | null {
  if (r.period && PERIOD_KEY.test(r.period)) return r.period;
  if (r.formedDate && isValidIsoDate(r.formedDate)) return periodContaining(rule.period, r.formedDate);
  if (r.publishedDate && isValidIsoDate(r.publishedDate)) {
    const p = periodContaining(rule.period, r.publishedDate);
    return publishedAfterPeriod(rule) ? previousPeriodKey(rule.period, p) : p;
  }
  return null;
}

export interface PeriodDue {
  period: PeriodSpan;
  date: string;
  explanation: string;
  beyondCoverage: boolean;
}

/** The due date of one period of a periodic rule. */
export function periodDueDate(rule: PeriodicRule, key: string, calendar: WorkingDayCalendar): PeriodDue {
  const span = periodSpan(key);
  const y = Number(span.end.slice(0, 4));
  const rest = describeTimeLimitRule(rule);
  if (rule.afterPeriodEnd) {
    const a = rule.afterPeriodEnd;
    const d = computeDueDate(
      { kind: 'afterEvent', amount: a.amount, unit: a.unit, event: '本期结束', eventKind: 'other' },
      span.end,
      calendar,
    );
    return {
      period: span,
      date: d.date!,
      explanation: `${rest}：${span.label}于 ${span.end} 结束，${d.explanation}`,
      beyondCoverage: d.beyondCoverage,
    };
  }
  let date: string;
  if (rule.dueDay !== undefined && rule.period === 'year' && rule.dueMonth !== undefined) {
    date = `${rule.previousPeriod ? y + 1 : y}-${pad(rule.dueMonth)}-${pad(rule.dueDay)}`;
  } else if (rule.dueDay !== undefined) {
    // The fixed day in the period's last month… or, for 「公开上月数据」, in the month after the period.
    const base = rule.previousPeriod ? addDays(span.end, 1) : rule.period === 'month' ? span.start : span.end;
    const by = Number(base.slice(0, 4));
    const bm = Number(base.slice(5, 7));
    date = `${by}-${pad(bm)}-${pad(Math.min(rule.dueDay, Number(lastDay(by, bm).slice(8))))}`;
  } else {
    date = span.end;
  }
  const moved = calendar.nextWorkingDayFrom(date);
  const covered = calendar.isCovered(moved);
  return {
    period: span,
    date: moved,
    explanation:
      `${rest}：${span.label}应于 ${date} 前公开` +
      (moved !== date ? `，${date} 为休息日，顺延至 ${moved}` : '') +
      (covered ? '' : `（超出节假日数据覆盖的年份（至${calendar.coveredUntil}年），只按周末计算，可能不准确）`),
    beyondCoverage: !covered,
  };
}

// ---- a record's timeliness ----

export interface RecordTimeliness {
  state: TimelinessState;
  dueDate: string | null;
  /** Working days after the due date the record was published (or, unpublished, that have passed). */
  lateWorkingDays: number;
  /** For a periodic row: the period the record covers. */
  period: string | null;
  /** Chinese: the rule, how the due date was counted, and the verdict. */
  explanation: string;
  beyondCoverage: boolean;
}

/**
 * A record's due date and whether it was on time. `today` decides whether an unpublished record is overdue.
 * Late by N: the working days after the due date up to and including the publication day.
 */
export function recordTimeliness(
  rule: TimeLimitRule,
  r: Pick<RecordInput, 'formedDate' | 'publishedDate' | 'period'>,
  calendar: WorkingDayCalendar,
  options: { today: string; settings?: RecordSettings },
): RecordTimeliness {
  const settings = options.settings ?? DEFAULT_RECORD_SETTINGS;
  const ruleText = describeTimeLimitRule(rule);
  const published = r.publishedDate && isValidIsoDate(r.publishedDate) ? r.publishedDate : null;
  const formed = r.formedDate && isValidIsoDate(r.formedDate) ? r.formedDate : null;
  const none = (state: TimelinessState, why: string, period: string | null = null): RecordTimeliness => ({
    state,
    dueDate: null,
    lateWorkingDays: 0,
    period,
    explanation: `规则：${ruleText}。${why}`,
    beyondCoverage: false,
  });

  let due: { date: string; explanation: string; beyondCoverage: boolean; from: string | null };
  let period: string | null = null;
  switch (rule.kind) {
    case 'afterApproval':
    case 'standing':
      return none('NO_DEADLINE', computeDueDate(rule, '2000-01-01', calendar).explanation + '，不计逾期。');
    case 'none':
    case 'unparsed':
    case 'sameAsAbove':
      return none('UNKNOWN', computeDueDate(rule, '2000-01-01', calendar).explanation + '。');
    case 'periodic': {
      period = recordPeriod(rule, r);
      if (!period) return none('UNKNOWN', '未填写所属期间、信息形成日期或公开日期，无法确定期间。');
      const d = periodDueDate(rule, period, calendar);
      due = { date: d.date, explanation: d.explanation, beyondCoverage: d.beyondCoverage, from: null };
      break;
    }
    default: {
      if (!formed) return none('UNKNOWN', '未填写信息形成或变更日期，无法计算期限。');
      const d = computeDueDate(rule, formed, calendar, { immediateWorkingDays: settings.immediateWorkingDays });
      due = { date: d.date!, explanation: d.explanation, beyondCoverage: d.beyondCoverage, from: formed };
    }
  }

  const parts = [`规则：${ruleText}`];
  if (rule.kind !== 'periodic') parts.push(`期限：${due.explanation}，即 ${due.date}`);
  else parts.push(`期限：${due.explanation}`);
  if (due.from && rule.kind !== 'sameDayAs') {
    const w = dayWindow(due.from, due.date, calendar);
    if (w.workingDays > 0 || w.holidays.length) parts.push(describeWindow(w));
  }
  let state: TimelinessState;
  let late = 0;
  const end = published ?? options.today;
  if (end > due.date) {
    const w = dayWindow(due.date, end, calendar);
    late = w.workingDays;
    state = published ? 'LATE' : 'OVERDUE';
    parts.push(
      published
        ? `${published} 公开，逾期 ${late} 个工作日（${describeWindow(w)}）`
        : `至 ${options.today} 仍未公开，已逾期 ${late} 个工作日`,
    );
  } else if (published) {
    state = 'ON_TIME';
    parts.push(`${published} 公开，按时`);
  } else {
    state = 'PENDING';
    parts.push('尚未公开，未到期');
  }
  return {
    state,
    dueDate: due.date,
    lateWorkingDays: late,
    period,
    explanation: parts.join('；') + '。',
    beyondCoverage: due.beyondCoverage,
  };
}

// ---- missing periods ----

export interface MissingPeriod {
  period: string;
  label: string;
  dueDate: string;
  /** True: the due date has passed with nothing published; false: not yet due. */
  overdue: boolean;
  explanation: string;
}

/**
 * The periods of `year` a periodic row has no published record for (Q3's 低保 figures never published). A period
 * whose due date has not come yet is listed as not overdue.
 */
export function missingPeriods(
  rule: TimeLimitRule,
  year: number,
  records: Array<Pick<RecordInput, 'formedDate' | 'publishedDate' | 'period'>>,
  calendar: WorkingDayCalendar,
  today: string,
  /** The due date of a period of this rule (a judge passes one that remembers them). */
  dueOf: (key: string) => PeriodDue = (key) => periodDueDate(rule as PeriodicRule, key, calendar),
): MissingPeriod[] {
  if (rule.kind !== 'periodic') return [];
  const covered = new Set<string>();
  for (const r of records) {
    if (!r.publishedDate) continue;
    const p = recordPeriod(rule, r);
    if (p) covered.add(p);
  }
  const out: MissingPeriod[] = [];
  for (const key of periodsOfYear(rule.period, year)) {
    if (covered.has(key)) continue;
    const d = dueOf(key);
    const overdue = d.date < today;
    out.push({
      period: key,
      label: d.period.label,
      dueDate: d.date,
      overdue,
      explanation: `${d.explanation}；${overdue ? '已过期限，没有公开记录' : '尚未到期'}。`,
    });
  }
  return out;
}

// ---- 政策解读 ----

export const INTERPRETATION_STATES = [
  { key: 'SAME_DAY', label: '同步发布' },
  { key: 'WITHIN', label: '按时解读' },
  { key: 'LATE', label: '解读滞后' },
  { key: 'MISSING', label: '缺少解读' },
  { key: 'PENDING', label: '待解读（未到期）' },
] as const;
export type InterpretationState = (typeof INTERPRETATION_STATES)[number]['key'];

export interface InterpretationCheck {
  state: InterpretationState;
  dueDate: string | null;
  lateWorkingDays: number;
  explanation: string;
}

/** A 解读 check without its explanation (what figures need). */
export type InterpretationVerdict = Omit<InterpretationCheck, 'explanation'>;

/**
 * The rule of a policy's 解读, once: released the same day as the policy, or within `n` working days, or flagged.
 * `lateDays(from, to)` counts the working days after `from` up to and including `to`.
 */
function judgeInterpretation(
  policyPublished: string | null,
  interpretationDate: string | null,
  calendar: WorkingDayCalendar,
  today: string,
  n: number,
  lateDays: (from: string, to: string) => number,
  dueOf: (policyPublished: string) => string = (p) => calendar.addWorkingDays(p, n),
): InterpretationVerdict {
  if (!policyPublished)
    return { state: interpretationDate ? 'SAME_DAY' : 'PENDING', dueDate: null, lateWorkingDays: 0 };
  const due = dueOf(policyPublished);
  if (interpretationDate && interpretationDate <= policyPublished)
    return { state: 'SAME_DAY', dueDate: due, lateWorkingDays: 0 };
  const end = interpretationDate ?? today;
  if (end > due)
    return { state: interpretationDate ? 'LATE' : 'MISSING', dueDate: due, lateWorkingDays: lateDays(due, end) };
  return { state: interpretationDate ? 'WITHIN' : 'PENDING', dueDate: due, lateWorkingDays: 0 };
}

/** The Chinese explanation of a 解读 verdict. */
function interpretationExplanation(
  v: InterpretationVerdict,
  policyPublished: string | null,
  interpretationDate: string | null,
  today: string,
  n: number,
): string {
  if (!policyPublished) return '政策文件尚未公开，解读时限从政策公开之日起算。';
  const rule = `解读应与政策文件同步发布，最迟在政策公开（${policyPublished}）后 ${n} 个工作日内，即 ${v.dueDate}`;
  switch (v.state) {
    case 'SAME_DAY':
      return `${rule}；${interpretationDate} 同步发布。`;
    case 'LATE':
      return `${rule}；${interpretationDate} 发布，滞后 ${v.lateWorkingDays} 个工作日。`;
    case 'MISSING':
      return `${rule}；至 ${today} 没有关联解读。`;
    case 'WITHIN':
      return `${rule}；${interpretationDate} 发布，按时。`;
    case 'PENDING':
      return `${rule}；尚未到期。`;
  }
}

/**
 * A policy's 解读: released the same day as the policy, or within the jurisdiction's working days, or flagged.
 * `interpretationDate` null: no 解读 linked (flagged once the time has passed).
 */
export function interpretationTimeliness(
  policyPublished: string | null,
  interpretationDate: string | null,
  calendar: WorkingDayCalendar,
  options: { today: string; settings?: RecordSettings },
): InterpretationCheck {
  const n = (options.settings ?? DEFAULT_RECORD_SETTINGS).interpretationWorkingDays;
  const v = judgeInterpretation(
    policyPublished,
    interpretationDate,
    calendar,
    options.today,
    n,
    (from, to) => dayWindow(from, to, calendar).workingDays,
  );
  return { ...v, explanation: interpretationExplanation(v, policyPublished, interpretationDate, options.today, n) };
}

// ---- many records at once ----

/** The state, due date and lateness of a record (what figures need), without the explanation. */
export type RecordVerdict = Omit<RecordTimeliness, 'explanation' | 'beyondCoverage'>;

type Due = {
  date: string | null;
  state?: TimelinessState;
  period: string | null;
  /** The verdicts every record of this due date published on time (or not yet due) gets: made once. */
  onTime?: RecordVerdict;
  pending?: RecordVerdict;
};
const NO_DEADLINE_DUE: Due = { date: null, state: 'NO_DEADLINE', period: null };
const UNKNOWN_DUE: Due = { date: null, state: 'UNKNOWN', period: null };

/**
 * Judges many records with the same calendar, settings and day: the same answers as {@link recordTimeliness}, with
 * due dates remembered per rule and event day (or period) and working days counted on the calendar's index, so an
 * office's 100,000 records cost a few hash lookups each. `ruleKey` names a rule (e.g. its catalogue row's id): rules
 * with one key must be equal. Verdicts of records on time (or not yet due) with one due date are one object: callers
 * read them, never change them.
 */
export interface TimelinessJudge {
  (
    rule: TimeLimitRule,
    ruleKey: string,
    r: Pick<RecordInput, 'formedDate' | 'publishedDate' | 'period'>,
  ): RecordVerdict;
  /** The same answers as {@link interpretationTimeliness}, without the explanation, working days counted as above. */
  interpretation(policyPublished: string | null, interpretationDate: string | null): InterpretationVerdict;
  /** {@link missingPeriods} of a row of `year`, each period's due date computed once per rule key. */
  missingPeriods(
    rule: TimeLimitRule,
    ruleKey: string,
    year: number,
    records: Array<Pick<RecordInput, 'formedDate' | 'publishedDate' | 'period'>>,
  ): MissingPeriod[];
}

export function timelinessJudge(
  calendar: WorkingDayCalendar,
  options: { today: string; settings?: RecordSettings },
): TimelinessJudge {
  const settings = options.settings ?? DEFAULT_RECORD_SETTINGS;
  /** Per rule key, per event day (or period): maps of maps, so no key is built per record. */
  const dues = new Map<string, Map<string, Due>>();
  /** Whether a date text is a valid day, remembered (a year's records share a few hundred days). */
  const valid = new Map<string, boolean>();
  const dateOrNull = (d: string | null | undefined): string | null => {
    if (!d) return null;
    let v = valid.get(d);
    if (v === undefined) {
      v = isValidIsoDate(d);
      valid.set(d, v);
    }
    return v ? d : null;
  };
  /** Working days after `from` up to and including `to`: two reads of the calendar's index. */
  const between = (from: string, to: string): number => calendar.workingDaysBetween(from, to);
  const interpretationDues = new Map<string, string>();
  const interpretationDue = (p: string): string => {
    let d = interpretationDues.get(p);
    if (d === undefined)
      interpretationDues.set(p, (d = calendar.addWorkingDays(p, settings.interpretationWorkingDays)));
    return d;
  };
  const interpretation = (policyPublished: string | null, interpretationDate: string | null): InterpretationVerdict =>
    judgeInterpretation(
      policyPublished,
      interpretationDate,
      calendar,
      options.today,
      settings.interpretationWorkingDays,
      between,
      interpretationDue,
    );
  const periodDues = new Map<string, Map<string, PeriodDue>>();
  const periodsMissing: TimelinessJudge['missingPeriods'] = (rule, ruleKey, year, records) => {
    if (rule.kind !== 'periodic') return [];
    let known = periodDues.get(ruleKey);
    if (!known) periodDues.set(ruleKey, (known = new Map()));
    const dues = known;
    return missingPeriods(rule, year, records, calendar, options.today, (key) => {
      let d = dues.get(key);
      if (!d) dues.set(key, (d = periodDueDate(rule, key, calendar)));
      return d;
    });
  };
  const judge = (
    rule: TimeLimitRule,
    ruleKey: string,
    r: Pick<RecordInput, 'formedDate' | 'publishedDate' | 'period'>,
  ): RecordVerdict => {
    const published = dateOrNull(r.publishedDate);
    const formed = dateOrNull(r.formedDate);
    let due: Due | undefined;
    let known = dues.get(ruleKey);
    if (!known) dues.set(ruleKey, (known = new Map()));
    switch (rule.kind) {
      case 'afterApproval':
      case 'standing':
        due = NO_DEADLINE_DUE;
        break;
      case 'none':
      case 'unparsed':
      case 'sameAsAbove':
        due = UNKNOWN_DUE;
        break;
      case 'periodic': {
        const period = recordPeriod(rule, r);
        if (!period) {
          due = UNKNOWN_DUE;
          break;
        }
        due = known.get(period);
        if (!due) known.set(period, (due = { date: periodDueDate(rule, period, calendar).date, period }));
        break;
      }
      default: {
        if (!formed) {
          due = UNKNOWN_DUE;
          break;
        }
        due = known.get(formed);
        if (!due)
          known.set(
            formed,
            (due = {
              date: computeDueDate(rule, formed, calendar, { immediateWorkingDays: settings.immediateWorkingDays })
                .date,
              period: null,
            }),
          );
      }
    }
    if (due.state) return (due.onTime ??= { state: due.state, dueDate: null, lateWorkingDays: 0, period: due.period });
    const end = published ?? options.today;
    if (end > due.date!)
      return {
        state: published ? 'LATE' : 'OVERDUE',
        dueDate: due.date,
        lateWorkingDays: between(due.date!, end),
        period: due.period,
      };
    return published
      ? (due.onTime ??= { state: 'ON_TIME', dueDate: due.date, lateWorkingDays: 0, period: due.period })
      : (due.pending ??= { state: 'PENDING', dueDate: due.date, lateWorkingDays: 0, period: due.period });
  };
  return Object.assign(judge, { interpretation, missingPeriods: periodsMissing });
}
