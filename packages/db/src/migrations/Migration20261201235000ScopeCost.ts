import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security whose cost per row does not grow with the size of the scope (issue 14).
 *
 * The policies asked `gongkai_scope_has('gongkai.read', agency_id)`, which parses the whole comma-separated id list
 * of the scope for every row it checks: with a province reviewer's 2,001 ids in scope one 100-row statement took
 * 343 ms instead of 0.2 ms. A SQL function with a sub-select cannot be inlined, so the policies themselves now say
 *
 *     ((select gongkai_scope_all('gongkai.read')) or agency_id in (select gongkai_scope_ids('gongkai.read')))
 *
 * The first sub-select is an InitPlan (run once per statement); the second a hashed SubPlan (the list parsed once,
 * then one hash probe per row). `scopeCheck()` in ../rls-sql.ts writes this form for new policies; this migration
 * rewrites every existing policy that still calls `gongkai_scope_has`, whatever migration created it, and the
 * test rls-scope-cost.test.ts keeps it so.
 */
export class Migration20261201235000ScopeCost extends Migration {
  override async up(): Promise<void> {
    // 'all' for every agency, '' (or unset) for none, else the ids of the scope.
    this.addSql(`create or replace function gongkai_scope_all(setting text) returns boolean
      language sql stable as $$ select coalesce(current_setting(setting, true), '') = 'all' $$;`);
    this.addSql(`create or replace function gongkai_scope_ids(setting text) returns setof uuid
      language sql stable as $$
        select unnest(string_to_array(nullif(nullif(coalesce(current_setting(setting, true), ''), 'all'), ''), ',')::uuid[])
      $$;`);
    this.addSql(
      rewritePolicies(
        `'gongkai_scope_has\\(''(gongkai\\.[a-z]+)''::text, ([a-z_]+)\\)'`,
        `'((SELECT gongkai_scope_all(''\\1''::text)) OR (\\2 IN (SELECT gongkai_scope_ids(''\\1''::text))))'`,
      ),
    );
  }

  override async down(): Promise<void> {
    // PostgreSQL keeps the expression as it deparses it: `( SELECT gongkai_scope_all('gongkai.read'::text) AS …) OR (…)`.
    this.addSql(
      rewritePolicies(
        `'\\( SELECT gongkai_scope_all\\(''(gongkai\\.[a-z]+)''::text\\) AS gongkai_scope_all\\) OR \\(([a-z_]+) IN \\( SELECT gongkai_scope_ids\\(''gongkai\\.[a-z]+''::text\\) AS gongkai_scope_ids\\)\\)'`,
        `'gongkai_scope_has(''\\1''::text, \\2)'`,
      ),
    );
    this.addSql('drop function if exists gongkai_scope_ids(text);');
    this.addSql('drop function if exists gongkai_scope_all(text);');
  }
}

/** A DO block that rewrites the USING and WITH CHECK expressions of every policy in public matching `pattern`. */
function rewritePolicies(pattern: string, replacement: string): string {
  return `do $$
    declare p record; q text; c text;
    begin
      for p in select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' loop
        q := regexp_replace(p.qual, ${pattern}, ${replacement}, 'g');
        c := regexp_replace(p.with_check, ${pattern}, ${replacement}, 'g');
        if q is distinct from p.qual then
          execute format('alter policy %I on public.%I using (%s)', p.policyname, p.tablename, q);
        end if;
        if c is distinct from p.with_check then
          execute format('alter policy %I on public.%I with check (%s)', p.policyname, p.tablename, c);
        end if;
      end loop;
    end $$;`;
}
