import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeSeconds } from './dates';

const SRC = path.dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sources(p);
    return /\.(ts|vue)$/u.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('dates', () => {
  it('show days as 2026-11-24 and moments as 2026-11-24 09:05', () => {
    const at = new Date(2026, 10, 24, 9, 5, 3); // local time, as the browser shows it
    expect(formatDate(at)).toBe('2026-11-24');
    expect(formatDateTime(at.toISOString())).toBe('2026-11-24 09:05');
    expect(formatDateTimeSeconds(at)).toBe('2026-11-24 09:05:03');
    expect(formatDate('2027-01-31')).toBe('2027-01-31');
    expect(formatDateTime(null)).toBe('—');
  });

  it('are the only way the admin app formats dates (no toLocale…String of its own)', () => {
    const offenders = sources(SRC).filter((f) => /\.toLocale(?:Date|Time)?String\(/u.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
