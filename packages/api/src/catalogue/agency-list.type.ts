/**
 * GraphQL types of the admin's navigation and agency list at province scale (issue 14): plain rows built in
 * PostgreSQL (catalogue.service.ts), one level of the tree or one page of search hits at a time.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyKind, CatalogueStatus } from '../graphql-types.js';

@ObjectType('AgencyRef', { description: '机关的编码和名称' })
export class AgencyRefType {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('NavAgency', { description: '导航菜单中的一个机关' })
export class NavAgencyType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
}

@ObjectType('AgencyNavigation', { description: '侧边导航：有当前目录的机关（至多 limit 个）和标准目录' })
export class AgencyNavigationType {
  @Field(() => [NavAgencyType], {
    description: '有当前目录的机关：本机关在前，然后人民政府，然后工作部门（各按顺序），至多 limit 个',
  })
  catalogues!: NavAgencyType[];
  @Field(() => Int, { description: '有当前目录的机关总数（不含标准目录）' }) catalogueTotal!: number;
  @Field(() => [NavAgencyType], { description: '有当前目录的标准目录' }) standards!: NavAgencyType[];
  @Field(() => String, { nullable: true, description: '可见的第一个人民政府的编码（年度报告、目录比较的默认政府）' })
  firstGovernmentCode!: string | null;
}

@ObjectType('AgencyCatalogueSummary', { description: '机关当前目录的摘要' })
export class AgencyCatalogueSummaryType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() versionLabel!: string;
  @Field(() => CatalogueStatus) status!: CatalogueStatus;
  @Field(() => Int, { description: '事项总数（各级）' }) itemCount!: number;
  @Field(() => Int, { description: '公开要求（行）总数' }) requirementCount!: number;
}

@ObjectType('FindingCounts', { description: '当前目录的导入问题数，按严重程度' })
export class FindingCountsType {
  @Field(() => Int) total!: number;
  @Field(() => Int) error!: number;
  @Field(() => Int) warning!: number;
  @Field(() => Int) info!: number;
}

@ObjectType('AgencyListRow', { description: '机关列表的一行' })
export class AgencyListRowType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
  @Field(() => Int, { description: '内设科室（责任科室）数' }) officeCount!: number;
  @Field(() => Int, { description: '可见的下级机关数（不含标准目录）' }) childCount!: number;
  @Field(() => AgencyCatalogueSummaryType, { nullable: true, description: '当前（最新的）目录' })
  catalogue!: AgencyCatalogueSummaryType | null;
  @Field(() => FindingCountsType) findings!: FindingCountsType;
  @Field(() => [AgencyRefType], { description: '可见的上级机关，从顶层到直接上级' }) path!: AgencyRefType[];
  @Field(() => [AgencyListRowType], {
    nullable: true,
    description: '已一并取出的下级机关（expandBelow 允许时）；null 表示需要时再取',
  })
  children!: AgencyListRowType[] | null;
}

@ObjectType('AgencyLevel', { description: '机关树的一层' })
export class AgencyLevelType {
  @Field(() => Int, { description: '这一层的机关总数' }) total!: number;
  @Field(() => [AgencyListRowType], { description: '至多 limit 个，按顺序' }) rows!: AgencyListRowType[];
}

@ObjectType('AgencySearchResult', { description: '按名称或编码查找机关的结果' })
export class AgencySearchResultType {
  @Field(() => Int, { description: '符合条件的机关总数' }) total!: number;
  @Field(() => [AgencyListRowType], { description: '至多 limit 个，按顺序' }) rows!: AgencyListRowType[];
}

@ObjectType('AgencyListSummary', { description: '机关列表页头的统计' })
export class AgencyListSummaryType {
  @Field(() => Int, { description: '机关数（不含标准目录）' }) agencies!: number;
  @Field(() => Int, { description: '人民政府数' }) governments!: number;
  @Field(() => Int, { description: '有当前目录的机关数（不含标准目录）' }) catalogues!: number;
  @Field(() => Int, { description: '各机关当前目录的导入问题数之和' }) findings!: number;
  @Field(() => Int, { description: '标准目录数' }) standards!: number;
}
