/**
 * The GraphQL object types. Resolvers return database entities; fields not named the same are resolved
 * in the resolver classes. Labels shown to users are the official Chinese ones from packages/domain.
 */
import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { CHANNELS, type ChannelCode } from '@gongkai/domain';

export enum AgencyKind {
  GOVERNMENT = 'GOVERNMENT',
  DEPARTMENT = 'DEPARTMENT',
  STANDARD = 'STANDARD',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  valuesConfig: {
    GOVERNMENT: { description: '人民政府' },
    DEPARTMENT: { description: '工作部门' },
    STANDARD: { description: '标准目录（政务公开办维护的参照目录）' },
  },
});

export enum CatalogueStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CatalogueStatus, {
  name: 'CatalogueStatus',
  valuesConfig: { DRAFT: { description: '草稿' }, PUBLISHED: { description: '已发布' } },
});

export enum Audience {
  PUBLIC = 'PUBLIC',
  SPECIFIC = 'SPECIFIC',
}
registerEnumType(Audience, {
  name: 'Audience',
  valuesConfig: { PUBLIC: { description: '全社会' }, SPECIFIC: { description: '特定群体' } },
});

export enum FindingSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  ERROR = 'ERROR',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  valuesConfig: { INFO: { description: '提示' }, WARNING: { description: '警告' }, ERROR: { description: '错误' } },
});

/** The 13 official channels as a GraphQL enum, in the official order. */
export const Channel = Object.fromEntries(CHANNELS.map((c) => [c.code, c.code])) as { [K in ChannelCode]: K };
registerEnumType(Channel, {
  name: 'Channel',
  description: '公开渠道和载体（官方13项）',
  valuesConfig: Object.fromEntries(CHANNELS.map((c) => [c.code, { description: c.label }])),
});

@ObjectType('Agency', { description: '政府机关：人民政府或其工作部门' })
export class AgencyType {
  @Field(() => ID) id!: string;
  @Field({ description: '编码（行政区划代码或部门编码）' }) code!: string;
  @Field() name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
}

@ObjectType('Office', { description: '责任科室' })
export class OfficeType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: '别名（同一科室的其他写法）' }) aliases!: string[];
}

@ObjectType('Catalogue', { description: '主动公开目录' })
export class CatalogueType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: '版本，如「2024版」' }) versionLabel!: string;
  @Field(() => CatalogueStatus) status!: CatalogueStatus;
  @Field(() => String, { nullable: true }) sourceName?: string | null;
  @Field({ description: '是否为虚构的示例数据' }) demo!: boolean;
  @Field(() => Date, { nullable: true }) importedAt?: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '发布人登录名' }) publishedBy?: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('CatalogueItem', { description: '公开事项（一级/二级/三级）' })
export class CatalogueItemType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) level!: number;
  @Field(() => String, { nullable: true, description: '序号（一级事项）' }) serial?: string | null;
  @Field(() => Int) position!: number;
  @Field(() => Int, { nullable: true, description: '导入文件中的行号' }) sourceLine?: number | null;
  @Field(() => Int, { description: '版本号（乐观锁），修改时带上' }) version!: number;
}

@ObjectType('TimeLimit', { description: '公开时限：原文与解析后的规则' })
export class TimeLimitType {
  @Field() raw!: string;
  @Field({
    description: '规则类型：afterEvent / immediate / sameDayAs / afterApproval / periodic / standing / none / unparsed',
  })
  kind!: string;
  @Field({ description: '规则的中文说明' }) description!: string;
  @Field({ description: '保持长期公开' }) longTerm!: boolean;
  @Field({ description: '法定默认时限（信息形成或变更之日起20个工作日内）' }) statutoryDefault!: boolean;
  @Field(() => GraphQLJSON, { description: '完整规则' }) rule!: unknown;
}

