/**
 * MikroORM entities. Defined with EntitySchema (no decorators, no reflect-metadata) so the database layer
 * stays independent of the GraphQL layer. Every tenant-owned row carries `agency` (its agency_id).
 */
import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type {
  AgencyKind,
  Audience,
  ChannelCode,
  FindingKind,
  FindingSeverity,
  TimeLimitRule,
  UserRole,
} from '@gongkai/domain';
import {
  AnnualReportSchema,
  GovernmentSettingSchema,
  ReportDeadlineSchema,
  ReportTransitionSchema,
} from './report-entities.js';
import { ImportMappingSchema } from './import-mapping.js';

/** STANDARD: a standard catalogue (template) the office maintains; its versions are the template's versions. */
export type { AgencyKind };
export type Role = UserRole;
export type CatalogueStatus = 'DRAFT' | 'PUBLISHED';

export class Agency {
  id: Opt<string> = randomUUID();
  code!: string;
  name!: string;
  kind!: AgencyKind;
  parent?: Rel<Agency> | null;
  position: Opt<number> = 0;
  createdAt: Opt<Date> = new Date();
  children = new Collection<Agency>(this);
}

export class Office {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  name!: string;
  aliases: Opt<string[]> = [];
  position: Opt<number> = 0;
}

export class Catalogue {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  title!: string;
  versionLabel!: string;
  status: Opt<CatalogueStatus> = 'DRAFT';
  /** File name or description of where it came from. */
  sourceName?: string | null;
  /** Invented demonstration data (not a real department's catalogue). */
  demo: Opt<boolean> = false;
  importedAt?: Date | null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
  /** The published version this draft was started from. */
  basedOn?: Rel<Catalogue> | null;
  publishedAt?: Date | null;
  /** Login of who published it. */
  publishedBy?: string | null;
}

export class CatalogueItem {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  catalogue!: Rel<Catalogue>;
  parent?: Rel<CatalogueItem> | null;
  level!: 1 | 2 | 3;
  name!: string;
  serial?: string | null;
  /** Order among siblings. */
  position!: number;
  sourceLine?: number | null;
  /** Optimistic-locking version, incremented on every change. */
  version: Opt<number> = 1;
}

export class Requirement {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  catalogue!: Rel<Catalogue>;
  item!: Rel<CatalogueItem>;
  /** Order within the item. */
  position!: number;
  sourceLine?: number | null;
  contentIntro?: string | null;
  contentElements: string[] = [];
  timeLimitRaw = '';
  timeLimitRule: TimeLimitRule = { kind: 'none' };
  longTerm = false;
  statutoryDefault = false;
  publishingOrgans: string[] = [];
  channels: ChannelCode[] = [];
  extraChannels: string[] = [];
  audiences: Audience[] = [];
  legalBasis: string[] = [];
  modes: string[] = [];
  levels: string[] = [];
  remarks: string[] = [];
  /** Optimistic-locking version, incremented on every change. */
  version: Opt<number> = 1;
}

/** Which offices are responsible for a requirement, in order. */
export class RequirementOffice {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  requirement!: Rel<Requirement>;
  office!: Rel<Office>;
  position!: number;
}

export class ImportFinding {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  catalogue!: Rel<Catalogue>;
  requirement?: Rel<Requirement> | null;
  kind!: FindingKind;
  severity!: FindingSeverity;
  message!: string;
  line?: number | null;
  column?: string | null;
  position!: number;
  /** Structured details (office-alias-merged: { alias, office, lines }). */
  data?: Record<string, unknown> | null;
  /** What a person decided about the finding: confirmed, or undone (the alias made its own office again). */
  resolution?: 'CONFIRMED' | 'UNDONE' | null;
  resolvedBy?: string | null;
  resolvedAt?: Date | null;
}

const id = { type: 'uuid', primary: true } as const;
const agencyRef = { kind: 'm:1', entity: () => Agency, deleteRule: 'cascade' } as const;
const jsonList = { type: 'json', columnType: 'jsonb' } as const;

export const AgencySchema = new EntitySchema<Agency>({
  class: Agency,
  tableName: 'agency',
  properties: {
    id,
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { enum: true, items: ['GOVERNMENT', 'DEPARTMENT', 'STANDARD'] },
    parent: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'restrict', index: true },
    position: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    children: { kind: '1:m', entity: () => Agency, mappedBy: 'parent' },
  },
});

export const OfficeSchema = new EntitySchema<Office>({
  class: Office,
  tableName: 'office',
  uniques: [{ properties: ['agency', 'name'] }],
  properties: {
    id,
    agency: { ...agencyRef },
    name: { type: 'text' },
    aliases: { ...jsonList, default: '[]' },
    position: { type: 'integer', default: 0 },
  },
});

