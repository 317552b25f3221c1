/**
 * Every resolver of the schema, by feature: where a newcomer finds what the API does. Resolvers check nothing the
 * policy table (policy.ts) does not; they look up, call the feature's service, and return.
 */
import { AccountResolver, UserFieldResolver } from './account/account.resolver.js';
import { AuditEntryFieldResolver, AuditResolver } from './audit/audit.resolver.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import {
  AgencyResolver,
  CatalogueItemResolver,
  CatalogueResolver,
  ImportFindingResolver,
  OfficeFieldResolver,
  QueryResolver,
  RequirementResolver,
} from './catalogue/catalogue.resolver.js';
import { CatalogueEditingResolver, CatalogueSubmissionResolver } from './catalogue/catalogue-editing.resolver.js';
import { CatalogueMutationResolver } from './catalogue/catalogue-import.resolver.js';
import { ComparisonResolver } from './comparison/comparison.resolver.js';
import { CatalogueOnboardingResolver } from './intake/catalogue-onboarding.resolver.js';
import { OfficeResolver } from './office/office.resolver.js';
import { GovernmentSettingsResolver } from './report/government-settings.resolver.js';
import { AnnualReportResolver, ReportResolver } from './report/report.resolver.js';
import { ReportSideBySideResolver } from './report/side-by-side.resolver.js';
import { RecordResolver } from './records/record.resolver.js';
import { ApplicationResolver } from './applications/application.resolver.js';
import { StoredFileResolver } from './files/stored-file.resolver.js';
import { TodoResolver } from './todo/todo.resolver.js';
import { NoticeResolver } from './notices/notice.resolver.js';

export const resolvers = [
  QueryResolver,
  ComparisonResolver,
  ReportResolver,
  AnnualReportResolver,
  ReportSideBySideResolver,
  OfficeFieldResolver,
  CatalogueEditingResolver,
  CatalogueSubmissionResolver,
  AccountResolver,
  UserFieldResolver,
  AuditResolver,
  AuditEntryFieldResolver,
  CatalogueMutationResolver,
  AgencyResolver,
  CatalogueResolver,
  CatalogueItemResolver,
  RequirementResolver,
  ImportFindingResolver,
  GovernmentSettingsResolver,
  CatalogueOnboardingResolver,
  CalendarResolver,
  OfficeResolver,
  ApplicationResolver,
  StoredFileResolver,
  RecordResolver,
  TodoResolver,
  NoticeResolver,
] as const;
