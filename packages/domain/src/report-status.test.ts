import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUMMED_REPORT_STATUSES,
  EDITABLE_REPORT_STATUSES,
  REPORT_STATUSES,
  reportProgressCounts,
  reportProgressSummary,
  REPORT_STATUS_LABELS,
  isEditableReportStatus,
  isReportStatus,
} from './report-status.js';

describe('report statuses', () => {
  it('label every status with its official label', () => {
    expect(Object.keys(REPORT_STATUS_LABELS).sort()).toEqual([...REPORT_STATUSES].sort());
    expect(REPORT_STATUS_LABELS).toEqual({
      DRAFT: '草稿',
      SUBMITTED: '已报送',
      RETURNED: '已退回',
      APPROVED: '已审核通过',
      PUBLISHED: '已公开',
    });
  });

  it('can be changed only as a draft or after being returned', () => {
    expect(EDITABLE_REPORT_STATUSES).toEqual(['DRAFT', 'RETURNED']);
    expect(REPORT_STATUSES.filter(isEditableReportStatus)).toEqual(['DRAFT', 'RETURNED']);
    expect(isEditableReportStatus('APPROVED')).toBe(false);
  });

  it('are summed, by default, once approved', () => {
    expect(DEFAULT_SUMMED_REPORT_STATUSES).toEqual(['APPROVED', 'PUBLISHED']);
    expect(DEFAULT_SUMMED_REPORT_STATUSES.some(isEditableReportStatus)).toBe(false);
  });

  it('recognise only the known statuses', () => {
    for (const s of REPORT_STATUSES) expect(isReportStatus(s)).toBe(true);
    expect(isReportStatus('draft')).toBe(false);
    expect(isReportStatus('NONE')).toBe(false);
    expect(isReportStatus(null)).toBe(false);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(REPORT_STATUS_LABELS)).toBe(true);
    expect(Object.isFrozen(EDITABLE_REPORT_STATUSES)).toBe(true);
  });
});

describe('the dashboard summary', () => {
  it('counts 已报送 from SUBMITTED on, 已审核通过 from APPROVED on, 未报 without a report, and the late ones', () => {
    const c = reportProgressCounts([
      { status: null, late: true },
      { status: 'RETURNED', late: false },
      { status: 'SUBMITTED', late: true },
      { status: 'PUBLISHED', late: false },
    ]);
    expect(reportProgressSummary(c)).toBe('部门 4 个：已报送 2，已审核通过 1，未报 1，逾期 2');
  });
});
