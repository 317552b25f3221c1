/**
 * MikroORM entities: the one list of every entity schema (orm.ts registers it; nothing is discovered from folders).
 * Each feature defines its entities in its own folder with EntitySchema (no decorators, no reflect-metadata) so the
 * database layer stays independent of the GraphQL layer. Every tenant-owned row carries `agency` (its agency_id).
 */
import type { EntitySchema } from '@mikro-orm/core';
import { AgencyClosureSchema, AgencySchema, AgencyTreeVersionSchema } from './agency.js';
import {
  CatalogueDataVersionSchema,
  CatalogueCountsSchema,
  CatalogueItemSchema,
  CatalogueSchema,
  ImportFindingSchema,
  ItemMatchDecisionSchema,
  OfficeSchema,
  RequirementOfficeSchema,
  RequirementSchema,
} from './catalogue/catalogue-entities.js';
import { AuthVersionSchema, LoginThrottleSchema, UserSchema, UserSessionSchema } from './account/account-entities.js';
import { AuditLogSchema } from './audit/audit-entities.js';
import { HolidayYearSchema } from './calendar/calendar-entities.js';
import {
  AnnualReportSchema,
  GovernmentSettingSchema,
  ReportDataVersionSchema,
  ReportDeadlineSchema,
  ReportTransitionSchema,
} from './report/report-entities.js';
import { ImportMappingSchema } from './catalogue/import-mapping.js';
import { APPLICATION_ENTITIES } from './applications/application-entities.js';
import { StoredFileSchema } from './files/stored-file-entities.js';
import { RECORD_ENTITIES } from './records/record-entities.js';
import { NOTICE_ENTITIES } from './notices/notice-entities.js';

export { Agency, AgencySchema, AgencyTreeVersion, type AgencyKind } from './agency.js';
export * from './catalogue/catalogue-entities.js';
export * from './account/account-entities.js';
export * from './audit/audit-entities.js';
export * from './calendar/calendar-entities.js';

export const entities = [
  AgencySchema,
  AgencyTreeVersionSchema,
  AgencyClosureSchema,
  OfficeSchema,
  CatalogueSchema,
  CatalogueItemSchema,
  RequirementSchema,
  RequirementOfficeSchema,
  ImportFindingSchema,
  UserSchema,
  UserSessionSchema,
  AuthVersionSchema,
  LoginThrottleSchema,
  AuditLogSchema,
  HolidayYearSchema,
  AnnualReportSchema,
  ReportTransitionSchema,
  ReportDeadlineSchema,
  GovernmentSettingSchema,
  ReportDataVersionSchema,
  ItemMatchDecisionSchema,
  ImportMappingSchema,
  CatalogueDataVersionSchema,
  CatalogueCountsSchema,
  ...APPLICATION_ENTITIES,
  StoredFileSchema,
  ...RECORD_ENTITIES,
  ...NOTICE_ENTITIES,
] as EntitySchema<any>[];
