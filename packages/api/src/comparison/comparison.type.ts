/**
 * The GraphQL types of comparing catalogues: the side-by-side comparison, the coverage matrix, compliance findings,
 * the office's item-match decisions.
 */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Agency, Catalogue } from '@gongkai/db';
import { AgencyType, CatalogueType } from '../graphql-types.js';

export enum CoverageStatus {
  COVERED = 'COVERED',
  WEAKER = 'WEAKER',
  MISSING = 'MISSING',
}
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  valuesConfig: {
    COVERED: { description: '已覆盖' },
    WEAKER: { description: '已覆盖但弱于标准（时限更宽、渠道更少）' },
    MISSING: { description: '缺少' },
  },
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
export class ComparedItemType {
  @Field(() => [String], { description: '事项路径：一级 › 二级 › 三级' }) path!: string[];
  @Field(() => Int, { description: '公开要求（行）数' }) rowCount!: number;
  @Field(() => String, { nullable: true, description: '公开内容（要素）' }) content!: string | null;
  @Field(() => String, { nullable: true, description: '公开时限（原文）' }) timeLimit!: string | null;
  @Field(() => [String], { description: '公开渠道和载体' }) channels!: string[];
  @Field(() => [String], { description: '公开对象' }) audiences!: string[];
  @Field(() => [String], { description: '责任科室' }) offices!: string[];
}

@ObjectType('RowDifference', { description: '匹配事项之间的字段差异' })
export class RowDifferenceType {
  @Field({ description: 'channels 渠道 / timeLimit 时限 / audiences 对象 / offices 科室 / content 内容' })
  field!: string;
  @Field() message!: string;
  @Field(() => GraphQLJSON, { description: '结构化细节：渠道缺少/多出，时限 stricter/looser 及折算天数等' })
  detail!: unknown;
}

@ObjectType('ItemPair', { description: '两个目录中匹配上的事项' })
export class ItemPairType {
  @Field(() => ComparedItemType) left!: ComparedItemType;
  @Field(() => ComparedItemType) right!: ComparedItemType;
  @Field(() => Float, { description: '相似度 0–1' }) score!: number;
  @Field({ description: 'exact 同名 / synonym 同义 / similar 相似（待确认）/ confirmed 已确认' }) method!: string;
  @Field(() => [RowDifferenceType]) differences!: RowDifferenceType[];
}

@ObjectType('CatalogueComparison', { description: '两个目录的比较' })
export class CatalogueComparisonType {
  @Field(() => [ItemPairType], {
    description:
      '匹配的事项（有公开要求的事项；只含下级事项的分组不计，右侧同名的分组可代表分列成下级事项的事项），按左侧目录顺序；左侧为标准目录时即覆盖矩阵的「已覆盖」加「弱于标准」',
  })
  pairs!: ItemPairType[];
  @Field(() => [ComparedItemType], {
    description: '只在左边的事项（左侧为标准目录时即覆盖矩阵的「缺少」）',
  })
  onlyLeft!: ComparedItemType[];
  @Field(() => [ComparedItemType], { description: '只在右边的事项（不含分组）' }) onlyRight!: ComparedItemType[];
}

@ObjectType('ComplianceFinding', { description: '合规检查发现的问题' })
export class ComplianceFindingType {
  @Field({
    description:
      'mandatory-missing 缺少必选事项 / annual-report-deadline 年度报告时限 / deadline-too-loose 时限宽于法定 / row-incomplete 公开要求缺项',
  })
  kind!: string;
  @Field() message!: string;
  @Field(() => [String], { nullable: true }) path!: string[] | null;
}

@ObjectType('ComplianceReport')
export class ComplianceReportType {
  @Field(() => Float, { nullable: true, description: '对照标准目录的覆盖得分 0–100（给出标准目录时）' })
  coverageScore!: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '逐项覆盖情况（给出标准目录时）' }) coverage!: unknown;
  @Field(() => [ComplianceFindingType]) findings!: ComplianceFindingType[];
}

@ObjectType('CoverageColumn', { description: '覆盖矩阵的一列：标准目录的一个事项' })
export class CoverageColumnType {
  @Field(() => [String]) path!: string[];
  @Field({ description: '必选事项' }) mandatory!: boolean;
  @Field({ description: '标准的公开时限' }) timeLimit!: string;
  @Field(() => [String], { description: '标准的公开渠道' }) channels!: string[];
}

@ObjectType('CoverageCell', { description: '覆盖矩阵的一格：一个部门对一个标准事项' })
export class CoverageCellType {
  @Field(() => CoverageStatus) status!: CoverageStatus;
  @Field(() => [String], { description: '原因（弱于标准或缺少的说明）' }) reasons!: string[];
  @Field(() => [String], { nullable: true, description: '部门目录中匹配的事项' }) matchedPath!: string[] | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true, description: 'exact / synonym / similar（待确认）/ confirmed' }) method!:
    string | null;
}

@ObjectType('CoverageRow', { description: '覆盖矩阵的一行：一个部门' })
export class CoverageRowType {
  @Field(() => AgencyType) agency!: Agency;
  @Field(() => ID, { nullable: true, description: '比较的目录（该部门最新的已发布版本）；没有时为空' }) catalogueId!:
    string | null;
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
export class CoverageMatrixType {
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
