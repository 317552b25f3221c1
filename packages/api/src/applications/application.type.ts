/**
 * GraphQL types of the 依申请公开 register (issue 15). Labels are the domain's (table 三's applicant columns and outcome
 * rows, receipt ways, step kinds, clock states); the server adds them so no client retypes them.
 */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '办理步骤' })
export class ApplicationStepType {
  @Field({
    description:
      'accepted 受理 / correctionRequested 补正通知 / correctionReceived 收到补正 / thirdPartySent 征求第三方意见 / thirdPartyAnswered 第三方答复 / extended 延期答复 / replied 答复',
  })
  kind!: string;
  @Field() kindLabel!: string;
  @Field({ description: 'YYYY-MM-DD' }) on!: string;
  @Field(() => Int, { nullable: true, description: '延期：工作日数' }) days?: number | null;
  @Field(() => String, { nullable: true, description: '延期：批准人' }) approver?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ApplicationStepInput {
  @Field() kind!: string;
  @Field({ description: 'YYYY-MM-DD' }) on!: string;
  @Field(() => Int, { nullable: true }) days?: number | null;
  @Field(() => String, { nullable: true }) approver?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType({ description: '不计入期限的征求第三方意见期间' })
export class ClockPauseType {
  @Field() sentOn!: string;
  @Field({ description: '最后一个不计入的日期' }) until!: string;
  @Field(() => Int) workingDays!: number;
  @Field({ description: '第三方逾期答复，只扣除期限内的时间' }) capped!: boolean;
  @Field({ description: '尚未答复，按最长期限计' }) open!: boolean;
}

@ObjectType({ description: '答复期限的计算过程' })
export class DueDateExplanationType {
  @Field() receivedOn!: string;
  @Field({ description: '作为收到申请之日的日期（休息日收到时为下一个工作日）' }) receiptDay!: string;
  @Field({ description: 'receipt 收到申请 / correction 收到补正' }) startReason!: string;
  @Field({ description: '从该日的次日起计算' }) countAfter!: string;
  @Field(() => Int) baseWorkingDays!: number;
  @Field(() => Int, { nullable: true }) extensionDays?: number | null;
  @Field(() => String, { nullable: true }) extensionApprover?: string | null;
  @Field(() => String, { nullable: true }) extensionDecidedOn?: string | null;
  @Field(() => Int) totalWorkingDays!: number;
  @Field(() => [ClockPauseType]) pauses!: ClockPauseType[];
  @Field(() => [String], { description: '跳过的节假日（工作日放假）' }) holidaysSkipped!: string[];
  @Field(() => [String], { description: '计入的调休上班日' }) makeUpDaysCounted!: string[];
  @Field(() => Int) weekendDaysSkipped!: number;
  @Field() dueDate!: string;
  @Field() dueDateWithoutExtension!: string;
  @Field() beyondCoverage!: boolean;
}

@ObjectType({ description: '法定期限' })
export class ApplicationClockType {
  @Field({
    description:
      'IN_PROGRESS 办理中 / DUE_SOON 即将到期 / OVERDUE 已逾期 / CLOSED_ON_TIME 按期办结 / CLOSED_LATE 逾期办结',
  })
  state!: string;
  @Field() stateLabel!: string;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
  @Field(() => Int, { nullable: true, description: '剩余工作日（逾期为负数）' }) workingDaysLeft!: number | null;
  @Field(() => String, { nullable: true, description: 'correction 等待补正 / thirdParty 等待第三方意见' })
  waitingFor!: string | null;
  @Field(() => String, { nullable: true }) correctionDeadline!: string | null;
  @Field() correctionLapsed!: boolean;
  @Field(() => String, { nullable: true, description: '期限推出的办理结果（逾期未补正 → other.noCorrection）' })
  suggestedOutcome!: string | null;
  @Field(() => Int, { nullable: true }) workingDaysUsed!: number | null;
  @Field(() => DueDateExplanationType, { nullable: true }) explanation!: DueDateExplanationType | null;
  @Field({ description: '期限说明（一句中文）' }) explanationText!: string;
  @Field(() => [String]) warnings!: string[];
}

@ObjectType({ description: '申请人个人信息：只有本机关的用户能读到' })
export class ApplicantType {
  @Field() name!: string;
  @Field() contact!: string;
}

@ObjectType({ description: '行政复议 / 行政诉讼记录' })
export class ReviewRecordType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field({ description: 'review 行政复议 / direct 未经复议直接起诉 / afterReview 复议后起诉' }) kind!: string;
  @Field() kindLabel!: string;
  @Field({
    description: 'originalOrgan 本机关为原行政行为机关 / reviewBodyCoDefendant 本机关为复议机关作共同被告（不计入）',
  })
  role!: string;
  @Field() roleLabel!: string;
  @Field() filedOn!: string;
  @Field(() => String, { nullable: true, description: 'upheld 维持 / corrected 纠正 / other 其他；空为尚未审结' })
  result!: string | null;
  @Field() resultLabel!: string;
  @Field(() => String, { nullable: true }) decidedOn!: string | null;
  @Field() note!: string;
}

@InputType()
export class ReviewRecordInput {
  @Field(() => ID, { nullable: true }) caseId?: string | null;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field() filedOn!: string;
  @Field(() => String, { nullable: true }) result?: string | null;
  @Field(() => String, { nullable: true }) decidedOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType({ description: '依申请公开登记的一件申请' })
export class ApplicationCaseType {
  @Field(() => ID) id!: string;
  @Field() agencyCode!: string;
  @Field() agencyName!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { nullable: true }) receivedOn!: string | null;
  @Field(() => String, { nullable: true }) receiptWay!: string | null;
  @Field(() => String, { nullable: true }) receiptWayLabel!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '表三的申请人列：natural, commercial, research, publicInterest, legalService, otherOrg',
  })
  applicantKind!: string | null;
  @Field(() => String, { nullable: true }) applicantKindLabel!: string | null;
  @Field() subject!: string;
  @Field(() => [ApplicationStepType]) steps!: ApplicationStepType[];
  @Field(() => String, { nullable: true, description: '表三的办理结果行（如 denied.stateSecret）' }) outcome!:
    string | null;
  @Field(() => String, { nullable: true }) outcomeLabel!: string | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => String, { nullable: true, description: '信息处理费（元）' }) fee!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => ApplicationClockType) clock!: ApplicationClockType;
  @Field(() => ApplicantType, { nullable: true, description: '只有本机关的用户能读到；其他机关、政务公开办为 null' })
  applicant!: ApplicantType | null;
  @Field(() => [String], { description: '草稿尚缺或不一致之处' }) problems!: string[];
  @Field(() => [ReviewRecordType]) reviews!: ReviewRecordType[];
}

