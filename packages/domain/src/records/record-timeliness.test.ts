import { describe, expect, it } from 'vitest';
import { describeTimeLimitRule, parseTimeLimit } from '../time-limit.js';
import { WorkingDayCalendar } from '../working-days.js';
import {
  dayWindow,
  interpretationTimeliness,
  missingPeriods,
  periodDueDate,
  recordPeriod,
  recordTimeliness,
} from './record-timeliness.js';

const cal = new WorkingDayCalendar();
const today = '2026-12-01';
const check = (raw: string, formedDate: string | null, publishedDate: string | null, period: string | null = null) =>
  recordTimeliness(parseTimeLimit(raw).rule, { formedDate, publishedDate, period }, cal, { today });
const periodic = (raw: string) => {
  const rule = parseTimeLimit(raw).rule;
  if (rule.kind !== 'periodic') throw new Error(`not periodic: ${raw}`);
  return rule;
};

describe('working days across the 2026 holidays', () => {
  it('counts the Spring Festival window: holidays skipped, 调休 Saturdays counted', () => {
    // After Thu 02-12: 02-13 1, Sat 02-14 (调休) 2, 02-16…02-20 and 02-23 holiday, 02-24…02-27 3–6, Sat 02-28 (调休) 7,
    // 03-02 8, 03-03 9, 03-04 10.
    const w = dayWindow('2026-02-12', '2026-03-04', cal);
    expect(w.workingDays).toBe(10);
    expect(w.holidays).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']);
    expect(w.makeUpDays).toEqual(['2026-02-14', '2026-02-28']);
  });
});

describe('a record on time or late, per rule kind', () => {
  it('working days: 10 working days from 2026-02-12 end on 2026-03-04; published 03-06 is 2 working days late', () => {
    const r = check('信息形成之日起10个工作日内', '2026-02-12', '2026-03-06');
    expect(r.dueDate).toBe('2026-03-04');
    expect(r.state).toBe('LATE');
    expect(r.lateWorkingDays).toBe(2);
    expect(r.explanation).toContain('跳过节假日 6 天（2026-02-16至02-20、2026-02-23）');
    expect(r.explanation).toContain('计入调休上班日 2026-02-14、2026-02-28');
    expect(r.explanation).toContain('逾期 2 个工作日');
    expect(check('信息形成之日起10个工作日内', '2026-02-12', '2026-03-04').state).toBe('ON_TIME');
  });

  it('calendar days: 2026-09-15 + 20 days is 10-05, inside National Day, so due 10-08', () => {
    const r = check('本级政府财政部门批复后20日内', '2026-09-15', '2026-10-08');
    expect(r.dueDate).toBe('2026-10-08');
    expect(r.state).toBe('ON_TIME');
    expect(r.explanation).toContain('逢休息日顺延至 2026-10-08');
    // 10-09 (Fri) is the first working day after the due date; 10-10 is a 调休 Saturday: 2 working days late.
    expect(check('本级政府财政部门批复后20日内', '2026-09-15', '2026-10-10')).toMatchObject({
      state: 'LATE',
      lateWorkingDays: 2,
    });
  });

  it('months: a notice period ending 2026-04-04 plus one month is 05-04, in the May Day holiday, so 05-06', () => {
    expect(check('公告期后满一个月', '2026-04-04', '2026-05-06')).toMatchObject({
      dueDate: '2026-05-06',
      state: 'ON_TIME',
    });
  });

  it('即时公开 uses the jurisdiction setting (default 5 working days) across National Day and its 调休 Saturday', () => {
    // After Wed 09-30: 10-01…10-07 off, 10-08 1, 10-09 2, Sat 10-10 3, 10-12 4, 10-13 5.
    expect(check('即时公开', '2026-09-30', '2026-10-13')).toMatchObject({ dueDate: '2026-10-13', state: 'ON_TIME' });
    const three = recordTimeliness(
      parseTimeLimit('即时公开').rule,
      { formedDate: '2026-09-30', publishedDate: '2026-10-13', period: null },
      cal,
      { today, settings: { immediateWorkingDays: 3, interpretationWorkingDays: 3 } },
    );
    expect(three).toMatchObject({ dueDate: '2026-10-10', state: 'LATE', lateWorkingDays: 2 });
    expect(three.explanation).toContain('3 个工作日');
  });

  it('与政策文件同步: due the same day', () => {
    expect(check('与政策文件同步发布', '2026-03-10', '2026-03-10').state).toBe('ON_TIME');
    expect(check('与政策文件同步发布', '2026-03-10', '2026-03-11')).toMatchObject({
      state: 'LATE',
      lateWorkingDays: 1,
    });
  });

  it('after an approval step: no deadline, never late', () => {
    const r = check('市本级督查室审核后公开', '2026-01-05', '2026-11-30');
    expect(r).toMatchObject({ state: 'NO_DEADLINE', dueDate: null, lateWorkingDays: 0 });
    expect(r.explanation).toContain('没有固定期限');
  });

  it('an unpublished record past its due date is overdue; before it, pending; no formed date, unknown', () => {
    expect(check('信息形成之日起20个工作日内', '2026-11-25', null).state).toBe('PENDING');
    const o = check('信息形成之日起5个工作日内', '2026-11-16', null);
    // After Mon 11-16: 11-17…11-20 1–4, 11-23 5 → due 11-23; 11-24…11-27 and 11-30, 12-01 are 6 working days past.
    expect(o).toMatchObject({ state: 'OVERDUE', dueDate: '2026-11-23', lateWorkingDays: 6 });
    expect(check('信息形成之日起20个工作日内', null, '2026-03-01').state).toBe('UNKNOWN');
  });
});

