import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, appRolePassword } from '../database-roles.js';

/**
 * Accounts, sessions, login throttle, audit log — and tenant isolation in the database itself:
 * row-level security on every tenant-owned table, keyed by per-transaction settings the application sets
 * from the signed-in user (see packages/api/src/scope.ts):
 *   gongkai.read   'all' | comma-separated agency ids the transaction may read ('' or unset: none)
 *   gongkai.write  the same, for insert/update/delete
 *   gongkai.public 'on' for anonymous visitors: published catalogues only
 * The application connects as {APP_ROLE}, which owns nothing and cannot bypass RLS; migrations run as the owner.
 */
export class Migration20261124010000Auth extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_throttle" ("key" text not null, "failures" int not null default 0, "window_start" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "app_user" ("id" uuid not null, "login" text not null, "display_name" text not null, "agency_id" uuid null, "roles" jsonb not null default '[]', "password_hash" text not null, "must_change_password" boolean not null default false, "disabled" boolean not null default false, "created_at" timestamptz not null default now(), "password_changed_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);
    this.addSql(`create index "app_user_agency_id_index" on "app_user" ("agency_id");`);
    this.addSql(
      `create table "audit_log" ("id" uuid not null, "at" timestamptz not null default now(), "user_id" uuid null, "user_login" text null, "agency_id" uuid null, "operation" text not null, "object_type" text not null, "object_id" text null, "before" jsonb null, "after" jsonb null, constraint "audit_log_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_log_agency_id_at_index" on "audit_log" ("agency_id", "at");`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(
      `create table "user_session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "idle_expires_at" timestamptz not null, "ip" text null, "user_agent" text null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`create or replace function gongkai_scope_has(setting text, agency uuid) returns boolean
      language sql stable as $$
        select case coalesce(current_setting(setting, true), '')
          when '' then false
          when 'all' then true
          else agency = any (string_to_array(current_setting(setting, true), ',')::uuid[])
        end
      $$;`);
    this.addSql(`create or replace function gongkai_public() returns boolean language sql stable as $$
        select coalesce(current_setting('gongkai.public', true), '') = 'on'
      $$;`);

    const publicRead: Record<string, string> = {
      agency: 'gongkai_public()',
      office: 'gongkai_public()',
      catalogue: "gongkai_public() and status = 'PUBLISHED'",
      catalogue_item:
        "gongkai_public() and exists (select 1 from catalogue c where c.id = catalogue_id and c.status = 'PUBLISHED')",
      requirement:
        "gongkai_public() and exists (select 1 from catalogue c where c.id = catalogue_id and c.status = 'PUBLISHED')",
      requirement_office: 'gongkai_public() and exists (select 1 from requirement r where r.id = requirement_id)',
    };
    const tables: Array<[string, string]> = [
      ['agency', 'id'],
      ['office', 'agency_id'],
      ['catalogue', 'agency_id'],
      ['catalogue_item', 'agency_id'],
      ['requirement', 'agency_id'],
      ['requirement_office', 'agency_id'],
      ['import_finding', 'agency_id'],
      ['app_user', 'agency_id'],
    ];
    for (const [table, key] of tables) {
      const pub = publicRead[table] ? ` or (${publicRead[table]})` : '';
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy "${table}_read" on "${table}" for select using (gongkai_scope_has('gongkai.read', ${key})${pub});`,
      );
      this.addSql(
        `create policy "${table}_insert" on "${table}" for insert with check (gongkai_scope_has('gongkai.write', ${key}));`,
      );
      this.addSql(
        `create policy "${table}_update" on "${table}" for update using (gongkai_scope_has('gongkai.write', ${key})) with check (gongkai_scope_has('gongkai.write', ${key}));`,
      );
      this.addSql(
        `create policy "${table}_delete" on "${table}" for delete using (gongkai_scope_has('gongkai.write', ${key}));`,
      );
    }
    // The audit log is append-only for the application: it may add entries, read those of its scope, never change them.
    this.addSql(`alter table "audit_log" enable row level security;`);
    this.addSql(
      `create policy "audit_log_read" on "audit_log" for select using (gongkai_scope_has('gongkai.read', agency_id) or (agency_id is null and coalesce(current_setting('gongkai.read', true), '') = 'all'));`,
    );
    this.addSql(`create policy "audit_log_insert" on "audit_log" for insert with check (true);`);

    // The application's role: no ownership, no BYPASSRLS. Roles are per cluster: create it once.
    const password = appRolePassword().replace(/'/gu, "''");
    this.addSql(`do $$ begin
        if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
          create role ${APP_ROLE} login nosuperuser nocreatedb nocreaterole nobypassrls password '${password}';
        end if;
      end $$;`);
    this.addSql(`grant usage on schema public to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE};`);
    this.addSql(`revoke update, delete on "audit_log" from ${APP_ROLE};`);
    this.addSql(`revoke all on "mikro_orm_migrations" from ${APP_ROLE};`);
    this.addSql(`grant select on "mikro_orm_migrations" to ${APP_ROLE};`);
    this.addSql(
      `alter default privileges in schema public grant select, insert, update, delete on tables to ${APP_ROLE};`,
    );
  }

  override async down(): Promise<void> {
    for (const t of [
      'agency',
      'office',
      'catalogue',
      'catalogue_item',
      'requirement',
      'requirement_office',
      'import_finding',
      'app_user',
      'audit_log',
    ]) {
      this.addSql(`alter table "${t}" disable row level security;`);
      for (const p of ['read', 'insert', 'update', 'delete'])
        this.addSql(`drop policy if exists "${t}_${p}" on "${t}";`);
    }
    this.addSql(`drop function if exists gongkai_scope_has(text, uuid);`);
    this.addSql(`drop function if exists gongkai_public();`);
    for (const t of ['audit_log', 'user_session', 'login_throttle', 'app_user'])
      this.addSql(`drop table if exists "${t}" cascade;`);
  }
}
