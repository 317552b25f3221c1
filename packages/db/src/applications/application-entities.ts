/**
 * The 依申请公开 register (issue 15): an agency's applications, the applicants' personal data kept apart, the
 * review and lawsuit records linked to them, and per-government settings of the clock. Row-level security: see
 * Migration20261202010000Applications — cases, records and settings are agency rows like every other; the applicant
 * table is readable and writable only with the agency in `gongkai.personal`, a scope the API gives a user for their
 * own agency alone (never the office's reviewers, whose read scope covers many agencies).
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type {
  ApplicantKind,
  ApplicationOutcome,
  ApplicationSettings,
  ApplicationStep,
  ReceiptWay,
  ReviewRecordKind,
  ReviewResult,
  ReviewRole,
} from '@gongkai/domain';
import { Agency, agencyRef } from '../agency.js';
import { id, jsonList } from '../entity-columns.js';

export class ApplicationCase {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  /** The agency's own number (编号). */
  reference?: string | null;
  /** 'YYYY-MM-DD'; null in an unfinished draft. */
  receivedOn?: string | null;
  receiptWay?: ReceiptWay | null;
  applicantKind?: ApplicantKind | null;
  subject: Opt<string> = '';
  steps: Opt<ApplicationStep[]> = [];
  outcome?: ApplicationOutcome | null;
  /** The 答复 step's date when an outcome is recorded (kept with the steps, for year queries). */
  closedOn?: string | null;
  /** 信息处理费 in 元, exact decimal string. */
  fee?: string | null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
  createdBy?: string | null;
  updatedBy?: string | null;
  version: Opt<number> = 1;
}

/** Personal data of the applicant of a case: a row only the agency itself can read (gongkai.personal). */
export class ApplicationApplicant {
  case!: Rel<ApplicationCase>;
  agency!: Rel<Agency>;
  name: Opt<string> = '';
  contact: Opt<string> = '';
}

export class ApplicationReview {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  case?: Rel<ApplicationCase> | null;
  kind!: ReviewRecordKind;
  role: Opt<ReviewRole> = 'originalOrgan';
  filedOn!: string;
  result?: ReviewResult | null;
  decidedOn?: string | null;
  note: Opt<string> = '';
  createdAt: Opt<Date> = new Date();
}

/** Per government: the clock's settings (the domain's ApplicationSettings, only what differs from the defaults). */
export class ApplicationSettingsRow {
  agency!: Rel<Agency>;
  settings: Opt<Partial<ApplicationSettings>> = {};
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

export const ApplicationCaseSchema = new EntitySchema<ApplicationCase>({
  class: ApplicationCase,
  tableName: 'application_case',
  indexes: [{ properties: ['agency', 'receivedOn'] }, { properties: ['agency', 'closedOn'] }],
  properties: {
    id,
    agency: agencyRef,
    reference: { type: 'text', nullable: true },
    receivedOn: { type: 'date', nullable: true },
    receiptWay: { type: 'text', nullable: true },
    applicantKind: { type: 'text', nullable: true },
    subject: { type: 'text', default: '' },
    steps: { ...jsonList, default: '[]' },
    outcome: { type: 'text', nullable: true },
    closedOn: { type: 'date', nullable: true },
    fee: { type: 'decimal', precision: 14, scale: 2, nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() },
    createdBy: { type: 'text', nullable: true },
    updatedBy: { type: 'text', nullable: true },
    version: { type: 'integer', version: true, default: 1 },
  },
});

export const ApplicationApplicantSchema = new EntitySchema<ApplicationApplicant>({
  class: ApplicationApplicant,
  tableName: 'application_applicant',
  properties: {
    case: { kind: 'm:1', entity: () => ApplicationCase, primary: true, deleteRule: 'cascade' },
    agency: agencyRef,
    name: { type: 'text', default: '' },
    contact: { type: 'text', default: '' },
  },
});

export const ApplicationReviewSchema = new EntitySchema<ApplicationReview>({
  class: ApplicationReview,
  tableName: 'application_review',
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    case: { kind: 'm:1', entity: () => ApplicationCase, nullable: true, deleteRule: 'set null', index: true },
    kind: { type: 'text' },
    role: { type: 'text', default: 'originalOrgan' },
    filedOn: { type: 'date' },
    result: { type: 'text', nullable: true },
    decidedOn: { type: 'date', nullable: true },
    note: { type: 'text', default: '' },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
  },
});

export const ApplicationSettingsSchema = new EntitySchema<ApplicationSettingsRow>({
  class: ApplicationSettingsRow,
  tableName: 'application_settings',
  properties: {
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    settings: { type: 'json', columnType: 'jsonb', default: '{}' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedBy: { type: 'text', nullable: true },
  },
});

export const APPLICATION_ENTITIES = [
  ApplicationCaseSchema,
  ApplicationApplicantSchema,
  ApplicationReviewSchema,
  ApplicationSettingsSchema,
];
