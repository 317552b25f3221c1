import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * A request's session in one statement (issue 14). The lookup of a session cookie took its own transaction of
 * four to six statements (begin, scope, session + user, agency, standards, a reviewer's whole subtree, commit) on
 * every request. `gongkai_session_lookup(token_hash, idle_ms)` does the same in one call: it finds the session,
 * ends it when expired or its user disabled, moves its idle expiry forward (at most once a minute), and returns the
 * user, their agency and the facts their access is computed from (packages/api/src/account/sessions.ts keeps that
 * rule). A reviewer's subtree — thousands of ids in a province — comes from `gongkai_agency_subtree(id)` only when
 * the server has no copy for the current `agency_tree_version`, which changes whenever an agency is added, removed
 * moved or renamed (so several server processes stay right without talking to each other).
 *
 * Both functions run as their owner (SECURITY DEFINER, like the system scope the lookup had before): they read
 * sessions and users whatever the caller's scope, and do nothing else. Only the application role may call them.
 *
 * The number is the id of the last transaction that made such a change (pg_current_xact_id): a copy made inside a
 * transaction that then rolls back carries a number no later change can have. A transaction that changes the data
 * twice keeps one number, so copies are read and made by read-only requests only (GraphQL queries).
 */
export class Migration20261201236000SessionLookup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "agency_tree_version" ("id" int primary key, "version" bigint not null);`);
    this.addSql(`insert into "agency_tree_version" ("id", "version") values (1, 1);`);
    this.addSql(`create or replace function gongkai_bump_agency_tree() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        update agency_tree_version set version = pg_current_xact_id()::text::bigint where id = 1;
        return null;
      end $$;`);
    this
      .addSql(`create trigger "agency_tree_changed" after insert or delete or update of "parent_id", "kind", "code", "name", "position" on "agency"
      for each statement execute function gongkai_bump_agency_tree();`);

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
    this
      .addSql(`create or replace function gongkai_agency_subtree(p_root uuid) returns table (ids uuid[], version bigint)
      language sql stable security definer set search_path = public, pg_temp as $$
        with recursive tree as (
          select id from agency where id = p_root
          union all select c.id from agency c join tree t on c.parent_id = t.id
        )
        select array_agg(id), (select version from agency_tree_version where id = 1) from tree
      $$;`);
    for (const fn of [
      'gongkai_session_lookup(text, bigint)',
      'gongkai_agency_subtree(uuid)',
      'gongkai_bump_agency_tree()',
    ]) {
      this.addSql(`revoke all on function ${fn} from public;`);
    }
    this.addSql(`grant execute on function gongkai_session_lookup(text, bigint) to ${APP_ROLE};`);
    this.addSql(`grant execute on function gongkai_agency_subtree(uuid) to ${APP_ROLE};`);
    // The trigger runs as its owner; the application only reads the version.
    this.addSql(`revoke insert, update, delete on "agency_tree_version" from ${APP_ROLE};`);
    this.addSql(`grant select on "agency_tree_version" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists gongkai_session_lookup(text, bigint);');
    this.addSql('drop function if exists gongkai_agency_subtree(uuid);');
    this.addSql('drop trigger if exists "agency_tree_changed" on "agency";');
    this.addSql('drop function if exists gongkai_bump_agency_tree();');
    this.addSql('drop table if exists "agency_tree_version";');
  }
}
