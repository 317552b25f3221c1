import { describe, expect, it } from 'vitest';
import { badgeText, deadlineText, emptyText, kindCounts, tagType, todoSummary } from './todo-view';

const t = (kind: string, daysLeft: number | null, urgent = false, dueDate: string | null = '2026-12-08') => ({
  kind,
  daysLeft,
  urgent,
  dueDate,
});

describe('to-do list view', () => {
  it('says how far a deadline is, in working days for 依申请公开', () => {
    expect(deadlineText(t('REPORT_DEADLINE', 3))).toBe('还剩 3 天');
    expect(deadlineText(t('REPORT_DEADLINE', 0))).toBe('今天截止');
    expect(deadlineText(t('APPLICATION_DUE', -2))).toBe('已超期 2 个工作日');
    expect(deadlineText(t('APPLICATION_DUE', 4))).toBe('还剩 4 个工作日');
    expect(deadlineText(t('CATALOGUE_RETURNED', null, false, null))).toBe('—');
  });

  it('colours urgent items red, returns orange, reviews blue', () => {
    expect(tagType(t('REPORT_DEADLINE', 1, true))).toBe('danger');
    expect(tagType(t('CATALOGUE_RETURNED', null))).toBe('warning');
    expect(tagType(t('CATALOGUE_AWAITING_APPROVAL', null))).toBe('primary');
    expect(tagType(t('RECORD_LATE', null))).toBe('info');
  });

  it('counts the kinds present, in the domain order, with their labels', () => {
    expect(kindCounts([t('RECORD_LATE', null), t('CATALOGUE_RETURNED', null), t('RECORD_LATE', null)])).toEqual([
      { kind: 'CATALOGUE_RETURNED', label: '目录被退回', count: 1 },
      { kind: 'RECORD_LATE', label: '主动公开逾期', count: 2 },
    ]);
  });

  it('shows the count in the badge, capped at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(null)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('never says there is nothing to do while unread notices wait (the header counts both)', () => {
    expect(todoSummary(0, 0, '2026-12-02')).toBe('暂无待办事项（截至 2026-12-02）。');
    expect(todoSummary(0, 2, '2026-12-02')).toBe('2 条未读通知（截至 2026-12-02）。');
    expect(todoSummary(3, 1, '2026-12-02')).toBe('共 3 项待办，按紧急程度排列；1 条未读通知（截至 2026-12-02）。');
    expect(todoSummary(3, 0, '2026-12-02')).not.toContain('通知');
    expect(emptyText(1)).toContain('上方通知');
    expect(emptyText(0)).toBe('没有需要处理的事项');
  });

  it("colours the office's and the administrator's urgent items red", () => {
    expect(tagType(t('OFFICE_APPLICATIONS_DUE', null, true, null))).toBe('danger');
    expect(tagType(t('ACCOUNT_LOCKED', null, true, null))).toBe('danger');
    expect(kindCounts([t('ACCOUNT_LOCKED', null), t('OFFICE_RECORDS_LATE', null)]).map((k) => k.label)).toEqual([
      '部门主动公开逾期',
      '账号被锁定',
    ]);
  });
});
