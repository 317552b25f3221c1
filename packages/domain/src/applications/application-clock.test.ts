import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../working-days.js';
import { applicationClock, workingDaysBetween } from './application-clock.js';
import { DEFAULT_APPLICATION_SETTINGS, type ApplicationCaseCore, type ApplicationStep } from './application-model.js';

// The 2026 calendar (chinese-days): Spring Festival 2026-02-15 (Sun) … 2026-02-23 (Mon) off, Saturdays 2026-02-14
// and 2026-02-28 are 调休 working days; Qingming 2026-04-04 … 2026-04-06 off.
const cal = new WorkingDayCalendar();
const kase = (
  receivedOn: string | null,
  steps: ApplicationStep[] = [],
  outcome: string | null = null,
): ApplicationCaseCore => ({
  id: 'c',
  receivedOn,
  applicantKind: 'natural',
  steps,
  outcome,
});

describe('the calendar the examples rely on', () => {
  it('has the 2026 Spring Festival and its make-up Saturdays', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-04-06')).toBe(false);
    expect(workingDaysBetween(cal, '2026-02-13', '2026-02-27')).toBe(5);
  });
});

describe('the 20 working days of art. 33', () => {
  it('runs across the Spring Festival, counting the two make-up Saturdays', () => {
    // Received Tue 2026-02-10. Counted: 02-11 1, 02-12 2, 02-13 3, 02-14 (Sat, 调休) 4; 02-15…02-23 off;
    // 02-24…02-27 5–8, 02-28 (Sat, 调休) 9, 03-02…03-06 10–14, 03-09…03-13 15–19, 03-16 20.
    const c = applicationClock(kase('2026-02-10'), cal, '2026-02-11');
    expect(c.dueDate).toBe('2026-03-16');
    expect(c.explanation).toMatchObject({
      receivedOn: '2026-02-10',
      receiptDay: '2026-02-10',
      startReason: 'receipt',
      countAfter: '2026-02-10',
      totalWorkingDays: 20,
      pauses: [],
      extension: null,
      holidaysSkipped: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'],
      makeUpDaysCounted: ['2026-02-14', '2026-02-28'],
      // 02-15, 02-21, 02-22, 03-01, 03-07, 03-08, 03-14, 03-15
      weekendDaysSkipped: 8,
      beyondCoverage: false,
    });
    expect(c.explanationText).toBe(
      '2026-02-10 收到申请；自 2026-02-10 的次日起计算 20 个工作日；不计节假日 2026-02-16至2026-02-20、2026-02-23（6 天）和周末 8 天；调休上班日 2026-02-14、2026-02-28 计入；答复期限为 2026-03-16。',
    );
  });

  it('gives the states 办理中 / 即将到期 / 已逾期 / 按期办结 / 逾期办结 and the working days left', () => {
    // From 2026-03-06: 03-09…03-13 and 03-16 = 6 working days left.
    expect(applicationClock(kase('2026-02-10'), cal, '2026-03-06')).toMatchObject({
      state: 'IN_PROGRESS',
      stateLabel: '办理中',
      workingDaysLeft: 6,
    });
    expect(applicationClock(kase('2026-02-10'), cal, '2026-03-09')).toMatchObject({
      state: 'DUE_SOON',
      stateLabel: '即将到期',
      workingDaysLeft: 5,
    });
    expect(applicationClock(kase('2026-02-10'), cal, '2026-03-16')).toMatchObject({
      state: 'DUE_SOON',
      workingDaysLeft: 0,
    });
    expect(applicationClock(kase('2026-02-10'), cal, '2026-03-18')).toMatchObject({
      state: 'OVERDUE',
      stateLabel: '已逾期',
      workingDaysLeft: -2,
    });
    const onTime = kase('2026-02-10', [{ kind: 'replied', on: '2026-03-16' }], 'granted');
    expect(applicationClock(onTime, cal, '2026-05-01')).toMatchObject({
      state: 'CLOSED_ON_TIME',
      stateLabel: '按期办结',
      workingDaysLeft: null,
      workingDaysUsed: 20,
    });
    const late = kase('2026-02-10', [{ kind: 'replied', on: '2026-03-17' }], 'granted');
    expect(applicationClock(late, cal, '2026-05-01')).toMatchObject({
      state: 'CLOSED_LATE',
      stateLabel: '逾期办结',
      workingDaysUsed: 21,
    });
    // The 即将到期 threshold is a setting.
    expect(
      applicationClock(kase('2026-02-10'), cal, '2026-03-06', {
        ...DEFAULT_APPLICATION_SETTINGS,
        dueSoonWorkingDays: 6,
      }).state,
    ).toBe('DUE_SOON');
  });

  it('counts an application received on a day off from the next working day', () => {
    // Received Sun 2026-02-15 (Spring Festival): 2026-02-24 is the day of receipt; counted 02-25 1 … 03-23 20.
    const c = applicationClock(kase('2026-02-15'), cal, '2026-02-25');
    expect(c.dueDate).toBe('2026-03-23');
    expect(c.explanation?.receiptDay).toBe('2026-02-24');
    expect(c.explanationText).toContain('2026-02-15 收到申请（休息日），以下一个工作日 2026-02-24 为收到申请之日');
    // The other reading, as a setting: 2026-02-24 is the first day counted → 03-20.
    expect(
      applicationClock(kase('2026-02-15'), cal, '2026-02-25', {
        ...DEFAULT_APPLICATION_SETTINGS,
        dayOffReceipt: 'firstDay',
      }).dueDate,
    ).toBe('2026-03-20');
    // A make-up Saturday is a working day: received Sat 2026-02-14 02-24 is day 1 → 03-20, a working
    // day earlier than the Sunday receipt above.
    expect(applicationClock(kase('2026-02-14'), cal, '2026-02-25').dueDate).toBe('2026-03-20');
  });
});