@ObjectType('Requirement', { description: '公开要求（目录中的一行）' })
export class RequirementType {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int, { nullable: true }) sourceLine?: number | null;
  @Field(() => String, { nullable: true, description: '公开内容的引言（编号列表之前的文字）' }) contentIntro?:
    string | null;
  @Field(() => [String], { description: '公开内容（要素）' }) contentElements!: string[];
  @Field(() => [String], { description: '公开主体' }) publishingOrgans!: string[];
  @Field(() => [Channel], { description: '公开渠道和载体（官方选项）' }) channels!: ChannelCode[];
  @Field(() => [String], { description: '官方选项之外的渠道' }) extraChannels!: string[];
  @Field(() => [Audience], { description: '公开对象' }) audiences!: Audience[];
  @Field(() => [String], { description: '公开依据' }) legalBasis!: string[];
  @Field(() => [String], { description: '公开方式' }) modes!: string[];
  @Field(() => [String], { description: '公开层级' }) levels!: string[];
  @Field(() => [String], { description: '无法归入任何列的文字（备注）' }) remarks!: string[];
  @Field(() => Int, { description: '版本号（乐观锁），修改时带上' }) version!: number;
}

@ObjectType('ImportFinding', { description: '导入时发现的问题' })
export class ImportFindingType {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field() message!: string;
  @Field(() => Int, { nullable: true }) line?: number | null;
  @Field(() => String, { nullable: true }) column?: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '结构化信息：科室合并为 { alias, office, lines }' })
  data?: unknown;
  @Field(() => String, { nullable: true, description: 'CONFIRMED 已确认 / UNDONE 已撤销；未处理为 null' }) resolution?:
    string | null;
  @Field(() => String, { nullable: true }) resolvedBy?: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt?: Date | null;
}

@ObjectType('ChannelOption', { description: '公开渠道选项' })
export class ChannelOptionType {
  @Field(() => Channel) code!: ChannelCode;
  @Field() label!: string;
  @Field(() => Int) position!: number;
}

export enum RoleEnum {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  CITY_REVIEWER = 'CITY_REVIEWER',
  DEPT_EDITOR = 'DEPT_EDITOR',
  DEPT_APPROVER = 'DEPT_APPROVER',
  VIEWER = 'VIEWER',
}
registerEnumType(RoleEnum, {
  name: 'Role',
  valuesConfig: {
    PLATFORM_ADMIN: { description: '平台管理员：管理用户，读写所有机关' },
    CITY_REVIEWER: { description: '政务公开办审核员：读取本级政府所有部门，审核与发布' },
    DEPT_EDITOR: { description: '部门编辑：编辑本机关的草稿' },
    DEPT_APPROVER: { description: '部门审批人：提交本机关的年报、发布本机关的目录' },
    VIEWER: { description: '只读用户：读取本机关数据' },
  },
});

@ObjectType('User', { description: '用户账号' })
export class UserType {
  @Field(() => ID) id!: string;
  @Field() login!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: '电子邮箱（接收催报邮件）' }) email?: string | null;
  @Field(() => [RoleEnum]) roles!: RoleEnum[];
  @Field() disabled!: boolean;
  @Field({ description: '需要先修改初始密码' }) mustChangePassword!: boolean;
  @Field(() => Date) createdAt!: Date;
  // lockedUntil: a field resolver (UserFieldResolver), from the password throttle.
}

@ObjectType('UserWithPassword', { description: '新建或重置密码后的用户，附一次性密码（只显示这一次）' })
export class UserWithPasswordType {
  @Field(() => UserType) user!: unknown;
  @Field() oneTimePassword!: string;
}

@ObjectType('AuditEntry', { description: '审计日志条目' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true }) userLogin?: string | null;
  @Field() operation!: string;
  @Field() objectType!: string;
  @Field(() => String, { nullable: true }) objectId?: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before?: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after?: unknown;
}

@ObjectType('AuditLogPage')
export class AuditLogPageType {
  @Field(() => Int) total!: number;
  @Field(() => [AuditEntryType]) entries!: unknown[];
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field({ description: '登录名：小写字母、数字、点、横线、下划线，3–32 个字符' }) login!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: '所属机关编码；平台管理员可不填' }) agencyCode?: string | null;
  @Field(() => [RoleEnum]) roles!: RoleEnum[];
  @Field(() => String, { nullable: true, description: '电子邮箱（接收催报邮件），可不填' }) email?: string | null;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: '所属机关编码' }) agencyCode?: string | null;
  @Field(() => [RoleEnum], { nullable: true }) roles?: RoleEnum[] | null;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean | null;
  @Field(() => String, { nullable: true, description: '电子邮箱；null 或空字符串为清除，不给出时不变' }) email?:
    string | null;
}

