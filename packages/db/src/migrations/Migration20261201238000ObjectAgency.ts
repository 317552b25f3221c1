import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * Which agency an object belongs to, in one statement (issue 14). The access check of an operation that names an
 * object (packages/api/src/request-plugin.ts) must see objects outside the caller's scope — to answer 「没有权限」
 * rather than 「不存在」 — and used a transaction of its own with the system scope (begin, scope, lookup, kind,
 * commit) per object named. `gongkai_object_agency(table, key, value, column)` returns the owning agency's id and
 * kind of the row of a tenant table (row-level security enabled) whose id or code is `value`: what that lookup
 * returned, nothing more. Tables and columns are checked, names quoted; only the application role may call it.
 */
export class Migration20261201238000ObjectAgency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function gongkai_object_agency(p_table text, p_key text, p_value text, p_column text)
      returns table (agency_id uuid, kind text)
      language plpgsql stable security definer set search_path = public, pg_temp as $$
      begin
        if p_key not in ('id', 'code') or p_column not in ('id', 'agency_id', 'left_agency_id') then
          raise exception 'gongkai_object_agency: key % or column % not allowed', p_key, p_column;
        end if;
        if not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relname = p_table and c.relkind = 'r' and c.relrowsecurity) then
          raise exception 'gongkai_object_agency: % is not a tenant table', p_table;
        end if;
        if p_key = 'id' and p_value !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
          return;
        end if;
        return query execute format(
          'select t.%I, a.kind::text from public.%I t left join public.agency a on a.id = t.%I where t.%I = $1%s',
          p_column, p_table, p_column, p_key, case when p_key = 'id' then '::uuid' else '' end)
          using p_value;
      end $$;`);
    this.addSql(`revoke all on function gongkai_object_agency(text, text, text, text) from public;`);
    this.addSql(`grant execute on function gongkai_object_agency(text, text, text, text) to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists gongkai_object_agency(text, text, text, text);');
  }
}
