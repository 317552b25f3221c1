/**
 * GraphQL types of the side-by-side table of a government's departments and the multi-year trend of its sum.
 */
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SideBySideColumn', {
  description: '对照表的一列：单元格 id 与表头标签（自上而下；null 表示与上一行合并）',
})
export class SideBySideColumnType {
  @Field() id!: string;
  @Field(() => [String], { nullable: 'items' }) path!: Array<string | null>;
}

@ObjectType('SideBySideRow', { description: '对照表的一行：一个部门及其报告中这一表的数字' })
export class SideBySideRowType {
  @Field() agencyCode!: string;
  @Field() agencyName!: string;
  @Field(() => String, { nullable: true, description: '报告 id；没有该年报告时为 null' }) reportId!: string | null;
  @Field(() => String, { nullable: true, description: '报告状态；没有报告为 null' }) status!: string | null;
  @Field({ description: '是否计入汇总行（状态在所选之列）' }) included!: boolean;
  @Field(() => [String], { nullable: 'items', description: '按列的顺序：数字、「/」或 null（未填写）' })
  values!: Array<string | null>;
}

@ObjectType('SideBySideSum', { description: '汇总行：所选状态的部门报告逐格相加（与汇总页同一规则，「/」保留）' })
export class SideBySideSumType {
  @Field(() => [String], { nullable: 'items' }) values!: Array<string | null>;
  @Field(() => Int) includedCount!: number;
  @Field(() => Int) missingCount!: number;
}

@ObjectType('ReportSideBySide', { description: '各部门对照表：部门 × 某一表的单元格，附汇总行' })
export class ReportSideBySideType {
  @Field(() => Int) year!: number;
  @Field() format!: string;
  @Field({ description: 'proactive 表二 / applications 表三 / reviewLitigation 表四' }) table!: string;
  @Field({ description: '表三显示的申请人列（total 等；all 为全部）' }) applicant!: string;
  @Field(() => [String]) statuses!: string[];
  @Field(() => [SideBySideColumnType]) columns!: SideBySideColumnType[];
  @Field(() => [SideBySideRowType]) rows!: SideBySideRowType[];
  @Field(() => SideBySideSumType) sum!: SideBySideSumType;
}

@ObjectType('ReportTrendFigure', { description: '趋势图的一项主要数字' })
export class ReportTrendFigureType {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ReportTrendYear', { description: '一个年度的汇总主要数字（按 figures 的顺序）' })
export class ReportTrendYearType {
  @Field(() => Int) year!: number;
  @Field() format!: string;
  @Field(() => Int, { description: '计入的部门报告数' }) reports!: number;
  @Field(() => [String], { nullable: 'items' }) values!: Array<string | null>;
}

@ObjectType('ReportTrend', { description: '各年度汇总的主要数字（有报告的年度）' })
export class ReportTrendType {
  @Field(() => [String]) statuses!: string[];
  @Field(() => [ReportTrendFigureType]) figures!: ReportTrendFigureType[];
  @Field(() => [ReportTrendYearType]) years!: ReportTrendYearType[];
}
