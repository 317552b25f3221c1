/**
 * GraphQL types of 主动公开 publication records (issue 16). Field labels, states and table 二's labels come from the
 * domain (packages/domain/src/records, report-format.ts).
 */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { AgencyType } from '../graphql-types.js';
import { AnnualReportType } from '../report/report.type.js';

@InputType('PublicationRecordInput', {
  description: '公开记录的录入项；草稿可缺项，已公开的记录需要标题和公开日期。日期为 YYYY-MM-DD',
})
export class PublicationRecordInput {
  @Field(() => String, { nullable: true, description: 'DRAFT（草稿，默认）/ PUBLISHED（已公开）' })
  status?: string | null;
  @Field(() => String, { nullable: true, description: '标题' }) title?: string | null;
  @Field(() => String, { nullable: true, description: '文号' }) documentNumber?: string | null;
  @Field(() => String, { nullable: true, description: '信息形成或变更日期（时限的起算日）' })
  formedDate?: string | null;
  @Field(() => String, { nullable: true, description: '公开日期' }) publishedDate?: string | null;
  @Field(() => [String], { nullable: true, description: '公开渠道（13 种官方渠道的代码）' })
  channels?: string[] | null;
  @Field(() => String, { nullable: true, description: '链接（http/https）' }) url?: string | null;
  @Field(() => String, { nullable: true, description: '附件名称' }) attachment?: string | null;
  @Field(() => String, { nullable: true, description: 'REGULATION（规章）/ NORMATIVE（行政规范性文件）' })
  documentKind?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'IN_FORCE 继续有效 / AMENDED 修改 / ABOLISHED 废止 / LAPSED 失效',
  })
  validity?: string | null;
  @Field(() => String, { nullable: true, description: '废止或失效日期' }) abolishedDate?: string | null;
  @Field(() => String, { nullable: true, description: '定期公开事项的所属期间：2026、2026-H1、2026-Q3、2026-05' })
  period?: string | null;
}

@ObjectType('PublicationRecord', { description: '一条主动公开记录：公开了什么、何时、是否按时' })
export class PublicationRecordType {
  @Field(() => ID) id!: string;
  @Field(() => AgencyType) agency!: unknown;
  @Field(() => [String], { description: '所属公开事项的路径（一级›二级›三级）' }) itemPath!: string[];
  @Field({ description: '事项中的第几行（0 起）' }) rowPosition!: number;
  @Field(() => ID, { nullable: true, description: '当前对应的目录行 id（事项已从新版本删除时为原版本的行）' })
  requirementId!: string | null;
  @Field(() => String, { nullable: true, description: '对应目录行所在的版本' }) catalogueVersionLabel!: string | null;
  @Field({
    description: 'current：挂在当前已发布版本的事项上；filed：事项已不在当前版本，保留原版本的行；none：原行已删除',
  })
  attachedTo!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => String, { nullable: true }) formedDate!: string | null;
  @Field(() => String, { nullable: true }) publishedDate!: string | null;
  @Field(() => [String]) channels!: string[];
  @Field(() => [String], { description: '公开渠道的官方名称' }) channelLabels!: string[];
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) attachment!: string | null;
  @Field(() => String, { nullable: true }) documentKind!: string | null;
  @Field(() => String, { nullable: true }) validity!: string | null;
  @Field(() => String, { nullable: true }) abolishedDate!: string | null;
  @Field(() => String, { nullable: true, description: '所属期间（录入的或推算的）' }) period!: string | null;
  @Field({ description: '目录行的公开时限原文' }) timeLimitRaw!: string;
  @Field(() => String, { nullable: true, description: '应公开日期；无固定时限时为 null' }) dueDate!: string | null;
  @Field({ description: 'ON_TIME / LATE / OVERDUE / PENDING / NO_DEADLINE / UNKNOWN' }) state!: string;
  @Field() stateLabel!: string;
  @Field(() => Int, { description: '逾期的工作日数' }) lateWorkingDays!: number;
  @Field({ description: '如何计算：规则、计入的工作日、跳过的节假日和调休、结论' }) explanation!: string;
  @Field(() => [ID], { description: '关联的政策解读记录' }) interpretationIds!: string[];
  @Field(() => [ID], { description: '本记录解读的政策记录' }) policyIds!: string[];
  @Field(() => Int) version!: number;
}

