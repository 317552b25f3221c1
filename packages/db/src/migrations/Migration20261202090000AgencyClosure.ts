import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * A reviewer's scope without its id list (issue 14).
 *
 * A province reviewer's scope was the province's 10,001 agency ids: built into two 360 KB settings on every request
 * and parsed by PostgreSQL once per table a statement reads (~80 ms of server time and 22–89 ms in the database per
 * request, measured in bench/RESULTS.md). The scope setting may now name a subtree instead, `tree:<agency id>`, beside
 * plain ids (`tree:<government>,<id>,<id>`), answered from `agency_closure`, a table of every (ancestor, agency) pair
 * kept by two statement triggers on agency.
 *
 * Every policy in the form of Migration20261201235000ScopeCost gets a third alternative (scopeCheck() in rls-sql.ts
 * writes the whole form for later migrations):
 *
 *     (select gongkai_scope_all(s)) or col in (select gongkai_scope_ids(s))
 *       or exists (select 1 from agency_closure gk where gk.ancestor_id = (select gongkai_scope_tree(s)) and gk.agency_id = t.col)
 *
 * The probe is correlated, so the planner chooses per statement: one index probe per row checked when it expects
 * few rows, a hash of the subtree when it expects many — the cost per row no longer grows with the scope. The
 * application role reads agency_closure only for the subtree its own scope names (a policy on it), never the rest of
 * the tree, and never writes it. `gongkai_agency_subtree` (the server's copy of a reviewer's subtree, for access checks
 * in memory) reads the same table.
 */
