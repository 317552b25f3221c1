/**
 * The server's copies of report sums (issue 14). A sum over a province is ~10,000 reports × 229 cells; read many
 * times between changes. Each copy is keyed on what it was computed from — government, year, statuses, subtree, page,
 * who asked (their scope) — and on two numbers the database changes in the same transaction as the data: the agency
 * tree version (agencies added, moved, renamed) and the year's report data version (any report of that year added,
 * changed or removed). A copy is used only while both are unchanged, so every server process stays right without
 * being told: the check is one small statement.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { KeptCopies } from '../kept-copies.js';

const copies = new KeptCopies<unknown>(500);

/** The versions a sum of `year` depends on, read in the request's transaction. */
export async function sumVersions(em: EntityManager, year: number): Promise<string> {
  const [row] = await em.execute<Array<{ t: string; r: string | null }>>(
    'select (select version from agency_tree_version where id = 1) as t, (select version from report_data_version where year = ?) as r',
    [year],
  );
  return `${row?.t ?? 0}/${row?.r ?? 0}`;
}

/** The kept sum for `key` at `versions`, or `compute()`'s result, kept. */
export async function keptSum<T>(key: string, versions: string, compute: () => Promise<T>): Promise<T> {
  const kept = copies.get(key, versions);
  if (kept !== undefined) return kept as T;
  const value = await compute();
  copies.set(key, versions, value);
  return value;
}

/** For tests: forget every copy. */
export function forgetKeptSums(): void {
  copies.clear();
}
