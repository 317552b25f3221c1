/**
 * The working-day calendar: how far it reaches, and the holidays an administrator adds for years the calendar
 * package does not cover yet. Access is checked by the request plugin (policy.ts); the work is in
 * calendar.service.ts. Each resolver calls one service function and returns.
 */
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HolidayYear } from '@gongkai/db';
import type { Context } from '../context.js';
import { CalendarCoverageType, HolidayYearType } from '../graphql-types.js';
import * as calendar from './calendar.service.js';

@Resolver()
export class CalendarResolver {
  @Query(() => CalendarCoverageType, { description: '工作日历覆盖到哪一年' })
  async calendarCoverage(@Ctx() ctx: Context): Promise<CalendarCoverageType> {
    return calendar.calendarCoverage(ctx);
  }

  @Query(() => [HolidayYearType], { description: '管理员补录的节假日年份' })
  async holidayYears(@Ctx() ctx: Context): Promise<HolidayYear[]> {
    return calendar.holidayYears(ctx);
  }

  @Mutation(() => HolidayYearType, {
    description: '补录（或更正）某年的节假日与调休上班日，供日历包尚未覆盖的年份使用',
  })
  async setHolidayYear(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('holidays', () => [String]) holidays: string[],
    @Arg('workdays', () => [String]) workdays: string[],
  ): Promise<HolidayYear> {
    return calendar.setHolidayYear(ctx, year, holidays, workdays);
  }
}
