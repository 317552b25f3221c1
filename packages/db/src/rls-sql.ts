/**
 * The SQL of a row-level-security check, for migrations that add policies (issue 14). The scope is set per
 * transaction by the API (`gongkai.read` / `gongkai.write`): 'all'; '' for nothing; or comma-separated agency ids,
 * one of which may be `tree:<agency id>` — that agency and every agency below it (a government's reviewer).
 *
 * `scopeCheck` is the form policies have had since Migration20261202090000AgencyClosure: 'all' read once per statement
 * (InitPlan), the listed ids hashed once per statement, and the subtree as one index probe into agency_closure per
 * row (or a hash of the subtree when the planner expects many rows) — so a check's cost per row does not grow with
 * the size of the scope. `table` qualifies the column inside the probe's sub-select.
 */
export function scopeCheck(setting: 'gongkai.read' | 'gongkai.write', column: string, table: string): string {
  for (const name of [column, table]) if (!/^[a-z_]+$/u.test(name)) throw new Error(`scopeCheck: not a name: ${name}`);
  return `(${listScopeCheck(setting, column)} or ${treeProbe(setting, `"${table}".${column}`)})`;
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

function treeProbe(setting: string, qualifiedColumn: string): string {
  return `exists (select 1 from agency_closure gk where gk.ancestor_id = (select gongkai_scope_tree('${setting}')) and gk.agency_id = ${qualifiedColumn})`;
}
