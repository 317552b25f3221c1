/**
 * 主动公开 publication records (issue 16): what a department published against a catalogue row, the 政策解读 linked
 * to a policy record, the decision counts and fees entered per month for table 二, and each government's settings
 * (即时公开 = N working days, 解读 within N working days).
 *
 * A record is filed under a catalogue row by the row's item path and its position within the item (the identity the
 * comparison's stored match decisions use), so it stays attached across catalogue versions that keep the item; it
 * also keeps the row and version it was filed under, the reference that remains when a later version removes the
 * item. Row-level security: Migration20261201200000Records.
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type { ChannelCode, DocumentKind, RecordStatus, ValidityClass } from '@gongkai/domain';
import { Agency, agencyRef } from '../agency.js';
import { Catalogue, Requirement } from '../catalogue/catalogue-entities.js';
import { id, jsonList } from '../entity-columns.js';

export class PublicationRecord {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  /** The row it was filed under (null when that version was deleted). */
  requirement?: Rel<Requirement> | null;
  /** The catalogue version of that row. */
  catalogue?: Rel<Catalogue> | null;
  /** pathKey of the item (「履职依据›规范性文件」): the identity across versions. */
  itemKey!: string;
  itemPath!: string[];
  /** Position of the row within its item. */
  rowPosition: Opt<number> = 0;
  status: Opt<RecordStatus> = 'DRAFT';
  title?: string | null;
  documentNumber?: string | null;
  /** 'YYYY-MM-DD' */
  formedDate?: string | null;
  publishedDate?: string | null;
  channels: Opt<ChannelCode[]> = [];
  url?: string | null;
  attachment?: string | null;
  documentKind?: DocumentKind | null;
  validity?: ValidityClass | null;
  abolishedDate?: string | null;
  period?: string | null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
  createdBy?: string | null;
  updatedBy?: string | null;
  version: Opt<number> = 1;
}

/** A 政策解读 record linked to the policy record it explains (same agency). */
export class RecordInterpretation {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  policy!: Rel<PublicationRecord>;
  interpretation!: Rel<PublicationRecord>;
  createdAt: Opt<Date> = new Date();
  createdBy?: string | null;
}

/** Decision counts and fees (万元, exact decimal string) of one month, for table 二. */
export class MonthlyDecisionCount {
  agency!: Rel<Agency>;
  year!: number;
  month!: number;
  licensing?: number | null;
  punishment?: number | null;
  enforcement?: number | null;
  fees?: string | null;
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

/** Per government: what counts as 即时公开 and how soon a 解读 must follow. */
export class RecordSettingsRow {
  agency!: Rel<Agency>;
  immediateWorkingDays: Opt<number> = 5;
  interpretationWorkingDays: Opt<number> = 3;
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

export const PublicationRecordSchema = new EntitySchema<PublicationRecord>({
  class: PublicationRecord,
  tableName: 'publication_record',
  indexes: [
    { properties: ['agency', 'itemKey'] },
    { properties: ['agency', 'publishedDate'] },
    { properties: ['agency', 'formedDate'] },
  ],
  properties: {
    id,
    agency: agencyRef,
    requirement: { kind: 'm:1', entity: () => Requirement, nullable: true, deleteRule: 'set null', index: true },
    catalogue: { kind: 'm:1', entity: () => Catalogue, nullable: true, deleteRule: 'set null', index: true },
    itemKey: { type: 'text' },
    itemPath: { ...jsonList },
    rowPosition: { type: 'integer', default: 0 },
    status: { enum: true, items: ['DRAFT', 'PUBLISHED'], default: 'DRAFT' },
    title: { type: 'text', nullable: true },
    documentNumber: { type: 'text', nullable: true },
    formedDate: { type: 'date', nullable: true },
    publishedDate: { type: 'date', nullable: true },
    channels: { ...jsonList, default: '[]' },
    url: { type: 'text', nullable: true },
    attachment: { type: 'text', nullable: true },
    documentKind: { enum: true, items: ['REGULATION', 'NORMATIVE'], nullable: true },
    validity: { enum: true, items: ['IN_FORCE', 'AMENDED', 'ABOLISHED', 'LAPSED'], nullable: true },
    abolishedDate: { type: 'date', nullable: true },
    period: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() },
    createdBy: { type: 'text', nullable: true },
    updatedBy: { type: 'text', nullable: true },
    version: { type: 'integer', version: true, default: 1 },
  },
});

export const RecordInterpretationSchema = new EntitySchema<RecordInterpretation>({
  class: RecordInterpretation,
  tableName: 'record_interpretation',
  checks: [{ name: 'record_interpretation_distinct_check', expression: 'policy_id <> interpretation_id' }],
  uniques: [{ properties: ['policy', 'interpretation'] }],
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    policy: { kind: 'm:1', entity: () => PublicationRecord, deleteRule: 'cascade', index: true },
    interpretation: { kind: 'm:1', entity: () => PublicationRecord, deleteRule: 'cascade', index: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    createdBy: { type: 'text', nullable: true },
  },
});

export const MonthlyDecisionCountSchema = new EntitySchema<MonthlyDecisionCount>({
  class: MonthlyDecisionCount,
  tableName: 'monthly_decision_count',
  checks: [
    { name: 'monthly_decision_count_month_check', expression: 'month >= 1 and month <= 12' },
    {
      name: 'monthly_decision_count_values_check',
      expression: 'licensing >= 0 and punishment >= 0 and enforcement >= 0 and fees >= 0',
    },
  ],
  properties: {
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    year: { type: 'integer', primary: true },
    month: { type: 'smallint', primary: true },
    licensing: { type: 'integer', nullable: true },
    punishment: { type: 'integer', nullable: true },
    enforcement: { type: 'integer', nullable: true },
    fees: { type: 'decimal', precision: 18, scale: 4, nullable: true },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedBy: { type: 'text', nullable: true },
  },
});

export const RecordSettingsSchema = new EntitySchema<RecordSettingsRow>({
  class: RecordSettingsRow,
  tableName: 'record_settings',
  properties: {
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    immediateWorkingDays: { type: 'smallint', default: 5 },
    interpretationWorkingDays: { type: 'smallint', default: 3 },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedBy: { type: 'text', nullable: true },
  },
});

export const RECORD_ENTITIES = [
  PublicationRecordSchema,
  RecordInterpretationSchema,
  MonthlyDecisionCountSchema,
  RecordSettingsSchema,
];
