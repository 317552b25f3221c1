import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * A number per report year that changes, in the same transaction, whenever an annual report of that year is added,
 * changed or removed (issue 14). Sums over a government's subtree are kept by the server keyed on it (and on the
 * agency tree version), so a province's sum is computed once per change, not once per request — and every server
 * process sees the change as soon as it commits.
 *
 * The number is the id of the last transaction that made such a change (pg_current_xact_id): a copy made inside a
 * transaction that then rolls back carries a number no later change can have. A transaction that changes the data
 * twice keeps one number, so copies are read and made by read-only requests only (GraphQL queries).
 */
export class Migration20261201237000ReportDataVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "report_data_version" ("year" int not null, "version" bigint not null default 0, constraint "report_data_version_pkey" primary key ("year"));`,
    );
    this.addSql(`create or replace function gongkai_bump_report_data() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        -- Both years of an update that moves a report, locked in ascending order (no deadlock between two movers).
        insert into report_data_version (year, version)
          select y, pg_current_xact_id()::text::bigint
            from (select distinct unnest(array[new.year, old.year]) as y) as years
           where y is not null
           order by y
          on conflict (year) do update set version = excluded.version;
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
