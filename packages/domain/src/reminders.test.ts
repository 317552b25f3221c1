import { describe, expect, it } from 'vitest';
import {
  REMINDER_MESSAGE_MAX,
  emailProblem,
  reminderMailSubject,
  reminderMailText,
  reminderMessage,
  reminderReason,
  reminderTitle,
} from './reminders.js';
import { REPORT_STATUSES } from './report-status.js';

describe('which departments may be reminded (催报)', () => {
  it('those with no report, a draft or a returned one; never one filed', () => {
    const today = '2026-02-10';
    expect(reminderReason(null, '2026-01-31', today)).toBe('LATE');
    expect(reminderReason('DRAFT', '2026-03-01', today)).toBe('NOT_FILED');
    expect(reminderReason('RETURNED', '2026-02-10', today)).toBe('NOT_FILED'); // due today: not yet late
    expect(reminderReason('RETURNED', '2026-02-09', today)).toBe('LATE');
    const filed = REPORT_STATUSES.filter((s) => reminderReason(s, '2026-01-31', today) === null);
    expect(filed).toEqual(['SUBMITTED', 'APPROVED', 'PUBLISHED']);
  });

  it('a title with the deadline, marked late when past', () => {
    expect(reminderTitle(2025, '2026-01-31', 'LATE')).toBe(
      '请报送 2025 年度政府信息公开工作年度报告（截止日 2026-01-31，已逾期）',
    );
    expect(reminderTitle(2025, null, 'NOT_FILED')).toBe('请报送 2025 年度政府信息公开工作年度报告');
  });
});

describe('the message (附言)', () => {
  it('is trimmed and allowed up to the limit, counted in characters', () => {
    expect(reminderMessage('  请尽快报送\r\n谢谢 ')).toEqual({ message: '请尽快报送\n谢谢' });
    expect(reminderMessage(null)).toEqual({ message: '' });
    expect(reminderMessage('催'.repeat(REMINDER_MESSAGE_MAX))).toEqual({ message: '催'.repeat(REMINDER_MESSAGE_MAX) });
  });

  it('over the limit or with control characters is refused in Chinese, naming the field', () => {
    const over = reminderMessage('催'.repeat(REMINDER_MESSAGE_MAX + 1));
    expect(over).toEqual({ problem: `附言：最多 ${REMINDER_MESSAGE_MAX} 个字，现有 ${REMINDER_MESSAGE_MAX + 1} 个字` });
    expect(reminderMessage('请\u0007报送')).toMatchObject({ problem: expect.stringContaining('附言') });
  });
});

describe('the e-mail', () => {
  it('names the department and year in the subject and carries the message', () => {
    expect(reminderMailSubject('根河市司法局', 2025)).toBe(
      '【催报】根河市司法局：请报送 2025 年度政府信息公开工作年度报告',
    );
    const text = reminderMailText({
      agencyName: '根河市司法局',
      title: '请报送 2025 年度政府信息公开工作年度报告',
      message: '本周五前',
      senderName: '根河市政务公开办',
      sentAt: '2026-02-10',
    });
    expect(text).toContain('附言：本周五前');
    expect(text.startsWith('根河市司法局：')).toBe(true);
  });

  it('addresses: empty is none, a plain address passes, anything else is refused', () => {
    expect(emailProblem('')).toBeNull();
    expect(emailProblem('sfj@genhe.gov.cn')).toBeNull();
    for (const bad of ['sfj', 'sfj@', '@genhe.gov.cn', 'a b@genhe.gov.cn', '张三 <a@b.cn>', 'a@b', 'a@b..cn'])
      expect(emailProblem(bad)).toMatch(/不是有效的电子邮箱地址/u);
    expect(emailProblem(`${'a'.repeat(250)}@b.cn`)).toMatch(/最多/u);
  });
});
