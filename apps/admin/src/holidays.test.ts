import { describe, expect, it } from 'vitest';
import {
  coverageText,
  formatDateList,
  holidayNotes,
  nextYearToEnter,
  parseDate,
  parseDateList,
  weekdayOf,
} from './holidays';

describe('parseDate', () => {
  it('reads the usual ways of writing a date', () => {
    expect(parseDate('2027-1-1', 2027)).toBe('2027-01-01');
    expect(parseDate('2027/10/07', 2027)).toBe('2027-10-07');
    expect(parseDate('2027年2月6日', 2027)).toBe('2027-02-06');
    expect(parseDate('10月1日', 2027)).toBe('2027-10-01');
    expect(parseDate('10月1号', 2027)).toBe('2027-10-01');
    expect(parseDate('02-29', 2028)).toBe('2028-02-29');
  });
  it('refuses dates that do not exist', () => {
    expect(parseDate('2027-02-29', 2027)).toBeNull();
    expect(parseDate('明天', 2027)).toBeNull();
  });
});

describe('parseDateList', () => {
  it('splits on lines, commas and 「、」, sorts and removes duplicates', () => {
    expect(parseDateList('2027-01-02\n2027-01-01，2027-01-01、1月3日', 2027)).toEqual({
      dates: ['2027-01-01', '2027-01-02', '2027-01-03'],
      problems: [],
    });
  });
  it('expands ranges', () => {
    expect(parseDateList('2027-10-01 ~ 2027-10-03\n10月5日至10月6日', 2027).dates).toEqual([
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-05',
      '2027-10-06',
    ]);
  });
  it('names each bad entry', () => {
    expect(parseDateList('2027-13-01 2026-10-01 10-03~10-01', 2027).problems).toEqual([
      '「2027-13-01」不是有效日期（应为 YYYY-MM-DD）',
      '「2026-10-01」不在 2027 年',
      '「10-03~10-01」的结束日期早于开始日期',
    ]);
  });
  it('formats one per line', () => {
    expect(formatDateList(['2027-01-02', '2027-01-01'])).toBe('2027-01-01\n2027-01-02');
    expect(parseDateList('', 2027)).toEqual({ dates: [], problems: [] });
  });
});

describe('notes', () => {
  it('names the weekday', () => {
    expect(weekdayOf('2027-01-01')).toBe('周五');
    expect(weekdayOf('2027-01-02')).toBe('周六');
  });
  it('points out dates that make no difference or clash', () => {
    expect(holidayNotes(['2027-01-01', '2027-01-02'], ['2027-01-04'])).toEqual({
      holidays: '其中 1 天本来就是周末（2027-01-02），录入与否不影响计算。',
      workdays: '调休上班日通常是周六或周日；2027-01-04 本来就是工作日。',
    });
    expect(holidayNotes(['2027-01-01'], ['2027-01-01']).workdays).toBe('「2027-01-01」不能既是节假日又是上班日。');
    expect(holidayNotes([], [])).toEqual({ holidays: null, workdays: null });
  });
  it('describes the coverage', () => {
    expect(coverageText(2027, 2026, [2027])).toBe(
      '节假日数据覆盖至 2027 年（日历数据包覆盖至 2026 年，管理员补录了 2027 年）。超出覆盖范围的期限只按周末计算，会标注「可能不准确」。',
    );
    expect(nextYearToEnter(2026)).toBe(2027);
  });
});
