import { describe, expect, it } from 'vitest';
import {
  publishSubmittedRefusal,
  returnCommentProblem,
  returnDraftRefusal,
  submitDraftRefusal,
  type DraftSubmission,
} from './catalogue-submission.js';

const draft = (over: Partial<DraftSubmission> = {}): DraftSubmission => ({
  agencyId: 'sfj',
  agencyKind: 'DEPARTMENT',
  reviewState: null,
  submittedBy: null,
  ...over,
});
const editor = { roles: ['DEPT_EDITOR'], agencyId: 'sfj', login: 'editor' };
const approver = { roles: ['DEPT_APPROVER'], agencyId: 'sfj', login: 'approver' };
const both = { roles: ['DEPT_EDITOR', 'DEPT_APPROVER'], agencyId: 'sfj', login: 'both' };
const otherEditor = { roles: ['DEPT_EDITOR'], agencyId: 'mzj', login: 'other' };
const viewer = { roles: ['VIEWER'], agencyId: 'sfj', login: 'viewer' };
const admin = { roles: ['PLATFORM_ADMIN'], agencyId: null, login: 'admin' };

describe('submitting a catalogue draft for approval', () => {
  it("is the agency's editors' (and the administrator's), once", () => {
    expect(submitDraftRefusal(editor, draft())).toBeNull();
    expect(submitDraftRefusal(admin, draft())).toBeNull();
    expect(submitDraftRefusal(editor, draft({ reviewState: 'RETURNED' }))).toBeNull();
    expect(submitDraftRefusal(otherEditor, draft())).toMatchObject({ code: 'FORBIDDEN' });
    expect(submitDraftRefusal(viewer, draft())).toMatchObject({ code: 'FORBIDDEN' });
    expect(submitDraftRefusal(editor, draft({ reviewState: 'SUBMITTED' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(submitDraftRefusal(admin, draft({ agencyKind: 'STANDARD' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("is returned by the agency's approver, never by who submitted it, and only while submitted", () => {
    const submitted = draft({ reviewState: 'SUBMITTED', submittedBy: 'editor' });
    expect(returnDraftRefusal(approver, submitted)).toBeNull();
    expect(returnDraftRefusal(editor, submitted)).toMatchObject({ code: 'FORBIDDEN' });
    expect(returnDraftRefusal({ ...approver, agencyId: 'mzj' }, submitted)).toMatchObject({ code: 'FORBIDDEN' });
    expect(returnDraftRefusal(both, draft({ reviewState: 'SUBMITTED', submittedBy: 'both' }))?.message).toContain(
      '职责分离',
    );
    expect(returnDraftRefusal(approver, draft({ reviewState: 'RETURNED' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('is not published by who submitted it', () => {
    const mine = draft({ reviewState: 'SUBMITTED', submittedBy: 'both' });
    expect(publishSubmittedRefusal(both, mine)?.code).toBe('FORBIDDEN');
    expect(publishSubmittedRefusal(approver, mine)).toBeNull();
    // Once withdrawn or returned, the submission no longer binds anyone.
    expect(publishSubmittedRefusal(both, { ...mine, reviewState: null })).toBeNull();
  });

  it('needs a return comment, not too long', () => {
    expect(returnCommentProblem('  ')).toContain('不能为空');
    expect(returnCommentProblem('请补充时限')).toBeNull();
    expect(returnCommentProblem('字'.repeat(501))).toContain('500');
  });
});
