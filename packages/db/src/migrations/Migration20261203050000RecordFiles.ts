import { Migration } from '@mikro-orm/migrations';
import { existsScopeCheck as scopeCheck } from '../rls-sql.js';

/**
 * Attachments of 主动公开 records (issue 16): `stored_file` rows with owner_kind 'publicationRecord' and owner_id the
 * record's id. Unlike a case's reply letter (personal data, Migration20261203020000StoredFiles), a record's attachment
 * is what was published, so it follows its record:
 * - read when the owning record (same agency) is readable — publication_record's own row-level security then
 *   decides: the department, the office above it, anonymous visitors only for published records;
 * - inserted, changed and deleted with the row's agency in the write scope and the owner record of that agency.
 * The earlier (personal-scope) policies are narrowed to the other owner kinds, so case files stay exactly as they
 * were and a record's file is governed by these rules only. A record's files go with the record (trigger, as the
 * table's owner — like gongkai_delete_case_files).
 */
const OWNER = `exists (select 1 from publication_record r where r.id = stored_file.owner_id and r.agency_id = stored_file.agency_id)`;
const PERSONAL = `agency_id in (select gongkai_scope_ids('gongkai.personal'))`;
const RECORD = `owner_kind = 'publicationRecord'`;
const NOT_RECORD = `owner_kind <> 'publicationRecord'`;

export class Migration20261203050000RecordFiles extends Migration {
  override async up(): Promise<void> {
    const write = scopeCheck('gongkai.write', 'agency_id', 'stored_file');
    // The reply-letter policies, unchanged for every other owner kind.
    this.addSql(`alter policy "stored_file_read" on "stored_file" using (${NOT_RECORD} and ${PERSONAL});`);
    this.addSql(
      `alter policy "stored_file_insert" on "stored_file" with check (${NOT_RECORD} and ${PERSONAL} and ${write});`,
    );
    this.addSql(
      `alter policy "stored_file_update" on "stored_file" using (${NOT_RECORD} and ${PERSONAL} and ${write}) with check (${NOT_RECORD} and ${PERSONAL} and ${write});`,
    );
    this.addSql(
      `alter policy "stored_file_delete" on "stored_file" using (${NOT_RECORD} and ${PERSONAL} and ${write});`,
    );
    this.addSql(`create policy "stored_file_record_read" on "stored_file" for select using (${RECORD} and ${OWNER});`);
    this.addSql(
      `create policy "stored_file_record_insert" on "stored_file" for insert with check (${RECORD} and ${write} and ${OWNER});`,
    );
    this.addSql(
      `create policy "stored_file_record_update" on "stored_file" for update using (${RECORD} and ${write}) with check (${RECORD} and ${write} and ${OWNER});`,
    );
    this.addSql(
      `create policy "stored_file_record_delete" on "stored_file" for delete using (${RECORD} and ${write});`,
    );
    this.addSql(
      `create function gongkai_delete_record_files() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$ begin delete from stored_file where owner_kind = 'publicationRecord' and owner_id = old.id; return old; end $$;`,
    );
    this.addSql(
      `create trigger "publication_record_files_delete" after delete on "publication_record" for each row execute function gongkai_delete_record_files();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "publication_record_files_delete" on "publication_record";`);
    this.addSql(`drop function if exists gongkai_delete_record_files();`);
    for (const op of ['read', 'insert', 'update', 'delete'])
      this.addSql(`drop policy if exists "stored_file_record_${op}" on "stored_file";`);
    const write = scopeCheck('gongkai.write', 'agency_id', 'stored_file');
    this.addSql(`alter policy "stored_file_read" on "stored_file" using (${PERSONAL});`);
    this.addSql(`alter policy "stored_file_insert" on "stored_file" with check (${PERSONAL} and ${write});`);
    this.addSql(
      `alter policy "stored_file_update" on "stored_file" using (${PERSONAL} and ${write}) with check (${PERSONAL} and ${write});`,
    );
    this.addSql(`alter policy "stored_file_delete" on "stored_file" using (${PERSONAL} and ${write});`);
  }
}
