/**
 * Annual reports in the database. Numeric cells are real columns (numeric(18,4), one per cell id of every
 * format, generated from the domain's format definitions) so that summing thousands of reports is one SQL
 * statement over plain columns; 「/」 (not applicable) cells are listed in `notApplicable`.
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import { REPORT_FORMATS, REPORT_STATUSES, type ReportFormat, type ReportStatus } from '@gongkai/domain';
import { Agency } from '../agency.js';

/** The statuses are the domain's (report-status.ts), with their labels. */
export { REPORT_STATUSES, type ReportStatus };

/** Every cell id of every format, in a stable order. */
export const REPORT_CELL_IDS: readonly string[] = [
  ...new Set([...REPORT_FORMATS['2021'].cells, ...REPORT_FORMATS['2019'].cells].map((c) => c.id)),
];

/** Column name of a cell id: 'a.denied.stateSecret.natural' → 'c_a_denied_statesecret_natural'. */
export function cellColumn(id: string): string {
  return `c_${id.replace(/\./gu, '_').toLowerCase()}`;
}
/** Property name of a cell id on the entity. */
export function cellProperty(id: string): string {
  return `c_${id.replace(/\./gu, '_')}`;
}

export class AnnualReport {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  year!: number;
  format!: ReportFormat;
  status: Opt<ReportStatus> = 'DRAFT';
  overview: Opt<string> = '';
  problems: Opt<string> = '';
  other: Opt<string> = '';
  /** Cell ids filled with 「/」. */
  notApplicable: Opt<string[]> = [];
  /** Invented demonstration data. */
  demo: Opt<boolean> = false;
  /** A government's own report started from the sum of its departments'. */
  aggregated: Opt<boolean> = false;
  /** A published report read from its file and recorded as printed (rule failures flagged, not fixed). */
  importedAsPrinted: Opt<boolean> = false;
  /** What the reader noticed in the file (label typos, （六） printed as one row …), in Chinese. */
  importFindings: Opt<Array<{ level: string; code: string; message: string; cell?: string }>> = [];
  /** The file it was read from. */
  importFileName?: string | null;
  submittedAt?: Date | null;
  approvedAt?: Date | null;
  publishedAt?: Date | null;
  version: Opt<number> = 1;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
  /** Cell values by property name (cellProperty(id)): decimal strings or null. */
  [cell: `c_${string}`]: string | null | undefined;
}

export class ReportTransition {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  report!: Rel<AnnualReport>;
  fromStatus!: ReportStatus;
  toStatus!: ReportStatus;
  at: Opt<Date> = new Date();
  userLogin!: string;
  comment?: string | null;
  /** Reviewer's comments on sections or cells: { "a.newReceived.total": "…", "problems": "…" }. */
  cellComments: Opt<Record<string, string>> = {};
}

/** Per government and year: when departments must submit, when the government's own report is due. */
export class ReportDeadline {
  agency!: Rel<Agency>;
  year!: number;
  departmentDue!: string;
  governmentDue!: string;
}

/**
 * Per government: standing settings of the separation of duties (职责分离). No row means the defaults.
 * `catalogueSecondPerson`: a catalogue draft is not published by the only person who edited it, in agencies that
 * have a 部门审批人 (default on).
 */
export class GovernmentSetting {
  agency!: Rel<Agency>;
  catalogueSecondPerson: Opt<boolean> = true;
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

const cellProps = Object.fromEntries(
  REPORT_CELL_IDS.map((id) => [
    cellProperty(id),
    { type: 'decimal', precision: 18, scale: 4, nullable: true, fieldName: cellColumn(id) },
  ]),
);

export const AnnualReportSchema = new EntitySchema<AnnualReport>({
  class: AnnualReport,
  tableName: 'annual_report',
  uniques: [{ properties: ['agency', 'year'] }],
  indexes: [{ properties: ['year', 'status'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    agency: { kind: 'm:1', entity: () => Agency, deleteRule: 'cascade' },
    year: { type: 'integer' },
    format: { enum: true, items: ['2021', '2019'] },
    status: { enum: true, items: [...REPORT_STATUSES], default: 'DRAFT' },
    overview: { type: 'text', default: '' },
    problems: { type: 'text', default: '' },
    other: { type: 'text', default: '' },
    notApplicable: { type: 'json', columnType: 'jsonb', default: '[]' },
    demo: { type: 'boolean', default: false },
    aggregated: { type: 'boolean', default: false },
    importedAsPrinted: { type: 'boolean', default: false },
    importFindings: { type: 'json', columnType: 'jsonb', default: '[]' },
    importFileName: { type: 'text', nullable: true },
    submittedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    approvedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    publishedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    version: { type: 'integer', version: true, default: 1 },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() },
    ...cellProps,
  } as never,
});

export const ReportTransitionSchema = new EntitySchema<ReportTransition>({
  class: ReportTransition,
  tableName: 'report_transition',
  properties: {
    id: { type: 'uuid', primary: true },
    agency: { kind: 'm:1', entity: () => Agency, deleteRule: 'cascade', index: true },
    report: { kind: 'm:1', entity: () => AnnualReport, deleteRule: 'cascade', index: true },
    fromStatus: { type: 'text' },
    toStatus: { type: 'text' },
    at: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    userLogin: { type: 'text' },
    comment: { type: 'text', nullable: true },
    cellComments: { type: 'json', columnType: 'jsonb', default: '{}' },
  },
});

export const ReportDeadlineSchema = new EntitySchema<ReportDeadline>({
  class: ReportDeadline,
  tableName: 'report_deadline',
  properties: {
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    year: { type: 'integer', primary: true },
    departmentDue: { type: 'date' },
    governmentDue: { type: 'date' },
  },
});

export const GovernmentSettingSchema = new EntitySchema<GovernmentSetting>({
  class: GovernmentSetting,
  tableName: 'government_setting',
  properties: {
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    catalogueSecondPerson: { type: 'boolean', default: true },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedBy: { type: 'text', nullable: true },
  },
});

/**
 * A number per report year that a trigger changes with every change to that year's reports
 * (Migration20261201237000ReportDataVersion): the key of the server's copies of subtree sums.
 */
export class ReportDataVersion {
  year!: number;
  version!: string;
}

export const ReportDataVersionSchema = new EntitySchema<ReportDataVersion>({
  class: ReportDataVersion,
  tableName: 'report_data_version',
  properties: {
    year: { type: 'integer', primary: true, autoincrement: false },
    version: { type: 'bigint', default: 0 },
  },
});