describe('periodic rules', () => {
  it('parses 每月10日前公开上月数据 as due in the month after the data', () => {
    expect(parseTimeLimit('每月10日前公开上月数据').rule).toEqual({
      kind: 'periodic',
      period: 'month',
      dueDay: 10,
      previousPeriod: true,
    });
    expect(describeTimeLimitRule(parseTimeLimit('每月10日前公开上月数据').rule)).toBe('每月10日前公开上月数据');
    expect(describeTimeLimitRule(parseTimeLimit('每年1月31日前公开上一年度报告').rule)).toBe(
      '每年1月31日前公开上年数据',
    );
  });

  it('每季度结束后15日内 across the year boundary: 2025-Q4 is due 2026-01-15', () => {
    const rule = periodic('每季度结束后15日内');
    expect(periodDueDate(rule, '2025-Q4', cal).date).toBe('2026-01-15');
    expect(periodDueDate(rule, '2026-Q3', cal).date).toBe('2026-10-15');
    // 2027 has no holiday data yet: flagged.
    const q4 = periodDueDate(rule, '2026-Q4', cal);
    expect(q4.date).toBe('2027-01-15');
    expect(q4.beyondCoverage).toBe(cal.coveredUntil < 2027);
  });

  it('每月10日前公开上月数据: December 2025 is due 2026-01-10, a Saturday, so Monday 01-12', () => {
    const rule = periodic('每月10日前公开上月数据');
    const d = periodDueDate(rule, '2025-12', cal);
    expect(d.date).toBe('2026-01-12');
    expect(d.explanation).toContain('2026-01-10 为休息日，顺延至 2026-01-12');
    expect(periodDueDate(rule, '2026-04', cal).date).toBe('2026-05-11');
    // Without 上月, the 10th of the month itself.
    expect(periodDueDate(periodic('每月10日前'), '2026-04', cal).date).toBe('2026-04-10');
  });

  it('每年1月31日前公开上一年度: 2025 is due 2026-01-31 (Saturday) → 2026-02-02', () => {
    expect(periodDueDate(periodic('每年1月31日前公开上一年度报告'), '2025', cal).date).toBe('2026-02-02');
    expect(periodDueDate(periodic('每年1月31日前'), '2026', cal).date).toBe('2026-02-02');
  });

  it('takes the period from the record, its formed date, or (for after-period rules) its publication date', () => {
    const rule = periodic('每季度结束后15日内');
    expect(recordPeriod(rule, { period: '2026-Q2', formedDate: null, publishedDate: null })).toBe('2026-Q2');
    expect(recordPeriod(rule, { period: null, formedDate: '2026-08-01', publishedDate: null })).toBe('2026-Q3');
    expect(recordPeriod(rule, { period: null, formedDate: null, publishedDate: '2026-01-08' })).toBe('2025-Q4');
    const late = check('每季度结束后15日内', null, '2026-10-19');
    expect(late).toMatchObject({ period: '2026-Q3', dueDate: '2026-10-15', state: 'LATE', lateWorkingDays: 2 });
  });

  it('lists the periods of a year with no record: Q3 overdue, Q4 not yet due', () => {
    const rule = parseTimeLimit('每季度结束后15日内').rule;
    const records = [
      { period: null, formedDate: null, publishedDate: '2026-04-10' },
      { period: '2026-Q2', formedDate: null, publishedDate: '2026-07-14' },
      { period: '2026-Q3', formedDate: null, publishedDate: null },
    ];
    const missing = missingPeriods(rule, 2026, records, cal, today);
    expect(missing.map((m) => [m.period, m.label, m.dueDate, m.overdue])).toEqual([
      ['2026-Q3', '2026年第三季度', '2026-10-15', true],
      ['2026-Q4', '2026年第四季度', '2027-01-15', false],
    ]);
    expect(missingPeriods(parseTimeLimit('即时公开').rule, 2026, [], cal, today)).toEqual([]);
  });
});

