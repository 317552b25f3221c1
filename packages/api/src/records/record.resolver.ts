/**
 * 主动公开 publication records (issue 16): entry, 解读 links, monthly decision counts, imports, each record's due
 * date and on-time state, missing periods, table 二 from records and the office's view. Access rules are in
 * policy.ts; the work in record.service.ts. Each resolver calls one service function and returns.
 */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../context.js';
import * as records from './record.service.js';
import * as attachments from './record-attachments.js';
import { StoredFileType } from '../files/stored-file.type.js';
import {
  AgencyRecordsType,
  FillTableTwoResultType,
  MonthlyDecisionInput,
  MonthlyDecisionType,
  OfficeRecordViewType,
  PublicationRecordInput,
  PublicationRecordType,
  RecordImportResultType,
  RecordSettingsType,
  TableTwoType,
} from './record.type.js';

@Resolver()
export class RecordResolver {
  @Query(() => AgencyRecordsType, {
    description:
      '某机关某年的公开记录（每条的应公开日期、是否按时和计算说明）、缺期、全年无记录的事项、未按时解读的政策；可限定一个事项',
  })
  async agencyRecords(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('itemPath', () => [String], { nullable: true }) itemPath?: string[] | null,
  ): Promise<AgencyRecordsType> {
    return records.agencyRecords(ctx, agencyCode, year, itemPath);
  }

  @Query(() => PublicationRecordType, { description: '一条公开记录' })
  async publicationRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<PublicationRecordType> {
    return records.publicationRecord(ctx, id);
  }

  @Query(() => OfficeRecordViewType, {
    description: '政务公开办：本级政府各部门某年的按时率、逾期记录、缺期、无记录事项、未解读政策（一个请求）',
  })
  async officeRecordView(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('departmentCode', () => String, {
      nullable: true,
      description: '只看这一个下属部门（展开某部门的明细时）；不填为全部部门',
    })
    departmentCode?: string | null,
  ): Promise<OfficeRecordViewType> {
    return records.officeRecordView(ctx, governmentCode, year, departmentCode);
  }

