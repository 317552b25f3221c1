import { describe, expect, it } from 'vitest';
import { CHINA_TIME_ZONE, formatDate, formatDateTime } from './date-format.js';

describe('date format', () => {
  it('shows moments as 2026-11-24 09:05 in the given time zone, with seconds where asked', () => {
    const tz = { timeZone: CHINA_TIME_ZONE };
    expect(formatDateTime('2026-11-24T01:05:03.000Z', tz)).toBe('2026-11-24 09:05');
    expect(formatDateTime('2026-11-24T01:05:03.000Z', { ...tz, seconds: true })).toBe('2026-11-24 09:05:03');
    expect(formatDateTime(new Date('2026-11-24T16:00:00.000Z'), tz)).toBe('2026-11-25 00:00');
    expect(formatDateTime('2026-11-24T16:00:00.000Z', { timeZone: 'UTC' })).toBe('2026-11-24 16:00');
    expect(formatDate('2026-11-24T16:00:00.000Z', tz)).toBe('2026-11-25');
  });

  it('shows a plain day as it is, nothing as —, and text that is no date as written', () => {
    expect(formatDate('2027-01-31', { timeZone: 'America/New_York' })).toBe('2027-01-31');
    expect(formatDateTime('2027-01-31')).toBe('2027-01-31');
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
