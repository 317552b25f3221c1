import { Migration } from '@mikro-orm/migrations';

/**
 * 提交审批 of a catalogue draft (issue 17): the draft's review state (null: not submitted; SUBMITTED; RETURNED), the
 * last submission and the last return with its comment. The columns sit on the catalogue row, so the existing
 * row-level security of `catalogue` covers them; the changes are recorded in the audit log by the API.
 */
export class Migration20261202100000CatalogueSubmission extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "catalogue" add column "review_state" text check ("review_state" in ('SUBMITTED', 'RETURNED')) null, add column "submitted_at" timestamptz null, add column "submitted_by" text null, add column "returned_at" timestamptz null, add column "returned_by" text null, add column "return_comment" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "catalogue" drop column "review_state", drop column "submitted_at", drop column "submitted_by", drop column "returned_at", drop column "returned_by", drop column "return_comment";',
    );
  }
}
