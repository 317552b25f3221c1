/**
 * The catalogue's reads: agencies, catalogues, items, requirements, offices and findings as fields. Thin: each looks
 * up through the request's loaders or EntityManager and returns entities.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CHANNELS, computeDueDate, describeTimeLimit, requirementProblems } from '@gongkai/domain';
import { Agency, AuditLog, Catalogue, CatalogueItem, ImportFinding, Office, Requirement } from '@gongkai/db';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
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

@Resolver()
export class QueryResolver {
  @Query(() => [AgencyType], { description: '所有机关（平铺），可按类型筛选' })
  async agencies(
    @Ctx() { em }: Context,
    @Arg('kind', () => AgencyKind, { nullable: true }) kind?: AgencyKind | null,
  ): Promise<Agency[]> {
    return em.find(Agency, kind ? { kind } : {}, { orderBy: { position: 'asc', name: 'asc' } });
  }

  @Query(() => [AgencyType], { description: '顶层机关（没有上级的人民政府），下级用 children 取' })
  async agencyRoots(@Ctx() { em }: Context): Promise<Agency[]> {
    return em.find(Agency, { parent: null }, { orderBy: { position: 'asc', name: 'asc' } });
  }

  @Query(() => AgencyType, { description: '按编码取一个机关；不存在时返回 NOT_FOUND 错误' })
  async agency(@Ctx() { em }: Context, @Arg('code', () => String) code: string): Promise<Agency> {
    const agency = await em.findOne(Agency, { code });
    if (!agency) throw notFound(`未找到编码为「${code}」的机关`, { field: 'code' });
    return agency;
  }

  @Query(() => CatalogueType, { description: '按 id 取一个目录；不存在时返回 NOT_FOUND 错误' })
  async catalogue(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Catalogue> {
    assertId(id, 'id');
    const catalogue = await em.findOne(Catalogue, id);
    if (!catalogue) throw notFound(`未找到 id 为「${id}」的目录`, { field: 'id' });
    return catalogue;
  }

  @Query(() => [ChannelOptionType], { description: '13 个官方公开渠道，按官方顺序' })
  channelOptions(): ChannelOptionType[] {
    return CHANNELS.map((c, i) => ({ code: c.code, label: c.label, position: i + 1 }));
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
  async items(@Root() catalogue: Catalogue, @Ctx() { loaders }: Context): Promise<CatalogueItem[]> {
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
  async basedOn(@Root() catalogue: Catalogue, @Ctx() { em }: Context): Promise<Catalogue | null> {
    return catalogue.basedOn ? em.findOne(Catalogue, catalogue.basedOn.id) : null;
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
  async children(@Root() item: CatalogueItem, @Ctx() { loaders }: Context): Promise<CatalogueItem[]> {
    return (await loaders.itemsByCatalogue.load(item.catalogue.id)).itemsByParent.get(item.id) ?? [];
  }

  @FieldResolver(() => [RequirementType], { description: '该事项自身的公开要求（行）' })
  async requirements(@Root() item: CatalogueItem, @Ctx() { loaders }: Context): Promise<Requirement[]> {
    return (await loaders.requirementsByCatalogue.load(item.catalogue.id)).get(item.id) ?? [];
  }
}

@Resolver(() => RequirementType)
export class RequirementResolver {
  @FieldResolver(() => TimeLimitType, { description: '公开时限' })
  timeLimit(@Root() r: Requirement): TimeLimitType {
    const t = { rule: r.timeLimitRule, longTerm: r.longTerm, statutoryDefault: r.statutoryDefault };
    return { raw: r.timeLimitRaw, kind: r.timeLimitRule.kind, description: describeTimeLimit(t), ...t };
  }

  @FieldResolver(() => [OfficeType], { description: '责任科室' })
  async offices(@Root() r: Requirement, @Ctx() { loaders }: Context): Promise<Office[]> {
    return (await loaders.officesByCatalogueRequirement.load(r.catalogue.id)).get(r.id) ?? [];
  }

  @FieldResolver(() => [RowProblemType], { description: '这一行还缺什么（与管理界面同一规则）' })
  async problems(@Root() r: Requirement, @Ctx() { loaders }: Context): Promise<RowProblemType[]> {
    const offices = (await loaders.officesByCatalogueRequirement.load(r.catalogue.id)).get(r.id) ?? [];
    return requirementProblems({
      contentIntro: r.contentIntro ?? null,
      contentElements: r.contentElements,
      timeLimit: {
        raw: r.timeLimitRaw,
        rule: r.timeLimitRule,
        longTerm: r.longTerm,
        statutoryDefault: r.statutoryDefault,
      },
      publishingOrgans: r.publishingOrgans,
      channels: r.channels,
      extraChannels: r.extraChannels,
      audiences: r.audiences,
      offices: offices.map((o) => o.name),
    });
  }

  @FieldResolver(() => DueDateType, {
    description: '信息在 eventDate（形成、批复或公告期满之日；周期性规则为期内任一日）时的公开期限',
  })
  async dueDate(
    @Root() r: Requirement,
    @Ctx() { loaders }: Context,
    @Arg('eventDate') eventDate: string,
  ): Promise<DueDateType> {
    const calendar = await loaders.workingDayCalendar();
    try {
      return computeDueDate(r.timeLimitRule, eventDate, calendar);
    } catch (e) {
      throw badUserInput(`eventDate：${(e as Error).message}`, { field: 'eventDate' });
    }
  }
}

@Resolver(() => OfficeType)
export class OfficeFieldResolver {
  @FieldResolver(() => Int, { description: '使用这个科室的公开要求（行）数' })
  async usage(@Root() office: Office, @Ctx() { loaders }: Context): Promise<number> {
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