@InputType()
export class ApplicationCaseInput {
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) receivedOn?: string | null;
  @Field(() => String, { nullable: true }) receiptWay?: string | null;
  @Field(() => String, { nullable: true }) applicantKind?: string | null;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true }) fee?: string | null;
  @Field(() => [ApplicationStepInput], { nullable: true, description: '全部步骤（替换原有步骤）；不给则不变' })
  steps?: ApplicationStepInput[] | null;
  @Field(() => String, { nullable: true }) applicantName?: string | null;
  @Field(() => String, { nullable: true }) applicantContact?: string | null;
}

@ObjectType()
export class StateCountType {
  @Field() state!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '某机关的依申请公开登记' })
export class ApplicationRegisterType {
  @Field() asOf!: string;
  @Field(() => Int) total!: number;
  @Field(() => [StateCountType]) counts!: StateCountType[];
  @Field(() => [ApplicationCaseType], { description: '办理中的按答复期限从近到远，办结的在后' })
  cases!: ApplicationCaseType[];
}

@ObjectType()
export class TableCellType {
  @Field() id!: string;
  @Field() value!: string;
  @Field(() => [ID], { description: '计入该格的申请（表四为记录）' }) caseIds!: string[];
}

@ObjectType()
export class NotCountedType {
  @Field(() => ID) id!: string;
  @Field() reason!: string;
}

@ObjectType({ description: '由登记生成的年报表三、表四' })
export class ApplicationTablesType {
  @Field(() => Int) year!: number;
  @Field() format!: string;
  @Field(() => [TableCellType], { description: '表三（a.*）' }) applications!: TableCellType[];
  @Field(() => [TableCellType], { description: '表四（r.*）' }) reviewLitigation!: TableCellType[];
  @Field(() => [NotCountedType]) notCounted!: NotCountedType[];
}

@ObjectType()
export class RegisterDifferenceType {
  @Field() cellId!: string;
  @Field({ description: '单元格名称（行、列标签）' }) cellName!: string;
  @Field(() => String, { nullable: true }) reportValue!: string | null;
  @Field() registerValue!: string;
}