describe('政策解读', () => {
  // Policy published Fri 2026-02-13; 3 working days: Sat 02-14 (调休) 1, 02-24 2, 02-25 3.
  const opts = { today: '2026-03-01' };
  it('same day, within the setting, late, missing', () => {
    expect(interpretationTimeliness('2026-02-13', '2026-02-13', cal, opts).state).toBe('SAME_DAY');
    expect(interpretationTimeliness('2026-02-13', '2026-02-25', cal, opts)).toMatchObject({
      state: 'WITHIN',
      dueDate: '2026-02-25',
    });
    expect(interpretationTimeliness('2026-02-13', '2026-02-26', cal, opts)).toMatchObject({
      state: 'LATE',
      lateWorkingDays: 1,
    });
    // Nothing linked by 03-01: 02-26, 02-27, Sat 02-28 (调休) are 3 working days past.
    expect(interpretationTimeliness('2026-02-13', null, cal, opts)).toMatchObject({
      state: 'MISSING',
      lateWorkingDays: 3,
    });
    expect(interpretationTimeliness('2026-02-13', null, cal, { today: '2026-02-24' }).state).toBe('PENDING');
  });
});

describe('judging many records at once', () => {
  it('gives the same verdict as recordTimeliness for every rule kind over a year of dates', async () => {
    const { timelinessJudge } = await import('./record-timeliness.js');
    const rules = [
      '信息形成之日起20个工作日内',
      '本级政府财政部门批复后20日内',
      '公告期后满一个月',
      '即时公开',
      '与政策文件同步发布',
      '市本级督查室审核后公开',
      '每季度结束后15日内',
      '每月10日前公开上月数据',
      '每年1月31日前公开上一年度报告',
      '视情况公开',
    ];
    const settings = { immediateWorkingDays: 4, interpretationWorkingDays: 3 };
    const judge = timelinessJudge(cal, { today, settings });
    // A pseudo-random walk over 2025-12…2026-12, the same for every run.
    let seed = 16;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const day = (from: string, span: number) => {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + Math.floor(next() * span));
      return d.toISOString().slice(0, 10);
    };
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const raw = rules[i % rules.length]!;
      const rule = parseTimeLimit(raw).rule;
      const formedDate = next() < 0.1 ? null : day('2025-12-01', 380);
      const publishedDate = next() < 0.15 ? null : day(formedDate ?? '2026-01-01', 90);
      const r = { formedDate, publishedDate, period: next() < 0.1 ? '2026-Q2' : null };
      const full = recordTimeliness(rule, r, cal, { today, settings });
      expect(judge(rule, raw, r), `${raw} ${JSON.stringify(r)}`).toEqual({
        state: full.state,
        dueDate: full.dueDate,
        lateWorkingDays: full.lateWorkingDays,
        period: full.period,
      });
      compared++;
    }
    expect(compared).toBe(3000);
  });

  it('gives the same 解读 verdict as interpretationTimeliness for policies over a year of dates', async () => {
    const { timelinessJudge } = await import('./record-timeliness.js');
    const settings = { immediateWorkingDays: 5, interpretationWorkingDays: 3 };
    const judge = timelinessJudge(cal, { today, settings });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const day = (from: string, span: number) => {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + Math.floor(next() * span));
      return d.toISOString().slice(0, 10);
    };
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const policy = next() < 0.05 ? null : day('2025-12-01', 370);
      // None, the same day, a day or two before, or up to three weeks after (across the holidays).
      const x = next();
      const interpretation =
        x < 0.25 ? null : x < 0.3 ? day('2025-11-25', 10) : day(policy ?? '2026-01-01', x < 0.6 ? 1 : 22);
      const full = interpretationTimeliness(policy, interpretation, cal, { today, settings });
      expect(judge.interpretation(policy, interpretation), `${policy} ${interpretation}`).toEqual({
        state: full.state,
        dueDate: full.dueDate,
        lateWorkingDays: full.lateWorkingDays,
      });
      seen.add(full.state);
    }
    expect([...seen].sort()).toEqual(['LATE', 'MISSING', 'PENDING', 'SAME_DAY', 'WITHIN']);
  });

  it('gives the same missing periods as missingPeriods, rows of one rule sharing their due dates', async () => {
    const { timelinessJudge } = await import('./record-timeliness.js');
    const judge = timelinessJudge(cal, { today });
    let listed = 0;
    for (const raw of ['每季度结束后15日内', '每月10日前公开上月数据', '每年1月31日前公开上一年度报告', '即时公开']) {
      const rule = parseTimeLimit(raw).rule;
      for (const records of [
        [],
        [{ formedDate: null, publishedDate: '2026-04-10', period: '2026-Q1' }],
        [
          { formedDate: '2026-05-03', publishedDate: '2026-06-08', period: null },
          { formedDate: null, publishedDate: null, period: '2026-Q3' },
          { formedDate: null, publishedDate: '2026-11-05', period: null },
        ],
      ]) {
        const expected = missingPeriods(rule, 2026, records, cal, today);
        expect(judge.missingPeriods(rule, raw, 2026, records), raw).toEqual(expected);
        listed += expected.length;
      }
    }
    expect(listed).toBeGreaterThan(20);
  });
});
