import { Migration } from '@mikro-orm/migrations';

/**
 * Review fixes: version labels are unique per agency (also under concurrency); anonymous visitors see only the
 * offices named in published catalogues (not those that exist only in a draft).
 */
export class Migration20261124050000Hardening extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "catalogue" add constraint "catalogue_agency_id_version_label_unique" unique ("agency_id", "version_label");`,
    );
    this.addSql(`drop policy if exists "office_read" on "office";`);
    this
      .addSql(`create policy "office_read" on "office" for select using (gongkai_scope_has('gongkai.read', agency_id) or (gongkai_public() and exists (
      select 1 from requirement_office ro join requirement r on r.id = ro.requirement_id join catalogue c on c.id = r.catalogue_id
       where ro.office_id = office.id and c.status = 'PUBLISHED')));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "catalogue" drop constraint "catalogue_agency_id_version_label_unique";`);
    this.addSql(`drop policy if exists "office_read" on "office";`);
    this.addSql(
      `create policy "office_read" on "office" for select using (gongkai_scope_has('gongkai.read', agency_id) or (gongkai_public()));`,
    );
  }
}
