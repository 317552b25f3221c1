import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * A number per report year that changes, in the same transaction, whenever an annual report of that year is added,
 * changed or removed (issue 14). Sums over a government's subtree are kept by the server keyed on it (and on the
 * agency tree version), so a province's sum is computed once per change, not once per request — and every server
 * process sees the change as soon as it commits.
 *
 * The number is the id of the last transaction that made such a change (pg_current_xact_id): a copy made inside a
 * transaction that then rolls back carries a number no later change can have.
 */
export class Migration20261201237000ReportDataVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "report_data_version" ("year" int not null, "version" bigint not null default 0, constraint "report_data_version_pkey" primary key ("year"));`,
    );
    this.addSql(`create or replace function gongkai_bump_report_data() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      declare y int := coalesce(new.year, old.year);
      begin
        insert into report_data_version (year, version) values (y, pg_current_xact_id()::text::bigint)
          on conflict (year) do update set version = excluded.version;
        if tg_op = 'UPDATE' and old.year is distinct from new.year then
          insert into report_data_version (year, version) values (old.year, pg_current_xact_id()::text::bigint)
            on conflict (year) do update set version = excluded.version;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "annual_report_changed" after insert or update or delete on "annual_report"
      for each row execute function gongkai_bump_report_data();`);
    this.addSql(`revoke all on function gongkai_bump_report_data() from public;`);
    this.addSql(`revoke insert, update, delete on "report_data_version" from ${APP_ROLE};`);
    this.addSql(`grant select on "report_data_version" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists "annual_report_changed" on "annual_report";');
    this.addSql('drop function if exists gongkai_bump_report_data();');
    this.addSql('drop table if exists "report_data_version";');
  }
}
