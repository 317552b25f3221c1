import { Migration } from '@mikro-orm/migrations';

/** Agencies (a tree), their offices, catalogues with their item tree, requirement rows and import findings. */
export class Migration20261124000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agency" ("id" uuid not null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('GOVERNMENT', 'DEPARTMENT')) not null, "parent_id" uuid null, "position" int not null default 0, "created_at" timestamptz not null default now(), constraint "agency_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_parent_id_index" on "agency" ("parent_id");`);
    this.addSql(
      `create table "catalogue" ("id" uuid not null, "agency_id" uuid not null, "title" text not null, "version_label" text not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "source_name" text null, "demo" boolean not null default false, "imported_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "catalogue_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "catalogue_agency_id_index" on "catalogue" ("agency_id");`);
    this.addSql(
      `create table "catalogue_item" ("id" uuid not null, "agency_id" uuid not null, "catalogue_id" uuid not null, "parent_id" uuid null, "level" smallint not null, "name" text not null, "serial" text null, "position" int not null, "source_line" int null, constraint "catalogue_item_pkey" primary key ("id"), constraint catalogue_item_level_check check (((level >= 1) AND (level <= 3))));`,
    );
    this.addSql(`create index "catalogue_item_agency_id_index" on "catalogue_item" ("agency_id");`);
    this.addSql(`create index "catalogue_item_catalogue_id_index" on "catalogue_item" ("catalogue_id");`);
    this.addSql(`create index "catalogue_item_parent_id_index" on "catalogue_item" ("parent_id");`);
    this.addSql(
      `create table "office" ("id" uuid not null, "agency_id" uuid not null, "name" text not null, "aliases" jsonb not null default '[]', "position" int not null default 0, constraint "office_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "office" add constraint "office_agency_id_name_unique" unique ("agency_id", "name");`);
    this.addSql(
      `create table "requirement" ("id" uuid not null, "agency_id" uuid not null, "catalogue_id" uuid not null, "item_id" uuid not null, "position" int not null, "source_line" int null, "content_intro" text null, "content_elements" jsonb not null default '[]', "time_limit_raw" text not null default '', "time_limit_rule" jsonb not null, "long_term" boolean not null default false, "statutory_default" boolean not null default false, "publishing_organs" jsonb not null default '[]', "channels" jsonb not null default '[]', "extra_channels" jsonb not null default '[]', "audiences" jsonb not null default '[]', "legal_basis" jsonb not null default '[]', "modes" jsonb not null default '[]', "levels" jsonb not null default '[]', "remarks" jsonb not null default '[]', constraint "requirement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "requirement_agency_id_index" on "requirement" ("agency_id");`);
    this.addSql(`create index "requirement_catalogue_id_index" on "requirement" ("catalogue_id");`);
    this.addSql(`create index "requirement_item_id_index" on "requirement" ("item_id");`);
    this.addSql(
      `create table "import_finding" ("id" uuid not null, "agency_id" uuid not null, "catalogue_id" uuid not null, "requirement_id" uuid null, "kind" text not null, "severity" text check ("severity" in ('INFO', 'WARNING', 'ERROR')) not null, "message" text not null, "line" int null, "column" text null, "position" int not null, constraint "import_finding_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "import_finding_agency_id_index" on "import_finding" ("agency_id");`);
    this.addSql(`create index "import_finding_catalogue_id_index" on "import_finding" ("catalogue_id");`);
    this.addSql(`create index "import_finding_requirement_id_index" on "import_finding" ("requirement_id");`);
    this.addSql(
      `create table "requirement_office" ("id" uuid not null, "agency_id" uuid not null, "requirement_id" uuid not null, "office_id" uuid not null, "position" int not null, constraint "requirement_office_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "requirement_office_agency_id_index" on "requirement_office" ("agency_id");`);
    this.addSql(`create index "requirement_office_office_id_index" on "requirement_office" ("office_id");`);
    this.addSql(
      `alter table "requirement_office" add constraint "requirement_office_requirement_id_office_id_unique" unique ("requirement_id", "office_id");`,
    );
    this.addSql(
      `alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "catalogue" add constraint "catalogue_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "catalogue_item" add constraint "catalogue_item_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "catalogue_item" add constraint "catalogue_item_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "catalogue_item" add constraint "catalogue_item_parent_id_foreign" foreign key ("parent_id") references "catalogue_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "office" add constraint "office_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "requirement" add constraint "requirement_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "requirement" add constraint "requirement_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "requirement" add constraint "requirement_item_id_foreign" foreign key ("item_id") references "catalogue_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "import_finding" add constraint "import_finding_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "import_finding" add constraint "import_finding_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "import_finding" add constraint "import_finding_requirement_id_foreign" foreign key ("requirement_id") references "requirement" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "requirement_office" add constraint "requirement_office_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "requirement_office" add constraint "requirement_office_requirement_id_foreign" foreign key ("requirement_id") references "requirement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "requirement_office" add constraint "requirement_office_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "requirement_office" cascade;`);
    this.addSql(`drop table if exists "import_finding" cascade;`);
    this.addSql(`drop table if exists "requirement" cascade;`);
    this.addSql(`drop table if exists "catalogue_item" cascade;`);
    this.addSql(`drop table if exists "office" cascade;`);
    this.addSql(`drop table if exists "catalogue" cascade;`);
    this.addSql(`drop table if exists "agency" cascade;`);
  }
}
