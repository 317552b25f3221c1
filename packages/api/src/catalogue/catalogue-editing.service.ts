/**
 * Versions and editing of catalogues, and the diff. Each function takes the request's context first, checks the
 * arguments, calls packages/db's catalogue-editing storage and records the audit entry; the diff is packages/domain's.
 */
import {
  Catalogue,
  CatalogueItem,
  type ImportFinding,
  type Requirement,
  addItem as dbAddItem,
  addRequirement as dbAddRequirement,
  createDraft as dbCreateDraft,
  deleteDraft as dbDeleteDraft,
  deleteItem as dbDeleteItem,
  deleteRequirement as dbDeleteRequirement,
  loadCatalogueJson,
  moveItem as dbMoveItem,
  publishCatalogue as dbPublishCatalogue,
  resolveOfficeAliasFinding as dbResolveOfficeAliasFinding,
  renameItem as dbRenameItem,
  updateRequirement as dbUpdateRequirement,
  type RequirementPatch,
  lockedDraft,
  markReturned,
  markSubmitted,
  withdrawSubmissionForEdit,
  type EditTarget,
} from '@gongkai/db';
import { GraphQLError } from 'graphql';
import {
  CATALOGUE_REVIEW_STATE_LABELS,
  diffCatalogues,
  publishSubmittedRefusal,
  returnCommentProblem,
  returnDraftRefusal,
  submitDraftRefusal,
  type CatalogueDiff,
  type DutyUser,
  type SubmissionRefusal,
} from '@gongkai/domain';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import type { RequirementInput } from '../graphql-types.js';
import type { CatalogueSubmissionType } from './catalogue-submission.type.js';

function patchOf(input: RequirementInput | null | undefined): RequirementPatch | undefined {
  if (!input) return undefined;
  const patch: RequirementPatch = {};
  for (const [k, v] of Object.entries(input))
    if (v !== undefined && v !== null) (patch as Record<string, unknown>)[k] = v;
  if (input.contentIntro === null) patch.contentIntro = null;
  return patch;
}

/** The item of `itemId`, or NOT_FOUND (after the id's shape is checked, naming `field`). */
async function itemById(ctx: Context, itemId: string, field: string): Promise<CatalogueItem> {
  assertId(itemId, field);
  const item = await ctx.em.findOne(CatalogueItem, itemId);
  if (!item) throw notFound(`未找到 id 为「${itemId}」的事项`);
  return item;
}

const loginOf = (ctx: Context): string => (ctx.principal.kind === 'user' ? ctx.principal.login : '');

// ---- 提交审批 (issue 17; the rules in packages/domain catalogue-submission.ts) ----

const dutyUser = (ctx: Context): DutyUser =>
  ctx.principal.kind === 'user'
    ? { roles: ctx.principal.roles, agencyId: ctx.principal.agencyId, login: ctx.principal.login }
    : { roles: [], agencyId: null, login: '' };

