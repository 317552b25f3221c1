/**
 * Figures per department and year from the register: the share answered on time, the median working days to reply,
 * extensions and overdue cases. No personal data goes in or out; the office's dashboard and the public page of
 * figures use the same numbers (no ranking).
 */
import type { WorkingDayCalendar } from '../working-days.js';
import { applicationClock } from './application-clock.js';
import {
  DEFAULT_APPLICATION_SETTINGS,
  closedOn,
  stepOf,
  type ApplicationCaseCore,
  type ApplicationSettings,
} from './application-model.js';

export interface ApplicationStatistics {
  year: number;
  received: number;
  /** Closed in the year. */
  closed: number;
  /** Closed in the year with a due date that applied (a case closed while waiting for a 补正 has none). */
  closedWithDueDate: number;
  closedOnTime: number;
  closedLate: number;
  /** closedOnTime / closedWithDueDate, or null when nothing was closed with a due date. */
  onTimeShare: number | null;
  /** Median of the working days the clock ran until the reply (pauses left out), for cases closed in the year. */
  medianWorkingDaysToReply: number | null;
  /** Cases received in the year with an extension. */
  extended: number;
  /** Open cases past their due date on `today` (or 31 December for a past year). */
  overdueOpen: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function applicationStatistics(
  cases: readonly ApplicationCaseCore[],
  year: number,
  calendar: WorkingDayCalendar,
  today: string,
  settings: ApplicationSettings = DEFAULT_APPLICATION_SETTINGS,
): ApplicationStatistics {
  const y = String(year);
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  let received = 0;
  let closed = 0;
  let withDue = 0;
  let onTime = 0;
  let late = 0;
  let extended = 0;
  let overdue = 0;
  const days: number[] = [];
  for (const c of cases) {
    if (c.receivedOn === null) continue;
    if (c.receivedOn.slice(0, 4) === y) {
      received++;
      if (stepOf(c.steps, 'extended')) extended++;
    }
    const closedAt = closedOn(c);
    if (closedAt && closedAt.slice(0, 4) === y) {
      closed++;
      const clock = applicationClock(c, calendar, closedAt, settings);
      if (clock.dueDate !== null) {
        withDue++;
        if (clock.state === 'CLOSED_ON_TIME') onTime++;
        else late++;
      }
      if (clock.workingDaysUsed !== null) days.push(clock.workingDaysUsed);
    } else if (c.receivedOn <= asOf && (closedAt === null || closedAt > asOf)) {
      // Open on the day of reference: is it past its due date then?
      const open = closedAt === null ? c : { ...c, outcome: null };
      if (applicationClock(open, calendar, asOf, settings).state === 'OVERDUE') overdue++;
    }
  }
  return {
    year,
    received,
    closed,
    closedWithDueDate: withDue,
    closedOnTime: onTime,
    closedLate: late,
    onTimeShare: withDue ? onTime / withDue : null,
    medianWorkingDaysToReply: median(days),
    extended,
    overdueOpen: overdue,
  };
}

/**
 * The columns of the figures per department, as the office's dashboard and the public page show them (in this order;
 * departments in their own order — the figures are never ranked).
 */
export const APPLICATION_STATISTICS_COLUMNS = [
  { key: 'received', label: '本年收到申请' },
  { key: 'closed', label: '本年答复' },
  { key: 'onTimeShare', label: '按期答复比例' },
  { key: 'medianWorkingDaysToReply', label: '答复用时中位数（工作日）' },
  { key: 'extended', label: '延期答复' },
  { key: 'closedLate', label: '逾期答复' },
  { key: 'overdueOpen', label: '逾期未答复' },
] as const satisfies ReadonlyArray<{ key: keyof ApplicationStatistics; label: string }>;
