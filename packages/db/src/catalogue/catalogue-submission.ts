/**
 * 提交审批 of a catalogue draft (issue 17; rules in packages/domain catalogue-submission.ts): the review state on the
 * catalogue row, changed with the row locked FOR UPDATE, so a submission, a return, an edit that withdraws it and a
 * publication of the same draft never interleave. The caller checks the rules on what `lockedDraft` returns and
 * records the audit entries; every function runs on the caller's EntityManager (the request's transaction and scope).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DraftSubmission } from '@gongkai/domain';
import { Agency } from '../agency.js';
import { Catalogue } from './catalogue-entities.js';
import { NotFoundError, UserInputError } from '../edit-errors.js';

export interface SubmissionChange {
  catalogue: Catalogue;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** The draft locked FOR UPDATE (re-read), with what the rules need; a published version is refused. */
export async function lockedDraft(
  em: EntityManager,
  id: string,
): Promise<{ catalogue: Catalogue; draft: DraftSubmission }> {
  const c = await em.findOne(Catalogue, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!c) throw new NotFoundError(`未找到 id 为「${id}」的目录`);
  if (c.status !== 'DRAFT') throw new UserInputError(`「${c.title}」${c.versionLabel}已发布，不需要再审批`, 'id');
  const agency = await em.findOneOrFail(Agency, c.agency.id);
  return {
    catalogue: c,
    draft: {
      agencyId: agency.id,
      agencyKind: agency.kind,
      reviewState: c.reviewState ?? null,
      submittedBy: c.submittedBy ?? null,
    },
  };
}

const snapshot = (c: Catalogue): Record<string, unknown> => ({
  reviewState: c.reviewState ?? null,
  submittedBy: c.submittedBy ?? null,
  returnedBy: c.returnedBy ?? null,
  returnComment: c.returnComment ?? null,
});

/** Marks the (locked) draft submitted by `login`; the last return stays on record until then and is cleared now. */
export async function markSubmitted(em: EntityManager, c: Catalogue, login: string): Promise<SubmissionChange> {
  const before = snapshot(c);
  c.reviewState = 'SUBMITTED';
  c.submittedAt = new Date();
  c.submittedBy = login;
  c.returnedAt = null;
  c.returnedBy = null;
  c.returnComment = null;
  await em.flush();
  return { catalogue: c, before, after: snapshot(c) };
}

/** Marks the (locked) submitted draft returned by `login` with the comment (already checked). */
export async function markReturned(
  em: EntityManager,
  c: Catalogue,
  login: string,
  comment: string,
): Promise<SubmissionChange> {
  const before = snapshot(c);
  c.reviewState = 'RETURNED';
  c.returnedAt = new Date();
  c.returnedBy = login;
  c.returnComment = comment;
  await em.flush();
  return { catalogue: c, before, after: snapshot(c) };
}

/** What an edit names, to find its catalogue. */
export type EditTarget = 'catalogue' | 'item' | 'requirement' | 'finding';

const CATALOGUE_OF: Record<EditTarget, string> = {
  catalogue: 'select c.id, c.review_state from catalogue c where c.id = ?',
  item: 'select c.id, c.review_state from catalogue c join catalogue_item t on t.catalogue_id = c.id where t.id = ?',
  requirement:
    'select c.id, c.review_state from catalogue c join requirement t on t.catalogue_id = c.id where t.id = ?',
  finding: 'select c.id, c.review_state from catalogue c join import_finding t on t.catalogue_id = c.id where t.id = ?',
};

/**
 * Before an edit of a draft: if the draft is submitted, the submission is withdrawn (back to 草稿) and the change
 * returned for the audit log; null when there was nothing to withdraw (one statement in that, the usual, case).
 * The edit itself then refuses a draft still submitted (a submission that committed in between), see
 * catalogue-editing.ts lockedCatalogue.
 */
export async function withdrawSubmissionForEdit(
  em: EntityManager,
  target: EditTarget,
  id: string,
  login: string,
): Promise<SubmissionChange | null> {
  const [row] = await em.execute<Array<{ id: string; review_state: string | null }>>(CATALOGUE_OF[target], [id]);
  if (!row || row.review_state !== 'SUBMITTED') return null;
  const c = await em.findOne(Catalogue, row.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!c || c.status !== 'DRAFT' || c.reviewState !== 'SUBMITTED') return null;
  const before = snapshot(c);
  c.reviewState = null;
  await em.flush();
  return { catalogue: c, before, after: { ...snapshot(c), withdrawnBy: login } };
}
