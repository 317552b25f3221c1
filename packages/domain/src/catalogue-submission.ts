/**
 * Submitting a catalogue draft for approval (提交审批), the one statement of its states, labels and rules: the server
 * checks them (packages/api catalogue-editing.service.ts) and the admin app shows or hides its buttons by them.
 *
 * - A department's editor (部门编辑) — or its approver, or the platform administrator — submits the agency's draft;
 *   the agency's 部门审批人 then publishes it (发布) or returns it with a comment (退回, the comment is required).
 * - Nobody approves their own work: whoever submitted the draft can neither publish nor return that submission.
 * - Editing a submitted draft is allowed and withdraws the submission (back to 草稿, recorded in the audit log).
 * - A returned draft stays 已退回 (the comment shown) while it is being fixed, until it is submitted again.
 */
import type { DutyUser } from './separation-of-duties.js';

/** The review state of a draft; null: a draft not (or no longer) submitted. */
export const CATALOGUE_REVIEW_STATES = ['SUBMITTED', 'RETURNED'] as const;
export type CatalogueReviewState = (typeof CATALOGUE_REVIEW_STATES)[number];

export const CATALOGUE_REVIEW_STATE_LABELS: Readonly<Record<CatalogueReviewState | 'NONE', string>> = Object.freeze({
  NONE: '草稿',
  SUBMITTED: '已提交审批',
  RETURNED: '已退回',
});

/** The longest comment of a return (退回意见), in characters. */
export const RETURN_COMMENT_MAX = 500;

/** What the rules need to know about a draft. */
export interface DraftSubmission {
  agencyId: string;
  agencyKind: 'GOVERNMENT' | 'DEPARTMENT' | 'STANDARD';
  reviewState: CatalogueReviewState | null;
  submittedBy: string | null;
}

/** A refusal: FORBIDDEN (who may not), or BAD_USER_INPUT (the draft is not in a state for it). */
export interface SubmissionRefusal {
  code: 'FORBIDDEN' | 'BAD_USER_INPUT';
  message: string;
}

const forbidden = (message: string): SubmissionRefusal => ({ code: 'FORBIDDEN', message });
const badState = (message: string): SubmissionRefusal => ({ code: 'BAD_USER_INPUT', message });

const has = (u: DutyUser, role: string): boolean => u.roles.includes(role);
const own = (u: DutyUser, d: DraftSubmission): boolean => u.agencyId !== null && u.agencyId === d.agencyId;

/** Why `user` may not submit the draft for approval, or null. */
export function submitDraftRefusal(user: DutyUser, draft: DraftSubmission): SubmissionRefusal | null {
  if (draft.agencyKind === 'STANDARD') return badState('标准目录由政务公开办维护并直接发布，不需要提交审批');
  if (!has(user, 'PLATFORM_ADMIN')) {
    if (!own(user, draft)) return forbidden('只能提交本机关的草稿');
    if (!has(user, 'DEPT_EDITOR') && !has(user, 'DEPT_APPROVER')) return forbidden('只有本机关的部门编辑可以提交审批');
  }
  if (draft.reviewState === 'SUBMITTED') return badState('草稿已提交审批，正在等待本机关审批人处理');
  return null;
}

/** Why `user` may not return (退回) the submitted draft, or null. */
export function returnDraftRefusal(user: DutyUser, draft: DraftSubmission): SubmissionRefusal | null {
  if (!has(user, 'PLATFORM_ADMIN') && !(own(user, draft) && has(user, 'DEPT_APPROVER')))
    return forbidden('只有本机关的部门审批人可以退回草稿');
  if (draft.reviewState !== 'SUBMITTED') return badState('草稿没有提交审批（或已撤回、已退回），不能退回');
  if (draft.submittedBy === user.login) return forbidden('职责分离：不能退回自己提交审批的草稿');
  return null;
}

/** Why `user` may not publish the draft because of its submission (the submitter publishes nothing they submitted). */
export function publishSubmittedRefusal(
  user: Pick<DutyUser, 'login'>,
  draft: Pick<DraftSubmission, 'reviewState' | 'submittedBy'>,
): SubmissionRefusal | null {
  if (draft.reviewState === 'SUBMITTED' && draft.submittedBy === user.login)
    return forbidden('职责分离：不能发布自己提交审批的草稿；请由本机关的另一位部门审批人发布');
  return null;
}

/** The return comment, trimmed, or a Chinese refusal naming the field. */
export function returnCommentProblem(comment: string): string | null {
  const c = comment.trim();
  if (c === '') return '退回意见：不能为空，请写明需要修改的地方';
  if ([...c].length > RETURN_COMMENT_MAX) return `退回意见：不能超过 ${RETURN_COMMENT_MAX} 个字`;
  return null;
}
