import { Migration } from '@mikro-orm/migrations';

/** Import findings carry structured details and what a person decided about them (confirm / undo an office merge). */
export class Migration20261124040000FindingResolution extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "import_finding" add column "data" jsonb null, add column "resolution" text check ("resolution" in ('CONFIRMED', 'UNDONE')) null, add column "resolved_by" text null, add column "resolved_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "import_finding" drop column "data", drop column "resolution", drop column "resolved_by", drop column "resolved_at";`,
    );
  }
}
