/**
 * Annual reports: entry (drafts always save), the rules, the review workflow, deadlines, the office's dashboard,
 * the city-wide sum and year-on-year comparison. Access rules are in policy.ts; the work in report.service.ts
 * (storage in packages/db, rules and labels in packages/domain). Each resolver looks up, calls one service function, returns.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Agency, AnnualReport, ReportTransition } from '@gongkai/db';
import type { Context } from '../context.js';
import { AgencyType } from '../graphql-types.js';
import * as reports from './report.service.js';
import {
  AnnualReportType,
  CellComparisonType,
  ReportAggregateType,
  ReportCellType,
  ReportDashboardType,
  ReportFormatType,
  PublishedReportImportType,
  ReportInput,
  ReportTransitionType,
  RuleResultType,
} from './report.type.js';

@Resolver(() => AnnualReportType)
export class AnnualReportResolver {
  @FieldResolver(() => AgencyType)
  async agency(@Root() r: AnnualReport, @Ctx() { loaders }: Context): Promise<Agency> {
    return (await loaders.agencyById.load(r.agency.id))!;
  }

  @FieldResolver(() => [ReportCellType], { description: '全部单元格（按格式顺序）' })
  cells(@Root() r: AnnualReport): ReportCellType[] {
    return reports.reportCells(r);
  }

  @FieldResolver(() => [ReportCellType], { description: '可自动计算的合计（各部分都已填写时）' })
  computedTotals(@Root() r: AnnualReport): ReportCellType[] {
    return reports.reportComputedTotals(r);
  }

  @FieldResolver(() => [RuleResultType], { description: '勾稽关系检查 R1–R10（有上年报告时含跨年规则）' })
  async ruleResults(@Root() r: AnnualReport, @Ctx() ctx: Context): Promise<RuleResultType[]> {
    return reports.reportRuleResults(ctx, r);
  }

  @FieldResolver(() => [ReportTransitionType], { description: '流程记录（早的在前）' })
  async transitions(@Root() r: AnnualReport, @Ctx() ctx: Context): Promise<ReportTransition[]> {
    return reports.reportTransitions(ctx, r);
  }

  @FieldResolver(() => [CellComparisonType], { description: '与上年报告逐格比较（没有上年报告时为空）' })
  async yearOnYear(@Root() r: AnnualReport, @Ctx() ctx: Context): Promise<CellComparisonType[]> {
    return reports.reportYearOnYear(ctx, r);
  }
}

@Resolver()
export class ReportResolver {
  @Query(() => ReportFormatType, { description: '年度报告格式定义（标签原文）' })
  reportFormat(@Arg('format') format: string): ReportFormatType {
    return reports.reportFormat(format);
  }

  @Query(() => AnnualReportType, { nullable: true, description: '某机关某年的报告；还没有时为 null' })
  async annualReport(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<AnnualReport | null> {
    return reports.annualReport(ctx, agencyCode, year);
  }

  @Mutation(() => AnnualReportType, {
    description: '保存报告草稿（勾稽不符也能保存）；数字格式不对时拒绝并指明单元格，什么都不写',
  })
  async saveAnnualReport(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('input', () => ReportInput) input: ReportInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<AnnualReport> {
    return reports.saveAnnualReport(ctx, agencyCode, year, input, expectedVersion);
  }

  @Mutation(() => AnnualReportType, {
    description: '从 JSON 导入一份报告（用于录入往年报告）；未知或缺少的单元格被拒绝并指明',
  })
  async importAnnualReport(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('json', () => GraphQLJSON) json: unknown,
  ): Promise<AnnualReport> {
    return reports.importAnnualReport(ctx, agencyCode, json);
  }

  @Mutation(() => PublishedReportImportType, {
    description:
      '读入一份已发布的年度报告文件（PDF、Word .docx、网页 .html、文本 .txt），按原文录入为该机关该年已公开的历史年报：勾稽问题照原样标出，不修改、不阻止。' +
      '该年已有在平台上填写的报告时拒绝；此前按原文录入的同年报告需 confirmReplace 才替换。dryRun 只读不写（预览）。一个文件一个请求（一个事务）。',
  })
  async importPublishedReport(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null,
    @Arg('confirmReplace', () => Boolean, { nullable: true, description: '替换此前按原文录入的同年报告' })
    confirmReplace?: boolean | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, description: '文件标题中的机关与所选机关不同，仍然录入' })
    confirmAgency?: boolean | null,
  ): Promise<PublishedReportImportType> {
    return reports.importPublishedReport(
      ctx,
      agencyCode,
      { fileName, contentBase64 },
      { dryRun, confirmReplace, confirmAgency },
    );
  }

  @Mutation(() => AnnualReportType, { description: '报送（或退回后重新报送）；有错误级勾稽问题时拒绝，并列出问题' })
  async submitAnnualReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AnnualReport> {
    return reports.submitAnnualReport(ctx, id);
  }

  @Mutation(() => AnnualReportType, { description: '退回报告，附整体意见和针对部分或单元格的意见' })
  async returnAnnualReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('cellComments', () => GraphQLJSON, { nullable: true }) cellComments?: Record<string, string> | null,
  ): Promise<AnnualReport> {
    return reports.returnAnnualReport(ctx, id, comment, cellComments);
  }

  @Mutation(() => AnnualReportType, { description: '审核通过' })
  async approveAnnualReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AnnualReport> {
    return reports.approveAnnualReport(ctx, id);
  }

  @Mutation(() => [AnnualReportType], { description: '公开（可批量）；已公开的报告不能再改' })
  async publishAnnualReports(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<AnnualReport[]> {
    return reports.publishAnnualReports(ctx, ids);
  }

  @Mutation(() => [AnnualReportType], {
    description:
      '批量审核通过（政务公开办）：所选报告逐一按与单份审核相同的职责分离检查；任何一份不能审核通过时全部不处理，错误信息列出这些部门',
  })
  async approveAnnualReports(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<AnnualReport[]> {
    return reports.reviewAnnualReports(ctx, 'approve', ids);
  }

  @Mutation(() => [AnnualReportType], {
    description:
      '批量退回（政务公开办），同一条意见发给所选的每个部门；任何一份不能退回时全部不处理，错误信息列出这些部门',
  })
  async returnAnnualReports(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('comment') comment: string,
  ): Promise<AnnualReport[]> {
    return reports.reviewAnnualReports(ctx, 'return', ids, comment);
  }

  @Mutation(() => ReportDashboardType, {
    description: '设置某年的截止日：部门报送（默认次年1月31日，可提前）与本级报告公开（次年3月31日前）',
  })
  async setReportDeadlines(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('departmentDue') departmentDue: string,
    @Arg('governmentDue') governmentDue: string,
  ): Promise<ReportDashboardType> {
    return reports.setReportDeadlines(ctx, governmentCode, year, departmentDue, governmentDue);
  }

  @Query(() => ReportDashboardType, {
    description: '政务公开办的进度表：每个部门的报告状态、报送和审核日期、逾期天数、勾稽问题',
  })
  async reportDashboard(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<ReportDashboardType> {
    return reports.reportDashboard(ctx, governmentCode, year);
  }

  @Query(() => ReportAggregateType, {
    description: '汇总：某级政府各部门某年报告逐格相加（默认只计审核通过和已公开的），列出所含和缺少的机关',
  })
  async reportAggregate(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('statuses', () => [String], { nullable: true }) statuses?: string[] | null,
    @Arg('subtree', () => Boolean, {
      nullable: true,
      description: '为 true 时汇总下辖各级政府的全部部门（如全省），而不只是本级政府的部门',
    })
    subtree?: boolean | null,
    @Arg('listFirst', () => Int, {
      nullable: true,
      description: '所含与缺少的机关各列出多少个（分页）；不填时本级全部列出，下辖各级时列出前 100 个',
    })
    listFirst?: number | null,
    @Arg('listOffset', () => Int, { nullable: true, description: '分页起点' }) listOffset?: number | null,
  ): Promise<ReportAggregateType> {
    return reports.reportAggregate(ctx, governmentCode, year, statuses, { subtree, listFirst, listOffset });
  }

  @Mutation(() => AnnualReportType, { description: '以各部门报告的汇总为起点，新建本级政府自己的报告草稿' })
  async startGovernmentReport(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('statuses', () => [String], { nullable: true }) statuses?: string[] | null,
  ): Promise<AnnualReport> {
    return reports.startGovernmentReport(ctx, governmentCode, year, statuses);
  }

  @Query(() => [AnnualReportType], { description: '某年已公开的全部报告（批量下载用）' })
  async publishedReports(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<AnnualReport[]> {
    return reports.publishedReports(ctx, year);
  }
}
