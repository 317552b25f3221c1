import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';
import { listScopeCheck } from '../rls-sql.js';

/**
 * 主动公开 publication records (issue 16): publication_record, record_interpretation (政策解读 ↔ policy),
 * monthly_decision_count (table 二's decisions and fees per month) and record_settings (per government).
 *
 * Row-level security, with scopeCheck() like every agency table since ScopeCost:
 * - publication_record: read within `gongkai.read`, written within `gongkai.write`; anonymous visitors
 *   (gongkai_public()) read published records only, never drafts.
 * - record_interpretation: as records; a link's two records must belong to the link's agency (checked on write);
 *   anonymous visitors see links between two published records.
 * - monthly_decision_count: agency rows, not public.
 * - record_settings: readable by everyone (a department judges its records with its government's settings), written
 *   within the write scope.
 */
export class Migration20261201200000Records extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "monthly_decision_count" ("agency_id" uuid not null, "year" int not null, "month" smallint not null, "licensing" int null, "punishment" int null, "enforcement" int null, "fees" numeric(18,4) null, "updated_at" timestamptz not null default now(), "updated_by" text null, constraint "monthly_decision_count_pkey" primary key ("agency_id", "year", "month"), constraint monthly_decision_count_month_check check (month >= 1 and month <= 12), constraint monthly_decision_count_values_check check (licensing >= 0 and punishment >= 0 and enforcement >= 0 and fees >= 0));`,
    );
    this.addSql(
      `create table "record_settings" ("agency_id" uuid not null, "immediate_working_days" smallint not null default 5, "interpretation_working_days" smallint not null default 3, "updated_at" timestamptz not null default now(), "updated_by" text null, constraint "record_settings_pkey" primary key ("agency_id"));`,
    );
    this.addSql(
      `create table "publication_record" ("id" uuid not null, "agency_id" uuid not null, "requirement_id" uuid null, "catalogue_id" uuid null, "item_key" text not null, "item_path" jsonb not null, "row_position" int not null default 0, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "title" text null, "document_number" text null, "formed_date" date null, "published_date" date null, "channels" jsonb not null default '[]', "url" text null, "attachment" text null, "document_kind" text check ("document_kind" in ('REGULATION', 'NORMATIVE')) null, "validity" text check ("validity" in ('IN_FORCE', 'AMENDED', 'ABOLISHED', 'LAPSED')) null, "abolished_date" date null, "period" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "created_by" text null, "updated_by" text null, "version" int not null default 1, constraint "publication_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "publication_record_requirement_id_index" on "publication_record" ("requirement_id");`);
    this.addSql(`create index "publication_record_catalogue_id_index" on "publication_record" ("catalogue_id");`);
    this.addSql(
      `create index "publication_record_agency_id_item_key_index" on "publication_record" ("agency_id", "item_key");`,
    );
    this.addSql(
      `create index "publication_record_agency_id_published_date_index" on "publication_record" ("agency_id", "published_date");`,
    );
    this.addSql(
      `create index "publication_record_agency_id_formed_date_index" on "publication_record" ("agency_id", "formed_date");`,
    );
    this.addSql(
      `create table "record_interpretation" ("id" uuid not null, "agency_id" uuid not null, "policy_id" uuid not null, "interpretation_id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text null, constraint "record_interpretation_pkey" primary key ("id"), constraint record_interpretation_distinct_check check (policy_id <> interpretation_id));`,
    );
    this.addSql(`create index "record_interpretation_agency_id_index" on "record_interpretation" ("agency_id");`);
    this.addSql(`create index "record_interpretation_policy_id_index" on "record_interpretation" ("policy_id");`);
    this.addSql(
      `create index "record_interpretation_interpretation_id_index" on "record_interpretation" ("interpretation_id");`,
    );
    this.addSql(
      `alter table "record_interpretation" add constraint "record_interpretation_policy_id_interpretation_id_unique" unique ("policy_id", "interpretation_id");`,
    );
    this.addSql(
      `alter table "monthly_decision_count" add constraint "monthly_decision_count_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "record_settings" add constraint "record_settings_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "publication_record" add constraint "publication_record_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "publication_record" add constraint "publication_record_requirement_id_foreign" foreign key ("requirement_id") references "requirement" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "publication_record" add constraint "publication_record_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "record_interpretation" add constraint "record_interpretation_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "record_interpretation" add constraint "record_interpretation_policy_id_foreign" foreign key ("policy_id") references "publication_record" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "record_interpretation" add constraint "record_interpretation_interpretation_id_foreign" foreign key ("interpretation_id") references "publication_record" ("id") on update cascade on delete cascade;`,
    );

    // scopeCheck() calls the functions Migration20261201235000ScopeCost creates; this migration runs before it (that one
    // stays last), so it creates them the same way first (ScopeCost's `create or replace` then changes nothing).
    this.addSql(`create or replace function gongkai_scope_all(setting text) returns boolean
      language sql stable as $$ select coalesce(current_setting(setting, true), '') = 'all' $$;`);
    this.addSql(`create or replace function gongkai_scope_ids(setting text) returns setof uuid
      language sql stable as $$
        select unnest(string_to_array(nullif(nullif(coalesce(current_setting(setting, true), ''), 'all'), ''), ',')::uuid[])
      $$;`);
    const read = listScopeCheck('gongkai.read', 'agency_id');
    const write = listScopeCheck('gongkai.write', 'agency_id');
    const publicRead: Record<string, string> = {
      publication_record: "gongkai_public() and status = 'PUBLISHED'",
      record_interpretation:
        "gongkai_public() and exists (select 1 from publication_record p where p.id = policy_id and p.status = 'PUBLISHED') and exists (select 1 from publication_record i where i.id = interpretation_id and i.status = 'PUBLISHED')",
    };
    const sameAgency: Record<string, string> = {
      record_interpretation:
        ' and exists (select 1 from publication_record p where p.id = policy_id and p.agency_id = record_interpretation.agency_id) and exists (select 1 from publication_record i where i.id = interpretation_id and i.agency_id = record_interpretation.agency_id)',
    };
    for (const table of ['publication_record', 'record_interpretation', 'monthly_decision_count']) {
      const pub = publicRead[table] ? ` or (${publicRead[table]})` : '';
      const same = sameAgency[table] ?? '';
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_read" on "${table}" for select using (${read}${pub});`);
      this.addSql(`create policy "${table}_insert" on "${table}" for insert with check (${write}${same});`);
      this.addSql(
        `create policy "${table}_update" on "${table}" for update using (${write}) with check (${write}${same});`,
      );
      this.addSql(`create policy "${table}_delete" on "${table}" for delete using (${write});`);
    }
    this.addSql(`alter table "record_settings" enable row level security;`);
    this.addSql(`create policy "record_settings_read" on "record_settings" for select using (true);`);
    this.addSql(
      `create policy "record_settings_write" on "record_settings" for all using (${write}) with check (${write});`,
    );
    this.addSql(
      `grant select, insert, update, delete on "publication_record", "record_interpretation", "monthly_decision_count", "record_settings" to ${APP_ROLE};`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "record_interpretation";`);
    this.addSql(`drop table if exists "monthly_decision_count";`);
    this.addSql(`drop table if exists "record_settings";`);
    this.addSql(`drop table if exists "publication_record";`);
  }
}
