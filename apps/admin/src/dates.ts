/**
 * The admin app's one date format (defined in packages/domain date-format.ts, which the server's exports use too),
 * in the browser's time zone: 2026-11-24 for a day, 2026-11-24 09:05 for a moment.
 */
import { formatDate as domainDate, formatDateTime as domainDateTime } from '@gongkai/domain';

type DateInput = Date | string | number | null | undefined;

/** 2026-11-24; a plain YYYY-MM-DD as it is; '—' for none. */
export function formatDate(value: DateInput): string {
  return domainDate(value);
}

/** 2026-11-24 09:05; '—' for none. */
export function formatDateTime(value: DateInput): string {
  return domainDateTime(value);
}

/** 2026-11-24 09:05:03, where seconds matter (the audit log). */
export function formatDateTimeSeconds(value: DateInput): string {
  return domainDateTime(value, { seconds: true });
}
