import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * A session kept by the server between requests (issue 14), checked against the database in the request's own
 * transaction. `auth_version` holds a number per user that triggers change (the changing transaction's id) whenever
 * one of the user's sessions ends (sign-out, expiry, a password change or an administrator ending it), or the user's
 * login, name, roles, agency, password, initial-password flag or disabled flag changes, or the user is deleted;
 * `gongkai_auth_version(user)` joins it to `agency_tree_version` (a user's government, its standards and a reviewer's
 * subtree come from the agency tree). The session lookup reads it before anything else and returns it with the
 * session's absolute expiry; the statement that sets a request's scope reads it again, and a kept session whose
 * number differs is looked up afresh before the request's access rules are checked
 * (packages/api/src/request-plugin.ts) — so no process acts on a session or user that has changed, and none needs to
 * be told.
 *
 * The triggers are deferred to the end of the transaction (constraint triggers, per row): the version row of a user is
 * the last lock a transaction takes, so a password change that ends several sessions cannot deadlock with a sign-out
 * of one of them, and one user's changes never wait for another's.
 */
export class Migration20261204020000AuthVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "auth_version" ("user_id" uuid primary key, "version" bigint not null);`);
    for (const [fn, who] of [
      ['gongkai_bump_session_auth_version', 'old.user_id'],
      ['gongkai_bump_user_auth_version', "case when tg_op = 'DELETE' then old.id else new.id end"],
    ])
      this.addSql(`create or replace function ${fn}() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $$
        begin
          insert into auth_version (user_id, version) values (${who}, pg_current_xact_id()::text::bigint)
            on conflict (user_id) do update set version = excluded.version;
          return null;
        end $$;`);
    this.addSql(`create constraint trigger "auth_session_ended" after delete on "user_session"
      deferrable initially deferred for each row execute function gongkai_bump_session_auth_version();`);
    this.addSql(`create constraint trigger "auth_user_changed" after update of "login", "display_name", "roles",
      "agency_id", "password_hash", "must_change_password", "disabled" or delete on "app_user"
      deferrable initially deferred for each row execute function gongkai_bump_user_auth_version();`);
    this.addSql(`create or replace function gongkai_auth_version(p_user uuid) returns text
      language sql stable as $$
        select coalesce((select version from auth_version where user_id = p_user), 0)::text || '.'
               || (select version from agency_tree_version where id = 1)::text
      $$;`);
    this.addSql(`revoke all on function gongkai_bump_session_auth_version() from public;`);
    this.addSql(`revoke all on function gongkai_bump_user_auth_version() from public;`);
    this.addSql(`revoke insert, update, delete on "auth_version" from ${APP_ROLE};`);
    this.addSql(`grant select on "auth_version" to ${APP_ROLE};`);
    this.addSql(`create or replace function gongkai_session_lookup(p_token_hash text, p_idle_ms bigint) returns jsonb
      language plpgsql security definer set search_path = public, pg_temp as $$
      declare
        s user_session%rowtype;
        u app_user%rowtype;
        a agency%rowtype;
        gov uuid;
        idle timestamptz;
        v text;
      begin
        -- The version first, then the session and user read afresh (each statement sees what committed before it):
        -- a change committed after the version was read makes the next request look the session up again.
        v := gongkai_auth_version((select user_id from user_session where token_hash = p_token_hash));
        select * into s from user_session where token_hash = p_token_hash;
        if not found then return jsonb_build_object('problem', 'invalid'); end if;
        select * into u from app_user where id = s.user_id;
        if s.expires_at <= now() or s.idle_expires_at <= now() or u.disabled then
          delete from user_session where id = s.id;
          return jsonb_build_object('problem', 'expired');
        end if;
        idle := least(now() + make_interval(secs => p_idle_ms / 1000.0), s.expires_at);
        if idle - s.idle_expires_at > interval '60 seconds' then
          update user_session set idle_expires_at = idle where id = s.id;
        end if;
        if u.agency_id is not null then
          select * into a from agency where id = u.agency_id;
          gov := case when a.kind = 'GOVERNMENT' then a.id else coalesce(a.parent_id, a.id) end;
        end if;
        return jsonb_build_object(
          'sessionId', s.id,
          'userId', u.id,
          'login', u.login,
          'displayName', u.display_name,
          'roles', u.roles,
          'agencyId', u.agency_id,
          'mustChangePassword', u.must_change_password,
          'governmentId', gov,
          'standards', coalesce((select jsonb_agg(x.id) from agency x where x.parent_id = gov and x.kind = 'STANDARD'), '[]'::jsonb),
          'treeVersion', (select version from agency_tree_version where id = 1),
          'authVersion', v,
          'expiresAt', s.expires_at
        );
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function gongkai_session_lookup(p_token_hash text, p_idle_ms bigint) returns jsonb
      language plpgsql security definer set search_path = public, pg_temp as $$
      declare
        s user_session%rowtype;
        u app_user%rowtype;
        a agency%rowtype;
        gov uuid;
        idle timestamptz;
      begin
        select * into s from user_session where token_hash = p_token_hash;
        if not found then return jsonb_build_object('problem', 'invalid'); end if;
        select * into u from app_user where id = s.user_id;
        if s.expires_at <= now() or s.idle_expires_at <= now() or u.disabled then
          delete from user_session where id = s.id;
          return jsonb_build_object('problem', 'expired');
        end if;
        idle := least(now() + make_interval(secs => p_idle_ms / 1000.0), s.expires_at);
        if idle - s.idle_expires_at > interval '60 seconds' then
          update user_session set idle_expires_at = idle where id = s.id;
        end if;
        if u.agency_id is not null then
          select * into a from agency where id = u.agency_id;
          gov := case when a.kind = 'GOVERNMENT' then a.id else coalesce(a.parent_id, a.id) end;
        end if;
        return jsonb_build_object(
          'sessionId', s.id,
          'userId', u.id,
          'login', u.login,
          'displayName', u.display_name,
          'roles', u.roles,
          'agencyId', u.agency_id,
          'mustChangePassword', u.must_change_password,
          'governmentId', gov,
          'standards', coalesce((select jsonb_agg(x.id) from agency x where x.parent_id = gov and x.kind = 'STANDARD'), '[]'::jsonb),
          'treeVersion', (select version from agency_tree_version where id = 1)
        );
      end $$;`);
    this.addSql('drop trigger if exists "auth_session_ended" on "user_session";');
    this.addSql('drop trigger if exists "auth_user_changed" on "app_user";');
    this.addSql('drop function if exists gongkai_auth_version(uuid);');
    this.addSql('drop function if exists gongkai_bump_session_auth_version();');
    this.addSql('drop function if exists gongkai_bump_user_auth_version();');
    this.addSql('drop table if exists "auth_version";');
  }
}