@ObjectType('RecordMissingPeriod', { description: '定期公开事项某期没有公开记录' })
export class MissingPeriodType {
  @Field(() => [String]) itemPath!: string[];
  @Field() rowPosition!: number;
  @Field() timeLimitRaw!: string;
  @Field() period!: string;
  @Field() label!: string;
  @Field() dueDate!: string;
  @Field({ description: 'true：已过期限仍未公开；false：尚未到期' }) overdue!: boolean;
  @Field() explanation!: string;
}

@ObjectType('RecordItemWithoutRecords', { description: '本年没有任何公开记录的事项' })
export class ItemWithoutRecordsType {
  @Field(() => [String]) itemPath!: string[];
  @Field(() => [String], { description: '该事项各行的公开时限原文' }) timeLimits!: string[];
}

@ObjectType('RecordInterpretationCheck', { description: '政策文件的解读：同步、按时、滞后或缺少' })
export class InterpretationCheckType {
  @Field(() => PublicationRecordType) policy!: PublicationRecordType;
  @Field({ description: 'SAME_DAY / WITHIN / LATE / MISSING / PENDING' }) state!: string;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
  @Field(() => Int) lateWorkingDays!: number;
  @Field() explanation!: string;
}

@ObjectType('RecordFigures', { description: '按时公开情况' })
export class RecordFiguresType {
  @Field(() => Int, { description: '记录数' }) records!: number;
  @Field(() => Int, { description: '有期限且已可判断的：按时 + 逾期公开 + 逾期未公开' }) judged!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Float, { nullable: true, description: '按时率 0–1；没有可判断的记录时为 null' }) onTimeRate!:
    number | null;
  @Field({ description: '按时率，如「87.5%」' }) onTimeRateText!: string;
  @Field(() => Int, { description: '缺期数（已过期限的）' }) missingPeriods!: number;
  @Field(() => Int) itemsWithNothingPublished!: number;
  @Field(() => Int) policiesWithoutInterpretation!: number;
}

@ObjectType('AgencyRecords', { description: '一个机关某年的公开记录和检查结果' })
export class AgencyRecordsType {
  @Field(() => AgencyType) agency!: unknown;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: '记录所对照的目录版本（当前已发布版本）' })
  catalogueVersionLabel!: string | null;
  @Field(() => [PublicationRecordType]) records!: PublicationRecordType[];
  @Field(() => [MissingPeriodType]) missingPeriods!: MissingPeriodType[];
  @Field(() => [ItemWithoutRecordsType]) itemsWithNothingPublished!: ItemWithoutRecordsType[];
  @Field(() => [InterpretationCheckType], { description: '没有按时解读的政策（滞后或缺少）' })
  policiesWithoutInterpretation!: InterpretationCheckType[];
  @Field(() => RecordFiguresType) figures!: RecordFiguresType;
}

@ObjectType('OfficeRecordDepartment', { description: '政务公开办视图中的一个部门' })
export class OfficeRecordDepartmentType {
  @Field(() => AgencyType) agency!: unknown;
  @Field(() => RecordFiguresType) figures!: RecordFiguresType;
  /** Read from every column of the records only when a client asks (the figures need none). */
  @Field(() => [PublicationRecordType], { description: '逾期公开和逾期未公开的记录' })
  lateRecords!: PublicationRecordType[] | Promise<PublicationRecordType[]>;
  @Field(() => [MissingPeriodType]) missingPeriods!: MissingPeriodType[];
  @Field(() => [ItemWithoutRecordsType]) itemsWithNothingPublished!: ItemWithoutRecordsType[];
  @Field(() => [InterpretationCheckType])
  policiesWithoutInterpretation!: InterpretationCheckType[] | Promise<InterpretationCheckType[]>;
}

