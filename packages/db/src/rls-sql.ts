/**
 * The SQL of a row-level-security check, for migrations that add policies (issue 14). The scope is set per
 * transaction by the API (`gongkai.read` / `gongkai.write`: 'all', '' or a comma-separated id list); this form
 * costs one hash probe per row whatever the size of the list — see Migration20261201235000ScopeCost.
 */
export function scopeCheck(setting: 'gongkai.read' | 'gongkai.write', column: string): string {
  if (!/^[a-z_]+$/u.test(column)) throw new Error(`scopeCheck: not a column name: ${column}`);
  return `((select gongkai_scope_all('${setting}')) or ${column} in (select gongkai_scope_ids('${setting}')))`;
}
