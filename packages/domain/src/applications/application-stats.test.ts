import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../working-days.js';
import { applicationStatistics, median } from './application-stats.js';
import { checkApplicationCase, applicationSettings, type ApplicationCaseCore } from './application-model.js';

const cal = new WorkingDayCalendar();

describe('statistics per department and year', () => {
  it('gives the share on time, the median working days, extensions and overdue cases', () => {
    const cases: ApplicationCaseCore[] = [
      // Received 2026-02-10, due 2026-03-16 (see the clock's worked example); replied 2026-03-16: 20 days, on time.
      {
        id: 'a',
        receivedOn: '2026-02-10',
        applicantKind: 'natural',
        outcome: 'granted',
        steps: [{ kind: 'replied', on: '2026-03-16' }],
      },
      // Replied 2026-03-17: 21 days, late.
      {
        id: 'b',
        receivedOn: '2026-02-10',
        applicantKind: 'natural',
        outcome: 'granted',
        steps: [{ kind: 'replied', on: '2026-03-17' }],
      },
      // Replied 2026-02-13: 3 days (02-11, 02-12, 02-13), with an extension recorded.
      {
        id: 'c',
        receivedOn: '2026-02-10',
        applicantKind: 'commercial',
        outcome: 'partial',
        steps: [
          { kind: 'extended', on: '2026-02-12', days: 5, approver: '局长' },
          { kind: 'replied', on: '2026-02-13' },
        ],
      },
      // Open, due 2026-03-16: overdue on 2026-03-18.
      { id: 'd', receivedOn: '2026-02-10', applicantKind: 'natural', outcome: null, steps: [] },
    ];
    expect(applicationStatistics(cases, 2026, cal, '2026-03-18')).toEqual({
      year: 2026,
      received: 4,
      closed: 3,
      closedWithDueDate: 3,
      closedOnTime: 2,
      closedLate: 1,
      onTimeShare: 2 / 3,
      medianWorkingDaysToReply: 20,
      extended: 1,
      overdueOpen: 1,
    });
    expect(median([1, 4, 2, 10])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe('checks of a case', () => {
  it('lets a draft be incomplete and names each wrong field in Chinese', () => {
    expect(
      checkApplicationCase({
        receivedOn: null,
        applicantKind: null,
        receiptWay: null,
        outcome: null,
        fee: null,
        steps: [],
      }),
    ).toEqual([]);
    const problems = checkApplicationCase({
      receivedOn: '2026-02-10',
      applicantKind: 'natural',
      receiptWay: 'online',
      outcome: 'granted',
      fee: '-3',
      steps: [
        { kind: 'extended', on: '2026-02-09', days: 25, approver: '' },
        { kind: 'correctionReceived', on: '2026-02-12' },
      ],
    });
    expect(problems).toEqual([
      { field: 'fee', message: '信息处理费「-3」不能为负数' },
      { field: 'steps[0].on', message: '「延期答复」日期 2026-02-09 早于收到申请日期 2026-02-10' },
      { field: 'steps[0].approver', message: '「延期答复」须填写批准人' },
      { field: 'steps[0].days', message: '「延期答复」天数应为 1–20 个工作日' },
      { field: 'steps', message: '有「收到补正」但没有「补正通知」' },
      { field: 'steps', message: '已填写办理结果，还须填写「答复」日期（办结日期）' },
    ]);
  });
  it('checks settings and fills in the defaults', () => {
    expect(applicationSettings({ dueSoonWorkingDays: 3 })).toMatchObject({
      ok: true,
      settings: { dueSoonWorkingDays: 3, replyWorkingDays: 20 },
    });
    expect(applicationSettings({ replyWorkingDays: 0 })).toEqual({
      ok: false,
      field: 'replyWorkingDays',
      message: '答复期限（工作日）应为 1–60 的整数',
    });
  });
});
