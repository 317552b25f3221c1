/**
 * The statutory clock of an application (《政府信息公开条例》 arts. 30–33), on the platform's working-day calendar
 * (working-days.ts: statutory holidays and 调休 make-up days, administrator overrides for years the package does not
 * cover): reply within 20 working days of receipt; after a 补正 the time counts from receipt of the corrected
 * application; a third party's time to answer (at most 15 working days) is not counted; an extension of at most 20
 * working days with an approver. Every due date explains itself — as data and as one Chinese sentence.
 *
 * Counting follows the calendar's rule (民法典 art. 201): the day of receipt is not counted, the count starts the day
 * after it. An application received on a day off: see {@link ApplicationSettings.dayOffReceipt}.
 */
import type { WorkingDayCalendar } from '../working-days.js';
import {
  DEFAULT_APPLICATION_SETTINGS,
  OUTCOME_NO_CORRECTION,
  closedOn,
  isIsoDate,
  stepOf,
  type ApplicationCaseCore,
  type ApplicationOutcome,
  type ApplicationSettings,
} from './application-model.js';

export const CLOCK_STATES = [
  { key: 'IN_PROGRESS', label: '办理中' },
  { key: 'DUE_SOON', label: '即将到期' },
  { key: 'OVERDUE', label: '已逾期' },
  { key: 'CLOSED_ON_TIME', label: '按期办结' },
  { key: 'CLOSED_LATE', label: '逾期办结' },
] as const;
export type ClockState = (typeof CLOCK_STATES)[number]['key'];
export function clockStateLabel(s: ClockState): string {
  return CLOCK_STATES.find((x) => x.key === s)!.label;
}
export const OPEN_STATES: readonly ClockState[] = ['IN_PROGRESS', 'DUE_SOON', 'OVERDUE'];

export interface ClockPause {
  kind: 'thirdParty';
  /** The day the opinion was asked for (counted as usual). */
  sentOn: string;
  /** Last day not counted: the answer's day, or the last day of the third party's time. */
  until: string;
  /** Working days not counted. */
  workingDays: number;
  /** The third party took longer than its time: only that time is left out. */
  capped: boolean;
  /** No answer yet: the longest time is assumed, the due date moves earlier when the answer comes. */
  open: boolean;
}

export interface DueDateExplanation {
  receivedOn: string;
  /** The day treated as the day of receipt (the next working day when received on a day off, per the setting). */
  receiptDay: string;
  /** The event after which the days are counted: receipt, or receipt of the corrected application. */
  startReason: 'receipt' | 'correction';
  /** The day after which counting starts. */
  countAfter: string;
  baseWorkingDays: number;
  extension: { days: number; approver: string; decidedOn: string } | null;
  /** Working days counted in all: base + extension. */
  totalWorkingDays: number;
  pauses: ClockPause[];
  /** Days off on weekdays (statutory holidays) skipped between the start and the due date. */
  holidaysSkipped: string[];
  /** 调休 make-up working days (weekend days that are working days) counted. */
  makeUpDaysCounted: string[];
  /** Ordinary weekend days skipped. */
  weekendDaysSkipped: number;
  dueDate: string;
  /** The due date without the extension. */
  dueDateWithoutExtension: string;
  /** Days beyond the calendar's holiday data were counted as weekdays/weekends only. */
  beyondCoverage: boolean;
}

export interface ApplicationClock {
  state: ClockState;
  stateLabel: string;
  dueDate: string | null;
  /** Working days from `today` (exclusive) to the due date (inclusive); negative when overdue; null when closed or no due date. */
  workingDaysLeft: number | null;
  /** Clock stopped: waiting for the applicant's correction or a third party's answer. */
  waitingFor: 'correction' | 'thirdParty' | null;
  /** Last day to correct the application (补正期限), when a 补正 was asked for and has not come. */
  correctionDeadline: string | null;
  /** The correction period has passed without a correction: treated as withdrawn (→ （六）1). */
  correctionLapsed: boolean;
  /** An outcome the clock implies (the lapsed correction), for the user to confirm. */
  suggestedOutcome: ApplicationOutcome | null;
  /** Working days of the clock used until the reply (or today): the days counted, pauses left out. */
  workingDaysUsed: number | null;
  /** Structured explanation of the due date (null when there is none yet). */
  explanation: DueDateExplanation | null;
  /** The explanation as one Chinese sentence (also says why there is no due date). */
  explanationText: string;
  /** Things the user should look at (a late 补正 notice, an extension decided after the due date …). */
  warnings: string[];
}

