import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';
import { existsScopeCheck as scopeCheck } from '../rls-sql.js';

/**
 * Notices (issue 17): 催报 — the city office reminds a department to file its annual report. `notice` belongs to the
 * department it is for; `notice_read` records which user opened which notice; users get an optional e-mail address
 * (the reminder is also mailed when the server has a mail server set).
 *
 * Row-level security (scopeCheck, rls-sql.ts):
 * - notice: read within `gongkai.read` (the department's users; the office, whose read scope is its government's
 *   subtree), inserted, changed and deleted within `gongkai.write` (the office writes its government's subtree; a
 *   department's own users may write their agency's rows, but the API offers them no operation on notices).
 * - notice_read: read and inserted within `gongkai.read` (a 只读用户 marks what they opened as read too), changed and
 *   deleted within `gongkai.write`. Its agency_id is copied from the notice by the statement that inserts it
 *   (packages/db notices/notice-store.ts), so it can only be read where the notice can.
 */
export class Migration20261203010000Notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "email" text null;`);
    this.addSql(
      `create table "notice" ("id" uuid not null, "agency_id" uuid not null, "kind" text not null default 'REPORT_REMINDER', "year" int not null, "title" text not null, "message" text not null default '', "sender_agency_id" uuid null, "sender_login" text null, "sender_name" text null, "created_at" timestamptz not null default now(), "mail_state" text not null default 'NONE', "mail_recipients" int not null default 0, "mail_error" text null, "mail_at" timestamptz null, constraint "notice_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notice_agency_id_year_index" on "notice" ("agency_id", "year");`);
    this.addSql(
      `alter table "notice" add constraint "notice_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_sender_agency_id_foreign" foreign key ("sender_agency_id") references "agency" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "notice_read" ("notice_id" uuid not null, "user_id" uuid not null, "agency_id" uuid not null, "read_at" timestamptz not null default now(), constraint "notice_read_pkey" primary key ("notice_id", "user_id"));`,
    );
    this.addSql(`create index "notice_read_user_id_index" on "notice_read" ("user_id");`);
    this.addSql(
      `alter table "notice_read" add constraint "notice_read_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notice_read" add constraint "notice_read_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notice_read" add constraint "notice_read_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );

    for (const table of ['notice', 'notice_read']) {
      const read = scopeCheck('gongkai.read', 'agency_id', table);
      const write = scopeCheck('gongkai.write', 'agency_id', table);
      const insert = table === 'notice' ? write : read;
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_read" on "${table}" for select using (${read});`);
      this.addSql(`create policy "${table}_insert" on "${table}" for insert with check (${insert});`);
      this.addSql(`create policy "${table}_update" on "${table}" for update using (${write}) with check (${write});`);
      this.addSql(`create policy "${table}_delete" on "${table}" for delete using (${write});`);
    }
    this.addSql(`grant select, insert, update, delete on "notice", "notice_read" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notice_read";`);
    this.addSql(`drop table if exists "notice";`);
    this.addSql(`alter table "app_user" drop column "email";`);
  }
}
