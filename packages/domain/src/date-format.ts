/**
 * One way to show dates and times everywhere — the admin app's pages and the server's exports: 2026-11-24 for a
 * day, 2026-11-24 09:05 (or 09:05:03 where seconds matter, as in the audit log) for a moment. Moments are shown in
 * the given time zone (the browser's when none is given; the server passes China time, CHINA_TIME_ZONE). A plain
 * day (YYYY-MM-DD, as due dates and holidays are stored) is shown as it is, never shifted by a time zone.
 */

/** China time (UTC+8, no daylight saving), for what the server writes. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** Shown for no value. */
export const NO_DATE = '—';

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/u;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

type DateInput = Date | string | number | null | undefined;

function parts(value: Date, timeZone: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(value)) out[p.type] = p.value;
  return out;
}

function toDate(value: Exclude<DateInput, null | undefined>): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** 2026-11-24; '—' for none; text that is no date is shown as written. */
export function formatDate(value: DateInput, options: { timeZone?: string } = {}): string {
  if (value === null || value === undefined || value === '') return NO_DATE;
  if (typeof value === 'string' && PLAIN_DAY.test(value)) return value;
  const d = toDate(value);
  if (!d) return String(value);
  const p = parts(d, options.timeZone);
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** 2026-11-24 09:05 (09:05:03 with `seconds`); a plain day as it is; '—' for none; text that is no date as written. */
export function formatDateTime(value: DateInput, options: { timeZone?: string; seconds?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return NO_DATE;
  if (typeof value === 'string' && PLAIN_DAY.test(value)) return value;
  const d = toDate(value);
  if (!d) return String(value);
  const p = parts(d, options.timeZone);
  const time = `${p['hour']}:${p['minute']}${options.seconds ? `:${p['second']}` : ''}`;
  return `${p['year']}-${p['month']}-${p['day']} ${time}`;
}
