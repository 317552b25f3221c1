import { Migration } from '@mikro-orm/migrations';

/**
 * A reviewer's subtree checked per row at a cost that does not grow with the subtree (issue 14).
 *
 * Since Migration20261202090000AgencyClosure every policy checks a subtree scope (`tree:<id>`) with
 * `exists (select 1 from agency_closure gk where gk.ancestor_id = <root> and gk.agency_id = t.col)`. PostgreSQL 18
 * turns that EXISTS into a hash of the whole subtree whenever it can, and its estimate of a subtree (the average, ~4
 * rows) always makes the hash look cheaper: a province reviewer's statement reading the ~100 rows of one catalogue
 * hashed 10,001 agency ids per table — 4.6 ms against 0.09 ms for the administrator (bench/RESULTS.md).
 *
 * The subtree is now checked in one of two explicit ways, chosen by the transaction's `gongkai.probe` setting:
 *
 *     ((select gongkai_scope_tree_hashed(s)) is not null
 *        and t.col in (select gk.agency_id from agency_closure gk where gk.ancestor_id = (select gongkai_scope_tree_hashed(s))))
 *     or ((select gongkai_scope_tree(s)) is not null
 *        and coalesce((select true from agency_closure gk where gk.ancestor_id = (select gongkai_scope_tree(s))
 *                                                           and gk.agency_id = t.col), false))
 *
 * `gongkai_scope_tree(s)` names the root only when `gongkai.probe` is 'on' (one index probe per row, ~2 µs: the same
 * statement took 0.39 ms), `gongkai_scope_tree_hashed(s)` only when it is not (the subtree hashed once per statement:
 * cheaper from a few thousand rows on — a county's 7,400 rows, or a whole province). The arm whose root is null is
 * skipped before its sub-select runs. agency_closure's own policy reads the root whatever the mode (`gongkai_scope_root`).
 */
/** The body that rewrites every policy of the public schema matching `pat` into `rep` (declared before it). */
const REWRITE_POLICIES = `begin
        for p in select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' loop
          q := regexp_replace(p.qual, pat, rep, 'g');
          c := regexp_replace(p.with_check, pat, rep, 'g');
          if q is distinct from p.qual then
            execute format('alter policy %I on public.%I using (%s)', p.policyname, p.tablename, q);
          end if;
          if c is distinct from p.with_check then
            execute format('alter policy %I on public.%I with check (%s)', p.policyname, p.tablename, c);
          end if;
        end loop;
      end $do$;`;

export class Migration20261204000000SubtreeProbe extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function gongkai_scope_root(setting text) returns uuid
      language sql stable as $$
        select substring(coalesce(current_setting(setting, true), '') from 'tree:([0-9a-fA-F-]{36})')::uuid
      $$;`);
    this.addSql(`create or replace function gongkai_scope_tree(setting text) returns uuid
      language sql stable as $$
        select case when current_setting('gongkai.probe', true) = 'on' then gongkai_scope_root(setting) end
      $$;`);
    this.addSql(`create or replace function gongkai_scope_tree_hashed(setting text) returns uuid
      language sql stable as $$
        select case when coalesce(current_setting('gongkai.probe', true), '') <> 'on' then gongkai_scope_root(setting) end
      $$;`);
    this.addSql(`alter policy "agency_closure_read" on "agency_closure" using (
      ancestor_id = (select gongkai_scope_root('gongkai.read')) or ancestor_id = (select gongkai_scope_root('gongkai.write')));`);
    this.addSql(String.raw`do $do$
      declare
        p record; q text; c text;
        pat constant text := $p$\(EXISTS \( SELECT 1\s+FROM agency_closure gk\s+WHERE \(\(gk\.ancestor_id = \( SELECT gongkai_scope_tree\('(gongkai\.[a-z]+)'::text\) AS gongkai_scope_tree\)\) AND \(gk\.agency_id = ([a-z_"]+\.[a-z_]+)\)\)\)\)$p$;
        rep constant text := $r$((( SELECT gongkai_scope_tree_hashed('\1'::text)) IS NOT NULL AND \2 IN ( SELECT gk.agency_id FROM agency_closure gk WHERE gk.ancestor_id = ( SELECT gongkai_scope_tree_hashed('\1'::text)))) OR (( SELECT gongkai_scope_tree('\1'::text)) IS NOT NULL AND COALESCE(( SELECT true FROM agency_closure gk WHERE gk.ancestor_id = ( SELECT gongkai_scope_tree('\1'::text)) AND gk.agency_id = \2), false)))$r$;
      ${REWRITE_POLICIES}`);
  }

  override async down(): Promise<void> {
    // Back to the EXISTS form (as PostgreSQL deparses the new one).
    this.addSql(String.raw`do $do$
      declare
        p record; q text; c text;
        pat constant text := $p$\(\(\(\( SELECT gongkai_scope_tree_hashed\('(gongkai\.[a-z]+)'::text\) AS gongkai_scope_tree_hashed\) IS NOT NULL\) AND \(([a-z_"]+) IN \( SELECT gk\.agency_id\s+FROM agency_closure gk\s+WHERE \(gk\.ancestor_id = \( SELECT gongkai_scope_tree_hashed\('gongkai\.[a-z]+'::text\) AS gongkai_scope_tree_hashed\)\)\)\)\) OR \(\(\( SELECT gongkai_scope_tree\('gongkai\.[a-z]+'::text\) AS gongkai_scope_tree\) IS NOT NULL\) AND COALESCE\(\( SELECT true\s+FROM agency_closure gk\s+WHERE \(\(gk\.ancestor_id = \( SELECT gongkai_scope_tree\('gongkai\.[a-z]+'::text\) AS gongkai_scope_tree\)\) AND \(gk\.agency_id = ([a-z_"]+\.[a-z_]+)\)\)\), false\)\)\)$p$;
        rep constant text := $r$(EXISTS ( SELECT 1 FROM agency_closure gk WHERE gk.ancestor_id = ( SELECT gongkai_scope_tree('\1'::text)) AND gk.agency_id = \3))$r$;
      ${REWRITE_POLICIES}`);
    this.addSql(`alter policy "agency_closure_read" on "agency_closure" using (
      ancestor_id = (select gongkai_scope_tree('gongkai.read')) or ancestor_id = (select gongkai_scope_tree('gongkai.write')));`);
    this.addSql(`create or replace function gongkai_scope_tree(setting text) returns uuid
      language sql stable as $$
        select substring(coalesce(current_setting(setting, true), '') from 'tree:([0-9a-fA-F-]{36})')::uuid
      $$;`);
    this.addSql('drop function if exists gongkai_scope_tree_hashed(text);');
    this.addSql('drop function if exists gongkai_scope_root(text);');
  }
}
