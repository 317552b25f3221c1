import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';
import { listScopeCheck } from '../rls-sql.js';

/**
 * The 依申请公开 register (issue 15): application_case, application_applicant (personal data), application_review
 * (行政复议 / 行政诉讼 records) and application_settings (the clock's settings per government).
 *
 * Row-level security:
 * - application_case, application_review: agency rows like every other — read within `gongkai.read`, written within
 *   `gongkai.write`. They hold no personal data, so the office (whose read scope is its whole government) can count
 *   and list them.
 * - application_applicant: the applicant's name and contact. Read AND written only when the row's agency is in
 *   `gongkai.personal`, a third scope the API sets per transaction from the signed-in user: the user's own agency
 *   when they hold a department role there (部门编辑, 部门审批人, 只读用户), and nothing else — never the agencies a
 *   政务公开办审核员's or 平台管理员's read scope adds. So a query of the office, however written, gets no applicant
 *   rows. (agency_id, case_id) references the case's own (id, agency_id): a row cannot claim another agency.
 * - application_settings: readable by everyone (a department computes its clocks with its government's settings),
 *   written within the write scope.
 */
const OUTCOMES = [
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.lawForbids',
  'denied.safetyStability',
  'denied.thirdParty',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.queryMatter',
  'unable.notHeld',
  'unable.needsCreation',
  'unable.unclear',
  'notProcessed.complaint',
  'notProcessed.repeat',
  'notProcessed.publication',
  'notProcessed.massRepeat',
  'notProcessed.confirm',
  'other.noCorrection',
  'other.noFee',
  'other.other',
];
const list = (items: string[]): string => items.map((i) => `'${i}'`).join(', ');
const PERSONAL = `agency_id in (select gongkai_scope_ids('gongkai.personal'))`;

export class Migration20261202010000Applications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "application_case" ("id" uuid not null, "agency_id" uuid not null, "reference" text null, "received_on" date null, "receipt_way" text null check ("receipt_way" in ('inPerson', 'post', 'online', 'fax', 'other')), "applicant_kind" text null check ("applicant_kind" in ('natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg')), "subject" text not null default '', "steps" jsonb not null default '[]', "outcome" text null check ("outcome" in (${list(OUTCOMES)})), "closed_on" date null, "fee" numeric(14,2) null check ("fee" >= 0), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "created_by" text null, "updated_by" text null, "version" int not null default 1, constraint "application_case_pkey" primary key ("id"), constraint "application_case_id_agency_unique" unique ("id", "agency_id"), constraint "application_case_closed_check" check (("outcome" is null) = ("closed_on" is null)));`,
    );
    this.addSql(
      `create index "application_case_agency_id_received_on_index" on "application_case" ("agency_id", "received_on");`,
    );
    this.addSql(
      `create index "application_case_agency_id_closed_on_index" on "application_case" ("agency_id", "closed_on");`,
    );
    this.addSql(
      `alter table "application_case" add constraint "application_case_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "application_applicant" ("case_id" uuid not null, "agency_id" uuid not null, "name" text not null default '', "contact" text not null default '', constraint "application_applicant_pkey" primary key ("case_id"));`,
    );
    this.addSql(
      `alter table "application_applicant" add constraint "application_applicant_case_foreign" foreign key ("case_id", "agency_id") references "application_case" ("id", "agency_id") on update cascade on delete cascade;`,
    );
    // The single-column keys the entities declare, beside the composite one above (which is what ties the agencies).
    this.addSql(
      `alter table "application_applicant" add constraint "application_applicant_case_id_foreign" foreign key ("case_id") references "application_case" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "application_applicant" add constraint "application_applicant_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "application_review" ("id" uuid not null, "agency_id" uuid not null, "case_id" uuid null, "kind" text not null check ("kind" in ('review', 'direct', 'afterReview')), "role" text not null default 'originalOrgan' check ("role" in ('originalOrgan', 'reviewBodyCoDefendant')), "filed_on" date not null, "result" text null check ("result" in ('upheld', 'corrected', 'other')), "decided_on" date null, "note" text not null default '', "created_at" timestamptz not null default now(), constraint "application_review_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_review_agency_id_index" on "application_review" ("agency_id");`);
    this.addSql(`create index "application_review_case_id_index" on "application_review" ("case_id");`);
    this.addSql(
      `alter table "application_review" add constraint "application_review_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "application_review" add constraint "application_review_case_id_foreign" foreign key ("case_id") references "application_case" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "application_settings" ("agency_id" uuid not null, "settings" jsonb not null default '{}', "updated_at" timestamptz not null default now(), "updated_by" text null, constraint "application_settings_pkey" primary key ("agency_id"));`,
    );
    this.addSql(
      `alter table "application_settings" add constraint "application_settings_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );

    const read = listScopeCheck('gongkai.read', 'agency_id');
    const write = listScopeCheck('gongkai.write', 'agency_id');
    for (const table of ['application_case', 'application_review']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_read" on "${table}" for select using (${read});`);
      this.addSql(`create policy "${table}_insert" on "${table}" for insert with check (${write});`);
      this.addSql(`create policy "${table}_update" on "${table}" for update using (${write}) with check (${write});`);
      this.addSql(`create policy "${table}_delete" on "${table}" for delete using (${write});`);
    }
    this.addSql(`alter table "application_applicant" enable row level security;`);
    this.addSql(
      `create policy "application_applicant_read" on "application_applicant" for select using (${PERSONAL});`,
    );
    this.addSql(
      `create policy "application_applicant_insert" on "application_applicant" for insert with check (${PERSONAL} and ${write});`,
    );
    this.addSql(
      `create policy "application_applicant_update" on "application_applicant" for update using (${PERSONAL} and ${write}) with check (${PERSONAL} and ${write});`,
    );
    this.addSql(
      `create policy "application_applicant_delete" on "application_applicant" for delete using (${PERSONAL} and ${write});`,
    );
    this.addSql(`alter table "application_settings" enable row level security;`);
    this.addSql(`create policy "application_settings_read" on "application_settings" for select using (true);`);
    this.addSql(
      `create policy "application_settings_write" on "application_settings" for all using (${write}) with check (${write});`,
    );
    this.addSql(
      `grant select, insert, update, delete on "application_case", "application_applicant", "application_review", "application_settings" to ${APP_ROLE};`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_settings";`);
    this.addSql(`drop table if exists "application_review";`);
    this.addSql(`drop table if exists "application_applicant";`);
    this.addSql(`drop table if exists "application_case";`);
  }
}
