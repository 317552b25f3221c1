import { Migration } from '@mikro-orm/migrations';
import { scopeCheck } from '../rls-sql.js';

/**
 * `catalogue_counts` checked on its own agency (issue 14). Its policy asked whether the caller could read the
 * catalogue (`exists (select 1 from catalogue c where c.id = …)`), so every count read ran the catalogue's policy in a
 * sub-plan per row: 2.5 ms for a county's 74 catalogues as the administrator, 4.9 ms as a province reviewer — the
 * largest part of the agency list's database time. The counts now carry their catalogue's agency (a catalogue never
 * changes agency; the triggers that keep the counts copy it from the rows counted, which carry it too) and are checked
 * like any agency-owned row; the public still sees exactly the counts of the catalogues it can read (published ones).
 */
export class Migration20261204010000CountsAgency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "catalogue_counts" add column "agency_id" uuid;`);
    this.addSql(
      `update "catalogue_counts" k set "agency_id" = c."agency_id" from "catalogue" c where c."id" = k."catalogue_id";`,
    );
    this.addSql(`alter table "catalogue_counts" alter column "agency_id" set not null;`);
    this.addSql(
      `alter table "catalogue_counts" add constraint "catalogue_counts_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.countFunctions(true);
    this.addSql(`drop policy "catalogue_counts_read" on "catalogue_counts";`);
    this.addSql(`create policy "catalogue_counts_read" on "catalogue_counts" for select using (
      ${scopeCheck('gongkai.read', 'agency_id', 'catalogue_counts')}
      or (gongkai_public() and exists (select 1 from catalogue c where c.id = catalogue_counts.catalogue_id)));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy "catalogue_counts_read" on "catalogue_counts";`);
    this.addSql(`create policy "catalogue_counts_read" on "catalogue_counts" for select using (
      exists (select 1 from catalogue c where c.id = catalogue_counts.catalogue_id));`);
    this.countFunctions(false);
    this.addSql(`alter table "catalogue_counts" drop column "agency_id";`);
  }

  /** The triggers' functions that add inserted rows to the counts: with the rows' agency (up) or without it (down). */
  private countFunctions(withAgency: boolean): void {
    const agency = withAgency ? 'agency_id, ' : '';
    for (const [table, column] of [
      ['catalogue_item', 'items'],
      ['requirement', 'requirements'],
    ] as const) {
      this.addSql(`create or replace function gongkai_count_${table}_added() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $$
        begin
          insert into catalogue_counts (catalogue_id, ${agency}${column})
            select catalogue_id, ${agency}count(*) from new_rows group by catalogue_id${withAgency ? ', agency_id' : ''} order by catalogue_id
            on conflict (catalogue_id) do update set ${column} = catalogue_counts.${column} + excluded.${column};
          return null;
        end $$;`);
    }
  }
}
