import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';
import { existsScopeCheck as scopeCheck } from '../rls-sql.js';

/**
 * Stored files (issue 15): `stored_file` keeps attachments — the reply letter of a 依申请公开 case — as bytea beside
 * their owner (owner_kind, owner_id), with the name, the sniffed media type, the size and the SHA-256.
 *
 * Row-level security: a reply letter names the applicant, so the table follows application_applicant, not the
 * ordinary agency rows: read only with the row's agency in `gongkai.personal` (the user's own agency, department
 * roles — never what the office's or an administrator's read scope adds), and written only when the agency is in
 * both `gongkai.personal` and the write scope.
 */
const PERSONAL = `agency_id in (select gongkai_scope_ids('gongkai.personal'))`;

export class Migration20261203020000StoredFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "agency_id" uuid not null, "owner_kind" text not null, "owner_id" uuid not null, "file_name" text not null, "media_type" text not null, "size" int not null, "sha256" text not null, "bytes" bytea not null, "created_at" timestamptz not null default now(), "created_by" text null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stored_file_agency_id_index" on "stored_file" ("agency_id");`);
    this.addSql(`create index "stored_file_owner_kind_owner_id_index" on "stored_file" ("owner_kind", "owner_id");`);
    this.addSql(
      `alter table "stored_file" add constraint "stored_file_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    const write = scopeCheck('gongkai.write', 'agency_id', 'stored_file');
    this.addSql(`alter table "stored_file" enable row level security;`);
    this.addSql(`create policy "stored_file_read" on "stored_file" for select using (${PERSONAL});`);
    this.addSql(
      `create policy "stored_file_insert" on "stored_file" for insert with check (${PERSONAL} and ${write});`,
    );
    this.addSql(
      `create policy "stored_file_update" on "stored_file" for update using (${PERSONAL} and ${write}) with check (${PERSONAL} and ${write});`,
    );
    this.addSql(`create policy "stored_file_delete" on "stored_file" for delete using (${PERSONAL} and ${write});`);
    this.addSql(`grant select, insert, update, delete on "stored_file" to ${APP_ROLE};`);
    // A case's reply letters go with the case, whoever deletes it (an administrator, outside the personal scope, cannot
    // see them to delete them): a trigger running as the table's owner.
    this.addSql(
      `create function gongkai_delete_case_files() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$ begin delete from stored_file where owner_kind = 'applicationReply' and owner_id = old.id; return old; end $$;`,
    );
    this.addSql(
      `create trigger "application_case_files_delete" after delete on "application_case" for each row execute function gongkai_delete_case_files();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "application_case_files_delete" on "application_case";`);
    this.addSql(`drop function if exists gongkai_delete_case_files();`);
    this.addSql(`drop table if exists "stored_file";`);
  }
}