describe('补正 (art. 30)', () => {
  it('counts from receipt of the corrected application', () => {
    // Received 2026-02-10, 补正 asked 2026-02-12, corrected application received Thu 2026-02-26:
    // 02-27 1, 02-28 (调休) 2, 03-02…03-06 3–7, 03-09…03-13 8–12, 03-16…03-20 13–17, 03-23 18, 03-24 19, 03-25 20.
    const c = applicationClock(
      kase('2026-02-10', [
        { kind: 'correctionRequested', on: '2026-02-12' },
        { kind: 'correctionReceived', on: '2026-02-26' },
      ]),
      cal,
      '2026-02-27',
    );
    expect(c.dueDate).toBe('2026-03-25');
    expect(c.explanation).toMatchObject({
      startReason: 'correction',
      countAfter: '2026-02-26',
      makeUpDaysCounted: ['2026-02-28'],
    });
    expect(c.explanationText).toContain('2026-02-26 收到补正后的申请，期限自该日起重新计算');
    expect(c.warnings).toEqual([]);
  });

  it('stops the clock while waiting, and treats a correction not made in time as withdrawn → （六）1', () => {
    // 补正 asked Thu 2026-02-12; 15 working days: 02-13 1, 02-14 2, 02-24…02-28 3–7, 03-02…03-06 8–12, 03-09 13, 03-10 14, 03-11 15.
    const waiting = kase('2026-02-10', [{ kind: 'correctionRequested', on: '2026-02-12' }]);
    expect(applicationClock(waiting, cal, '2026-03-11')).toMatchObject({
      state: 'IN_PROGRESS',
      dueDate: null,
      waitingFor: 'correction',
      correctionDeadline: '2026-03-11',
      correctionLapsed: false,
      suggestedOutcome: null,
    });
    const lapsed = applicationClock(waiting, cal, '2026-03-12');
    expect(lapsed).toMatchObject({ correctionLapsed: true, suggestedOutcome: 'other.noCorrection' });
    expect(lapsed.explanationText).toContain('已逾期未补正，视为放弃申请（表三（六）1）');
    // The correction period is a setting.
    expect(
      applicationClock(waiting, cal, '2026-03-12', { ...DEFAULT_APPLICATION_SETTINGS, correctionPeriodWorkingDays: 20 })
        .correctionDeadline,
    ).toBe('2026-03-18');
  });

  it('flags a 补正 notice later than 7 working days after receipt', () => {
    // 7 working days after 2026-02-10: 02-11, 02-12, 02-13, 02-14, 02-24, 02-25, 02-26.
    const c = applicationClock(
      kase('2026-02-10', [{ kind: 'correctionRequested', on: '2026-02-27' }]),
      cal,
      '2026-02-27',
    );
    expect(c.warnings[0]).toContain('晚于收到申请后 7 个工作日（2026-02-26）');
  });
});

describe('third-party consultation (art. 32)', () => {
  it('leaves out the third party’s time', () => {
    // Received 2026-02-10; asked Fri 2026-02-13 (day 3); answered Fri 2026-02-27. Not counted: 02-14, 02-24…02-27 (5).
    // Then 02-28 4, 03-02…03-06 5–9, 03-09…03-13 10–14, 03-16…03-20 15–19, 03-23 20.
    const c = applicationClock(
      kase('2026-02-10', [
        { kind: 'thirdPartySent', on: '2026-02-13' },
        { kind: 'thirdPartyAnswered', on: '2026-02-27' },
      ]),
      cal,
      '2026-03-02',
    );
    expect(c.dueDate).toBe('2026-03-23');
    expect(c.explanation?.pauses).toEqual([
      { kind: 'thirdParty', sentOn: '2026-02-13', until: '2026-02-27', workingDays: 5, capped: false, open: false },
    ]);
    expect(c.explanation?.makeUpDaysCounted).toEqual(['2026-02-28']);
    expect(c.explanationText).toContain('2026-02-13 征求第三方意见，至 2026-02-27 第三方答复，其间 5 个工作日不计入');
  });

  it('leaves out at most 15 working days, across Qingming', () => {
    // Asked 2026-02-13, answered only 2026-03-20: 15 working days after 02-13 end 2026-03-12 (02-14, 02-24…02-28,
    // 03-02…03-06, 03-09…03-12). Counted: 02-11, 02-12, 02-13 (1–3), 03-13 4, 03-16…03-20 5–9, 03-23…03-27 10–14,
    // 03-30…04-03 15–19, (04-04…04-06 Qingming) 04-07 20.
    const c = applicationClock(
      kase('2026-02-10', [
        { kind: 'thirdPartySent', on: '2026-02-13' },
        { kind: 'thirdPartyAnswered', on: '2026-03-20' },
      ]),
      cal,
      '2026-03-20',
    );
    expect(c.dueDate).toBe('2026-04-07');
    expect(c.explanation?.pauses[0]).toMatchObject({ until: '2026-03-12', workingDays: 15, capped: true });
    expect(c.explanation?.holidaysSkipped).toContain('2026-04-06');
  });

  it('assumes the longest time while the answer is awaited', () => {
    const c = applicationClock(kase('2026-02-10', [{ kind: 'thirdPartySent', on: '2026-02-13' }]), cal, '2026-03-02');
    expect(c).toMatchObject({ dueDate: '2026-04-07', waitingFor: 'thirdParty' });
    expect(c.explanation?.pauses[0]).toMatchObject({ open: true, until: '2026-03-12' });
  });
});