@ObjectType({ description: '部门的办理情况（不含个人信息）' })
export class DepartmentApplicationCountsType {
  @Field() agencyCode!: string;
  @Field() agencyName!: string;
  @Field(() => Int) open!: number;
  @Field(() => Int) dueSoon!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType({ description: '逾期的申请（不含个人信息、不含申请内容）' })
export class OverdueCaseType {
  @Field(() => ID) id!: string;
  @Field() agencyCode!: string;
  @Field() agencyName!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field() receivedOn!: string;
  @Field() dueDate!: string;
  @Field(() => Int) workingDaysOverdue!: number;
  @Field(() => String, { nullable: true }) applicantKindLabel!: string | null;
}

@ObjectType({ description: '政务公开办的总览' })
export class ApplicationOverviewType {
  @Field() asOf!: string;
  @Field(() => Int) dueSoonWorkingDays!: number;
  @Field(() => [DepartmentApplicationCountsType]) departments!: DepartmentApplicationCountsType[];
  @Field(() => [OverdueCaseType]) overdue!: OverdueCaseType[];
}

@ObjectType({ description: '某机关某年的办理统计' })
export class ApplicationStatisticsType {
  @Field() agencyCode!: string;
  @Field() agencyName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) received!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) closedWithDueDate!: number;
  @Field(() => Int) closedOnTime!: number;
  @Field(() => Int) closedLate!: number;
  @Field(() => Float, { nullable: true, description: '按期答复比例（0–1）' }) onTimeShare!: number | null;
  @Field(() => Float, { nullable: true, description: '答复用时中位数（工作日）' }) medianWorkingDaysToReply!:
    number | null;
  @Field(() => Int) extended!: number;
  @Field(() => Int) overdueOpen!: number;
}

@ObjectType({ description: '依申请公开办理情况的公开数据：各部门按部门顺序，不排名，不含个人信息' })
export class PublicApplicationFiguresType {
  @Field() governmentCode!: string;
  @Field() governmentName!: string;
  @Field(() => Int) year!: number;
  @Field({ description: '统计截至日期（往年为 12 月 31 日）' }) asOf!: string;
  @Field(() => [ApplicationStatisticsType], { description: '本级政府及各部门，按部门顺序' })
  agencies!: ApplicationStatisticsType[];
}

@ObjectType({ description: '期限设置（本级政府）' })
export class ApplicationSettingsType {
  @Field(() => Int) replyWorkingDays!: number;
  @Field(() => Int) maxExtensionWorkingDays!: number;
  @Field(() => Int) thirdPartyMaxWorkingDays!: number;
  @Field(() => Int) correctionPeriodWorkingDays!: number;
  @Field(() => Int) correctionNoticeWorkingDays!: number;
  @Field(() => Int) dueSoonWorkingDays!: number;
  @Field({ description: 'receipt：休息日收到的，以下一个工作日为收到之日；firstDay：下一个工作日为第一天' })
  dayOffReceipt!: string;
}

@InputType()
export class ApplicationSettingsInput {
  @Field(() => Int, { nullable: true }) replyWorkingDays?: number | null;
  @Field(() => Int, { nullable: true }) maxExtensionWorkingDays?: number | null;
  @Field(() => Int, { nullable: true }) thirdPartyMaxWorkingDays?: number | null;
  @Field(() => Int, { nullable: true }) correctionPeriodWorkingDays?: number | null;
  @Field(() => Int, { nullable: true }) correctionNoticeWorkingDays?: number | null;
  @Field(() => Int, { nullable: true }) dueSoonWorkingDays?: number | null;
  @Field(() => String, { nullable: true }) dayOffReceipt?: string | null;
}

@InputType({ description: '导入时的列对应：字段（见 INTAKE_FIELDS）与列号（从 0 开始）' })
export class IntakeColumnInput {
  @Field() field!: string;
  @Field(() => Int) column!: number;
}

@ObjectType()
export class IntakeColumnType {
  @Field() field!: string;
  @Field() label!: string;
  @Field(() => Int, { nullable: true }) column!: number | null;
}

@ObjectType()
export class ApplicationImportRowType {
  @Field(() => Int, { description: '工作表中的行号' }) row!: number;
  @Field() ok!: boolean;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => [String]) errors!: string[];
}

@ObjectType({ description: '从 Excel 导入登记的结果' })
export class ApplicationImportType {
  @Field() dryRun!: boolean;
  @Field() sheetName!: string;
  @Field(() => [String]) header!: string[];
  @Field(() => [IntakeColumnType], { description: '使用的列对应（未给出时按表头推断）' }) mapping!: IntakeColumnType[];
  @Field(() => Int) created!: number;
  @Field(() => [ApplicationImportRowType]) rows!: ApplicationImportRowType[];
}
