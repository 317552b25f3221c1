/**
 * Comparing catalogues: any two catalogues side by side (two departments, a department and a standard catalogue,
 * two versions); the coverage matrix of a standard catalogue over a government's departments; compliance findings;
 * the office's confirmed / rejected item matches. The rules are @gongkai/domain's, the loading @gongkai/db's.
 */
import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import {
  Agency,
  Catalogue,
  ItemMatchDecision,
  clearMatchDecision,
  compareStoredCatalogues,
  computeCoverageMatrix,
  departmentsOf,
  listMatchDecisions,
  loadCatalogueJson,
  setMatchDecision,
  type StoredCoverageMatrix,
} from '@gongkai/db';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AUDIENCE_LABELS, channelLabel, complianceFindings, coverageOf, firstRow, type FlatItem } from '@gongkai/domain';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { AgencyType, CatalogueType } from '../graphql-types.js';

export enum CoverageStatus {
  COVERED = 'COVERED',
  WEAKER = 'WEAKER',
  MISSING = 'MISSING',
}
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  valuesConfig: { COVERED: { description: '已覆盖' }, WEAKER: { description: '已覆盖但弱于标准（时限更宽、渠道更少）' }, MISSING: { description: '缺少' } },
});

export enum MatchDecisionKind {
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(MatchDecisionKind, {
  name: 'MatchDecision',
  valuesConfig: { CONFIRMED: { description: '确认匹配（含人工指定）' }, REJECTED: { description: '否定匹配' } },
});

@ObjectType('ComparedItem', { description: '比较中的一个事项及其主要公开要求（第一行）' })
class ComparedItemType {
  @Field(() => [String], { description: '事项路径：一级 › 二级 › 三级' }) path!: string[];
  @Field(() => Int, { description: '公开要求（行）数' }) rowCount!: number;
  @Field(() => String, { nullable: true, description: '公开内容（要素）' }) content!: string | null;
  @Field(() => String, { nullable: true, description: '公开时限（原文）' }) timeLimit!: string | null;
  @Field(() => [String], { description: '公开渠道和载体' }) channels!: string[];
  @Field(() => [String], { description: '公开对象' }) audiences!: string[];
  @Field(() => [String], { description: '责任科室' }) offices!: string[];
}

@ObjectType('RowDifference', { description: '匹配事项之间的字段差异' })
class RowDifferenceType {
  @Field({ description: 'channels 渠道 / timeLimit 时限 / audiences 对象 / offices 科室 / content 内容' }) field!: string;
  @Field() message!: string;
  @Field(() => GraphQLJSON, { description: '结构化细节：渠道缺少/多出，时限 stricter/looser 及折算天数等' }) detail!: unknown;
}

@ObjectType('ItemPair', { description: '两个目录中匹配上的事项' })
class ItemPairType {
  @Field(() => ComparedItemType) left!: ComparedItemType;
  @Field(() => ComparedItemType) right!: ComparedItemType;
  @Field(() => Float, { description: '相似度 0–1' }) score!: number;
  @Field({ description: 'exact 同名 / synonym 同义 / similar 相似（待确认）/ confirmed 已确认' }) method!: string;
  @Field(() => [RowDifferenceType]) differences!: RowDifferenceType[];
}

@ObjectType('CatalogueComparison', { description: '两个目录的比较' })
class CatalogueComparisonType {
  @Field(() => [ItemPairType], { description: '匹配的事项，按左侧目录顺序' }) pairs!: ItemPairType[];
  @Field(() => [ComparedItemType], { description: '只在左边的事项' }) onlyLeft!: ComparedItemType[];
  @Field(() => [ComparedItemType], { description: '只在右边的事项' }) onlyRight!: ComparedItemType[];
}

@ObjectType('ComplianceFinding', { description: '合规检查发现的问题' })
class ComplianceFindingType {
  @Field({ description: 'mandatory-missing 缺少必选事项 / annual-report-deadline 年度报告时限 / deadline-too-loose 时限宽于法定 / row-incomplete 公开要求缺项' }) kind!: string;
  @Field() message!: string;
  @Field(() => [String], { nullable: true }) path!: string[] | null;
}

@ObjectType('ComplianceReport')
class ComplianceReportType {
  @Field(() => Float, { nullable: true, description: '对照标准目录的覆盖得分 0–100（给出标准目录时）' }) coverageScore!: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '逐项覆盖情况（给出标准目录时）' }) coverage!: unknown;
  @Field(() => [ComplianceFindingType]) findings!: ComplianceFindingType[];
}

