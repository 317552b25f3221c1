import { Migration } from '@mikro-orm/migrations';

/**
 * Historical published reports recorded as printed (issue 12): a report read from a published file (PDF, Word, web
 * page, text) is stored PUBLISHED with its cells exactly as printed — rule failures flagged, never fixed — so years
 * before the platform count in year-on-year comparisons and sums. `imported_as_printed` marks it (the admin says
 * 「按原文录入的历史年报」); `import_findings` keeps what the reader noticed (label typos, （六） printed as one row …);
 * `import_file_name` the file it came from. Row-level security is the table's own (unchanged).
 */
export class Migration20261201170000PublishedReports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "annual_report" add column "imported_as_printed" boolean not null default false, add column "import_findings" jsonb not null default '[]', add column "import_file_name" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "annual_report" drop column if exists "imported_as_printed", drop column if exists "import_findings", drop column if exists "import_file_name";`,
    );
  }
}
