/** Types and constants of the catalogue page (the 主动公开目录 of one agency). */
import type { SpanColumn, CatalogueRow } from './catalogue-table';
import type {
  CatalogueDetailQuery as CatalogueDetailResult,
  CataloguePageQuery as CataloguePageResult,
  CatalogueVersionFragment,
  RequirementFieldsFragment,
} from '../../gql/graphql';

/** A row of the catalogue table. */
export type Row = CatalogueRow<RequirementFieldsFragment>;
export type Version = CatalogueVersionFragment;
export type Agency = CataloguePageResult['agency'];
export type CatalogueDetail = CatalogueDetailResult['catalogue'];
export type Finding = CatalogueDetail['findings'][number];
export type Office = Agency['offices'][number];

/** The 公开对象 columns, in the printed order. */
export const AUDIENCES = ['PUBLIC', 'SPECIFIC'] as const;

/** The columns merged vertically over the rows of an item. */
export const MERGED_COLUMNS: ReadonlySet<string> = new Set<SpanColumn>(['serial', 'level1', 'level2', 'level3']);

/** The two tabs: the table (with the findings panel) and 修改记录. */
export type CatalogueTab = 'table' | 'history';

/** The confirmation of deleting a requirement row or an item: a danger button. */
export const DELETE_CONFIRM = {
  confirmButtonText: '删除',
  cancelButtonText: '取消',
  type: 'warning',
  confirmButtonClass: 'el-button--danger',
} as const;
