/**
 * The working-day calendar: how far it reaches, and the holidays an administrator adds for years the calendar
 * package does not cover yet. Access is checked by the request plugin (policy.ts).
 */
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { HolidayYear } from '@gongkai/db';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { CalendarCoverageType, HolidayYearType } from '../graphql-types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

@Resolver()
export class CalendarResolver {
  @Query(() => CalendarCoverageType, { description: '工作日历覆盖到哪一年' })
  async calendarCoverage(@Ctx() ctx: Context): Promise<CalendarCoverageType> {
    const cal = await ctx.loaders.workingDayCalendar();
    const years = await ctx.em.find(HolidayYear, {}, { orderBy: { year: 'asc' } });
    return { packageCoveredUntil: cal.packageCoveredUntil, coveredUntil: cal.coveredUntil, overrideYears: years.map((y) => y.year) };
  }

  @Query(() => [HolidayYearType], { description: '管理员补录的节假日年份' })
  async holidayYears(@Ctx() ctx: Context): Promise<HolidayYear[]> {
    return ctx.em.find(HolidayYear, {}, { orderBy: { year: 'asc' } });
  }

  @Mutation(() => HolidayYearType, { description: '补录（或更正）某年的节假日与调休上班日，供日历包尚未覆盖的年份使用' })
  async setHolidayYear(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('holidays', () => [String]) holidays: string[],
    @Arg('workdays', () => [String]) workdays: string[],
  ): Promise<HolidayYear> {
    if (year < 2000 || year > 2100) throw badUserInput('年份：应在 2000 到 2100 之间', { field: 'year' });
    for (const [field, list] of [['holidays', holidays], ['workdays', workdays]] as const) {
      for (const d of list) {
        if (!DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d) {
          throw badUserInput(`${field === 'holidays' ? '节假日' : '调休上班日'}：「${d}」不是有效日期（YYYY-MM-DD）`, { field });
        }
        if (!d.startsWith(`${year}-`)) throw badUserInput(`${field === 'holidays' ? '节假日' : '调休上班日'}：「${d}」不在 ${year} 年`, { field });
      }
    }
    const both = holidays.filter((d) => workdays.includes(d));
    if (both.length) throw badUserInput(`「${both.join('、')}」不能既是节假日又是上班日`, { field: 'workdays' });
    const login = ctx.principal.kind === 'user' ? ctx.principal.login : null;
    let row = await ctx.em.findOne(HolidayYear, { year });
    const before = row ? { holidays: row.holidays, workdays: row.workdays } : null;
    if (!row) row = ctx.em.create(HolidayYear, { year, holidays: [], workdays: [], updatedBy: login });
    row.holidays = [...new Set(holidays)].sort();
    row.workdays = [...new Set(workdays)].sort();
    row.updatedBy = login;
    await ctx.em.flush();
    ctx.audit.push({ operation: 'setHolidayYear', objectType: 'HolidayYear', objectId: String(year), before, after: { holidays: row.holidays, workdays: row.workdays } });
    return row;
  }
}
