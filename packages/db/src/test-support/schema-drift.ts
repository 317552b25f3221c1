import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Constraints the migrations add that the entity schemas cannot express — CHECKs over enumerations written in SQL,
 * CHECKs over several columns, a composite unique key and the composite foreign key that ties an applicant's row to
 * its own case's agency (Migration20261202010000Applications). MikroORM's schema diff would drop them; the drift
 * tests ignore exactly these names and nothing else.
 */
export const MIGRATION_ONLY_CONSTRAINTS = [
  'application_case_receipt_way_check',
  'application_case_applicant_kind_check',
  'application_case_outcome_check',
  'application_case_closed_check',
  'application_case_fee_check',
  'application_case_id_agency_unique',
  'application_applicant_case_foreign',
  'application_review_kind_check',
  'application_review_role_check',
  'application_review_result_check',
];

/** Text columns whose allowed values a CHECK in the migration lists (MikroORM reads them as enums it would retype). */
export const MIGRATION_CHECKED_COLUMNS: Array<[table: string, column: string]> = [
  ['application_case', 'receipt_way'],
  ['application_case', 'applicant_kind'],
  ['application_case', 'outcome'],
  ['application_review', 'kind'],
  ['application_review', 'role'],
  ['application_review', 'result'],
];

/** What MikroORM would change to make the database match the entities, without the constraints above. */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  return diff
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => !MIGRATION_ONLY_CONSTRAINTS.some((name) => new RegExp(`[" ]${name}[";]`, 'u').test(line)))
    .filter(
      (line) =>
        !MIGRATION_CHECKED_COLUMNS.some(([table, column]) =>
          line.startsWith(`alter table "${table}" alter column "${column}" type text using ("${column}"::text);`),
        ),
    )
    .join('\n');
}
