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
} from '@gongkai/db';
import { diffCatalogues, type CatalogueDiff } from '@gongkai/domain';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import type { RequirementInput } from '../graphql-types.js';

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
  const { catalogue, before, after } = await dbPublishCatalogue(ctx.em, id, loginOf(ctx));
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
