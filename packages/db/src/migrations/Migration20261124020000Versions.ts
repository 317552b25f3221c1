import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/** Catalogue versions (based on, published at/by), optimistic-locking versions, catalogue history, holiday years. */
export class Migration20261124020000Versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "holiday_year" ("year" int not null, "holidays" jsonb not null default '[]', "workdays" jsonb not null default '[]', "updated_at" timestamptz not null default now(), "updated_by" text null, constraint "holiday_year_pkey" primary key ("year"));`,
    );
    this.addSql(
      `alter table "catalogue" add column "based_on_id" uuid null, add column "published_at" timestamptz null, add column "published_by" text null;`,
    );
    this.addSql(
      `alter table "catalogue" add constraint "catalogue_based_on_id_foreign" foreign key ("based_on_id") references "catalogue" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "catalogue_item" add column "version" int not null default 1;`);
    this.addSql(`alter table "requirement" add column "version" int not null default 1;`);
    this.addSql(`alter table "audit_log" add column "catalogue_id" uuid null;`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "audit_log_catalogue_id_index" on "audit_log" ("catalogue_id");`);
    // Holiday data is not tenant-owned: everyone reads it; only administrators change it (access rules).
    this.addSql(`grant select, insert, update, delete on "holiday_year" to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "holiday_year";`);
    this.addSql(`alter table "audit_log" drop column "catalogue_id";`);
    this.addSql(`alter table "requirement" drop column "version";`);
    this.addSql(`alter table "catalogue_item" drop column "version";`);
    this.addSql(
      `alter table "catalogue" drop column "based_on_id", drop column "published_at", drop column "published_by";`,
    );
  }
}
