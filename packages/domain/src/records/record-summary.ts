/**
 * The office's figures for a department: on-time rate of its records, late ones, missing periods, items with nothing
 * published in the year, policies without a 解读 — computed from the per-record checks of record-timeliness.ts.
 */
import type { TimelinessState } from './record-timeliness.js';

export interface OnTimeFigures {
  /** Records with a deadline that has been decided: on time + late + overdue. */
  judged: number;
  onTime: number;
  late: number;
  overdue: number;
  /** onTime / judged, rounded to 4 places; null when nothing is judged. */
  rate: number | null;
}

export function onTimeFigures(states: Iterable<TimelinessState>): OnTimeFigures {
  const f: OnTimeFigures = { judged: 0, onTime: 0, late: 0, overdue: 0, rate: null };
  for (const s of states) {
    if (s === 'ON_TIME') f.onTime++;
    else if (s === 'LATE') f.late++;
    else if (s === 'OVERDUE') f.overdue++;
  }
  f.judged = f.onTime + f.late + f.overdue;
  f.rate = f.judged ? Math.round((f.onTime / f.judged) * 10000) / 10000 : null;
  return f;
}

/** 「87.5%」, or 「—」 when nothing is judged. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/**
 * Items (by key) with no published record in the year. `records` are (item key, publication date) pairs; a record
 * counts for the year its publication date falls in.
 */
export function itemsWithNothingPublished<K>(
  itemKeys: Iterable<K>,
  records: Iterable<{ item: K; publishedDate: string | null }>,
  year: number,
): K[] {
  const y = String(year);
  const seen = new Set<K>();
  for (const r of records) if (r.publishedDate?.startsWith(y)) seen.add(r.item);
  return [...itemKeys].filter((k) => !seen.has(k));
}
