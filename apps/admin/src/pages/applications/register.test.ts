import { describe, expect, it } from 'vitest';
import { APPLICATION_OUTCOMES } from '@gongkai/domain';
import {
  caseFieldOf,
  caseFormOf,
  caseInputOf,
  daysLeftText,
  explanationLines,
  medianText,
  outcomeGroups,
  percentText,
  searchCases,
  shortText,
  stateTagType,
  type Explanation,
} from './register';

describe('row display', () => {
  it('tags the states', () => {
    expect(stateTagType('OVERDUE')).toBe('danger');
    expect(stateTagType('DUE_SOON')).toBe('warning');
    expect(stateTagType('CLOSED_ON_TIME')).toBe('success');
    expect(stateTagType('nonsense')).toBe('info');
  });

  it('shortens a subject on one line', () => {
    expect(shortText('申请公开\n2025 年   预算', 40)).toBe('申请公开 2025 年 预算');
    expect(shortText('一二三四五六', 4)).toBe('一二三四…');
    expect(shortText(null)).toBe('');
  });

  it('writes the working days left, overdue ones as such', () => {
    expect(daysLeftText(5)).toBe('5');
    expect(daysLeftText(0)).toBe('0');
    expect(daysLeftText(-3)).toBe('逾期 3 个工作日');
    expect(daysLeftText(null)).toBe('—');
  });
});

describe('searchCases', () => {
  const cases = [
    { reference: 'YSQ-1', subject: '2025年部门预算', applicantKindLabel: '自然人', applicant: { name: '张三' } },
    { reference: 'YSQ-2', subject: '行政处罚决定书', applicantKindLabel: '法人或其他组织·商业企业', applicant: null },
  ];
  it('finds by reference, subject, applicant and label, every word', () => {
    expect(searchCases(cases, 'ysq-2').map((c) => c.reference)).toEqual(['YSQ-2']);
    expect(searchCases(cases, '张三').map((c) => c.reference)).toEqual(['YSQ-1']);
    expect(searchCases(cases, '商业企业 处罚').map((c) => c.reference)).toEqual(['YSQ-2']);
    expect(searchCases(cases, '商业企业 预算')).toEqual([]);
    expect(searchCases(cases, '  ')).toHaveLength(2);
  });
});

describe('outcomeGroups', () => {
  it('has every outcome row of table 三 once, grouped under its subgroup in the report order', () => {
    const groups = outcomeGroups();
    const keys = groups.flatMap((g) => g.options.map((o) => o.value));
    expect(keys).toEqual(APPLICATION_OUTCOMES.map((o) => o.key));
    const denied = groups.find((g) => g.label.includes('不予公开'))!;
    expect(denied.options).toHaveLength(8);
    expect(groups.find((g) => g.label.includes('无法提供'))!.options).toHaveLength(3);
    expect(groups.find((g) => g.label.includes('不予处理'))!.options).toHaveLength(5);
    expect(groups.find((g) => g.label.includes('其他处理'))!.options).toHaveLength(3);
  });
});

describe('explanationLines', () => {
  const base: Explanation = {
    receivedOn: '2026-02-14',
    receiptDay: '2026-02-24',
    startReason: 'receipt',
    countAfter: '2026-02-24',
    baseWorkingDays: 20,
    extensionDays: null,
    extensionApprover: null,
    extensionDecidedOn: null,
    totalWorkingDays: 20,
    pauses: [],
    holidaysSkipped: [],
    makeUpDaysCounted: [],
    weekendDaysSkipped: 8,
    dueDate: '2026-03-24',
    dueDateWithoutExtension: '2026-03-24',
    beyondCoverage: false,
  };

  it('explains a day-off receipt, weekends and the due date', () => {
    const lines = explanationLines(base);
    expect(lines.map((l) => l.label)).toEqual(['收到申请', '起算', '答复期限', '跳过周末', '答复截止日']);
    expect(lines[0]!.text).toContain('以下一个工作日 2026-02-24 为收到申请之日');
    expect(lines.at(-1)!.text).toBe('2026-03-24');
  });

  it('writes out holidays as ranges, 调休 days, the pause, the correction and the extension', () => {
    const lines = explanationLines({
      ...base,
      receiptDay: '2026-02-14',
      startReason: 'correction',
      countAfter: '2026-02-10',
      extensionDays: 20,
      extensionApprover: '张局长',
      extensionDecidedOn: '2026-03-10',
      totalWorkingDays: 40,
      pauses: [{ sentOn: '2026-03-02', until: '2026-03-09', workingDays: 5, capped: false, open: false }],
      holidaysSkipped: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-20'],
      makeUpDaysCounted: ['2026-02-28'],
      dueDate: '2026-04-20',
      dueDateWithoutExtension: '2026-03-20',
      beyondCoverage: true,
    });
    const byKey = Object.fromEntries(lines.map((l) => [l.key, l.text]));
    expect(byKey['receipt']).toBe('2026-02-14');
    expect(byKey['start']).toContain('2026-02-10 收到补正');
    expect(byKey['extension']).toBe('经张局长批准延长 20 个工作日，2026-03-10 决定，共 40 个工作日');
    expect(byKey['pause-0']).toContain('其间 5 个工作日不计入');
    expect(byKey['holidays']).toBe('2026-02-16至2026-02-18、2026-02-20（4 天）');
    expect(byKey['makeUp']).toBe('2026-02-28');
    expect(byKey['due']).toBe('2026-04-20（不延期为 2026-03-20）');
    expect(lines.find((l) => l.key === 'coverage')?.warning).toBe(true);
  });
});

describe('the case form', () => {
  it('sends empty texts as null and the applicant only when readable', () => {
    const form = caseFormOf({ subject: ' 预算 ', receivedOn: '2026-03-02', applicant: { name: '张三', contact: '' } });
    expect(form.applicantName).toBe('张三');
    const withApplicant = caseInputOf(form, true);
    expect(withApplicant).toMatchObject({ subject: '预算', receivedOn: '2026-03-02', fee: null, reference: null });
    expect(withApplicant['applicantName']).toBe('张三');
    expect(withApplicant['applicantContact']).toBeNull();
    expect('applicantName' in caseInputOf(form, false)).toBe(false);
  });

  it('maps the API field names to the form', () => {
    expect(caseFieldOf('input.receivedOn')).toBe('receivedOn');
    expect(caseFieldOf('fee')).toBe('fee');
    expect(caseFieldOf('input.steps')).toBeNull();
    expect(caseFieldOf(undefined)).toBeNull();
  });
});

describe('statistics figures', () => {
  it('writes shares and medians', () => {
    expect(percentText(0.875)).toBe('87.5%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(null)).toBe('—');
    expect(medianText(7)).toBe('7');
    expect(medianText(7.5)).toBe('7.5');
    expect(medianText(null)).toBe('—');
  });
});
