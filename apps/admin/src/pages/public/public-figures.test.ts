import { describe, expect, it } from 'vitest';
import { FIGURES_COLUMNS, cellText, publicFiguresPath, totalsOf, type FiguresRow } from './public-figures';

const row = (over: Partial<FiguresRow>): FiguresRow => ({
  agencyCode: 'x',
  agencyName: 'x',
  received: 0,
  closed: 0,
  closedWithDueDate: 0,
  closedOnTime: 0,
  closedLate: 0,
  onTimeShare: null,
  medianWorkingDaysToReply: null,
  extended: 0,
  overdueOpen: 0,
  ...over,
});

describe('the public page of figures', () => {
  it('has the domain’s columns, with share and median columns and nothing personal', () => {
    expect(FIGURES_COLUMNS.map((c) => c.label)).toEqual([
      '本年收到申请',
      '本年答复',
      '按期答复比例',
      '答复用时中位数（工作日）',
      '延期答复',
      '逾期答复',
      '逾期未答复',
    ]);
  });

  it('writes each cell: counts, the share in per cent, the median, 「—」 where there is none', () => {
    const r = row({ received: 12, onTimeShare: 7 / 8, medianWorkingDaysToReply: 9.5 });
    expect(cellText(r, 'received')).toBe('12');
    expect(cellText(r, 'onTimeShare')).toBe('87.5%');
    expect(cellText(r, 'medianWorkingDaysToReply')).toBe('9.5');
    expect(cellText(row({}), 'onTimeShare')).toBe('—');
    expect(cellText(row({}), 'medianWorkingDaysToReply')).toBe('—');
  });

  it('sums the counts and pools the share over every case with a due date (not an average of shares)', () => {
    const totals = totalsOf([
      row({ received: 10, closed: 8, closedWithDueDate: 8, closedOnTime: 8, onTimeShare: 1, extended: 1 }),
      row({ received: 2, closed: 2, closedWithDueDate: 2, closedOnTime: 0, closedLate: 2, onTimeShare: 0 }),
      row({ overdueOpen: 3 }),
    ]);
    expect(totals).toEqual({
      received: 12,
      closed: 10,
      onTimeShare: 0.8,
      medianWorkingDaysToReply: null,
      extended: 1,
      closedLate: 2,
      overdueOpen: 3,
    });
    expect(totalsOf([]).onTimeShare).toBeNull();
  });

  it('addresses a government’s year', () => {
    expect(publicFiguresPath('150785', 2026)).toBe('/public/governments/150785/applications/2026');
  });
});
