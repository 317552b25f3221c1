/**
 * The catalogue's entities: offices (责任科室), catalogues and their versions, items, requirements (rows), the
 * offices of a row, import findings, and the office's item-match decisions of the comparison.
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type {
  Audience,
  CatalogueReviewState,
  ChannelCode,
  FindingKind,
  FindingSeverity,
  TimeLimitRule,
} from '@gongkai/domain';
import { Agency, agencyRef } from '../agency.js';
import { id, jsonList } from '../entity-columns.js';

export type CatalogueStatus = 'DRAFT' | 'PUBLISHED';

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
  /** 提交审批 (packages/domain catalogue-submission.ts): null while a draft is not submitted. */
  reviewState?: CatalogueReviewState | null;
  /** The last submission: when and by whom (kept after publishing, for the record). */
  submittedAt?: Date | null;
  submittedBy?: string | null;
  /** The last return (退回) with its comment, shown to the editors until the draft is submitted again. */
  returnedAt?: Date | null;
  returnedBy?: string | null;
  returnComment?: string | null;
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
    reviewState: { enum: true, items: ['SUBMITTED', 'RETURNED'], nullable: true },
    submittedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    submittedBy: { type: 'text', nullable: true },
    returnedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    returnedBy: { type: 'text', nullable: true },
    returnComment: { type: 'text', nullable: true },
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

/**
 * A number per agency that triggers change with anything its catalogue trees show
 * (Migration20261201239000CatalogueDataVersion): the key of the server's copies of published trees.
 */
export class CatalogueDataVersion {
  agencyId!: string;
  version!: string;
}

export const CatalogueDataVersionSchema = new EntitySchema<CatalogueDataVersion>({
  class: CatalogueDataVersion,
  tableName: 'catalogue_data_version',
  properties: {
    agencyId: { type: 'uuid', primary: true, fieldName: 'agency_id' },
    version: { type: 'bigint', default: 0 },
  },
});

/**
 * The number of items and rows of a catalogue, kept by triggers on catalogue_item and requirement
 * (Migration20261203000000CatalogueCounts); the agency list reads them instead of counting. Nothing else writes it.
 */
export class CatalogueCounts {
  catalogue!: Rel<Catalogue>;
  /** The catalogue's agency (row-level security checks it: Migration20261204010000CountsAgency). */
  agency!: Rel<Agency>;
  items!: number;
  requirements!: number;
}

export const CatalogueCountsSchema = new EntitySchema<CatalogueCounts>({
  class: CatalogueCounts,
  tableName: 'catalogue_counts',
  properties: {
    catalogue: { kind: '1:1', entity: () => Catalogue, primary: true, owner: true, deleteRule: 'cascade' },
    agency: { ...agencyRef },
    items: { type: 'integer', default: 0 },
    requirements: { type: 'integer', default: 0 },
  },
});