@ObjectType('CoverageColumn', { description: '覆盖矩阵的一列：标准目录的一个事项' })
class CoverageColumnType {
  @Field(() => [String]) path!: string[];
  @Field({ description: '必选事项' }) mandatory!: boolean;
  @Field({ description: '标准的公开时限' }) timeLimit!: string;
  @Field(() => [String], { description: '标准的公开渠道' }) channels!: string[];
}

@ObjectType('CoverageCell', { description: '覆盖矩阵的一格：一个部门对一个标准事项' })
class CoverageCellType {
  @Field(() => CoverageStatus) status!: CoverageStatus;
  @Field(() => [String], { description: '原因（弱于标准或缺少的说明）' }) reasons!: string[];
  @Field(() => [String], { nullable: true, description: '部门目录中匹配的事项' }) matchedPath!: string[] | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true, description: 'exact / synonym / similar（待确认）/ confirmed' }) method!: string | null;
}

@ObjectType('CoverageRow', { description: '覆盖矩阵的一行：一个部门' })
class CoverageRowType {
  @Field(() => AgencyType) agency!: Agency;
  @Field(() => ID, { nullable: true, description: '比较的目录（该部门最新的已发布版本）；没有时为空' }) catalogueId!: string | null;
  @Field(() => String, { nullable: true }) versionLabel!: string | null;
  @Field(() => Float, { description: '得分 0–100：覆盖 1、弱于标准 ½、缺少 0，必选事项权重加倍' }) score!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Int) weaker!: number;
  @Field(() => Int) missing!: number;
  @Field(() => Int) mandatoryMissing!: number;
  @Field(() => [CoverageCellType], { description: '与 columns 一一对应' }) cells!: CoverageCellType[];
  @Field(() => [ComplianceFindingType]) findings!: ComplianceFindingType[];
}

@ObjectType('CoverageMatrix', { description: '标准目录覆盖矩阵：部门 × 标准事项' })
class CoverageMatrixType {
  @Field(() => CatalogueType) template!: Catalogue;
  @Field(() => [CoverageColumnType]) columns!: CoverageColumnType[];
  @Field(() => [CoverageRowType]) rows!: CoverageRowType[];
}

@ObjectType('ItemMatchDecision', { description: '政务公开办对一对事项的匹配决定（按机关与事项路径保存，新版本沿用）' })
export class ItemMatchDecisionType {
  @Field(() => ID) id!: string;
  @Field(() => [String]) leftPath!: string[];
  @Field(() => [String]) rightPath!: string[];
  @Field(() => MatchDecisionKind) decision!: MatchDecisionKind;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field() decidedAt!: Date;
}

function compared(f: FlatItem): ComparedItemType {
  const r = firstRow(f.item);
  return {
    path: f.path,
    rowCount: f.item.requirements.length,
    content: r ? [r.contentIntro ?? '', ...r.contentElements].filter(Boolean).join(' ') || null : null,
    timeLimit: r ? r.timeLimit.raw || null : null,
    channels: r ? [...r.channels.map(channelLabel), ...r.extraChannels] : [],
    audiences: r ? r.audiences.map((a) => AUDIENCE_LABELS[a]) : [],
    offices: r ? r.offices : [],
  };
}

function decisionType(d: ItemMatchDecision): ItemMatchDecisionType {
  return { id: d.id, leftPath: d.leftPath, rightPath: d.rightPath, decision: d.decision as MatchDecisionKind, decidedBy: d.decidedBy ?? null, decidedAt: d.decidedAt };
}

