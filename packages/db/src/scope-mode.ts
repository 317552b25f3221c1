import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * How row-level security checks a reviewer's subtree scope (`tree:<id>`) in the current transaction
 * (Migration20261204000000SubtreeProbe): 'on' — one index probe into agency_closure per row checked, ~2 µs whatever the
 * size of the subtree (what every API request starts with, `SCOPE_PROBE_SETTING` in packages/api/src/scope.ts);
 * otherwise the subtree's ids hashed once per statement and table (~3 ms for a province of 10,000 agencies), cheaper
 * when a statement checks thousands of rows.
 */
export const SUBTREE_PROBE_SETTING = 'gongkai.probe';

/**
 * Runs `fn` with the subtree hashed (reads of many rows across a government: the records and applications overviews,
 * the coverage matrix, a sum over a whole subtree), then back to probing. Two statements more; the answer is the
 * same either way, only its cost differs.
 */
export async function withSubtreeHashed<T>(em: EntityManager, fn: () => Promise<T>): Promise<T> {
  await em.execute(`select set_config('${SUBTREE_PROBE_SETTING}', 'off', true)`);
  const result = await fn();
  await em.execute(`select set_config('${SUBTREE_PROBE_SETTING}', 'on', true)`);
  return result;
}
