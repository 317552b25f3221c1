import { describe, expect, it } from 'vitest';
import { reminderReasonOf, reminderTargets } from './useReportReminders';

const row = (code: string, status: string | null, deadline = '2025-01-31') => ({
  agency: { id: code, code, name: `${code}局` },
  status,
  deadline,
});

describe('催报 on the dashboard', () => {
  it('labels the departments not filed, late or not, and none that filed', () => {
    expect(reminderReasonOf(row('a', null), '2025-02-01')).toBe('逾期未报送');
    expect(reminderReasonOf(row('a', 'DRAFT'), '2025-01-31')).toBe('未报送');
    expect(reminderReasonOf(row('a', 'RETURNED'), '2025-01-10')).toBe('未报送');
    for (const filed of ['SUBMITTED', 'APPROVED', 'PUBLISHED'])
      expect(reminderReasonOf(row('a', filed), '2025-02-01')).toBeNull();
  });

  it('sends to the checked departments that may be reminded', () => {
    const checked = [row('mzj', 'DRAFT'), row('sfj', 'APPROVED'), row('jyj', null)];
    expect(reminderTargets(checked, '2025-03-01')).toEqual([
      { code: 'mzj', name: 'mzj局', reason: '逾期未报送' },
      { code: 'jyj', name: 'jyj局', reason: '逾期未报送' },
    ]);
    expect(reminderTargets([], '2025-03-01')).toEqual([]);
  });
});