const DAY = 86_400_000;
/** Longest span a clock walks day by day (ten years). */
const MAX_SPAN_DAYS = 3660;
// A register computes thousands of clocks over the same few hundred days: dates are turned into day numbers (days
// since 1970-01-01) and back through two small caches instead of parsing and formatting a Date each step.
const CACHE_MAX = 100_000;
const dayNumbers = new Map<string, number>();
const dayStrings = new Map<number, string>();
function dayNumber(s: string): number {
  let n = dayNumbers.get(s);
  if (n === undefined) {
    n = Math.round(Date.parse(`${s}T00:00:00Z`) / DAY);
    if (dayNumbers.size > CACHE_MAX) dayNumbers.clear();
    dayNumbers.set(s, n);
  }
  return n;
}
function dayString(n: number): string {
  let s = dayStrings.get(n);
  if (s === undefined) {
    s = new Date(n * DAY).toISOString().slice(0, 10);
    if (dayStrings.size > CACHE_MAX) dayStrings.clear();
    dayStrings.set(n, s);
  }
  return s;
}
function addDays(s: string, n: number): string {
  return dayString(dayNumber(s) + n);
}
function isWeekend(s: string): boolean {
  // 1970-01-01 was a Thursday (4).
  const d = (((dayNumber(s) + 4) % 7) + 7) % 7;
  return d === 0 || d === 6;
}

/** '2026-02-16至2026-02-20、2026-02-23': consecutive days as ranges. */
export function dateRanges(dates: readonly string[]): string {
  const sorted = [...dates].sort();
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && addDays(sorted[j]!, 1) === sorted[j + 1]) j++;
    parts.push(i === j ? sorted[i]! : `${sorted[i]}至${sorted[j]}`);
    i = j + 1;
  }
  return parts.join('、');
}

/**
 * The calendar's days of a year, asked once per calendar and year: which are working days, and how many working days
 * there are up to each day — so a register of thousands of cases costs a table look-up per day, and the working
 * days between two dates a subtraction, however far apart they are.
 */
interface YearDays {
  working: Uint8Array;
  /** prefix[i]: working days from 1 January to day i (0-based) inclusive. */
  prefix: Int32Array;
  covered: boolean;
}
const yearCache = new WeakMap<WorkingDayCalendar, Map<number, YearDays>>();

function yearDays(calendar: WorkingDayCalendar, year: number): YearDays {
  let years = yearCache.get(calendar);
  if (!years) yearCache.set(calendar, (years = new Map()));
  let y = years.get(year);
  if (!y) {
    const start = Date.UTC(year, 0, 1);
    const n = Math.round((Date.UTC(year + 1, 0, 1) - start) / DAY);
    const working = new Uint8Array(n);
    const prefix = new Int32Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      working[i] = calendar.isWorkingDay(new Date(start + i * DAY).toISOString().slice(0, 10)) ? 1 : 0;
      sum += working[i]!;
      prefix[i] = sum;
    }
    y = { working, prefix, covered: calendar.isCovered(`${String(year).padStart(4, '0')}-01-01`) };
    years.set(year, y);
  }
  return y;
}

const yearStarts = new Map<number, number>();
function yearAndIndex(s: string): [number, number] {
  const year = Number(s.slice(0, 4));
  let start = yearStarts.get(year);
  if (start === undefined) yearStarts.set(year, (start = dayNumber(`${s.slice(0, 4)}-01-01`)));
  return [year, dayNumber(s) - start];
}

function isWorking(calendar: WorkingDayCalendar, s: string): boolean {
  const [y, i] = yearAndIndex(s);
  return yearDays(calendar, y).working[i] === 1;
}

function isCovered(calendar: WorkingDayCalendar, s: string): boolean {
  return yearDays(calendar, Number(s.slice(0, 4))).covered;
}

