import { Migration } from '@mikro-orm/migrations';

/**
 * Comparing catalogues: standard catalogues (templates) are agencies of kind STANDARD under a government, so they
 * get versions, import/export and editing like any catalogue; the office's decisions about item pairs are stored
 * and reused (item_match). RLS: a decision is visible to whoever may read either agency, and written only by
 * whoever may write both.
 */
export class Migration20261124060000Comparison extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "agency" drop constraint if exists "agency_kind_check";`);
    this.addSql(
      `alter table "agency" add constraint "agency_kind_check" check("kind" in ('GOVERNMENT', 'DEPARTMENT', 'STANDARD'));`,
    );
    this.addSql(
      `create table "item_match" ("id" uuid not null, "left_agency_id" uuid not null, "left_key" text not null, "left_path" jsonb not null, "right_agency_id" uuid not null, "right_key" text not null, "right_path" jsonb not null, "decision" text check ("decision" in ('CONFIRMED', 'REJECTED')) not null, "decided_by" text null, "decided_at" timestamptz not null default now(), constraint "item_match_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "item_match_right_agency_id_index" on "item_match" ("right_agency_id");`);
    this.addSql(
      `alter table "item_match" add constraint "item_match_pair_unique" unique ("left_agency_id", "left_key", "right_agency_id", "right_key");`,
    );
    this.addSql(
      `alter table "item_match" add constraint "item_match_left_agency_id_foreign" foreign key ("left_agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "item_match" add constraint "item_match_right_agency_id_foreign" foreign key ("right_agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "item_match" enable row level security;`);
    this.addSql(
      `create policy "item_match_read" on "item_match" for select using (gongkai_scope_has('gongkai.read', left_agency_id) or gongkai_scope_has('gongkai.read', right_agency_id));`,
    );
    const both = `gongkai_scope_has('gongkai.write', left_agency_id) and gongkai_scope_has('gongkai.write', right_agency_id)`;
    this.addSql(`create policy "item_match_insert" on "item_match" for insert with check (${both});`);
    this.addSql(`create policy "item_match_update" on "item_match" for update using (${both}) with check (${both});`);
    this.addSql(`create policy "item_match_delete" on "item_match" for delete using (${both});`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "item_match" cascade;`);
    this.addSql(`delete from "agency" where "kind" = 'STANDARD';`);
    this.addSql(`alter table "agency" drop constraint if exists "agency_kind_check";`);
    this.addSql(
      `alter table "agency" add constraint "agency_kind_check" check("kind" in ('GOVERNMENT', 'DEPARTMENT'));`,
    );
  }
}
