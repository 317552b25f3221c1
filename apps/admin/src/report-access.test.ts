import { describe, expect, it } from 'vitest';
import {
  canFillReport,
  canReviewReport,
  canReviewReports,
  canSubmitReport,
  dashboardGovernment,
  defaultReportYear,
  reportEditable,
  reportStepProblem,
  reportSubmitters,
  reportYears,
} from './report-access';
import type { Principal } from './roles';

const sfj = { id: 'sfj', kind: 'DEPARTMENT' as const };
const gov = { id: 'gov', kind: 'GOVERNMENT' as const };
const user = (
  roles: Principal['roles'],
  agency: string | null,
  code?: string,
  login = 'someone',
): Principal & { login: string } => ({ roles, agency: agency ? { id: agency, code } : null, login });

describe('report access', () => {
  it('lets departments fill their own report, the approver submit it', () => {
    expect(canFillReport(user(['DEPT_EDITOR'], 'sfj'), sfj)).toBe(true);
    expect(canSubmitReport(user(['DEPT_EDITOR'], 'sfj'), sfj)).toBe(false);
    expect(canSubmitReport(user(['DEPT_APPROVER'], 'sfj'), sfj)).toBe(true);
    expect(canFillReport(user(['DEPT_EDITOR'], 'mzj'), sfj)).toBe(false);
    expect(canFillReport(user(['VIEWER'], 'sfj'), sfj)).toBe(false);
  });
  it('lets the office fill only its government report, and review', () => {
    const r = user(['CITY_REVIEWER'], 'zwgkb', '150785-zwgkb');
    expect(canFillReport(r, sfj)).toBe(false);
    expect(canFillReport(r, gov)).toBe(true);
    expect(canSubmitReport(r, gov)).toBe(true);
    expect(canReviewReports(r)).toBe(true);
    expect(canReviewReports(user(['DEPT_APPROVER'], 'sfj'))).toBe(false);
    expect(dashboardGovernment(r, ['150785'])).toBe('150785');
    expect(dashboardGovernment({ ...r, agency: { id: 'gov', code: '150785', kind: 'GOVERNMENT' } }, ['150700'])).toBe(
      '150785',
    );
    expect(dashboardGovernment(user(['PLATFORM_ADMIN'], null), [])).toBeNull();
  });
  it('gives a standard catalogue (标准目录) no annual report, not even for the administrator', () => {
    const standard = { id: 'bz', kind: 'STANDARD' as const };
    expect(canFillReport(user(['PLATFORM_ADMIN'], null), standard)).toBe(false);
    expect(canSubmitReport(user(['CITY_REVIEWER'], 'zwgkb'), standard)).toBe(false);
    expect(reportEditable(user(['PLATFORM_ADMIN'], null), standard, null)).toBe(false);
  });
  it('lets the administrator do everything, nobody with a one-time password', () => {
    expect(canFillReport(user(['PLATFORM_ADMIN'], null), sfj)).toBe(true);
    expect(canFillReport({ ...user(['PLATFORM_ADMIN'], null), mustChangePassword: true }, sfj)).toBe(false);
    expect(canFillReport(null, sfj)).toBe(false);
  });
  it('separates duties by the domain rule: the office reviews others’ reports, not its own agency’s nor its own work', () => {
    const zwgkb = { id: 'zwgkb', kind: 'DEPARTMENT' as const };
    const r = user(['CITY_REVIEWER'], 'zwgkb', '150785-zwgkb', 'demo-reviewer');
    expect(canReviewReport(r, 'approve', sfj, ['sfj-approver'])).toBe(true);
    expect(canReviewReport(r, 'approve', zwgkb)).toBe(false);
    expect(reportStepProblem(r, 'approve', zwgkb)).toBe('职责分离：不能审核本机关的报告');
    expect(canReviewReport(r, 'approve', gov, ['demo-reviewer'])).toBe(false);
    expect(reportStepProblem(r, 'publish', gov, ['demo-reviewer'])).toBe('职责分离：不能公开自己填报或报送的报告');
    expect(
      canReviewReport(user(['PLATFORM_ADMIN'], null, undefined, 'demo-admin'), 'approve', gov, ['demo-reviewer']),
    ).toBe(true);
    expect(canReviewReport(user(['DEPT_APPROVER'], 'sfj'), 'approve', gov)).toBe(false);
    expect(reportStepProblem(r, 'fill', sfj)).toBe(
      '职责分离：政务公开办只能填报本级政府的报告，部门的报告由部门自己填报',
    );
    expect(reportStepProblem(null, 'fill', sfj)).toBe('请先登录');
    expect(
      reportSubmitters([
        { toStatus: 'SUBMITTED', userLogin: 'a' },
        { toStatus: 'RETURNED', userLogin: 'r' },
        { toStatus: 'SUBMITTED', userLogin: 'a' },
      ]),
    ).toEqual(['a']);
  });
  it('is editable only while a draft or returned', () => {
    const e = user(['DEPT_EDITOR'], 'sfj');
    expect(reportEditable(e, sfj, null)).toBe(true);
    expect(reportEditable(e, sfj, 'DRAFT')).toBe(true);
    expect(reportEditable(e, sfj, 'RETURNED')).toBe(true);
    expect(reportEditable(e, sfj, 'SUBMITTED')).toBe(false);
    expect(reportEditable(e, sfj, 'PUBLISHED')).toBe(false);
  });
  it('offers years', () => {
    const d = new Date('2026-03-01T00:00:00');
    expect(defaultReportYear(d)).toBe(2025);
    expect(reportYears(d)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
  });
});

describe('one definition of the report statuses the server also uses', () => {
  it('the editable statuses and the status labels are the domain’s own objects, not copies', async () => {
    const domain = await import('@gongkai/domain');
    const layout = await import('./pages/report/report-layout');
    const access = await import('./report-access');
    expect(access.EDITABLE_STATUSES).toBe(domain.EDITABLE_REPORT_STATUSES);
    expect(layout.REPORT_STATUS_LABELS).toBe(domain.REPORT_STATUS_LABELS);
    for (const s of domain.REPORT_STATUSES) expect(layout.statusLabel(s)).toBe(domain.REPORT_STATUS_LABELS[s]);
    for (const s of domain.REPORT_STATUSES)
      expect(reportEditable(user(['DEPT_EDITOR'], 'sfj'), sfj, s)).toBe(domain.EDITABLE_REPORT_STATUSES.includes(s));
  });

  it('no report page or helper writes the statuses’ list or labels out again', () => {
    const sources = import.meta.glob(['./pages/report/*.{ts,vue}', './report-access.ts', '!./**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    const copies = Object.entries(sources).flatMap(([file, text]) => [
      ...(/\[\s*'DRAFT',\s*'RETURNED'\s*\]/u.test(text) ? [`${file}: ['DRAFT', 'RETURNED']`] : []),
      ...(/\b(?:DRAFT|SUBMITTED|RETURNED|APPROVED|PUBLISHED):\s*'[^']*[\u4e00-\u9fff]/u.test(text)
        ? [`${file}: a status label`]
        : []),
    ]);
    expect(copies).toEqual([]);
  });
});
