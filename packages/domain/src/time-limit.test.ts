import { describe, expect, it } from 'vitest';
import { describeTimeLimit, parseTimeLimit } from './time-limit.js';

describe('parseTimeLimit — the rules of catalogue.md', () => {
  it.each([
    [
      '信息产生或变更之日起20个工作日内公开',
      { kind: 'afterEvent', amount: 20, unit: 'workingDay', event: '信息产生或变更', eventKind: 'formedOrChanged' },
    ],
    [
      '自该政府信息形成或者变更之日起20个工作日内',
      {
        kind: 'afterEvent',
        amount: 20,
        unit: 'workingDay',
        event: '政府信息形成或者变更',
        eventKind: 'formedOrChanged',
      },
    ],
    [
      '制定或获取信息之日起10个工作日内',
      { kind: 'afterEvent', amount: 10, unit: 'workingDay', event: '制定或获取信息', eventKind: 'formedOrChanged' },
    ],
    [
      '信息形成之日起3个工作日内',
      { kind: 'afterEvent', amount: 3, unit: 'workingDay', event: '信息形成', eventKind: 'formedOrChanged' },
    ],
    [
      '本级政府财政部门批复后20日内',
      { kind: 'afterEvent', amount: 20, unit: 'calendarDay', event: '本级政府财政部门批复', eventKind: 'approval' },
    ],
    [
      '公告期后满一个月',
      { kind: 'afterEvent', amount: 1, unit: 'month', event: '公告期', eventKind: 'noticePeriodEnd' },
    ],
    ['即时公开', { kind: 'immediate' }],
    ['及时公开', { kind: 'immediate' }],
    ['实时公开', { kind: 'immediate' }],
    ['与政策文件同步发布', { kind: 'sameDayAs', reference: '政策文件' }],
    ['市本级督查室审核后公开', { kind: 'afterApproval', approver: '市本级督查室' }],
    ['按年公开', { kind: 'periodic', period: 'year' }],
    ['每年1月31日前', { kind: 'periodic', period: 'year', dueMonth: 1, dueDay: 31 }],
    [
      '每季度结束后15日内',
      { kind: 'periodic', period: 'quarter', afterPeriodEnd: { amount: 15, unit: 'calendarDay' } },
    ],
    ['每月10日前', { kind: 'periodic', period: 'month', dueDay: 10 }],
    ['同上', { kind: 'sameAsAbove' }],
    ['', { kind: 'none' }],
    ['保持长期公开', { kind: 'standing' }],
    ['视工作进展情况公开', { kind: 'unparsed' }],
  ])('%s', (raw, rule) => {
    expect(parseTimeLimit(raw).rule).toEqual(rule);
  });

  it('distinguishes 日 (calendar) from 工作日', () => {
    expect(parseTimeLimit('批复后20日内').rule).toMatchObject({ unit: 'calendarDay' });
    expect(parseTimeLimit('批复后20个工作日内').rule).toMatchObject({ unit: 'workingDay' });
  });

  it('reads 保持长期公开 as an addition to a rule', () => {
    const t = parseTimeLimit('信息产生或变更之日起20个工作日内公开，保持长期公开');
    expect(t.rule).toMatchObject({ kind: 'afterEvent', amount: 20 });
    expect(t.longTerm).toBe(true);
    expect(t.statutoryDefault).toBe(true);
  });

  it('removes PDF wrap spaces before parsing', () => {
    const t = parseTimeLimit('信息产生或变更之 日起20个工作 日 内公开');
    expect(t.raw).toBe('信息产生或变更之日起20个工作日内公开');
    expect(t.statutoryDefault).toBe(true);
  });

  it('flags only 20 working days after formation as the statutory default', () => {
    expect(parseTimeLimit('信息形成之日起3个工作日内').statutoryDefault).toBe(false);
    expect(parseTimeLimit('批复后20日内').statutoryDefault).toBe(false);
  });

  it('keeps clauses it cannot read', () => {
    const t = parseTimeLimit('即时公开，视情况更新');
    expect(t.rule).toEqual({ kind: 'immediate' });
    expect(t.unparsedClauses).toEqual(['视情况更新']);
  });

  it('describes rules in Chinese', () => {
    expect(describeTimeLimit(parseTimeLimit('本级政府财政部门批复后20日内'))).toBe(
      '本级政府财政部门批复后20个自然日内',
    );
    expect(describeTimeLimit(parseTimeLimit('公告期后满一个月'))).toBe('公告期满后1个月内');
    expect(describeTimeLimit(parseTimeLimit('信息产生或变更之日起20个工作日内公开，保持长期公开'))).toBe(
      '信息产生或变更之日起20个工作日内（法定默认时限，《政府信息公开条例》第二十六条）；保持长期公开',
    );
    expect(describeTimeLimit(parseTimeLimit('每年1月31日前'))).toBe('每年1月31日前');
  });
});
