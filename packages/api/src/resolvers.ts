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
import { RecordResolver } from './records/record.resolver.js';
import { ApplicationResolver } from './applications/application.resolver.js';
import { TodoResolver } from './todo/todo.resolver.js';

export const resolvers = [
  QueryResolver,
  ComparisonResolver,
  ReportResolver,
  AnnualReportResolver,
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
  RecordResolver,
  TodoResolver,
] as const;