describe('extension (art. 33)', () => {
  it('adds the approved working days and names the approver', () => {
    // Due 2026-03-16 without it; 20 more: 03-17…03-20 1–4, 03-23…03-27 5–9, 03-30…04-03 10–14, (04-06 Qingming)
    // 04-07…04-10 15–18, 04-13 19, 04-14 20.
    const c = applicationClock(
      kase('2026-02-10', [{ kind: 'extended', on: '2026-03-10', days: 20, approver: '局长王某' }]),
      cal,
      '2026-03-10',
    );
    expect(c.dueDate).toBe('2026-04-14');
    expect(c.explanation).toMatchObject({
      extension: { days: 20, approver: '局长王某', decidedOn: '2026-03-10' },
      totalWorkingDays: 40,
      dueDateWithoutExtension: '2026-03-16',
    });
    expect(c.explanationText).toContain('经局长王某批准延期 20 个工作日（2026-03-10 决定），共 40 个工作日');
    expect(c.explanationText).toContain('答复期限为 2026-04-14（不延期为 2026-03-16）');
    expect(c.warnings).toEqual([]);
  });

  it('flags an extension decided after the original due date', () => {
    const c = applicationClock(
      kase('2026-02-10', [{ kind: 'extended', on: '2026-03-17', days: 5, approver: '局长王某' }]),
      cal,
      '2026-03-17',
    );
    expect(c.warnings).toEqual(['延期决定 2026-03-17 晚于原答复期限 2026-03-16：应在期限内决定并告知申请人']);
  });
});

describe('补正, third party and extension together', () => {
  it('combines the three, from a make-up Saturday receipt', () => {
    // Received Sat 2026-02-14 (调休 working day); 补正 asked 2026-02-24; corrected application Mon 2026-03-02;
    // third party asked Wed 2026-03-04 (day 2), answered Wed 2026-03-11 (03-05, 03-06, 03-09…03-11 left out: 5);
    // 03-12 3, 03-13 4, 03-16…03-20 5–9, 03-23…03-27 10–14, 03-30…04-03 15–19, (Qingming) 04-07 20 — the due date
    // without extension; 10 more approved on 2026-03-25: 04-08…04-10 21–23, 04-13…04-17 24–28, 04-20 29, 04-21 30.
    const steps: ApplicationStep[] = [
      { kind: 'accepted', on: '2026-02-14' },
      { kind: 'correctionRequested', on: '2026-02-24' },
      { kind: 'correctionReceived', on: '2026-03-02' },
      { kind: 'thirdPartySent', on: '2026-03-04' },
      { kind: 'thirdPartyAnswered', on: '2026-03-11' },
      { kind: 'extended', on: '2026-03-25', days: 10, approver: '张局长' },
    ];
    const open = applicationClock(kase('2026-02-14', steps), cal, '2026-04-20');
    expect(open).toMatchObject({ dueDate: '2026-04-21', state: 'DUE_SOON', workingDaysLeft: 1 });
    expect(open.explanation).toMatchObject({
      startReason: 'correction',
      countAfter: '2026-03-02',
      dueDateWithoutExtension: '2026-04-07',
      totalWorkingDays: 30,
      holidaysSkipped: ['2026-04-06'],
      pauses: [{ sentOn: '2026-03-04', until: '2026-03-11', workingDays: 5, capped: false, open: false }],
    });
    const closed = applicationClock(
      kase('2026-02-14', [...steps, { kind: 'replied', on: '2026-04-10' }], 'granted'),
      cal,
      '2026-06-01',
    );
    // 03-03 … 04-10 without the pause: 23 working days used.
    expect(closed).toMatchObject({ state: 'CLOSED_ON_TIME', workingDaysUsed: 23 });
  });

  it('says why there is no due date in a draft without a date of receipt', () => {
    expect(applicationClock(kase(null), cal, '2026-03-01')).toMatchObject({
      dueDate: null,
      state: 'IN_PROGRESS',
      explanationText: '未填写收到申请日期，无法计算答复期限',
    });
  });
});
