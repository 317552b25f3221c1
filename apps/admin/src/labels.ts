/** Chinese labels of the schema's enums and codes. */
import type { AgencyKind, CatalogueStatus, FindingSeverity } from './gql/graphql';

export { AGENCY_KIND_LABELS, AUDIENCE_LABELS } from '@gongkai/domain';

/** The tag colour of an agency kind (list, catalogue header, pickers). */
export const AGENCY_KIND_TAG_TYPES: Record<AgencyKind, TagType> = {
  GOVERNMENT: 'danger',
  DEPARTMENT: 'primary',
  STANDARD: 'warning',
};

export const CATALOGUE_STATUS_LABELS: Record<CatalogueStatus, string> = {
  DRAFT: '草稿',
  PUBLISHED: '已发布',
};

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  INFO: '提示',
  WARNING: '警告',
  ERROR: '错误',
};

export const SEVERITY_TAG_TYPES: Record<FindingSeverity, TagType> = {
  INFO: 'info',
  WARNING: 'warning',
  ERROR: 'danger',
};

/** Most severe first. */
export const SEVERITIES: readonly FindingSeverity[] = ['ERROR', 'WARNING', 'INFO'];

export function severityRank(s: FindingSeverity): number {
  return SEVERITIES.indexOf(s);
}

/** The most severe of some severities, or null for none. */
export function worstSeverity(list: readonly FindingSeverity[]): FindingSeverity | null {
  let worst: FindingSeverity | null = null;
  for (const s of list) if (worst === null || severityRank(s) < severityRank(worst)) worst = s;
  return worst;
}

/** 公开时限 rule kinds (TimeLimit.kind). */
export const TIME_LIMIT_KIND_LABELS: Record<string, string> = {
  afterEvent: '限期公开',
  immediate: '即时公开',
  sameDayAs: '同步公开',
  afterApproval: '批准后公开',
  periodic: '定期公开',
  standing: '长期公开',
  sameAsAbove: '同上',
  none: '未填写',
  unparsed: '未能解析',
};

export function timeLimitKindLabel(kind: string): string {
  return TIME_LIMIT_KIND_LABELS[kind] ?? kind;
}