async function catalogueOf(ctx: Context, id: string, arg: string): Promise<Catalogue> {
  assertId(id, arg);
  const c = await ctx.em.findOne(Catalogue, id);
  if (!c) throw notFound(`未找到 id 为「${id}」的目录`, { field: arg });
  return c;
}

/**
 * The departments a matrix covers (those named, or all departments of the government, by default the template's
 * own) and the matrix itself. Shared by the query and the xlsx download.
 */
export async function coverageMatrixFor(em: EntityManager, templateId: string, governmentCode?: string | null, agencyCodes?: string[] | null): Promise<{ template: Catalogue; matrix: StoredCoverageMatrix }> {
  assertId(templateId, 'templateId');
  const template = await em.findOne(Catalogue, templateId);
  if (!template) throw notFound(`未找到 id 为「${templateId}」的目录`, { field: 'templateId' });
  let agencyIds: string[];
  if (agencyCodes && agencyCodes.length) {
    if (agencyCodes.length > 5000) throw badUserInput('agencyCodes：一次最多 5000 个部门', { field: 'agencyCodes' });
    const found = await em.find(Agency, { code: { $in: agencyCodes } });
    const missing = agencyCodes.filter((c) => !found.some((a) => a.code === c));
    if (missing.length) throw notFound(`未找到编码为「${missing.join('、')}」的机关`, { field: 'agencyCodes' });
    agencyIds = found.map((a) => a.id);
  } else {
    const owner = await em.findOneOrFail(Agency, template.agency.id);
    const government = governmentCode ? await em.findOne(Agency, { code: governmentCode }) : owner.parent ? await em.findOne(Agency, owner.parent.id) : null;
    if (!government) throw notFound(governmentCode ? `未找到编码为「${governmentCode}」的机关` : '该标准目录不属于任何政府，请指定 governmentCode', { field: 'governmentCode' });
    if (government.kind !== 'GOVERNMENT') throw badUserInput(`「${government.name}」不是人民政府`, { field: 'governmentCode' });
    agencyIds = (await departmentsOf(em, government.id)).map((a) => a.id);
  }
  return { template, matrix: await computeCoverageMatrix(em, templateId, agencyIds) };
}

@Resolver()
export class ComparisonResolver {
  @Query(() => CatalogueComparisonType, { description: '比较任意两个目录（两个部门、部门与标准目录、两个版本）：匹配的事项及其字段差异，只在一边的事项；采用政务公开办确认/否定的匹配' })
  async compareCatalogues(@Ctx() ctx: Context, @Arg('leftId', () => ID) leftId: string, @Arg('rightId', () => ID) rightId: string): Promise<CatalogueComparisonType> {
    await catalogueOf(ctx, leftId, 'leftId');
    await catalogueOf(ctx, rightId, 'rightId');
    const c = await compareStoredCatalogues(ctx.em, leftId, rightId);
    return {
      pairs: c.pairs.map((p) => ({ left: compared(p.left), right: compared(p.right), score: p.score, method: p.method, differences: p.differences })),
      onlyLeft: c.onlyLeft.map(compared),
      onlyRight: c.onlyRight.map(compared),
    };
  }

  @Query(() => CoverageMatrixType, { description: '标准目录覆盖矩阵：给定标准目录与部门（默认该政府的全部工作部门，取各自最新的已发布目录）' })
  async coverageMatrix(
    @Ctx() ctx: Context,
    @Arg('templateId', () => ID, { description: '标准目录（某一版本）的 id' }) templateId: string,
    @Arg('governmentCode', () => String, { nullable: true, description: '政府编码；不给时取标准目录所属的政府' }) governmentCode?: string | null,
    @Arg('agencyCodes', () => [String], { nullable: true, description: '只看这些部门' }) agencyCodes?: string[] | null,
  ): Promise<CoverageMatrixType> {
    const { template, matrix: m } = await coverageMatrixFor(ctx.em, templateId, governmentCode, agencyCodes);
    return {
      template,
      columns: m.columns,
      rows: m.rows.map((r, i) => ({
        agency: m.departments[i]!.agency,
        catalogueId: m.departments[i]!.catalogue?.catalogueId ?? null,
        versionLabel: m.departments[i]!.catalogue?.versionLabel ?? null,
        score: r.score,
        covered: r.covered,
        weaker: r.weaker,
        missing: r.missing,
        mandatoryMissing: r.mandatoryMissing,
        cells: r.cells.map((c) => ({ ...c, status: c.status.toUpperCase() as CoverageStatus })),
        findings: r.findings,
      })),
    };
  }

