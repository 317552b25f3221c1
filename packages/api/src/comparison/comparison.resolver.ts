/**
 * Comparing catalogues: any two catalogues side by side (two departments, a department and a standard catalogue,
 * two versions); the coverage matrix of a standard catalogue over a government's departments; compliance findings;
 * the office's confirmed / rejected item matches. Access is checked by the request plugin (policy.ts); the work is in
 * comparison.service.ts, the types in comparison.type.ts. Each resolver calls one service function and returns.
 */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import * as comparison from './comparison.service.js';
import {
  CatalogueComparisonType,
  ComplianceReportType,
  CoverageMatrixType,
  ItemMatchDecisionType,
  MatchDecisionKind,
} from './comparison.type.js';

@Resolver()
export class ComparisonResolver {
  @Query(() => CatalogueComparisonType, {
    description:
      '比较任意两个目录（两个部门、部门与标准目录、两个版本）：匹配的事项及其字段差异，只在一边的事项；采用政务公开办确认/否定的匹配',
  })
  async compareCatalogues(
    @Ctx() ctx: Context,
    @Arg('leftId', () => ID) leftId: string,
    @Arg('rightId', () => ID) rightId: string,
  ): Promise<CatalogueComparisonType> {
    return comparison.compareCatalogues(ctx, leftId, rightId);
  }

  @Query(() => CoverageMatrixType, {
    description: '标准目录覆盖矩阵：给定标准目录与部门（默认该政府的全部工作部门，取各自最新的已发布目录）',
  })
  async coverageMatrix(
    @Ctx() ctx: Context,
    @Arg('templateId', () => ID, { description: '标准目录（某一版本）的 id' }) templateId: string,
    @Arg('governmentCode', () => String, { nullable: true, description: '政府编码；不给时取标准目录所属的政府' })
    governmentCode?: string | null,
    @Arg('agencyCodes', () => [String], { nullable: true, description: '只看这些部门' }) agencyCodes?: string[] | null,
  ): Promise<CoverageMatrixType> {
    return comparison.coverageMatrix(ctx, templateId, governmentCode, agencyCodes);
  }

  @Query(() => ComplianceReportType, {
    description:
      '目录的合规检查：年度报告时限、宽于法定20个工作日的时限、缺渠道/对象/主体/科室的行；给出标准目录时另查必选事项与覆盖情况',
  })
  async catalogueCompliance(
    @Ctx() ctx: Context,
    @Arg('catalogueId', () => ID) catalogueId: string,
    @Arg('templateId', () => ID, { nullable: true }) templateId?: string | null,
  ): Promise<ComplianceReportType> {
    return comparison.catalogueCompliance(ctx, catalogueId, templateId);
  }

  @Query(() => [ItemMatchDecisionType], { description: '两个目录所属机关之间保存的匹配决定（任一方向），新的在前' })
  async itemMatchDecisions(
    @Ctx() ctx: Context,
    @Arg('leftId', () => ID) leftId: string,
    @Arg('rightId', () => ID) rightId: string,
  ): Promise<ItemMatchDecisionType[]> {
    return comparison.itemMatchDecisions(ctx, leftId, rightId);
  }

  @Mutation(() => ItemMatchDecisionType, {
    description: '确认、人工指定或否定两个事项的匹配；保存后比较和覆盖矩阵都采用它',
  })
  async setItemMatch(
    @Ctx() ctx: Context,
    @Arg('leftCatalogueId', () => ID) leftCatalogueId: string,
    @Arg('leftPath', () => [String]) leftPath: string[],
    @Arg('rightCatalogueId', () => ID) rightCatalogueId: string,
    @Arg('rightPath', () => [String]) rightPath: string[],
    @Arg('decision', () => MatchDecisionKind) decision: MatchDecisionKind,
  ): Promise<ItemMatchDecisionType> {
    return comparison.setItemMatch(ctx, { leftCatalogueId, leftPath, rightCatalogueId, rightPath, decision });
  }

  @Mutation(() => ItemMatchDecisionType, { description: '撤销一个匹配决定（恢复自动匹配）；返回被撤销的决定' })
  async clearItemMatch(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ItemMatchDecisionType> {
    return comparison.clearItemMatch(ctx, id);
  }
}
