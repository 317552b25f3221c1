/**
 * Versions and editing of catalogues, and the diff. Thin: access is checked by the request
 * plugin (policy.ts); the work is done by packages/db's catalogue-editing services and packages/domain.
 */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  Catalogue,
  CatalogueItem,
  Requirement,
  addItem,
  addRequirement,
  createDraft,
  deleteDraft,
  deleteItem,
  deleteRequirement,
  loadCatalogueJson,
  moveItem,
  publishCatalogue,
  resolveOfficeAliasFinding,
  renameItem,
  updateRequirement,
  type RequirementPatch,
} from '@gongkai/db';
import { diffCatalogues } from '@gongkai/domain';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import {
  CatalogueDiffType,
  CatalogueItemType,
  CatalogueType,
  ImportFindingType,
  RequirementInput,
  RequirementType,
} from '../graphql-types.js';

function patchOf(input: RequirementInput | null | undefined): RequirementPatch | undefined {
  if (!input) return undefined;
  const patch: RequirementPatch = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== null) (patch as Record<string, unknown>)[k] = v;
  if (input.contentIntro === null) patch.contentIntro = null;
  return patch;
}

async function catalogueIdOfItem(ctx: Context, itemId: string): Promise<string> {
  assertId(itemId, 'itemId');
  const item = await ctx.em.findOne(CatalogueItem, itemId);
  if (!item) throw notFound(`未找到 id 为「${itemId}」的事项`);
  return item.catalogue.id;
}

@Resolver()
export class CatalogueEditingResolver {
  @Query(() => CatalogueDiffType, { description: '比较两个目录（同一目录的两个版本，或任意两个目录）' })
  async catalogueDiff(@Ctx() ctx: Context, @Arg('fromId', () => ID) fromId: string, @Arg('toId', () => ID) toId: string): Promise<CatalogueDiffType> {
    assertId(fromId, 'fromId');
    assertId(toId, 'toId');
    for (const id of [fromId, toId]) if (!(await ctx.em.findOne(Catalogue, id))) throw notFound(`未找到 id 为「${id}」的目录`);
    const [a, b] = [await loadCatalogueJson(ctx.em, fromId), await loadCatalogueJson(ctx.em, toId)];
    return diffCatalogues(a, b);
  }

  @Mutation(() => CatalogueType, { description: '从一个（已发布的）版本新建草稿' })
  async createDraft(@Ctx() ctx: Context, @Arg('catalogueId', () => ID) catalogueId: string, @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null): Promise<Catalogue> {
    assertId(catalogueId, 'catalogueId');
    const draft = await createDraft(ctx.em, catalogueId, versionLabel);
    ctx.audit.push({ operation: 'createDraft', objectType: 'Catalogue', objectId: draft.id, agencyId: draft.agency.id, catalogueId: draft.id, after: { versionLabel: draft.versionLabel, basedOn: catalogueId } });
    return draft;
  }

  @Mutation(() => Boolean, { description: '删除草稿（连同其事项、行和导入问题）；已发布的版本不能删除' })
  async deleteDraft(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    assertId(id, 'id');
    const c = await deleteDraft(ctx.em, id);
    ctx.audit.push({ operation: 'deleteDraft', objectType: 'Catalogue', objectId: id, agencyId: c.agency.id, before: { title: c.title, versionLabel: c.versionLabel } });
    return true;
  }

