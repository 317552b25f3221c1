/**
 * The SQL of a row-level-security check, for migrations that add policies (issue 14). The scope is set per
 * transaction by the API (`gongkai.read` / `gongkai.write`): 'all'; '' for nothing; or comma-separated agency ids,
 * one of which may be `tree:<agency id>` — that agency and every agency below it (a government's reviewer).
 *
 * `scopeCheck` is the form policies have had since Migration20261204000000SubtreeProbe: 'all' read once per statement
 * (InitPlan), the listed ids hashed once per statement, and the subtree checked in one of two ways, chosen by the
 * transaction's `gongkai.probe` setting (PostgreSQL's planner always chose the hash, whatever the number of rows):
 * - `gongkai.probe` = 'on' (what the API sets for every request, see packages/api/src/scope.ts): one index probe into
 *   agency_closure per row checked (~2 µs), whatever the size of the subtree;
 * - otherwise (reads of many rows: `withSubtreeHashed` in scope-mode.ts): the subtree's ids hashed once per
 *   statement and table (~3 ms for a province of 10,000 agencies), then a hash lookup per row.
 * The way not taken is skipped before its sub-select runs (its root is null). `table` qualifies the column inside the
 * probe's sub-select.
 */
export function scopeCheck(setting: 'gongkai.read' | 'gongkai.write', column: string, table: string): string {
  for (const name of [column, table]) if (!/^[a-z_]+$/u.test(name)) throw new Error(`scopeCheck: not a name: ${name}`);
  const col = `"${table}".${column}`;
  const hashed = `(select gongkai_scope_tree_hashed('${setting}'))`;
  const probed = `(select gongkai_scope_tree('${setting}'))`;
  return (
    `(${listScopeCheck(setting, column)}` +
    ` or (${hashed} is not null and ${col} in (select gk.agency_id from agency_closure gk where gk.ancestor_id = ${hashed}))` +
    ` or (${probed} is not null and coalesce((select true from agency_closure gk where gk.ancestor_id = ${probed} and gk.agency_id = ${col}), false)))`
  );
}

/**
 * The form of Migration20261202090000AgencyClosure to Migration20261203050000RecordFiles (the subtree as an EXISTS the
 * planner turned into a hash of the whole subtree). Kept so those migrations make a new database by the same steps as
 * an old one; Migration20261204000000SubtreeProbe rewrites every policy in this form into scopeCheck's.
 */
export function existsScopeCheck(setting: 'gongkai.read' | 'gongkai.write', column: string, table: string): string {
  for (const name of [column, table]) if (!/^[a-z_]+$/u.test(name)) throw new Error(`scopeCheck: not a name: ${name}`);
  return `(${listScopeCheck(setting, column)} or exists (select 1 from agency_closure gk where gk.ancestor_id = (select gongkai_scope_tree('${setting}')) and gk.agency_id = "${table}".${column}))`;
}

/**
 * The form of Migration20261201235000ScopeCost (ids only). Migrations written before the subtree scope still call it,
 * so a new database is made by the same steps as an old one; Migration20261202090000AgencyClosure adds the subtree probe
 * to every policy it finds in this form.
 */
export function listScopeCheck(setting: 'gongkai.read' | 'gongkai.write', column: string): string {
  if (!/^[a-z_]+$/u.test(column)) throw new Error(`scopeCheck: not a column name: ${column}`);
  return `((select gongkai_scope_all('${setting}')) or ${column} in (select gongkai_scope_ids('${setting}')))`;
}
