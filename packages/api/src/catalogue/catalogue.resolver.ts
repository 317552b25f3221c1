/**
 * The catalogue's reads: agencies, catalogues, items, requirements, offices and findings as fields. Thin: each looks
 * up through the request's loaders or calls one function of catalogue.service.ts, and returns.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Agency, AuditLog, Catalogue, ImportFinding, Office } from '@gongkai/db';
import type { TreeItem, TreeOffice, TreeRequirement } from './tree-copies.js';
import type { Context } from '../context.js';
import {
  AgencyKind,
  AgencyType,
  CatalogueItemType,
  CatalogueType,
  ChannelOptionType,
  ImportFindingType,
  AuditEntryType,
  DueDateType,
  RowProblemType,
  OfficeType,
  RequirementType,
  TimeLimitType,
} from '../graphql-types.js';
import * as catalogues from './catalogue.service.js';
import {
  AgencyLevelType,
  AgencyListRowType,
  AgencyListSummaryType,
  AgencyNavigationType,
  AgencySearchResultType,
} from './agency-list.type.js';

@Resolver()
export class QueryResolver {
  @Query(() => [AgencyType], { description: '所有机关（平铺），可按类型筛选' })
  async agencies(
    @Ctx() ctx: Context,
    @Arg('kind', () => AgencyKind, { nullable: true }) kind?: AgencyKind | null,
  ): Promise<Agency[]> {
    return catalogues.agencies(ctx, kind);
  }

  @Query(() => [AgencyType], { description: '顶层机关（没有上级的人民政府），下级用 children 取' })
  async agencyRoots(@Ctx() ctx: Context): Promise<Agency[]> {
    return catalogues.agencyRoots(ctx);
  }

  @Query(() => AgencyNavigationType, {
    description: '侧边导航：有当前目录的机关（本机关、人民政府、工作部门，至多 limit 个，默认 30）及总数，标准目录',
  })
  async agencyNavigation(
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
  ): Promise<AgencyNavigationType> {
    return catalogues.agencyNavigation(ctx, limit);
  }

  @Query(() => AgencyLevelType, {
    description:
      '机关树的一层（不含标准目录）：parentCode 的下级，或用户可见的顶层（上级不可见的机关也在顶层）；' +
      'expandBelow：这一层的下级合计不超过此数时一并返回下级（children）',
  })
  async agencyLevel(
    @Ctx() ctx: Context,
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null,
    @Arg('limit', () => Int, { nullable: true, description: '至多返回多少个（默认 200，最多 500）' })
    limit?: number | null,
    @Arg('expandBelow', () => Int, { nullable: true }) expandBelow?: number | null,
  ): Promise<AgencyLevelType> {
    return catalogues.agencyLevel(ctx, parentCode, limit, expandBelow);
  }

  @Query(() => [AgencyListRowType], { description: '用户可见的标准目录（path 为所属政府）' })
  async standardAgencies(@Ctx() ctx: Context): Promise<AgencyListRowType[]> {
    return catalogues.standardAgencies(ctx);
  }

  @Query(() => AgencySearchResultType, { description: '按名称或编码查找机关（包含即可，不分大小写），带上级机关路径' })
  async searchAgencies(
    @Ctx() ctx: Context,
    @Arg('text', () => String) text: string,
    @Arg('limit', () => Int, { nullable: true, description: '至多返回多少个（默认 200，最多 500）' })
    limit?: number | null,
  ): Promise<AgencySearchResultType> {
    return catalogues.searchAgencies(ctx, text, limit);
  }

  @Query(() => AgencyListSummaryType, { description: '机关列表页头的统计（机关、人民政府、目录、导入问题、标准目录）' })
  async agencyListSummary(@Ctx() ctx: Context): Promise<AgencyListSummaryType> {
    return catalogues.agencyListSummary(ctx);
  }

  @Query(() => AgencyType, { description: '按编码取一个机关；不存在时返回 NOT_FOUND 错误' })
  async agency(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<Agency> {
    return catalogues.agency(ctx, code);
  }

  @Query(() => CatalogueType, { description: '按 id 取一个目录；不存在时返回 NOT_FOUND 错误' })
  async catalogue(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Catalogue> {
    return catalogues.catalogueById(ctx, id);
  }

  @Query(() => [ChannelOptionType], { description: '13 个官方公开渠道，按官方顺序' })
  channelOptions(): ChannelOptionType[] {
    return catalogues.channelOptions();
  }
}

@Resolver(() => AgencyType)
export class AgencyResolver {
  @FieldResolver(() => AgencyType, { nullable: true, description: '上级机关' })
  async parent(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<Agency | null> {
    return agency.parent ? loaders.agencyById.load(agency.parent.id) : null;
  }

  @FieldResolver(() => [AgencyType], { description: '下级机关' })
  async children(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<Agency[]> {
    return loaders.agencyChildren.load(agency.id);
  }

  @FieldResolver(() => [CatalogueType], { description: '该机关的目录（新的在前）' })
  async catalogues(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<Catalogue[]> {
    return loaders.cataloguesByAgency.load(agency.id);
  }

  @FieldResolver(() => CatalogueType, { nullable: true, description: '最新的目录' })
  async currentCatalogue(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<Catalogue | null> {
    return (await loaders.cataloguesByAgency.load(agency.id))[0] ?? null;
  }

  @FieldResolver(() => [OfficeType], { description: '内设科室（责任科室）' })
  async offices(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<Office[]> {
    return loaders.officesByAgency.load(agency.id);
  }
}

@Resolver(() => CatalogueType)
export class CatalogueResolver {
  @FieldResolver(() => AgencyType)
  async agency(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<Agency> {
    return (await loaders.agencyById.load(catalogue.agency.id))!;
  }

  @FieldResolver(() => [CatalogueItemType], { description: '一级事项（下级用 children 取）' })
  async items(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<TreeItem[]> {
    return (await loaders.itemsByCatalogue.load(catalogue.id)).itemsByParent.get('') ?? [];
  }

  @FieldResolver(() => Int, { description: '事项总数（各级）' })
  async itemCount(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.countsByCatalogue.load(catalogue.id)).items;
  }

  @FieldResolver(() => Int, { description: '公开要求（行）总数' })
  async requirementCount(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.countsByCatalogue.load(catalogue.id)).rows;
  }

  @FieldResolver(() => CatalogueType, { nullable: true, description: '这个草稿所依据的（已发布）版本' })
  async basedOn(@Root() catalogue: Catalogue, @Ctx() ctx: Context): Promise<Catalogue | null> {
    return catalogues.basedOn(ctx, catalogue);
  }

  @FieldResolver(() => [AuditEntryType], { description: '修改记录（新的在前）' })
  async history(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<AuditLog[]> {
    return loaders.historyByCatalogue.load(catalogue.id);
  }

  @FieldResolver(() => [ImportFindingType], { description: '导入时发现的问题，按行号' })
  async findings(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<ImportFinding[]> {
    return loaders.findingsByCatalogue.load(catalogue.id);
  }
}

@Resolver(() => CatalogueItemType)
export class CatalogueItemResolver {
  @FieldResolver(() => [CatalogueItemType], { description: '下级事项' })
  async children(@Root() item: TreeItem, @Ctx() { loaders }: Context): Promise<TreeItem[]> {
    return (await loaders.itemsByCatalogue.load(item.catalogue.id)).itemsByParent.get(item.id) ?? [];
  }

  @FieldResolver(() => [RequirementType], { description: '该事项自身的公开要求（行）' })
  async requirements(@Root() item: TreeItem, @Ctx() { loaders }: Context): Promise<TreeRequirement[]> {
    return (await loaders.requirementsByCatalogue.load(item.catalogue.id)).get(item.id) ?? [];
  }
}

@Resolver(() => RequirementType)
export class RequirementResolver {
  @FieldResolver(() => TimeLimitType, { description: '公开时限' })
  timeLimit(@Root() r: TreeRequirement): TimeLimitType {
    return catalogues.timeLimit(r);
  }

  @FieldResolver(() => [OfficeType], { description: '责任科室' })
  async offices(@Root() r: TreeRequirement, @Ctx() { loaders }: Context): Promise<TreeOffice[]> {
    return (await loaders.officesByCatalogueRequirement.load(r.catalogue.id)).get(r.id) ?? [];
  }

  @FieldResolver(() => [RowProblemType], { description: '这一行还缺什么（与管理界面同一规则）' })
  async problems(@Root() r: TreeRequirement, @Ctx() ctx: Context): Promise<RowProblemType[]> {
    return catalogues.rowProblems(ctx, r);
  }

  @FieldResolver(() => DueDateType, {
    description: '信息在 eventDate（形成、批复或公告期满之日；周期性规则为期内任一日）时的公开期限',
  })
  async dueDate(
    @Root() r: TreeRequirement,
    @Ctx() ctx: Context,
    @Arg('eventDate') eventDate: string,
  ): Promise<DueDateType> {
    return catalogues.dueDate(ctx, r, eventDate);
  }
}

@Resolver(() => OfficeType)
export class OfficeFieldResolver {
  @FieldResolver(() => Int, { description: '使用这个科室的公开要求（行）数' })
  async usage(@Root() office: TreeOffice, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.usageByOffice.load(office.id);
  }
}

@Resolver(() => ImportFindingType)
export class ImportFindingResolver {
  @FieldResolver(() => ID, { nullable: true, description: '该发现所指的公开要求（行）的 id' })
  requirementId(@Root() f: ImportFinding): string | null {
    return f.requirement?.id ?? null;
  }
}
