import { describe, expect, it } from 'vitest';
import { draftPublishRefusal, reportStepRefusal, type DutyAgency, type DutyUser } from './separation-of-duties.js';

const gov: DutyAgency = { id: 'gov', kind: 'GOVERNMENT' };
const sfj: DutyAgency = { id: 'sfj', kind: 'DEPARTMENT' };
const zwgkb: DutyAgency = { id: 'zwgkb', kind: 'DEPARTMENT' };
const standard: DutyAgency = { id: 'bz', kind: 'STANDARD' };

const user = (login: string, roles: string[], agencyId: string | null): DutyUser => ({ login, roles, agencyId });
const admin = user('admin', ['PLATFORM_ADMIN'], null);
const reviewer = user('reviewer', ['CITY_REVIEWER'], 'zwgkb');
const editor = user('sfj-editor', ['DEPT_EDITOR'], 'sfj');
const approver = user('sfj-approver', ['DEPT_APPROVER'], 'sfj');

describe('reports: who fills and submits', () => {
  it('departments fill their own report; only the approver submits it', () => {
    expect(reportStepRefusal(editor, 'fill', sfj)).toBeNull();
    expect(reportStepRefusal(approver, 'submit', sfj)).toBeNull();
    expect(reportStepRefusal(editor, 'submit', sfj)).toBe('报告须由本机关的部门审批人报送');
    expect(reportStepRefusal(user('mzj-editor', ['DEPT_EDITOR'], 'mzj'), 'fill', sfj)).toBe(
      '职责分离：只能填报本机关的报告',
    );
    expect(reportStepRefusal(user('v', ['VIEWER'], 'sfj'), 'fill', sfj)).toBe('没有填报报告的权限');
  });

  it('the office fills and submits its government’s report, never a department’s (its own office included)', () => {
    expect(reportStepRefusal(reviewer, 'fill', gov)).toBeNull();
    expect(reportStepRefusal(reviewer, 'submit', gov)).toBeNull();
    expect(reportStepRefusal(reviewer, 'fill', sfj)).toBe(
      '职责分离：政务公开办只能填报本级政府的报告，部门的报告由部门自己填报',
    );
    expect(reportStepRefusal(reviewer, 'submit', sfj)).toBe(
      '职责分离：政务公开办只能报送本级政府的报告，部门的报告由部门自己报送',
    );
    expect(reportStepRefusal(reviewer, 'fill', zwgkb)).not.toBeNull();
    // A reviewer who is also the office's department approver fills the office's own report as a department.
    expect(reportStepRefusal(user('both', ['CITY_REVIEWER', 'DEPT_APPROVER'], 'zwgkb'), 'submit', zwgkb)).toBeNull();
  });

  it('the platform administrator fills and submits any report; a standard catalogue has none', () => {
    expect(reportStepRefusal(admin, 'fill', sfj)).toBeNull();
    expect(reportStepRefusal(admin, 'submit', gov)).toBeNull();
    expect(reportStepRefusal(admin, 'fill', standard)).toBe('标准目录不是机关，没有年度报告');
  });
});

describe('reports: nobody reviews their own agency or their own work', () => {
  it('the office reviews departments’ reports', () => {
    for (const step of ['return', 'approve', 'publish'] as const)
      expect(reportStepRefusal(reviewer, step, sfj, ['sfj-approver'])).toBeNull();
    expect(reportStepRefusal(approver, 'approve', sfj)).toBe('只有政务公开办审核员或平台管理员可以审核报告');
  });

  it('not a report of its own agency', () => {
    expect(reportStepRefusal(reviewer, 'approve', zwgkb)).toBe('职责分离：不能审核本机关的报告');
    expect(reportStepRefusal(reviewer, 'publish', zwgkb)).toBe('职责分离：不能公开本机关的报告');
    expect(reportStepRefusal(reviewer, 'return', zwgkb)).toBe('职责分离：不能退回本机关的报告');
    expect(reportStepRefusal(user('gov-reviewer', ['CITY_REVIEWER'], 'gov'), 'approve', gov)).toBe(
      '职责分离：不能审核本机关的报告',
    );
  });

  it('not a report the user filled in or submitted — administrator included', () => {
    expect(reportStepRefusal(reviewer, 'approve', gov, ['reviewer'])).toBe('职责分离：不能审核自己填报或报送的报告');
    expect(reportStepRefusal(user('second', ['CITY_REVIEWER'], 'zwgkb'), 'approve', gov, ['reviewer'])).toBeNull();
    expect(reportStepRefusal(admin, 'approve', gov, ['reviewer'])).toBeNull();
    expect(reportStepRefusal(admin, 'publish', sfj, ['admin', 'sfj-approver'])).toBe(
      '职责分离：不能公开自己填报或报送的报告',
    );
  });
});

describe('catalogues: the only editor does not publish', () => {
  const on = { agencyHasApprover: true, settingOn: true };
  it('refuses the only editor, where the agency has an approver and the setting is on', () => {
    expect(draftPublishRefusal(approver, { ...on, editors: ['sfj-approver'] })).toMatch(
      /^职责分离：草稿只有你一人编辑过/u,
    );
    expect(draftPublishRefusal(approver, { ...on, editors: ['sfj-approver', 'sfj-approver'] })).not.toBeNull();
  });
  it('allows when another user edited, when nobody did, when the setting is off or there is no approver', () => {
    expect(draftPublishRefusal(approver, { ...on, editors: ['sfj-approver', 'sfj-editor'] })).toBeNull();
    expect(draftPublishRefusal(approver, { ...on, editors: ['sfj-editor'] })).toBeNull();
    expect(draftPublishRefusal(approver, { ...on, editors: [] })).toBeNull();
    expect(draftPublishRefusal(approver, { ...on, settingOn: false, editors: ['sfj-approver'] })).toBeNull();
    expect(draftPublishRefusal(admin, { ...on, agencyHasApprover: false, editors: ['admin'] })).toBeNull();
  });
});
