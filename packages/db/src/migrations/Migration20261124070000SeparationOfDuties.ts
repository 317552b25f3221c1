import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * Separation of duties (职责分离): per-government settings, one row per government that changed a default.
 * `catalogue_second_person` (default on): a catalogue draft is not published by the only person who edited it,
 * in agencies that have a 部门审批人. Readable by everyone (like report deadlines); written within the write scope.
 */
export class Migration20261124070000SeparationOfDuties extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "government_setting" ("agency_id" uuid not null, "catalogue_second_person" boolean not null default true, "updated_at" timestamptz not null default now(), "updated_by" text null, constraint "government_setting_pkey" primary key ("agency_id"));`,
    );
    this.addSql(
      `alter table "government_setting" add constraint "government_setting_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "government_setting" enable row level security;`);
    this.addSql(`create policy "government_setting_read" on "government_setting" for select using (true);`);
    this.addSql(
      `create policy "government_setting_write" on "government_setting" for all using (gongkai_scope_has('gongkai.write', agency_id)) with check (gongkai_scope_has('gongkai.write', agency_id));`,
    );
    this.addSql(`grant select, insert, update, delete on "government_setting" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "government_setting";`);
  }
}
