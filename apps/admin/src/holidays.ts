/**
 * The 节假日补录 form: date lists typed or pasted as text (one per line, or separated by commas / 「、」,
 * with ranges such as 「2027-10-01~2027-10-07」 and short forms 「10月1日」 for the year being entered),
 * checked before they go to setHolidayYear. Pure.
 */

export interface DateListResult {
  /** Valid dates, YYYY-MM-DD, sorted, without duplicates. */
  dates: string[];
  /** One Chinese message per entry that is not a date of the year. */
  problems: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** One date as written ('2027-1-1', '2027/01/01', '2027年1月1日', '1月1日', '01-01'), or null. */
export function parseDate(text: string, year: number): string | null {
  const t = text.trim().replace(/[号]$/u, '日');
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(t);
  if (m) return isoOf(year, Number(m[1]), Number(m[2]));
  return null;
}

function addDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Parses a date list for `year`. */
export function parseDateList(text: string, year: number): DateListResult {
  const dates = new Set<string>();
  const problems: string[] = [];
  const entries = text
    .replace(/\s*(~|～|至|—|--)\s*/gu, '$1')
    .split(/[\n\r,，、;；\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const entry of entries) {
    const range = /^(.+?)\s*(?:~|～|至|—|--)\s*(.+)$/u.exec(entry);
    if (range) {
      const from = parseDate(range[1]!, year);
      const to = parseDate(range[2]!, year);
      if (!from || !to) {
        problems.push(`「${entry}」不是有效的日期范围`);
        continue;
      }
      if (to < from) {
        problems.push(`「${entry}」的结束日期早于开始日期`);
        continue;
      }
      if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`)) {
        problems.push(`「${entry}」不在 ${year} 年`);
        continue;
      }
      for (let d = from; d <= to; d = addDay(d)) dates.add(d);
      continue;
    }
    const d = parseDate(entry, year);
    if (!d) problems.push(`「${entry}」不是有效日期（应为 YYYY-MM-DD）`);
    else if (!d.startsWith(`${year}-`)) problems.push(`「${d}」不在 ${year} 年`);
    else dates.add(d);
  }
  return { dates: [...dates].sort(), problems };
}

/** The dates as the textarea shows them: one per line. */
export function formatDateList(dates: readonly string[]): string {
  return [...dates].sort().join('\n');
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 「周六」 */
export function weekdayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? '' : WEEKDAYS[d.getUTCDay()]!;
}

export function isWeekend(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
}

/**
 * Plausibility notes (not errors): holidays that fall on a weekend anyway, 调休 days that are not weekends,
 * dates in both lists.
 */
export function holidayNotes(
  holidays: readonly string[],
  workdays: readonly string[],
): { holidays: string | null; workdays: string | null } {
  const both = holidays.filter((d) => workdays.includes(d));
  const weekendHolidays = holidays.filter(isWeekend);
  const weekdayWorkdays = workdays.filter((d) => !isWeekend(d));
  return {
    holidays:
      weekendHolidays.length > 0
        ? `其中 ${weekendHolidays.length} 天本来就是周末（${weekendHolidays.join('、')}），录入与否不影响计算。`
        : null,
    workdays:
      both.length > 0
        ? `「${both.join('、')}」不能既是节假日又是上班日。`
        : weekdayWorkdays.length > 0
          ? `调休上班日通常是周六或周日；${weekdayWorkdays.join('、')} 本来就是工作日。`
          : null,
  };
}

/** 「节假日数据覆盖至 2026 年」 and what it means for deadlines. */
export function coverageText(
  coveredUntil: number,
  packageCoveredUntil: number,
  overrideYears: readonly number[],
): string {
  const entered = overrideYears.length > 0 ? `，管理员补录了 ${overrideYears.map((y) => `${y} 年`).join('、')}` : '';
  return `节假日数据覆盖至 ${coveredUntil} 年（日历数据包覆盖至 ${packageCoveredUntil} 年${entered}）。超出覆盖范围的期限只按周末计算，会标注「可能不准确」。`;
}

/** The year the form suggests: the first year after the covered ones. */
export function nextYearToEnter(coveredUntil: number): number {
  return coveredUntil + 1;
}
