import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * Column mappings remembered per agency and table layout (issue 12, item 3). Agency-owned: read within the read
 * scope, written within the write scope, like the agency's catalogues. Not public.
 */
export class Migration20261201000000ImportMapping extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "import_mapping" ("agency_id" uuid not null, "layout_key" text not null, "columns" jsonb not null default '[]', "updated_at" timestamptz not null default now(), "updated_by" text null, constraint "import_mapping_pkey" primary key ("agency_id", "layout_key"));`,
    );
    this.addSql(
      `alter table "import_mapping" add constraint "import_mapping_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "import_mapping" enable row level security;`);
    this.addSql(
      `create policy "import_mapping_read" on "import_mapping" for select using (gongkai_scope_has('gongkai.read', agency_id));`,
    );
    this.addSql(
      `create policy "import_mapping_insert" on "import_mapping" for insert with check (gongkai_scope_has('gongkai.write', agency_id));`,
    );
    this.addSql(
      `create policy "import_mapping_update" on "import_mapping" for update using (gongkai_scope_has('gongkai.write', agency_id)) with check (gongkai_scope_has('gongkai.write', agency_id));`,
    );
    this.addSql(
      `create policy "import_mapping_delete" on "import_mapping" for delete using (gongkai_scope_has('gongkai.write', agency_id));`,
    );
    this.addSql(`grant select, insert, update, delete on "import_mapping" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_mapping";`);
  }
}
