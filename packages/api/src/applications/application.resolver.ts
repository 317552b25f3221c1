/**
 * 依申请公开 register (issue 15): the agency's register with the statutory clock, one case, tables 三/四 from the
 * register, the office's overview, statistics, settings; creating and changing cases, steps, outcomes, review and
 * lawsuit records, the Excel import, and filling an annual report's tables 三/四 from the register. Access is checked
 * by the request plugin (policy.ts); each resolver calls one service function (application.service.ts) and returns.
 */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AnnualReport } from '@gongkai/db';
import type { Context } from '../context.js';
import { AnnualReportType } from '../report/report.type.js';
import * as applications from './application.service.js';
import {
  ApplicationCaseInput,
  ApplicationCaseType,
  ApplicationImportType,
  ApplicationOverviewType,
  ApplicationRegisterType,
  ApplicationSettingsInput,
  ApplicationSettingsType,
  ApplicationStatisticsType,
  ApplicationStepInput,
  ApplicationTablesType,
  PublicApplicationFiguresType,
  IntakeColumnInput,
  RegisterDifferenceType,
  ReviewRecordInput,
  ReviewRecordType,
} from './application.type.js';

@Resolver()
export class ApplicationResolver {
  @Query(() => ApplicationRegisterType, {
    description: '某机关的依申请公开登记（含期限与说明）；办理中的按答复期限从近到远。year：该年在办或办结的申请',
  })
  async applicationRegister(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('states', () => [String], { nullable: true }) states?: string[] | null,
    @Arg('asOf', () => String, { nullable: true, description: '按哪天计算（默认今天，北京时间）' })
    asOf?: string | null,
    @Arg('limit', () => Int, { nullable: true, description: '最多返回几件（默认 200，最多 1000）' })
    limit?: number | null,
  ): Promise<ApplicationRegisterType> {
    return applications.applicationRegister(ctx, agencyCode, { year, states, asOf, limit });
  }

  @Query(() => ApplicationCaseType, { description: '一件申请（含期限、说明、复议诉讼记录）' })
  async applicationCase(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<ApplicationCaseType> {
    return applications.applicationCase(ctx, id, asOf);
  }

  @Query(() => ApplicationTablesType, { description: '由登记生成的年报表三、表四，每格列出计入的申请' })
  async applicationTables(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<ApplicationTablesType> {
    return applications.applicationTables(ctx, agencyCode, year);
  }

  @Query(() => [RegisterDifferenceType], { description: '年报表三、表四中与登记不一致的单元格' })
  async reportRegisterDifferences(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<RegisterDifferenceType[]> {
    return applications.reportRegisterDifferences(ctx, agencyCode, year);
  }

  @Query(() => ApplicationOverviewType, {
    description: '政务公开办总览：各部门在办、即将到期、已逾期件数和逾期清单（不含个人信息）',
  })
  async applicationOverview(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<ApplicationOverviewType> {
    return applications.applicationOverview(ctx, governmentCode, asOf);
  }

  @Query(() => [ApplicationStatisticsType], { description: '各机关某年的办理统计（按期比例、用时中位数、延期、逾期）' })
  async applicationStatistics(
    @Ctx() ctx: Context,
    @Arg('agencyCodes', () => [String]) agencyCodes: string[],
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<ApplicationStatisticsType[]> {
    return applications.applicationStatisticsFor(ctx, agencyCodes, year, asOf);
  }

  @Query(() => PublicApplicationFiguresType, {
    description: '公开页面：某级政府及其各部门某年的依申请公开办理数据（无需登录；不排名，不含个人信息）',
  })
  async publicApplicationFigures(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<PublicApplicationFiguresType> {
    return applications.publicApplicationFigures(ctx, governmentCode, year);
  }

  @Query(() => ApplicationSettingsType, { description: '本级政府的依申请公开期限设置（未设置的为条例默认值）' })
  async applicationSettings(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
  ): Promise<ApplicationSettingsType> {
    return applications.applicationSettingsOf(ctx, governmentCode);
  }

  @Mutation(() => ApplicationCaseType, { description: '登记一件申请（草稿可不完整）；格式不对时拒绝并指明字段' })
  async createApplicationCase(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('input', () => ApplicationCaseInput) input: ApplicationCaseInput,
  ): Promise<ApplicationCaseType> {
    return applications.createApplicationCase(ctx, agencyCode, input);
  }

  @Mutation(() => ApplicationCaseType, { description: '修改一件申请（只改给出的字段）' })
  async updateApplicationCase(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApplicationCaseInput) input: ApplicationCaseInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<ApplicationCaseType> {
    return applications.updateApplicationCase(ctx, id, input, expectedVersion);
  }

  @Mutation(() => ApplicationCaseType, { description: '加一个办理步骤（受理、补正、征求第三方意见、延期……）' })
  async addApplicationStep(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('step', () => ApplicationStepInput) step: ApplicationStepInput,
  ): Promise<ApplicationCaseType> {
    return applications.addApplicationStep(ctx, id, step);
  }

  @Mutation(() => ApplicationCaseType, {
    description: '填写办理结果与答复日期（办结）；outcome 为 null 时重新打开',
  })
  async recordApplicationOutcome(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null,
    @Arg('repliedOn', () => String, { nullable: true }) repliedOn?: string | null,
    @Arg('fee', () => String, { nullable: true }) fee?: string | null,
  ): Promise<ApplicationCaseType> {
    return applications.recordApplicationOutcome(ctx, id, outcome, repliedOn ?? null, fee);
  }

  @Mutation(() => Boolean, { description: '删除一件申请（连同申请人信息）' })
  async deleteApplicationCase(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return applications.deleteApplicationCase(ctx, id);
  }

  @Mutation(() => ReviewRecordType, { description: '新增（不给 id）或修改一条行政复议、行政诉讼记录' })
  async saveReviewRecord(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('input', () => ReviewRecordInput) input: ReviewRecordInput,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
  ): Promise<ReviewRecordType> {
    return applications.saveReviewRecord(ctx, agencyCode, id, input);
  }

  @Mutation(() => Boolean)
  async deleteReviewRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return applications.deleteReviewRecord(ctx, id);
  }

  @Mutation(() => ApplicationImportType, {
    description: '从 Excel（.xlsx）导入登记：按表头推断列对应（可指定）；有一行出错就全部不导入，并逐行列出错误',
  })
  async importApplicationCases(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('mapping', () => [IntakeColumnInput], { nullable: true }) mapping?: IntakeColumnInput[] | null,
    @Arg('dryRun', () => Boolean, { nullable: true, description: '只检查不导入' }) dryRun?: boolean | null,
  ): Promise<ApplicationImportType> {
    return applications.importApplicationCases(ctx, agencyCode, fileName, contentBase64, mapping, dryRun ?? false);
  }

  @Mutation(() => AnnualReportType, {
    description: '用登记填写年报的表三、表四（只限草稿或退回的报告）',
  })
  async fillReportFromRegister(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<AnnualReport> {
    return applications.fillReportFromRegister(ctx, agencyCode, year, expectedVersion);
  }

  @Mutation(() => ApplicationSettingsType, { description: '设置本级政府的依申请公开期限（只改给出的项）' })
  async setApplicationSettings(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('input', () => ApplicationSettingsInput) input: ApplicationSettingsInput,
  ): Promise<ApplicationSettingsType> {
    return applications.setApplicationSettings(ctx, governmentCode, input);
  }
}
