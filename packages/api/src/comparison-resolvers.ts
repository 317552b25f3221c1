/**
 * Comparing catalogues (issue 6 groundwork): any two catalogues → matched items with field differences, items
 * only on one side; a catalogue's compliance findings, optionally against a standard catalogue.
 */
import { Arg, Ctx, Field, Float, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Catalogue, loadCatalogueJson } from '@gongkai/db';
import { complianceFindings, compareItemRows, coverageOf, matchCatalogueItems } from '@gongkai/domain';
import type { Context } from './context.js';
import { assertId, notFound } from './errors.js';

@ObjectType('ItemPair', { description: '两个目录中匹配上的事项' })
class ItemPairType {
  @Field(() => [String]) leftPath!: string[];
  @Field(() => [String]) rightPath!: string[];
  @Field(() => Float, { description: '相似度 0–1' }) score!: number;
  @Field({ description: 'exact 同名 / synonym 同义 / similar 相似 / confirmed 已确认' }) method!: string;
  @Field(() => GraphQLJSON, { description: '字段差异：[{ field, message, detail }]' }) differences!: unknown;
}

@ObjectType('CatalogueComparison', { description: '两个目录的比较' })
class CatalogueComparisonType {
  @Field(() => [ItemPairType]) pairs!: ItemPairType[];
  @Field(() => [[String]], { description: '只在左边的事项（路径）' }) onlyLeft!: string[][];
  @Field(() => [[String]], { description: '只在右边的事项（路径）' }) onlyRight!: string[][];
}

@ObjectType('ComplianceFinding', { description: '合规检查发现的问题' })
class ComplianceFindingType {
  @Field() kind!: string;
  @Field() message!: string;
  @Field(() => [String], { nullable: true }) path!: string[] | null;
}

@ObjectType('ComplianceReport')
class ComplianceReportType {
  @Field(() => Float, { nullable: true, description: '对照标准目录的覆盖得分 0–100（给出标准目录时）' }) coverageScore!: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '逐项覆盖情况（给出标准目录时）' }) coverage!: unknown;
  @Field(() => [ComplianceFindingType]) findings!: ComplianceFindingType[];
}

async function json(ctx: Context, id: string, arg: string) {
  assertId(id, arg);
  if (!(await ctx.em.findOne(Catalogue, id))) throw notFound(`未找到 id 为「${id}」的目录`, { argumentName: arg });
  return loadCatalogueJson(ctx.em, id);
}

@Resolver()
export class ComparisonResolver {
  @Query(() => CatalogueComparisonType, { description: '比较任意两个目录（两个部门、部门与标准目录、两个版本）：匹配的事项及其字段差异，只在一边的事项' })
  async compareCatalogues(@Ctx() ctx: Context, @Arg('leftId', () => ID) leftId: string, @Arg('rightId', () => ID) rightId: string): Promise<CatalogueComparisonType> {
    const [left, right] = [await json(ctx, leftId, 'leftId'), await json(ctx, rightId, 'rightId')];
    const m = matchCatalogueItems(left.items, right.items);
    return {
      pairs: m.matches.map((p) => ({ leftPath: p.left.path, rightPath: p.right.path, score: p.score, method: p.method, differences: compareItemRows(p.left.item.requirements[0], p.right.item.requirements[0]) })),
      onlyLeft: m.onlyLeft.map((x) => x.path),
      onlyRight: m.onlyRight.map((x) => x.path),
    };
  }

  @Query(() => ComplianceReportType, { description: '目录的合规检查：年度报告时限、宽于法定20个工作日的时限、缺渠道/对象/主体/科室的行；给出标准目录时另查必选事项与覆盖情况' })
  async catalogueCompliance(@Ctx() ctx: Context, @Arg('catalogueId', () => ID) catalogueId: string, @Arg('templateId', () => ID, { nullable: true }) templateId?: string | null): Promise<ComplianceReportType> {
    const catalogue = await json(ctx, catalogueId, 'catalogueId');
    const template = templateId ? await json(ctx, templateId, 'templateId') : undefined;
    const coverage = template ? coverageOf(template, catalogue) : undefined;
    return { coverageScore: coverage?.score ?? null, coverage: coverage?.cells ?? null, findings: complianceFindings(catalogue, template, coverage) };
  }
}