export const CatalogueSchema = new EntitySchema<Catalogue>({
  class: Catalogue,
  tableName: 'catalogue',
  uniques: [{ properties: ['agency', 'versionLabel'] }],
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    title: { type: 'text' },
    versionLabel: { type: 'text' },
    status: { enum: true, items: ['DRAFT', 'PUBLISHED'], default: 'DRAFT' },
    sourceName: { type: 'text', nullable: true },
    demo: { type: 'boolean', default: false },
    importedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() },
    basedOn: { kind: 'm:1', entity: () => Catalogue, nullable: true, deleteRule: 'set null' },
    publishedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    publishedBy: { type: 'text', nullable: true },
  },
});

export const CatalogueItemSchema = new EntitySchema<CatalogueItem>({
  class: CatalogueItem,
  tableName: 'catalogue_item',
  checks: [{ name: 'catalogue_item_level_check', expression: '((level >= 1) AND (level <= 3))' }],
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    catalogue: { kind: 'm:1', entity: () => Catalogue, deleteRule: 'cascade', index: true },
    parent: { kind: 'm:1', entity: () => CatalogueItem, nullable: true, deleteRule: 'cascade', index: true },
    level: { type: 'smallint' },
    name: { type: 'text' },
    serial: { type: 'text', nullable: true },
    position: { type: 'integer' },
    sourceLine: { type: 'integer', nullable: true },
    version: { type: 'integer', version: true, default: 1 },
  },
});

export const RequirementSchema = new EntitySchema<Requirement>({
  class: Requirement,
  tableName: 'requirement',
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    catalogue: { kind: 'm:1', entity: () => Catalogue, deleteRule: 'cascade', index: true },
    item: { kind: 'm:1', entity: () => CatalogueItem, deleteRule: 'cascade', index: true },
    position: { type: 'integer' },
    sourceLine: { type: 'integer', nullable: true },
    contentIntro: { type: 'text', nullable: true },
    contentElements: { ...jsonList, default: '[]' },
    timeLimitRaw: { type: 'text', default: '' },
    timeLimitRule: { type: 'json', columnType: 'jsonb' },
    longTerm: { type: 'boolean', default: false },
    statutoryDefault: { type: 'boolean', default: false },
    publishingOrgans: { ...jsonList, default: '[]' },
    channels: { ...jsonList, default: '[]' },
    extraChannels: { ...jsonList, default: '[]' },
    audiences: { ...jsonList, default: '[]' },
    legalBasis: { ...jsonList, default: '[]' },
    modes: { ...jsonList, default: '[]' },
    levels: { ...jsonList, default: '[]' },
    remarks: { ...jsonList, default: '[]' },
    version: { type: 'integer', version: true, default: 1 },
  },
});

export const RequirementOfficeSchema = new EntitySchema<RequirementOffice>({
  class: RequirementOffice,
  tableName: 'requirement_office',
  uniques: [{ properties: ['requirement', 'office'] }],
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    requirement: { kind: 'm:1', entity: () => Requirement, deleteRule: 'cascade' },
    office: { kind: 'm:1', entity: () => Office, deleteRule: 'restrict', index: true },
    position: { type: 'integer' },
  },
});

