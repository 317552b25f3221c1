/**
 * The catalogue model shared by the importer, the database layer, the API and the admin app.
 * This is also the JSON shape of `gongkai import-catalogue --dry-run --json` and `export-catalogue --json`.
 */
import type { ChannelCode } from './channels.js';
import type { TimeLimitRule } from './time-limit.js';

export type Audience = 'PUBLIC' | 'SPECIFIC';
export const AUDIENCE_LABELS: Record<Audience, string> = { PUBLIC: '全社会', SPECIFIC: '特定群体' };

export interface TimeLimitJson {
  raw: string;
  rule: TimeLimitRule;
  longTerm: boolean;
  statutoryDefault: boolean;
}

/** One disclosure requirement: a row of the printed table. */
export interface RequirementJson {
  /** Line of the source file the row starts on (null when not imported from text). */
  line: number | null;
  contentIntro: string | null;
  contentElements: string[];
  timeLimit: TimeLimitJson;
  publishingOrgans: string[];
  channels: ChannelCode[];
  extraChannels: string[];
  audiences: Audience[];
  /** Canonical office names. */
  offices: string[];
  legalBasis: string[];
  modes: string[];
  levels: string[];
  /** Text found in the row that belongs to no column (kept, never dropped). */
  remarks: string[];
}

/** A 公开事项 of level 1, 2 or 3, with its own requirements and its children. */
export interface ItemJson {
  name: string;
  level: 1 | 2 | 3;
  /** 序号 as written (一级事项 only). */
  serial: string | null;
  line: number | null;
  requirements: RequirementJson[];
  children: ItemJson[];
}

export interface OfficeJson {
  name: string;
  aliases: string[];
}

export type FindingSeverity = 'INFO' | 'WARNING' | 'ERROR';

export type FindingKind =
  | 'inherited-cell'
  | 'blank-required'
  | 'continuation-row'
  | 'channels-truncated'
  | 'unknown-channel'
  | 'time-limit-unparsed'
  | 'time-limit-same-as-above'
  | 'office-alias-merged'
  | 'office-shifted'
  | 'office-unrecognised'
  | 'unknown-cell'
  | 'column-mismatch'
  | 'audience-unrecognised'
  | 'orphan-row';

export interface FindingJson {
  kind: FindingKind;
  severity: FindingSeverity;
  /** Chinese, names the line and column. */
  message: string;
  line: number | null;
  /** Column title (公开时限, 责任科室 …) when the finding is about one cell. */
  column: string | null;
  /** Structured details a person can act on: for office-alias-merged, { alias, office, lines }. */
  data?: Record<string, unknown>;
}

export interface CatalogueJson {
  /** 「根河市司法局主动公开目录」 */
  title: string;
  /** The department named in the title, when there is one. */
  agencyName: string | null;
  offices: OfficeJson[];
  items: ItemJson[];
  findings: FindingJson[];
}

/** Depth-first list of items. */
export function flattenItems(items: ItemJson[]): ItemJson[] {
  const out: ItemJson[] = [];
  const walk = (list: ItemJson[]): void => {
    for (const item of list) {
      out.push(item);
      walk(item.children);
    }
  };
  walk(items);
  return out;
}

export function countCatalogue(c: Pick<CatalogueJson, 'items'>): {
  level1: number;
  level2: number;
  level3: number;
  requirements: number;
} {
  const all = flattenItems(c.items);
  return {
    level1: all.filter((i) => i.level === 1).length,
    level2: all.filter((i) => i.level === 2).length,
    level3: all.filter((i) => i.level === 3).length,
    requirements: all.reduce((n, i) => n + i.requirements.length, 0),
  };
}

const FINDING_DATA_ORDER = ['alias', 'office', 'lines'];

/** Finding details with their keys in the importer's order (a database's JSON column may store them in another). */
export function normalizeFindingData(data: Record<string, unknown>): Record<string, unknown> {
  const keys = [
    ...FINDING_DATA_ORDER.filter((k) => k in data),
    ...Object.keys(data).filter((k) => !FINDING_DATA_ORDER.includes(k)),
  ];
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}
