/**
 * GraphQL types of annual reports. Labels come from the domain's format definitions.
 */
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { AgencyType } from '../graphql-types.js';

@ObjectType('ReportCell', {
  description: '报告的一个单元格：数字（字符串，精确小数）、「/」（不适用），或 null（未填写）',
})
export class ReportCellType {
  @Field() id!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType('ReportCellDef', { description: '报告格式中的单元格定义（官方标签原文）' })
export class ReportCellDefType {
  @Field() id!: string;
  @Field({ description: 'count（非负整数）/ amount（万元，最多4位小数）/ signedCount（可为负）' }) kind!: string;
  @Field() section!: string;
  @Field() row!: string;
  @Field() column!: string;
  @Field(() => [String], { nullable: true, description: '可自动计算的合计：由哪些单元格相加' }) sumOf?: string[] | null;
}

@ObjectType('ReportFormatDef', { description: '年度报告格式（2021 年格式或 2019 年试行格式）' })
export class ReportFormatType {
  @Field() format!: string;
  @Field() title!: string;
  @Field(() => GraphQLJSON, { description: '表二的各小表（标题、列、行、单元格 id）' }) proactive!: unknown;
  @Field(() => GraphQLJSON, { description: '表三的行（key、标签、合并的分组标签）' }) applicationRows!: unknown;
  @Field(() => [ReportCellDefType]) cells!: ReportCellDefType[];
}

@ObjectType('RuleResult', { description: '勾稽关系检查结果' })
export class RuleResultType {
  @Field() rule!: string;
  @Field({ description: 'error（阻止报送）/ warning' }) severity!: string;
  @Field() message!: string;
  @Field(() => [String]) cells!: string[];
}

@ObjectType('ReportTransition', { description: '报告流程的一步：谁、何时、意见' })
export class ReportTransitionType {
  @Field(() => ID) id!: string;
  @Field() fromStatus!: string;
  @Field() toStatus!: string;
  @Field(() => Date) at!: Date;
  @Field() userLogin!: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => GraphQLJSON, { description: '针对部分或单元格的意见 { 单元格或部分: 意见 }' }) cellComments!: unknown;
}

@ObjectType('ReportReadFinding', { description: '读入已发布年报时的发现' })
export class ReportReadFindingType {
  @Field({ description: 'info / warning / error' }) level!: string;
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: '所指的单元格 id' }) cell?: string | null;
}

@ObjectType('AnnualReport', { description: '政府信息公开工作年度报告' })
export class AnnualReportType {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() format!: string;
  @Field({ description: 'DRAFT 草稿 / SUBMITTED 已报送 / RETURNED 已退回 / APPROVED 已审核通过 / PUBLISHED 已公开' })
  status!: string;
  @Field() overview!: string;
  @Field() problems!: string;
  @Field() other!: string;
  @Field() demo!: boolean;
  @Field() aggregated!: boolean;
  @Field({ description: '按原文录入的历史年报（从已发布的文件读入，勾稽问题照原样保留）' }) importedAsPrinted!: boolean;
  @Field(() => [ReportReadFindingType], { description: '读入已发布年报时发现的问题（标签错字、（六）印成一行等）' })
  importFindings!: ReportReadFindingType[];
  @Field(() => String, { nullable: true, description: '按原文录入时读取的文件名' }) importFileName?: string | null;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) submittedAt?: Date | null;
  @Field(() => Date, { nullable: true }) approvedAt?: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt?: Date | null;
}

@ObjectType('ReportAggregate', { description: '汇总：所含机关的报告逐格相加，并列出所含与缺少的机关' })
export class ReportAggregateType {
  @Field(() => Int) year!: number;
  @Field() format!: string;
  @Field(() => [String]) statuses!: string[];
  @Field(() => [ReportCellType]) cells!: ReportCellType[];
  @Field(() => [AgencyType], { description: '已计入的机关' }) included!: unknown[];
  @Field(() => [MissingReportType], { description: '未计入的机关及其报告状态' }) missing!: MissingReportType[];
  @Field(() => Int, { description: '已计入的机关数（不受分页影响）' }) includedCount!: number;
  @Field(() => Int, { description: '未计入的机关数（不受分页影响）' }) missingCount!: number;
  @Field(() => Boolean, { description: '是否汇总了下辖各级的全部部门（subtree）' }) subtree!: boolean;
  @Field(() => [RuleResultType], { description: '汇总数据的勾稽检查（R1–R4 不成立说明有机关数据有误）' })
  ruleResults!: RuleResultType[];
}

@ObjectType('MissingReport')
export class MissingReportType {
  @Field(() => AgencyType) agency!: unknown;
  @Field(() => String, { nullable: true, description: '报告状态；没有报告为 null' }) status!: string | null;
}

@ObjectType('ReportProgress', { description: '「谁还没报」：一个部门某年报告的进度' })
export class ReportProgressType {
  @Field(() => AgencyType) agency!: unknown;
  @Field(() => AnnualReportType, { nullable: true }) report!: unknown;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field() deadline!: string;
  @Field(() => Int, { description: '逾期天数（按报送日；未报送按今天）' }) daysLate!: number;
  @Field() late!: boolean;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
}

@ObjectType('ReportDashboard')
export class ReportDashboardType {
  @Field(() => Int) year!: number;
  @Field({ description: '部门报送截止日' }) departmentDue!: string;
  @Field({ description: '本级报告公开截止日' }) governmentDue!: string;
  @Field(() => ReportProgressType, {
    description:
      '本级政府自己的报告（《条例》第四十九条：3月31日前公开）：状态、截止日、逾期天数（按公开日；未公开按今天）',
  })
  government!: ReportProgressType;
  @Field(() => [ReportProgressType]) departments!: ReportProgressType[];
}

@ObjectType('CellComparison', { description: '同比：本年、上年与变化' })
export class CellComparisonType {
  @Field() id!: string;
  @Field(() => String, { nullable: true }) current!: string | null;
  @Field(() => String, { nullable: true }) previous!: string | null;
  @Field(() => String, { nullable: true }) change!: string | null;
}

@InputType('ReportCellInput')
export class ReportCellInput {
  @Field() id!: string;
  @Field(() => String, { nullable: true, description: '如输入的文字："12"、"/"，空为未填写' }) value?: string | null;
}

@InputType('ReportInput')
export class ReportInput {
  @Field(() => String, { nullable: true }) overview?: string | null;
  @Field(() => String, { nullable: true }) problems?: string | null;
  @Field(() => String, { nullable: true }) other?: string | null;
  @Field(() => [ReportCellInput], { nullable: true }) cells?: ReportCellInput[] | null;
}

@ObjectType('PublishedReportImport', { description: '一个已发布年报文件的读入结果' })
export class PublishedReportImportType {
  @Field() fileName!: string;
  @Field(() => Int, { description: '读出的年份' }) year!: number;
  @Field() format!: string;
  @Field(() => String, { nullable: true, description: '读出的标题' }) title?: string | null;
  @Field(() => Int, { description: '读出的单元格数' }) cellsRead!: number;
  @Field(() => Int) cellsTotal!: number;
  @Field(() => [ReportReadFindingType]) findings!: ReportReadFindingType[];
  @Field(() => [RuleResultType], { description: '按原文的勾稽检查（不阻止录入）' }) ruleResults!: RuleResultType[];
  @Field({ description: '替换了此前按原文录入的同年报告' }) replaced!: boolean;
  @Field(() => AnnualReportType, { nullable: true, description: '录入的报告（预览时为 null）' }) report?: unknown;
}