@InputType('RequirementInput', { description: '公开要求（行）的改动；未给出的字段不变' })
export class RequirementInput {
  @Field(() => String, { nullable: true }) contentIntro?: string | null;
  @Field(() => [String], { nullable: true }) contentElements?: string[] | null;
  @Field(() => String, { nullable: true, description: '公开时限原文；服务器用同一解析器解析' }) timeLimitRaw?:
    string | null;
  @Field(() => [String], { nullable: true }) publishingOrgans?: string[] | null;
  @Field(() => [Channel], { nullable: true }) channels?: ChannelCode[] | null;
  @Field(() => [String], { nullable: true }) extraChannels?: string[] | null;
  @Field(() => [Audience], { nullable: true }) audiences?: Audience[] | null;
  @Field(() => [ID], { nullable: true, description: '责任科室（本机关科室的 id）' }) officeIds?: string[] | null;
  @Field(() => [String], { nullable: true }) legalBasis?: string[] | null;
  @Field(() => [String], { nullable: true }) modes?: string[] | null;
  @Field(() => [String], { nullable: true }) levels?: string[] | null;
  @Field(() => [String], { nullable: true }) remarks?: string[] | null;
}

@ObjectType('RowProblem', { description: '一行还缺什么（草稿可以保存）' })
export class RowProblemType {
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType('DueDate', { description: '按工作日历算出的公开期限' })
export class DueDateType {
  @Field(() => String, { nullable: true, description: '最后期限 YYYY-MM-DD；规则没有固定期限时为 null' }) date!:
    string | null;
  @Field() explanation!: string;
  @Field({ description: '计算用到了节假日数据未覆盖的年份（只按周末计算）' }) beyondCoverage!: boolean;
}

@ObjectType('CalendarCoverage', { description: '工作日历的覆盖范围' })
export class CalendarCoverageType {
  @Field(() => Int, { description: '日历包数据覆盖到的年份' }) packageCoveredUntil!: number;
  @Field(() => Int, { description: '含管理员补录后连续覆盖到的年份' }) coveredUntil!: number;
  @Field(() => [Int], { description: '管理员补录了节假日数据的年份' }) overrideYears!: number[];
}

@ObjectType('HolidayYear', { description: '管理员补录的某年节假日数据' })
export class HolidayYearType {
  @Field(() => Int) year!: number;
  @Field(() => [String]) holidays!: string[];
  @Field(() => [String]) workdays!: string[];
  @Field(() => String, { nullable: true }) updatedBy?: string | null;
}

@ObjectType('FieldChange')
export class FieldChangeType {
  @Field() field!: string;
  @Field() label!: string;
  @Field() before!: string;
  @Field() after!: string;
  @Field(() => [String]) added!: string[];
  @Field(() => [String]) removed!: string[];
}

@ObjectType('RowChange')
export class RowChangeType {
  @Field() kind!: string;
  @Field(() => Int) index!: number;
  @Field(() => [FieldChangeType]) fields!: FieldChangeType[];
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('ItemChange')
export class ItemChangeType {
  @Field({ description: 'added / removed / moved / renamed / changed' }) kind!: string;
  @Field(() => Int) level!: number;
  @Field(() => [String], { nullable: true }) beforePath!: string[] | null;
  @Field(() => [String], { nullable: true }) afterPath!: string[] | null;
  @Field(() => [RowChangeType]) rows!: RowChangeType[];
}

@ObjectType('CatalogueDiffSummary')
export class CatalogueDiffSummaryType {
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int) moved!: number;
  @Field(() => Int) renamed!: number;
  @Field(() => Int) changedRows!: number;
  @Field(() => Int) unchangedItems!: number;
}

@ObjectType('CatalogueDiff', { description: '两个目录（版本）的字段级比较' })
export class CatalogueDiffType {
  @Field(() => CatalogueDiffSummaryType) summary!: CatalogueDiffSummaryType;
  @Field(() => [ItemChangeType]) changes!: ItemChangeType[];
}
