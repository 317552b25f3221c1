import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/** The tables whose rows make up what a catalogue tree shows. */
const TREE_TABLES = ['catalogue', 'catalogue_item', 'requirement', 'requirement_office', 'office'];

/**
 * A number per agency that changes, in the same transaction, whenever anything a catalogue tree of that agency shows
 * is added, changed or removed: its catalogues, items, rows, row–office links or offices (issue 14). Published
 * catalogue trees are kept by the server keyed on it (packages/api/src/catalogue/tree-copies.ts), so a published
 * tree is read from the database once per change — an office renamed or merged changes it — and every server process
 * sees the change as soon as it commits. Statement-level triggers with transition tables: an import of thousands
 * of rows bumps each agency once.
 *
 * The number is the id of the last transaction that made such a change (pg_current_xact_id): a copy made inside a
 * transaction that then rolls back carries a number no later change can have. A transaction that changes the data
 * twice keeps one number, so copies are read and made by read-only requests only (GraphQL queries).
 */
export class Migration20261201239000CatalogueDataVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "catalogue_data_version" ("agency_id" uuid not null, "version" bigint not null default 0, constraint "catalogue_data_version_pkey" primary key ("agency_id"));`,
    );
    for (const [name, rows] of [
      ['gongkai_bump_catalogue_new', 'new_rows'],
      ['gongkai_bump_catalogue_old', 'old_rows'],
    ] as const) {
      this.addSql(`create or replace function ${name}() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $$
        begin
          insert into catalogue_data_version (agency_id, version)
            select distinct agency_id, pg_current_xact_id()::text::bigint from ${rows} where agency_id is not null
              order by agency_id
            on conflict (agency_id) do update set version = excluded.version;
          return null;
        end $$;`);
      this.addSql(`revoke all on function ${name}() from public;`);
    }
    for (const table of TREE_TABLES) {
      this.addSql(`create trigger "${table}_tree_inserted" after insert on "${table}"
        referencing new table as new_rows for each statement execute function gongkai_bump_catalogue_new();`);
      this.addSql(`create trigger "${table}_tree_updated" after update on "${table}"
        referencing new table as new_rows for each statement execute function gongkai_bump_catalogue_new();`);
      this.addSql(`create trigger "${table}_tree_deleted" after delete on "${table}"
        referencing old table as old_rows for each statement execute function gongkai_bump_catalogue_old();`);
    }
    this.addSql(`revoke insert, update, delete on "catalogue_data_version" from ${APP_ROLE};`);
    this.addSql(`grant select on "catalogue_data_version" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    for (const table of TREE_TABLES)
      for (const t of ['inserted', 'updated', 'deleted'])
        this.addSql(`drop trigger if exists "${table}_tree_${t}" on "${table}";`);
    this.addSql('drop function if exists gongkai_bump_catalogue_new();');
    this.addSql('drop function if exists gongkai_bump_catalogue_old();');
    this.addSql('drop table if exists "catalogue_data_version";');
  }
}