/** The n-th working day after `date` (the calendar's addWorkingDays, on the cached days). */
function addWorking(calendar: WorkingDayCalendar, date: string, n: number): string {
  let d = date;
  let left = n;
  for (let g = 0; left > 0 && g < MAX_SPAN_DAYS; g++) {
    d = addDays(d, 1);
    if (isWorking(calendar, d)) left--;
  }
  return d;
}

function nextWorking(calendar: WorkingDayCalendar, date: string): string {
  let d = date;
  for (let g = 0; !isWorking(calendar, d) && g < MAX_SPAN_DAYS; g++) d = addDays(d, 1);
  return d;
}

/** Working days in (from, to] — negative when to < from. */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: string, to: string): number {
  if (to === from) return 0;
  if (to < from) return -workingDaysBetween(calendar, to, from);
  const [ya, ia] = yearAndIndex(from);
  const [yb, ib] = yearAndIndex(to);
  const a = yearDays(calendar, ya);
  if (ya === yb) return a.prefix[ib]! - a.prefix[ia]!;
  let n = a.prefix[a.prefix.length - 1]! - a.prefix[ia]!;
  for (let y = ya + 1; y < yb; y++) {
    const d = yearDays(calendar, y);
    n += d.prefix[d.prefix.length - 1]!;
  }
  return n + yearDays(calendar, yb).prefix[ib]!;
}

/** Working days in (from, to] outside the (merged) pauses. */
function countedBetween(
  calendar: WorkingDayCalendar,
  from: string,
  to: string,
  pauses: ReadonlyArray<{ sentOn: string; until: string }>,
): number {
  if (to <= from) return 0;
  let n = workingDaysBetween(calendar, from, to);
  for (const p of pauses) {
    const a = p.sentOn > from ? p.sentOn : from;
    const b = p.until < to ? p.until : to;
    if (b > a) n -= workingDaysBetween(calendar, a, b);
  }
  return n;
}

/** Pause intervals (sent, until] joined where they overlap, so no day is left out twice. */
function mergedPauses(pauses: readonly ClockPause[]): Array<{ sentOn: string; until: string }> {
  const sorted = [...pauses].sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0));
  const out: Array<{ sentOn: string; until: string }> = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.sentOn <= last.until) {
      if (p.until > last.until) last.until = p.until;
    } else if (p.until > p.sentOn) out.push({ sentOn: p.sentOn, until: p.until });
  }
  return out;
}

