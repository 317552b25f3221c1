import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * The number of items and rows of every catalogue, kept in `catalogue_counts` by statement triggers on
 * catalogue_item and requirement (issue 14). The agency list shows both numbers for ~95 catalogues at a time; counted
 * on every request they cost ~17,000 index entries, each fetched from the heap because the row-level-security
 * policy of both tables reads `agency_id` — more than half of the list's database time. A published catalogue never
 * changes, a draft's rows change a few at a time: counting on write is cheaper than on every read.
 *
 * Inserts add (one upsert per catalogue a statement touched), deletes subtract; a catalogue deleted with its rows
 * takes its counts with it (foreign key, cascade), and the delete triggers then update nothing. Rows never move
 * between catalogues (no update trigger is needed; a test checks the counts after every kind of edit). The
 * application role reads a catalogue's counts only when it can read the catalogue, and never writes them.
 */
export class Migration20261203000000CatalogueCounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "catalogue_counts" ("catalogue_id" uuid not null, "items" int not null default 0, "requirements" int not null default 0, constraint "catalogue_counts_pkey" primary key ("catalogue_id"));`,
    );
    this.addSql(
      `alter table "catalogue_counts" add constraint "catalogue_counts_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete cascade;`,
    );
    for (const [table, column] of [
      ['catalogue_item', 'items'],
      ['requirement', 'requirements'],
    ] as const) {
      this.addSql(`create or replace function gongkai_count_${table}_added() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $$
        begin
          insert into catalogue_counts (catalogue_id, ${column})
            select catalogue_id, count(*) from new_rows group by catalogue_id order by catalogue_id
            on conflict (catalogue_id) do update set ${column} = catalogue_counts.${column} + excluded.${column};
          return null;
        end $$;`);
      this.addSql(`create or replace function gongkai_count_${table}_removed() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $$
        begin
          update catalogue_counts k set ${column} = k.${column} - d.n
            from (select catalogue_id, count(*) as n from old_rows group by catalogue_id) d
           where k.catalogue_id = d.catalogue_id;
          return null;
        end $$;`);
      for (const fn of [`gongkai_count_${table}_added()`, `gongkai_count_${table}_removed()`])
        this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`create trigger "${table}_counted_inserted" after insert on "${table}"
        referencing new table as new_rows for each statement execute function gongkai_count_${table}_added();`);
      this.addSql(`create trigger "${table}_counted_deleted" after delete on "${table}"
        referencing old table as old_rows for each statement execute function gongkai_count_${table}_removed();`);
    }
    this.addSql(`insert into catalogue_counts (catalogue_id, items, requirements)
      select c.id, (select count(*) from catalogue_item i where i.catalogue_id = c.id),
             (select count(*) from requirement r where r.catalogue_id = c.id)
        from catalogue c;`);
    this.addSql(`alter table "catalogue_counts" enable row level security;`);
    this.addSql(`create policy "catalogue_counts_read" on "catalogue_counts" for select using (
      exists (select 1 from catalogue c where c.id = catalogue_counts.catalogue_id));`);
    this.addSql(`revoke insert, update, delete on "catalogue_counts" from ${APP_ROLE};`);
    this.addSql(`grant select on "catalogue_counts" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    for (const table of ['catalogue_item', 'requirement']) {
      this.addSql(`drop trigger if exists "${table}_counted_inserted" on "${table}";`);
      this.addSql(`drop trigger if exists "${table}_counted_deleted" on "${table}";`);
      this.addSql(`drop function if exists gongkai_count_${table}_added();`);
      this.addSql(`drop function if exists gongkai_count_${table}_removed();`);
    }
    this.addSql('drop table if exists "catalogue_counts";');
  }
}