export class Migration20261202090000AgencyClosure extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agency_closure" ("ancestor_id" uuid not null, "agency_id" uuid not null, constraint "agency_closure_pkey" primary key ("ancestor_id", "agency_id"));`,
    );
    this.addSql(`create index "agency_closure_agency_id_index" on "agency_closure" ("agency_id");`);
    this.addSql(
      `alter table "agency_closure" add constraint "agency_closure_ancestor_id_foreign" foreign key ("ancestor_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agency_closure" add constraint "agency_closure_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "agency_closure" enable row level security;`);

    // The closure of the given agencies, walking up through agency (whatever order the rows were inserted in).
    this.addSql(`create or replace function gongkai_agency_closure_add(p_ids uuid[]) returns void
      language sql security definer set search_path = public, pg_temp as $$
        insert into agency_closure (ancestor_id, agency_id)
        with recursive up (agency_id, ancestor_id) as (
          select id, id from agency where id = any (p_ids)
          union
          select up.agency_id, a.parent_id from up join agency a on a.id = up.ancestor_id where a.parent_id is not null
        )
        select ancestor_id, agency_id from up
        on conflict do nothing
      $$;`);
    this.addSql(`create or replace function gongkai_agency_closure_inserted() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        perform gongkai_agency_closure_add(array(select id from new_rows));
        return null;
      end $$;`);
    // A move: every agency below a moved one gets its ancestors again (delete cascades on removal).
    this.addSql(`create or replace function gongkai_agency_closure_updated() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      declare moved uuid[];
      begin
        select array_agg(n.id) into moved from new_rows n join old_rows o on o.id = n.id
          where n.parent_id is distinct from o.parent_id;
        if moved is null then return null; end if;
        moved := array(select agency_id from agency_closure where ancestor_id = any (moved)
                       union select unnest(moved));
        delete from agency_closure where agency_id = any (moved);
        perform gongkai_agency_closure_add(moved);
        return null;
      end $$;`);
    this.addSql(`create trigger "agency_closure_inserted" after insert on "agency"
      referencing new table as new_rows for each statement execute function gongkai_agency_closure_inserted();`);
    this.addSql(`create trigger "agency_closure_updated" after update on "agency"
      referencing old table as old_rows new table as new_rows for each statement execute function gongkai_agency_closure_updated();`);
    this.addSql(`select gongkai_agency_closure_add(array(select id from agency));`);

    // 'all' for every agency, '' (or unset) for none, else ids and at most one subtree ('tree:<id>'), comma-separated.
    this.addSql(`create or replace function gongkai_scope_ids(setting text) returns setof uuid
      language sql stable as $$
        select x::uuid
          from unnest(string_to_array(nullif(nullif(coalesce(current_setting(setting, true), ''), 'all'), ''), ',')) x
         where x not like 'tree:%'
      $$;`);
    this.addSql(`create or replace function gongkai_scope_tree(setting text) returns uuid
      language sql stable as $$
        select substring(coalesce(current_setting(setting, true), '') from 'tree:([0-9a-fA-F-]{36})')::uuid
      $$;`);
    this.addSql(`create policy "agency_closure_read" on "agency_closure" for select using (
      ancestor_id = (select gongkai_scope_tree('gongkai.read')) or ancestor_id = (select gongkai_scope_tree('gongkai.write')));`);
    this.addSql(`revoke insert, update, delete on "agency_closure" from ${APP_ROLE};`);
    this.addSql(`grant select on "agency_closure" to ${APP_ROLE};`);
    // Every policy that checks the scope (as PostgreSQL keeps it: `( SELECT gongkai_scope_all('gongkai.read'::text) AS
    // gongkai_scope_all) OR (agency_id IN ( SELECT gongkai_scope_ids(…) AS gongkai_scope_ids))`) gets the subtree probe.
    this.addSql(String.raw`do $do$
      declare
        p record; q text; c text; rep text;
        pat constant text := $p$\( SELECT gongkai_scope_all\('(gongkai\.[a-z]+)'::text\) AS gongkai_scope_all\) OR \(([a-z_]+) IN \( SELECT gongkai_scope_ids\('gongkai\.[a-z]+'::text\) AS gongkai_scope_ids\)\)$p$;
      begin
        for p in select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' loop
          rep := $r$\& OR (EXISTS ( SELECT 1 FROM agency_closure gk WHERE gk.ancestor_id = ( SELECT gongkai_scope_tree('\1'::text)) AND gk.agency_id = $r$
                 || quote_ident(p.tablename) || $r$.\2))$r$;
          q := regexp_replace(p.qual, pat, rep, 'g');
          c := regexp_replace(p.with_check, pat, rep, 'g');
          if q is distinct from p.qual then
            execute format('alter policy %I on public.%I using (%s)', p.policyname, p.tablename, q);
          end if;
          if c is distinct from p.with_check then
            execute format('alter policy %I on public.%I with check (%s)', p.policyname, p.tablename, c);
          end if;
        end loop;
      end $do$;`);
    this
      .addSql(`create or replace function gongkai_agency_subtree(p_root uuid) returns table (ids uuid[], version bigint)
      language sql stable security definer set search_path = public, pg_temp as $$
        select array(select agency_id from agency_closure where ancestor_id = p_root),
               (select version from agency_tree_version where id = 1)
      $$;`);
    for (const fn of [
      'gongkai_agency_closure_add(uuid[])',
      'gongkai_agency_closure_inserted()',
      'gongkai_agency_closure_updated()',
    ]) {
      this.addSql(`revoke all on function ${fn} from public;`);
    }
  }

  override async down(): Promise<void> {
    // Policies back to the form of ScopeCost (the probe removed, as PostgreSQL deparsed it).
    this.addSql(String.raw`do $do$
      declare
        p record; q text; c text;
        pat constant text := $p$ OR \(EXISTS \( SELECT 1\s+FROM agency_closure gk\s+WHERE \(\(gk\.ancestor_id = \( SELECT gongkai_scope_tree\('gongkai\.[a-z]+'::text\) AS gongkai_scope_tree\)\) AND \(gk\.agency_id = [a-z_"]+\.[a-z_]+\)\)\)\)$p$;
      begin
        for p in select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' loop
          q := regexp_replace(p.qual, pat, '', 'g');
          c := regexp_replace(p.with_check, pat, '', 'g');
          if q is distinct from p.qual then
            execute format('alter policy %I on public.%I using (%s)', p.policyname, p.tablename, q);
          end if;
          if c is distinct from p.with_check then
            execute format('alter policy %I on public.%I with check (%s)', p.policyname, p.tablename, c);
          end if;
        end loop;
      end $do$;`);
    this.addSql('drop function if exists gongkai_scope_tree(text);');
    this.addSql(`create or replace function gongkai_scope_ids(setting text) returns setof uuid
      language sql stable as $$
        select unnest(string_to_array(nullif(nullif(coalesce(current_setting(setting, true), ''), 'all'), ''), ',')::uuid[])
      $$;`);
    this
      .addSql(`create or replace function gongkai_agency_subtree(p_root uuid) returns table (ids uuid[], version bigint)
      language sql stable security definer set search_path = public, pg_temp as $$
        with recursive tree as (
          select id from agency where id = p_root
          union all select c.id from agency c join tree t on c.parent_id = t.id
        )
        select array_agg(id), (select version from agency_tree_version where id = 1) from tree
      $$;`);
    this.addSql('drop trigger if exists "agency_closure_inserted" on "agency";');
    this.addSql('drop trigger if exists "agency_closure_updated" on "agency";');
    this.addSql('drop function if exists gongkai_agency_closure_inserted();');
    this.addSql('drop function if exists gongkai_agency_closure_updated();');
    this.addSql('drop function if exists gongkai_agency_closure_add(uuid[]);');
    this.addSql('drop table if exists "agency_closure";');
  }
}