export const ImportFindingSchema = new EntitySchema<ImportFinding>({
  class: ImportFinding,
  tableName: 'import_finding',
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    catalogue: { kind: 'm:1', entity: () => Catalogue, deleteRule: 'cascade', index: true },
    requirement: { kind: 'm:1', entity: () => Requirement, nullable: true, deleteRule: 'set null', index: true },
    kind: { type: 'text' },
    severity: { enum: true, items: ['INFO', 'WARNING', 'ERROR'] },
    message: { type: 'text' },
    line: { type: 'integer', nullable: true },
    column: { type: 'text', nullable: true },
    position: { type: 'integer' },
    data: { type: 'json', columnType: 'jsonb', nullable: true },
    resolution: { enum: true, items: ['CONFIRMED', 'UNDONE'], nullable: true },
    resolvedBy: { type: 'text', nullable: true },
    resolvedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

/** Roles, see packages/api/src/policy.ts for what each may do. */
export const ROLES: readonly Role[] = ['PLATFORM_ADMIN', 'CITY_REVIEWER', 'DEPT_EDITOR', 'DEPT_APPROVER', 'VIEWER'];

export class User {
  id: Opt<string> = randomUUID();
  login!: string;
  displayName!: string;
  /** The agency the user works for; null only for platform administrators. */
  agency?: Rel<Agency> | null;
  roles: Role[] = [];
  passwordHash!: string;
  mustChangePassword: Opt<boolean> = false;
  disabled: Opt<boolean> = false;
  createdAt: Opt<Date> = new Date();
  passwordChangedAt: Opt<Date> = new Date();
}

export class UserSession {
  id: Opt<string> = randomUUID();
  /** sha256 of the cookie's token; the token itself is never stored. */
  tokenHash!: string;
  user!: Rel<User>;
  createdAt: Opt<Date> = new Date();
  /** Absolute expiry. */
  expiresAt!: Date;
  /** Idle expiry, moved forward on use. */
  idleExpiresAt!: Date;
  ip?: string | null;
  userAgent?: string | null;
}

/** Failed logins per key (「login:<name>」 or 「ip:<address>」) within a window. */
export class LoginThrottle {
  key!: string;
  failures = 0;
  windowStart: Date = new Date();
  lockedUntil?: Date | null;
}

export class AuditLog {
  id: Opt<string> = randomUUID();
  at: Opt<Date> = new Date();
  user?: Rel<User> | null;
  /** Login name at the time (kept when the user is deleted). */
  userLogin?: string | null;
  agency?: Rel<Agency> | null;
  /** The catalogue a change belongs to (its history). */
  catalogue?: Rel<Catalogue> | null;
  operation!: string;
  objectType!: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Holiday data an administrator entered for a year the calendar package does not cover yet. */
export class HolidayYear {
  year!: number;
  holidays: string[] = [];
  workdays: string[] = [];
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'app_user',
  properties: {
    id,
    login: { type: 'text', unique: true },
    displayName: { type: 'text' },
    agency: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'restrict', index: true },
    roles: { ...jsonList, default: '[]' },
    passwordHash: { type: 'text' },
    mustChangePassword: { type: 'boolean', default: false },
    disabled: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    passwordChangedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
  },
});

export const UserSessionSchema = new EntitySchema<UserSession>({
  class: UserSession,
  tableName: 'user_session',
  properties: {
    id,
    tokenHash: { type: 'text', unique: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    expiresAt: { type: 'datetime', columnType: 'timestamptz' },
    idleExpiresAt: { type: 'datetime', columnType: 'timestamptz' },
    ip: { type: 'text', nullable: true },
    userAgent: { type: 'text', nullable: true },
  },
});

export const LoginThrottleSchema = new EntitySchema<LoginThrottle>({
  class: LoginThrottle,
  tableName: 'login_throttle',
  properties: {
    key: { type: 'text', primary: true },
    failures: { type: 'integer', default: 0 },
    windowStart: { type: 'datetime', columnType: 'timestamptz' },
    lockedUntil: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

export const AuditLogSchema = new EntitySchema<AuditLog>({
  class: AuditLog,
  tableName: 'audit_log',
  indexes: [{ properties: ['agency', 'at'] }, { properties: ['at'] }],
  properties: {
    id,
    at: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    user: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    userLogin: { type: 'text', nullable: true },
    agency: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'set null' },
    catalogue: { kind: 'm:1', entity: () => Catalogue, nullable: true, deleteRule: 'set null', index: true },
    operation: { type: 'text' },
    objectType: { type: 'text' },
    objectId: { type: 'text', nullable: true },
    before: { type: 'json', columnType: 'jsonb', nullable: true },
    after: { type: 'json', columnType: 'jsonb', nullable: true },
  },
});

export const HolidayYearSchema = new EntitySchema<HolidayYear>({
  class: HolidayYear,
  tableName: 'holiday_year',
  properties: {
    year: { type: 'integer', primary: true, autoincrement: false },
    holidays: { ...jsonList, default: '[]' },
    workdays: { ...jsonList, default: '[]' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() },
    updatedBy: { type: 'text', nullable: true },
  },
});

export type MatchDecision = 'CONFIRMED' | 'REJECTED';

/**
 * The office's decision about a pair of items of two agencies' catalogues (a template and a department, or any
 * two): confirmed (also a pair set by hand) or rejected. Keyed by agency and item path, so it holds for every
 * version that keeps the item's path.
 */
export class ItemMatchDecision {
  id: Opt<string> = randomUUID();
  leftAgency!: Rel<Agency>;
  leftKey!: string;
  leftPath!: string[];
  rightAgency!: Rel<Agency>;
  rightKey!: string;
  rightPath!: string[];
  decision!: MatchDecision;
  decidedBy?: string | null;
  decidedAt: Opt<Date> = new Date();
}

export const ItemMatchDecisionSchema = new EntitySchema<ItemMatchDecision>({
  class: ItemMatchDecision,
  tableName: 'item_match',
  uniques: [{ name: 'item_match_pair_unique', properties: ['leftAgency', 'leftKey', 'rightAgency', 'rightKey'] }],
  indexes: [{ properties: ['rightAgency'] }],
  properties: {
    id,
    leftAgency: { kind: 'm:1', entity: () => Agency, deleteRule: 'cascade' },
    leftKey: { type: 'text' },
    leftPath: { ...jsonList },
    rightAgency: { kind: 'm:1', entity: () => Agency, deleteRule: 'cascade' },
    rightKey: { type: 'text' },
    rightPath: { ...jsonList },
    decision: { enum: true, items: ['CONFIRMED', 'REJECTED'] },
    decidedBy: { type: 'text', nullable: true },
    decidedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
  },
});

export const entities = [
  AgencySchema,
  OfficeSchema,
  CatalogueSchema,
  CatalogueItemSchema,
  RequirementSchema,
  RequirementOfficeSchema,
  ImportFindingSchema,
  UserSchema,
  UserSessionSchema,
  LoginThrottleSchema,
  AuditLogSchema,
  HolidayYearSchema,
  AnnualReportSchema,
  ReportTransitionSchema,
  ReportDeadlineSchema,
  GovernmentSettingSchema,
  ItemMatchDecisionSchema,
  ImportMappingSchema,
] as EntitySchema<any>[];