/** The clock of a case on `today` ('YYYY-MM-DD'). */
export function applicationClock(
  c: ApplicationCaseCore,
  calendar: WorkingDayCalendar,
  today: string,
  settings: ApplicationSettings = DEFAULT_APPLICATION_SETTINGS,
): ApplicationClock {
  const closed = closedOn(c);
  const warnings: string[] = [];
  const base = {
    waitingFor: null,
    correctionDeadline: null,
    correctionLapsed: false,
    suggestedOutcome: null,
    workingDaysUsed: null,
    explanation: null,
    warnings,
  } as const;
  const closedState = (due: string | null): ClockState =>
    due === null || closed! <= due ? 'CLOSED_ON_TIME' : 'CLOSED_LATE';
  const withState = (state: ClockState): { state: ClockState; stateLabel: string } => ({
    state,
    stateLabel: clockStateLabel(state),
  });

  if (c.receivedOn === null || !isIsoDate(c.receivedOn)) {
    return {
      ...base,
      ...withState(closed ? 'CLOSED_ON_TIME' : 'IN_PROGRESS'),
      dueDate: null,
      workingDaysLeft: null,
      explanationText: '未填写收到申请日期，无法计算答复期限',
    };
  }
  const receivedOn = c.receivedOn;
  const valid = (on: string | undefined): string | undefined => (on && isIsoDate(on) ? on : undefined);
  const reqCorr = valid(stepOf(c.steps, 'correctionRequested')?.on);
  const gotCorr = valid(stepOf(c.steps, 'correctionReceived')?.on);
  const shift = (day: string): string => (settings.dayOffReceipt === 'receipt' ? nextWorking(calendar, day) : day);

  if (reqCorr) {
    const limit = addWorking(calendar, receivedOn, settings.correctionNoticeWorkingDays);
    if (reqCorr > limit)
      warnings.push(
        `补正通知 ${reqCorr} 晚于收到申请后 ${settings.correctionNoticeWorkingDays} 个工作日（${limit}）：条例第三十条要求在此期限内一次性告知`,
      );
  }
  if (reqCorr && !gotCorr) {
    const deadline = addWorking(calendar, reqCorr, settings.correctionPeriodWorkingDays);
    const lapsed = !closed && today > deadline;
    const text =
      `${reqCorr} 通知申请人补正，答复期限自收到补正后的申请之日起重新计算；补正期限至 ${deadline}（${settings.correctionPeriodWorkingDays} 个工作日）` +
      (lapsed ? '，已逾期未补正，视为放弃申请（表三（六）1）' : '，逾期未补正视为放弃申请（表三（六）1）');
    return {
      ...base,
      ...withState(closed ? 'CLOSED_ON_TIME' : 'IN_PROGRESS'),
      dueDate: null,
      workingDaysLeft: null,
      waitingFor: closed ? null : 'correction',
      correctionDeadline: deadline,
      correctionLapsed: lapsed,
      suggestedOutcome: lapsed ? OUTCOME_NO_CORRECTION : null,
      explanationText: text,
    };
  }

  const startReason: 'receipt' | 'correction' = gotCorr ? 'correction' : 'receipt';
  const startEvent = gotCorr ?? receivedOn;
  const receiptDay = shift(receivedOn);
  const countAfter = shift(startEvent);

  // Third-party consultations: (sent, until] not counted, at most the third party's time each.
  const sent = c.steps
    .filter((s) => s.kind === 'thirdPartySent')
    .map((s) => s.on)
    .filter(isIsoDate)
    .sort();
  const answered = c.steps
    .filter((s) => s.kind === 'thirdPartyAnswered')
    .map((s) => s.on)
    .filter(isIsoDate)
    .sort();
  const pauses: ClockPause[] = [];
  sent.forEach((s, i) => {
    const maxEnd = addWorking(calendar, s, settings.thirdPartyMaxWorkingDays);
    const answer = answered[i];
    const until = answer === undefined ? maxEnd : answer < maxEnd ? answer : maxEnd;
    pauses.push({
      kind: 'thirdParty',
      sentOn: s,
      until,
      workingDays: 0,
      capped: answer !== undefined && answer > maxEnd,
      open: answer === undefined,
    });
  });
  const pausedBy = (d: string): ClockPause | undefined => pauses.find((p) => d > p.sentOn && d <= p.until);

  const ext = stepOf(c.steps, 'extended');
  const extDays =
    ext && Number.isInteger(ext.days) && (ext.days ?? 0) > 0
      ? Math.min(ext.days!, settings.maxExtensionWorkingDays)
      : 0;
  const extension =
    ext && extDays > 0 ? { days: extDays, approver: (ext.approver ?? '').trim(), decidedOn: ext.on } : null;
  const total = settings.replyWorkingDays + extDays;

  const holidays: string[] = [];
  const makeUp: string[] = [];
  let weekendDays = 0;
  let beyond = false;
  let counted = 0;
  let d = countAfter;
  let dueWithoutExtension = '';
  let guard = 0;
  while (counted < total && guard++ < MAX_SPAN_DAYS) {
    d = addDays(d, 1);
    if (!isCovered(calendar, d)) beyond = true;
    const working = isWorking(calendar, d);
    const pause = pausedBy(d);
    if (working && pause) {
      pause.workingDays++;
      continue;
    }
    if (!working) {
      if (isWeekend(d)) weekendDays++;
      else holidays.push(d);
      continue;
    }
    if (isWeekend(d)) makeUp.push(d);
    counted++;
    if (counted === settings.replyWorkingDays) dueWithoutExtension = d;
  }
  const dueDate = d;
  // A consultation before the count started, or after the due date, leaves nothing out.
  const effectivePauses = pauses.filter((p) => p.until > countAfter && p.sentOn < dueDate);

  if (extension) {
    if (!extension.approver) warnings.push('延期答复未填写批准人');
    if (extension.decidedOn > dueWithoutExtension)
      warnings.push(
        `延期决定 ${extension.decidedOn} 晚于原答复期限 ${dueWithoutExtension}：应在期限内决定并告知申请人`,
      );
  }
  if (beyond) warnings.push(`期限超出节假日数据覆盖的年份（至${calendar.coveredUntil}年），只按周末计算，可能不准确`);

  const explanation: DueDateExplanation = {
    receivedOn,
    receiptDay,
    startReason,
    countAfter,
    baseWorkingDays: settings.replyWorkingDays,
    extension,
    totalWorkingDays: total,
    pauses: effectivePauses,
    holidaysSkipped: holidays,
    makeUpDaysCounted: makeUp,
    weekendDaysSkipped: weekendDays,
    dueDate,
    dueDateWithoutExtension: dueWithoutExtension,
    beyondCoverage: beyond,
  };

  // Working days of the clock used until the reply or today (pauses left out).
  const end = closed ?? today;
  const merged = mergedPauses(pauses);
  const used = countedBetween(calendar, countAfter, end, merged);

  let state: ClockState;
  let left: number | null = null;
  let waitingFor: ApplicationClock['waitingFor'] = null;
  if (closed) state = closedState(dueDate);
  else {
    if (effectivePauses.some((p) => p.open && today > p.sentOn && today <= p.until)) waitingFor = 'thirdParty';
    if (today > dueDate) {
      state = 'OVERDUE';
      left = -workingDaysBetween(calendar, dueDate, today);
    } else {
      left = countedBetween(calendar, today, dueDate, merged);
      state = left <= settings.dueSoonWorkingDays ? 'DUE_SOON' : 'IN_PROGRESS';
    }
  }
  return {
    ...base,
    ...withState(state),
    dueDate,
    workingDaysLeft: left,
    waitingFor,
    workingDaysUsed: used,
    explanation,
    explanationText: explainDueDate(explanation),
    correctionDeadline: null,
    correctionLapsed: false,
    suggestedOutcome: null,
  };
}