function refuse(r: SubmissionRefusal | null): void {
  if (!r) return;
  if (r.code === 'BAD_USER_INPUT') throw badUserInput(r.message, { field: 'id' });
  throw new GraphQLError(r.message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}

/**
 * An edit of a submitted draft withdraws the submission (back to 草稿) and records that, before the edit runs;
 * `id` names the catalogue, item, row or finding the edit changes (its shape already checked).
 */
async function withdrawForEdit(ctx: Context, target: EditTarget, id: string): Promise<void> {
  const w = await withdrawSubmissionForEdit(ctx.em, target, id, loginOf(ctx));
  if (!w) return;
  ctx.audit.push({
    operation: 'withdrawCatalogueSubmission',
    objectType: 'Catalogue',
    objectId: w.catalogue.id,
    agencyId: w.catalogue.agency.id,
    catalogueId: w.catalogue.id,
    before: w.before,
    after: w.after,
  });
}

/** A draft's submission as the API shows it; null for a published version and for anonymous visitors. */
export function submissionOf(ctx: Context, c: Catalogue): CatalogueSubmissionType | null {
  if (ctx.principal.kind !== 'user' || c.status !== 'DRAFT') return null;
  const state = c.reviewState ?? null;
  return {
    state,
    stateLabel: CATALOGUE_REVIEW_STATE_LABELS[state ?? 'NONE'],
    submittedAt: c.submittedAt ?? null,
    submittedBy: c.submittedBy ?? null,
    returnedAt: c.returnedAt ?? null,
    returnedBy: c.returnedBy ?? null,
    returnComment: c.returnComment ?? null,
  };
}

/** 提交审批: the agency's editor hands the draft to its 部门审批人 (the to-do list shows it to them). */
export async function submitCatalogueDraft(ctx: Context, id: string): Promise<Catalogue> {
  assertId(id, 'id');
  const { catalogue, draft } = await lockedDraft(ctx.em, id);
  refuse(submitDraftRefusal(dutyUser(ctx), draft));
  const { before, after } = await markSubmitted(ctx.em, catalogue, loginOf(ctx));
  ctx.audit.push({
    operation: 'submitCatalogueDraft',
    objectType: 'Catalogue',
    objectId: id,
    agencyId: draft.agencyId,
    catalogueId: id,
    before,
    after,
  });
  return catalogue;
}

/** 退回: the 部门审批人 returns a submitted draft to its editors with a comment (required). */
export async function returnCatalogueDraft(ctx: Context, id: string, comment: string): Promise<Catalogue> {
  assertId(id, 'id');
  const problem = returnCommentProblem(comment);
  if (problem) throw badUserInput(problem, { field: 'comment' });
  const { catalogue, draft } = await lockedDraft(ctx.em, id);
  refuse(returnDraftRefusal(dutyUser(ctx), draft));
  const { before, after } = await markReturned(ctx.em, catalogue, loginOf(ctx), comment.trim());
  ctx.audit.push({
    operation: 'returnCatalogueDraft',
    objectType: 'Catalogue',
    objectId: id,
    agencyId: draft.agencyId,
    catalogueId: id,
    before,
    after,
  });
  return catalogue;
}

export async function catalogueDiff(ctx: Context, fromId: string, toId: string): Promise<CatalogueDiff> {
  assertId(fromId, 'fromId');
  assertId(toId, 'toId');
  for (const id of [fromId, toId])
    if (!(await ctx.em.findOne(Catalogue, id))) throw notFound(`未找到 id 为「${id}」的目录`);
  const [a, b] = [await loadCatalogueJson(ctx.em, fromId), await loadCatalogueJson(ctx.em, toId)];
  return diffCatalogues(a, b);
}

export async function createDraft(ctx: Context, catalogueId: string, versionLabel?: string | null): Promise<Catalogue> {
  assertId(catalogueId, 'catalogueId');
  const draft = await dbCreateDraft(ctx.em, catalogueId, versionLabel);
  ctx.audit.push({
    operation: 'createDraft',
    objectType: 'Catalogue',
    objectId: draft.id,
    agencyId: draft.agency.id,
    catalogueId: draft.id,
    after: { versionLabel: draft.versionLabel, basedOn: catalogueId },
  });
  return draft;
}

export async function deleteDraft(ctx: Context, id: string): Promise<boolean> {
  assertId(id, 'id');
  const c = await dbDeleteDraft(ctx.em, id);
  ctx.audit.push({
    operation: 'deleteDraft',
    objectType: 'Catalogue',
    objectId: id,
    agencyId: c.agency.id,
    before: { title: c.title, versionLabel: c.versionLabel },
  });
  return true;
}

export async function publishCatalogue(ctx: Context, id: string): Promise<Catalogue> {
  assertId(id, 'id');
  // Nobody publishes what they submitted: checked with the draft locked, so a submission committing at the same
  // moment is seen (policy.ts's publishNotOwnDraft rule is checked before, on who edited it).
  const { catalogue, before, after } = await dbPublishCatalogue(ctx.em, id, loginOf(ctx), async (c) =>
    refuse(
      publishSubmittedRefusal(dutyUser(ctx), {
        reviewState: c.reviewState ?? null,
        submittedBy: c.submittedBy ?? null,
      }),
    ),
  );
  ctx.audit.push({
    operation: 'publishCatalogue',
    objectType: 'Catalogue',
    objectId: id,
    agencyId: catalogue.agency.id,
    catalogueId: id,
    before,
    after,
  });
  return catalogue;
}

export async function updateRequirement(
  ctx: Context,
  id: string,
  expectedVersion: number,
  input: RequirementInput,
  base?: RequirementInput | null,
): Promise<Requirement> {
  assertId(id, 'id');
  input.officeIds?.forEach((officeId, i) => assertId(officeId, `input.officeIds[${i}]`));
  await withdrawForEdit(ctx, 'requirement', id);
  const { requirement, before, after } = await dbUpdateRequirement(
    ctx.em,
    id,
    expectedVersion,
    patchOf(input)!,
    patchOf(base),
  );
  ctx.audit.push({
    operation: 'updateRequirement',
    objectType: 'Requirement',
    objectId: id,
    agencyId: requirement.agency.id,
    catalogueId: requirement.catalogue.id,
    before,
    after,
  });
  return requirement;
}

export async function addRequirement(ctx: Context, itemId: string): Promise<Requirement> {
  await itemById(ctx, itemId, 'itemId');
  await withdrawForEdit(ctx, 'item', itemId);
  const r = await dbAddRequirement(ctx.em, itemId);
  ctx.audit.push({
    operation: 'addRequirement',
    objectType: 'Requirement',
    objectId: r.id,
    agencyId: r.agency.id,
    catalogueId: r.catalogue.id,
    after: { itemId },
  });
  return r;
}

export async function deleteRequirement(ctx: Context, id: string): Promise<boolean> {
  assertId(id, 'id');
  await withdrawForEdit(ctx, 'requirement', id);
  const { requirement, before } = await dbDeleteRequirement(ctx.em, id);
  ctx.audit.push({
    operation: 'deleteRequirement',
    objectType: 'Requirement',
    objectId: id,
    agencyId: requirement.agency.id,
    catalogueId: requirement.catalogue.id,
    before,
  });
  return true;
}

export async function addItem(
  ctx: Context,
  catalogueId: string,
  name: string,
  parentId?: string | null,
  position?: number | null,
): Promise<CatalogueItem> {
  assertId(catalogueId, 'catalogueId');
  if (parentId !== null && parentId !== undefined) assertId(parentId, 'parentId');
  await withdrawForEdit(ctx, 'catalogue', catalogueId);
  const item = await dbAddItem(ctx.em, catalogueId, parentId ?? null, name, position);
  ctx.audit.push({
    operation: 'addItem',
    objectType: 'CatalogueItem',
    objectId: item.id,
    agencyId: item.agency.id,
    catalogueId,
    after: { name: item.name, level: item.level, parentId: parentId ?? null, position: item.position },
  });
  return item;
}

export async function renameItem(
  ctx: Context,
  id: string,
  expectedVersion: number,
  name: string,
): Promise<CatalogueItem> {
  assertId(id, 'id');
  await withdrawForEdit(ctx, 'item', id);
  const { item, before } = await dbRenameItem(ctx.em, id, expectedVersion, name);
  ctx.audit.push({
    operation: 'renameItem',
    objectType: 'CatalogueItem',
    objectId: id,
    agencyId: item.agency.id,
    catalogueId: item.catalogue.id,
    before: { name: before },
    after: { name: item.name },
  });
  return item;
}

export async function moveItem(
  ctx: Context,
  id: string,
  position: number,
  parentId?: string | null,
): Promise<CatalogueItem> {
  assertId(id, 'id');
  if (parentId !== null && parentId !== undefined) assertId(parentId, 'parentId');
  await withdrawForEdit(ctx, 'item', id);
  const before = await ctx.em.findOne(CatalogueItem, id);
  const snapshot = before
    ? { parentId: before.parent?.id ?? null, position: before.position, level: before.level }
    : null;
  const item = await dbMoveItem(ctx.em, id, parentId ?? null, position);
  ctx.audit.push({
    operation: 'moveItem',
    objectType: 'CatalogueItem',
    objectId: id,
    agencyId: item.agency.id,
    catalogueId: item.catalogue.id,
    before: snapshot,
    after: { parentId: parentId ?? null, position: item.position, level: item.level },
  });
  return item;
}

export async function deleteItem(ctx: Context, id: string): Promise<boolean> {
  const item = await itemById(ctx, id, 'itemId');
  await withdrawForEdit(ctx, 'item', id);
  const catalogueId = item.catalogue.id;
  const agencyId = item.agency.id;
  const { name, rows } = await dbDeleteItem(ctx.em, id);
  ctx.audit.push({
    operation: 'deleteItem',
    objectType: 'CatalogueItem',
    objectId: id,
    agencyId,
    catalogueId,
    before: { name, rows },
  });
  return true;
}

export async function resolveOfficeAliasFinding(ctx: Context, id: string, action: string): Promise<ImportFinding> {
  assertId(id, 'id');
  if (action !== 'CONFIRM' && action !== 'UNDO')
    throw badUserInput('action：应为 CONFIRM 或 UNDO', { field: 'action' });
  if (action === 'UNDO') await withdrawForEdit(ctx, 'finding', id);
  const { finding, movedRows } = await dbResolveOfficeAliasFinding(ctx.em, id, action, loginOf(ctx));
  ctx.audit.push({
    operation: 'resolveOfficeAliasFinding',
    objectType: 'ImportFinding',
    objectId: id,
    agencyId: finding.agency.id,
    catalogueId: finding.catalogue.id,
    after: { action, data: finding.data, movedRows },
  });
  return finding;
}
