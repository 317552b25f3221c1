/**
 * The working-day calendar: how far it reaches, and the holidays an administrator adds for years the calendar
 * package does not cover yet. Each function takes the request's context first.
 */
import { HolidayYear } from '@gongkai/db';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { CalendarCoverageType } from '../graphql-types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The years an administrator has entered, oldest first. */
export async function holidayYears(ctx: Context): Promise<HolidayYear[]> {
  return ctx.em.find(HolidayYear, {}, { orderBy: { year: 'asc' } });
}

export async function calendarCoverage(ctx: Context): Promise<CalendarCoverageType> {
  const cal = await ctx.loaders.workingDayCalendar();
  const years = await holidayYears(ctx);
  return {
    packageCoveredUntil: cal.packageCoveredUntil,
    coveredUntil: cal.coveredUntil,
    overrideYears: years.map((y) => y.year),
  };
}

/** Checks the year and every date (valid YYYY-MM-DD, in that year, not both a holiday and a workday). */
function checkHolidayYear(year: number, holidays: readonly string[], workdays: readonly string[]): void {
  if (year < 2000 || year > 2100) throw badUserInput('年份：应在 2000 到 2100 之间', { field: 'year' });
  for (const [field, list] of [
    ['holidays', holidays],
    ['workdays', workdays],
  ] as const) {
    for (const d of list) {
      if (
        !DATE.test(d) ||
        Number.isNaN(Date.parse(`${d}T00:00:00Z`)) ||
        new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d
      ) {
        throw badUserInput(`${field === 'holidays' ? '节假日' : '调休上班日'}：「${d}」不是有效日期（YYYY-MM-DD）`, {
          field,
        });
      }
      if (!d.startsWith(`${year}-`))
        throw badUserInput(`${field === 'holidays' ? '节假日' : '调休上班日'}：「${d}」不在 ${year} 年`, { field });
    }
  }
  const both = holidays.filter((d) => workdays.includes(d));
  if (both.length) throw badUserInput(`「${both.join('、')}」不能既是节假日又是上班日`, { field: 'workdays' });
}

export async function setHolidayYear(
  ctx: Context,
  year: number,
  holidays: string[],
  workdays: string[],
): Promise<HolidayYear> {
  checkHolidayYear(year, holidays, workdays);
  const login = ctx.principal.kind === 'user' ? ctx.principal.login : null;
  let row = await ctx.em.findOne(HolidayYear, { year });
  const before = row ? { holidays: row.holidays, workdays: row.workdays } : null;
  if (!row) row = ctx.em.create(HolidayYear, { year, holidays: [], workdays: [], updatedBy: login });
  row.holidays = [...new Set(holidays)].sort();
  row.workdays = [...new Set(workdays)].sort();
  row.updatedBy = login;
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'setHolidayYear',
    objectType: 'HolidayYear',
    objectId: String(year),
    before,
    after: { holidays: row.holidays, workdays: row.workdays },
  });
  return row;
}
