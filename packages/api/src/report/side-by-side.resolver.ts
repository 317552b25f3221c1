/**
 * All departments side by side (各部门对照表) and the multi-year trend of the government's sum. Access rules in
 * policy.ts; the work in side-by-side.service.ts.
 */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import * as sideBySide from './side-by-side.service.js';
import { ReportSideBySideType, ReportTrendType } from './side-by-side.type.js';

@Resolver()
export class ReportSideBySideResolver {
  @Query(() => ReportSideBySideType, {
    description:
      '各部门对照表：某级政府各部门某年报告中某一表（表二、表三、表四）的全部单元格并列，附汇总行（默认计入审核通过和已公开的，「/」保留）；只含查看者可读的报告',
  })
  async reportSideBySide(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('table', () => String, { nullable: true, description: 'proactive（默认）/ applications / reviewLitigation' })
    table?: string | null,
    @Arg('applicant', () => String, {
      nullable: true,
      description: '表三显示哪一申请人列：total（默认）、natural 等，all 为全部',
    })
    applicant?: string | null,
    @Arg('statuses', () => [String], { nullable: true }) statuses?: string[] | null,
  ): Promise<ReportSideBySideType> {
    return sideBySide.reportSideBySide(ctx, governmentCode, year, table, applicant, statuses);
  }

  @Query(() => ReportTrendType, {
    description: '各年度汇总的主要数字（新收申请、予以公开、复议、诉讼、规范性文件……），一次请求',
  })
  async reportTrend(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('statuses', () => [String], { nullable: true }) statuses?: string[] | null,
  ): Promise<ReportTrendType> {
    return sideBySide.reportTrend(ctx, governmentCode, statuses);
  }
}