  @Query(() => TableTwoType, {
    description: '由记录计算的年度报告表二（规章、规范性文件件数；按月填报的处理决定和收费之和），并与报告已填的值比较',
  })
  async recordTableTwo(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<TableTwoType> {
    return records.recordTableTwo(ctx, agencyCode, year);
  }

  @Query(() => [MonthlyDecisionType], { description: '某机关某年按月填报的处理决定数量和收费金额' })
  async monthlyDecisions(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<MonthlyDecisionType[]> {
    return records.monthlyDecisions(ctx, agencyCode, year);
  }

  @Query(() => RecordSettingsType, { description: '本级政府的公开记录设置（即时公开、政策解读的工作日数）' })
  async recordSettings(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
  ): Promise<RecordSettingsType> {
    return records.recordSettings(ctx, governmentCode);
  }

  @Mutation(() => PublicationRecordType, {
    description: '在一个目录行下新增公开记录；草稿缺项也能保存，格式不对时拒绝并指明字段',
  })
  async createPublicationRecord(
    @Ctx() ctx: Context,
    @Arg('requirementId', () => ID) requirementId: string,
    @Arg('input', () => PublicationRecordInput) input: PublicationRecordInput,
  ): Promise<PublicationRecordType> {
    return records.createPublicationRecord(ctx, requirementId, input);
  }

  @Mutation(() => PublicationRecordType, { description: '修改公开记录（未给出的字段不变，null 清空）' })
  async updatePublicationRecord(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PublicationRecordInput) input: PublicationRecordInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<PublicationRecordType> {
    return records.updatePublicationRecord(ctx, id, input, expectedVersion);
  }

  @Mutation(() => Boolean, { description: '删除公开记录（及其解读关联）' })
  async deletePublicationRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return records.deletePublicationRecord(ctx, id);
  }

  @Query(() => [StoredFileType], {
    description: '一条公开记录的附件（能看到该记录的人都能看到；未登录只能看已公开记录的），下载地址为 /files/<id>',
  })
  async recordFiles(@Ctx() ctx: Context, @Arg('recordId', () => ID) recordId: string): Promise<StoredFileType[]> {
    return attachments.recordFiles(ctx, recordId);
  }

  @Mutation(() => StoredFileType, {
    description: '为公开记录上传附件（PDF、OFD、Word、PNG、JPEG，不超过 10 MB；按内容识别类型）',
  })
  async attachRecordFile(
    @Ctx() ctx: Context,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
  ): Promise<StoredFileType> {
    return attachments.attachRecordFile(ctx, recordId, fileName, contentBase64);
  }

  @Mutation(() => Boolean, { description: '删除公开记录的一个附件' })
  async deleteRecordFile(
    @Ctx() ctx: Context,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('fileId', () => ID) fileId: string,
  ): Promise<boolean> {
    return attachments.deleteRecordFile(ctx, recordId, fileId);
  }

  @Mutation(() => PublicationRecordType, { description: '把一条解读记录关联到它解读的政策记录（同一机关）' })
  async linkInterpretation(
    @Ctx() ctx: Context,
    @Arg('policyId', () => ID) policyId: string,
    @Arg('interpretationId', () => ID) interpretationId: string,
  ): Promise<PublicationRecordType> {
    return records.linkInterpretation(ctx, policyId, interpretationId);
  }

  @Mutation(() => PublicationRecordType, { description: '取消解读关联' })
  async unlinkInterpretation(
    @Ctx() ctx: Context,
    @Arg('policyId', () => ID) policyId: string,
    @Arg('interpretationId', () => ID) interpretationId: string,
  ): Promise<PublicationRecordType> {
    return records.unlinkInterpretation(ctx, policyId, interpretationId);
  }

  @Mutation(() => [MonthlyDecisionType], {
    description: '保存某年若干月的处理决定数量和收费金额（给出的月份整月替换）',
  })
  async setMonthlyDecisions(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('months', () => [MonthlyDecisionInput]) months: MonthlyDecisionInput[],
  ): Promise<MonthlyDecisionType[]> {
    return records.setMonthlyDecisions(ctx, agencyCode, year, months);
  }

  @Mutation(() => RecordImportResultType, {
    description:
      '导入公开记录：Excel（.xlsx，第一个工作表）、CSV（列对应可给出，否则按表头识别），或网站信息公开列表 JSON（title、date、url、column）。' +
      '每行按事项名称对应到目录事项；有错误或对不上事项的行列出，此时不写入（skipInvalid 时只导入无误的行）；dryRun 只预览',
  })
  async importPublicationRecords(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('mapping', () => GraphQLJSON, {
      nullable: true,
      description: '{ 字段: 列号(0 起) }，字段如 title、publishedDate、item',
    })
    mapping?: unknown,
    @Arg('status', () => String, { nullable: true, description: 'PUBLISHED（默认）或 DRAFT' }) status?: string | null,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null,
    @Arg('skipInvalid', () => Boolean, { nullable: true }) skipInvalid?: boolean | null,
  ): Promise<RecordImportResultType> {
    return records.importPublicationRecords(ctx, agencyCode, fileName, contentBase64, {
      mapping,
      status,
      dryRun,
      skipInvalid,
    });
  }

  @Mutation(() => FillTableTwoResultType, {
    description: '用记录计算的值一次填写该年年度报告的表二（只限草稿或退回的报告；「/」不适用的格保留）',
  })
  async fillTableTwoFromRecords(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<FillTableTwoResultType> {
    return records.fillTableTwoFromRecords(ctx, agencyCode, year);
  }

  @Mutation(() => RecordSettingsType, { description: '设置本级政府的「即时公开」和政策解读的工作日数' })
  async setRecordSettings(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('immediateWorkingDays', () => Int) immediateWorkingDays: number,
    @Arg('interpretationWorkingDays', () => Int) interpretationWorkingDays: number,
  ): Promise<RecordSettingsType> {
    return records.setRecordSettings(ctx, governmentCode, immediateWorkingDays, interpretationWorkingDays);
  }
}