  @Mutation(() => CatalogueType, { description: '发布草稿：版本冻结，不能再改' })
  async publishCatalogue(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Catalogue> {
    assertId(id, 'id');
    const login = ctx.principal.kind === 'user' ? ctx.principal.login : '';
    const { catalogue, before, after } = await publishCatalogue(ctx.em, id, login);
    ctx.audit.push({ operation: 'publishCatalogue', objectType: 'Catalogue', objectId: id, agencyId: catalogue.agency.id, catalogueId: id, before, after });
    return catalogue;
  }

  @Mutation(() => RequirementType, { description: '保存一行；expectedVersion 是读到的版本号，期间被他人修改则返回 CONFLICT（注明被改的字段），不会覆盖' })
  async updateRequirement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => RequirementInput) input: RequirementInput,
    @Arg('base', () => RequirementInput, { nullable: true, description: '开始编辑时读到的值，用于冲突时指出他人改了哪些字段' }) base?: RequirementInput | null,
  ): Promise<Requirement> {
    assertId(id, 'id');
    input.officeIds?.forEach((officeId, i) => assertId(officeId, `input.officeIds[${i}]`));
    const { requirement, before, after } = await updateRequirement(ctx.em, id, expectedVersion, patchOf(input)!, patchOf(base));
    ctx.audit.push({ operation: 'updateRequirement', objectType: 'Requirement', objectId: id, agencyId: requirement.agency.id, catalogueId: requirement.catalogue.id, before, after });
    return requirement;
  }

  @Mutation(() => RequirementType, { description: '在事项下新增一行（空行，草稿可以先保存）' })
  async addRequirement(@Ctx() ctx: Context, @Arg('itemId', () => ID) itemId: string): Promise<Requirement> {
    await catalogueIdOfItem(ctx, itemId);
    const r = await addRequirement(ctx.em, itemId);
    ctx.audit.push({ operation: 'addRequirement', objectType: 'Requirement', objectId: r.id, agencyId: r.agency.id, catalogueId: r.catalogue.id, after: { itemId } });
    return r;
  }

  @Mutation(() => Boolean, { description: '删除一行' })
  async deleteRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    assertId(id, 'id');
    const { requirement, before } = await deleteRequirement(ctx.em, id);
    ctx.audit.push({ operation: 'deleteRequirement', objectType: 'Requirement', objectId: id, agencyId: requirement.agency.id, catalogueId: requirement.catalogue.id, before });
    return true;
  }

  @Mutation(() => CatalogueItemType, { description: '新增事项：parentId 为空时是一级事项' })
  async addItem(
    @Ctx() ctx: Context,
    @Arg('catalogueId', () => ID) catalogueId: string,
    @Arg('name') name: string,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
    @Arg('position', () => Int, { nullable: true }) position?: number | null,
  ): Promise<CatalogueItem> {
    assertId(catalogueId, 'catalogueId');
    if (parentId !== null && parentId !== undefined) assertId(parentId, 'parentId');
    const item = await addItem(ctx.em, catalogueId, parentId ?? null, name, position);
    ctx.audit.push({ operation: 'addItem', objectType: 'CatalogueItem', objectId: item.id, agencyId: item.agency.id, catalogueId, after: { name: item.name, level: item.level, parentId: parentId ?? null, position: item.position } });
    return item;
  }

  @Mutation(() => CatalogueItemType, { description: '重命名事项（带读到的版本号）' })
  async renameItem(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Arg('name') name: string): Promise<CatalogueItem> {
    assertId(id, 'id');
    const { item, before } = await renameItem(ctx.em, id, expectedVersion, name);
    ctx.audit.push({ operation: 'renameItem', objectType: 'CatalogueItem', objectId: id, agencyId: item.agency.id, catalogueId: item.catalogue.id, before: { name: before }, after: { name: item.name } });
    return item;
  }

  @Mutation(() => CatalogueItemType, { description: '移动事项（调整顺序或换上级；下级随之移动）' })
  async moveItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
  ): Promise<CatalogueItem> {
    assertId(id, 'id');
    if (parentId !== null && parentId !== undefined) assertId(parentId, 'parentId');
    const before = await ctx.em.findOne(CatalogueItem, id);
    const snapshot = before ? { parentId: before.parent?.id ?? null, position: before.position, level: before.level } : null;
    const item = await moveItem(ctx.em, id, parentId ?? null, position);
    ctx.audit.push({ operation: 'moveItem', objectType: 'CatalogueItem', objectId: id, agencyId: item.agency.id, catalogueId: item.catalogue.id, before: snapshot, after: { parentId: parentId ?? null, position: item.position, level: item.level } });
    return item;
  }

  @Mutation(() => Boolean, { description: '删除事项及其下级事项和行' })
  async deleteItem(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    const catalogueId = await catalogueIdOfItem(ctx, id);
    const item = await ctx.em.findOneOrFail(CatalogueItem, id);
    const agencyId = item.agency.id;
    const { name, rows } = await deleteItem(ctx.em, id);
    ctx.audit.push({ operation: 'deleteItem', objectType: 'CatalogueItem', objectId: id, agencyId, catalogueId, before: { name, rows } });
    return true;
  }

  @Mutation(() => ImportFindingType, { description: '对「科室名称合并」的导入问题作决定：CONFIRM 确认合并；UNDO 撤销（别名恢复为独立科室，本草稿中写的是它的行改回它）' })
  async resolveOfficeAliasFinding(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('action') action: string): Promise<unknown> {
    assertId(id, 'id');
    if (action !== 'CONFIRM' && action !== 'UNDO') throw badUserInput('action：应为 CONFIRM 或 UNDO', { field: 'action' });
    const login = ctx.principal.kind === 'user' ? ctx.principal.login : '';
    const { finding, movedRows } = await resolveOfficeAliasFinding(ctx.em, id, action, login);
    ctx.audit.push({ operation: 'resolveOfficeAliasFinding', objectType: 'ImportFinding', objectId: id, agencyId: finding.agency.id, catalogueId: finding.catalogue.id, after: { action, data: finding.data, movedRows } });
    return finding;
  }
}