/** The explanation as one Chinese sentence. */
export function explainDueDate(e: DueDateExplanation): string {
  const parts: string[] = [];
  if (e.receiptDay !== e.receivedOn)
    parts.push(`${e.receivedOn} 收到申请（休息日），以下一个工作日 ${e.receiptDay} 为收到申请之日`);
  else parts.push(`${e.receivedOn} 收到申请`);
  if (e.startReason === 'correction') parts.push(`${e.countAfter} 收到补正后的申请，期限自该日起重新计算`);
  const ext = e.extension
    ? `，经${e.extension.approver || '（未填写批准人）'}批准延期 ${e.extension.days} 个工作日（${e.extension.decidedOn} 决定），共 ${e.totalWorkingDays} 个工作日`
    : '';
  parts.push(`自 ${e.countAfter} 的次日起计算 ${e.baseWorkingDays} 个工作日${ext}`);
  for (const p of e.pauses) {
    const how = p.open
      ? `第三方尚未答复，按最长期限计至 ${p.until}`
      : p.capped
        ? `第三方逾期答复，只扣除期限内的时间（至 ${p.until}）`
        : `至 ${p.until} 第三方答复`;
    parts.push(`${p.sentOn} 征求第三方意见，${how}，其间 ${p.workingDays} 个工作日不计入`);
  }
  const skipped: string[] = [];
  if (e.holidaysSkipped.length)
    skipped.push(`节假日 ${dateRanges(e.holidaysSkipped)}（${e.holidaysSkipped.length} 天）`);
  if (e.weekendDaysSkipped) skipped.push(`周末 ${e.weekendDaysSkipped} 天`);
  if (skipped.length) parts.push(`不计${skipped.join('和')}`);
  if (e.makeUpDaysCounted.length) parts.push(`调休上班日 ${e.makeUpDaysCounted.join('、')} 计入`);
  parts.push(`答复期限为 ${e.dueDate}${e.extension ? `（不延期为 ${e.dueDateWithoutExtension}）` : ''}`);
  let text = `${parts.join('；')}。`;
  if (e.beyondCoverage) text += '（超出节假日数据覆盖的年份，只按周末计算，可能不准确）';
  return text;
}