  @Query(() => ComplianceReportType, { description: '目录的合规检查：年度报告时限、宽于法定20个工作日的时限、缺渠道/对象/主体/科室的行；给出标准目录时另查必选事项与覆盖情况' })
  async catalogueCompliance(@Ctx() ctx: Context, @Arg('catalogueId', () => ID) catalogueId: string, @Arg('templateId', () => ID, { nullable: true }) templateId?: string | null): Promise<ComplianceReportType> {
    await catalogueOf(ctx, catalogueId, 'catalogueId');
    if (templateId) await catalogueOf(ctx, templateId, 'templateId');
    const catalogue = await loadCatalogueJson(ctx.em, catalogueId);
    const template = templateId ? await loadCatalogueJson(ctx.em, templateId) : undefined;
    const coverage = template ? coverageOf(template, catalogue) : undefined;
    return { coverageScore: coverage?.score ?? null, coverage: coverage?.cells ?? null, findings: complianceFindings(catalogue, template, coverage) };
  }

  @Query(() => [ItemMatchDecisionType], { description: '两个目录所属机关之间保存的匹配决定（任一方向），新的在前' })
  async itemMatchDecisions(@Ctx() ctx: Context, @Arg('leftId', () => ID) leftId: string, @Arg('rightId', () => ID) rightId: string): Promise<ItemMatchDecisionType[]> {
    const [l, r] = [await catalogueOf(ctx, leftId, 'leftId'), await catalogueOf(ctx, rightId, 'rightId')];
    return (await listMatchDecisions(ctx.em, l.agency.id, r.agency.id)).map(decisionType);
  }

  @Mutation(() => ItemMatchDecisionType, { description: '确认、人工指定或否定两个事项的匹配；保存后比较和覆盖矩阵都采用它' })
  async setItemMatch(
    @Ctx() ctx: Context,
    @Arg('leftCatalogueId', () => ID) leftCatalogueId: string,
    @Arg('leftPath', () => [String]) leftPath: string[],
    @Arg('rightCatalogueId', () => ID) rightCatalogueId: string,
    @Arg('rightPath', () => [String]) rightPath: string[],
    @Arg('decision', () => MatchDecisionKind) decision: MatchDecisionKind,
  ): Promise<ItemMatchDecisionType> {
    assertId(leftCatalogueId, 'leftCatalogueId');
    assertId(rightCatalogueId, 'rightCatalogueId');
    if (leftPath.length === 0 || leftPath.length > 3) throw badUserInput('leftPath：事项路径应有 1 到 3 级', { field: 'leftPath' });
    if (rightPath.length === 0 || rightPath.length > 3) throw badUserInput('rightPath：事项路径应有 1 到 3 级', { field: 'rightPath' });
    const login = ctx.principal.kind === 'user' ? ctx.principal.login : null;
    return decisionType(await setMatchDecision(ctx.em, { leftCatalogueId, leftPath, rightCatalogueId, rightPath, decision, decidedBy: login }));
  }

  @Mutation(() => ItemMatchDecisionType, { description: '撤销一个匹配决定（恢复自动匹配）；返回被撤销的决定' })
  async clearItemMatch(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ItemMatchDecisionType> {
    assertId(id, 'id');
    return decisionType(await clearMatchDecision(ctx.em, id));
  }
}