@ObjectType('OfficeRecordView', { description: '政务公开办：各部门某年按时公开情况' })
export class OfficeRecordViewType {
  @Field(() => AgencyType) government!: unknown;
  @Field(() => Int) year!: number;
  @Field(() => RecordFiguresType, { description: '全部部门合计' }) total!: RecordFiguresType;
  @Field(() => [OfficeRecordDepartmentType]) departments!: OfficeRecordDepartmentType[];
}

@ObjectType('RecordTableTwoCell', { description: '由记录计算的表二单元格（标签取自报告格式）' })
export class TableTwoCellType {
  @Field({ description: '报告单元格 id，如 p.normative.issued' }) id!: string;
  @Field() row!: string;
  @Field() column!: string;
  @Field(() => String, { nullable: true, description: '计算值；无从计算时为 null' }) value!: string | null;
  @Field({ description: '计算依据' }) basis!: string;
  @Field(() => String, { nullable: true, description: '报告中已填写的值（「/」为不适用）' }) typed!: string | null;
  @Field({ description: '已填写的值与计算值不同' }) differs!: boolean;
}

@ObjectType('RecordTableTwo', { description: '某机关某年由记录计算的表二' })
export class TableTwoType {
  @Field(() => Int) year!: number;
  @Field(() => [TableTwoCellType]) cells!: TableTwoCellType[];
  @Field(() => ID, { nullable: true, description: '该年的年度报告（还没有时为 null）' }) reportId!: string | null;
}

@ObjectType('FillTableTwoResult', { description: '用记录计算值填写年度报告表二的结果' })
export class FillTableTwoResultType {
  @Field(() => AnnualReportType) report!: unknown;
  @Field(() => [String], { description: '改动的单元格 id' }) changed!: string[];
  @Field(() => TableTwoType) tableTwo!: TableTwoType;
}

@InputType('MonthlyDecisionInput', { description: '某月的处理决定数量和收费金额；不填为 null' })
export class MonthlyDecisionInput {
  @Field(() => Int) month!: number;
  @Field(() => Int, { nullable: true }) licensing?: number | null;
  @Field(() => Int, { nullable: true }) punishment?: number | null;
  @Field(() => Int, { nullable: true }) enforcement?: number | null;
  @Field(() => String, { nullable: true, description: '收费金额（万元，最多 4 位小数）' }) fees?: string | null;
}

@ObjectType('MonthlyDecision', { description: '某月的行政许可、处罚、强制决定数量和行政事业性收费（万元）' })
export class MonthlyDecisionType {
  @Field(() => Int) month!: number;
  @Field(() => Int, { nullable: true }) licensing!: number | null;
  @Field(() => Int, { nullable: true }) punishment!: number | null;
  @Field(() => Int, { nullable: true }) enforcement!: number | null;
  @Field(() => String, { nullable: true }) fees!: string | null;
}

@ObjectType('RecordSettings', { description: '本级政府的公开记录设置' })
export class RecordSettingsType {
  @Field(() => Int, { description: '「即时公开」按几个工作日计（默认 5）' }) immediateWorkingDays!: number;
  @Field(() => Int, { description: '政策解读最迟在政策公开后几个工作日内（默认 3）' })
  interpretationWorkingDays!: number;
}

@ObjectType('RecordImportRowError', { description: '导入中的一行错误' })
export class RecordImportRowErrorType {
  @Field(() => Int) row!: number;
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType('RecordImportUnmatched', { description: '没能对应到目录事项的一行（请人工归入）' })
export class RecordImportUnmatchedType {
  @Field(() => Int) row!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: '栏目或事项名称' }) column!: string | null;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
}

@ObjectType('RecordImportResult', {
  description: '导入公开记录的结果：有错误的行不导入，其他行导入（dryRun 时都不写）',
})
export class RecordImportResultType {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: '读到的数据行数' }) rows!: number;
  @Field(() => [PublicationRecordType]) records!: PublicationRecordType[];
  @Field(() => [RecordImportRowErrorType]) errors!: RecordImportRowErrorType[];
  @Field(() => [RecordImportUnmatchedType]) unmatched!: RecordImportUnmatchedType[];
  @Field(() => GraphQLJSON, { description: '使用的列对应 { 字段: 列号(0 起) }' }) mapping!: unknown;
}
