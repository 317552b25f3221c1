/** 催报 and notices (issue 17). Thin: the work is in notice.service.ts. */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { NoticeListType, NoticeType, ReminderResultType, ReminderSummaryType } from './notice.type.js';
import * as notices from './notice.service.js';

@Resolver()
export class NoticeResolver {
  @Query(() => NoticeListType, { description: '我所在机关收到的通知（催报），新的在前，及未读数' })
  async myNotices(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: '列出多少条（默认 20，最多 100；0 只要未读数）' })
    first?: number | null,
  ): Promise<NoticeListType> {
    return notices.myNotices(ctx, first);
  }

  @Mutation(() => NoticeType, { description: '打开一条通知：记为当前用户已读' })
  async markNoticeRead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<NoticeType> {
    return notices.markRead(ctx, id);
  }

  @Mutation(() => ReminderResultType, {
    description:
      '催报（政务公开办）：提醒未报送该年度报告的部门（所选部门，或不选时全部未报送的部门），每个部门的用户收到一条通知；服务器设置了邮件时，同时发邮件给有邮箱的用户。所选部门中有已报送的，全部不发',
  })
  async sendReportReminders(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('agencyCodes', () => [String], { nullable: true, description: '要催报的部门编码；不填为全部未报送的部门' })
    agencyCodes?: string[] | null,
    @Arg('message', () => String, { nullable: true, description: '附言' }) message?: string | null,
  ): Promise<ReminderResultType> {
    return notices.sendReportReminders(ctx, governmentCode, year, agencyCodes ?? null, message ?? null);
  }

  @Query(() => [ReminderSummaryType], { description: '各部门某年度收到的催报：次数、上次催报时间、邮件情况' })
  async reportReminders(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<ReminderSummaryType[]> {
    return notices.reportReminders(ctx, governmentCode, year);
  }
}
