/**
 * Versions and editing of catalogues, and the diff. Thin: access is checked by the request plugin (policy.ts); the
 * work is in catalogue-editing.service.ts (storage in packages/db, the diff in packages/domain). Each resolver calls
 * one service function and returns.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Catalogue, CatalogueItem, Requirement } from '@gongkai/db';
import type { Context } from '../context.js';
import {
  CatalogueDiffType,
  CatalogueItemType,
  CatalogueType,
  ImportFindingType,
  RequirementInput,
  RequirementType,
} from '../graphql-types.js';
import * as editing from './catalogue-editing.service.js';
import { CatalogueSubmissionType } from './catalogue-submission.type.js';

@Resolver()
export class CatalogueEditingResolver {
  @Query(() => CatalogueDiffType, { description: '比较两个目录（同一目录的两个版本，或任意两个目录）' })
  async catalogueDiff(
    @Ctx() ctx: Context,
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
  ): Promise<CatalogueDiffType> {
    return editing.catalogueDiff(ctx, fromId, toId);
  }

  @Mutation(() => CatalogueType, { description: '从一个（已发布的）版本新建草稿' })
  async createDraft(
    @Ctx() ctx: Context,
    @Arg('catalogueId', () => ID) catalogueId: string,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
  ): Promise<Catalogue> {
    return editing.createDraft(ctx, catalogueId, versionLabel);
  }

  @Mutation(() => Boolean, { description: '删除草稿（连同其事项、行和导入问题）；已发布的版本不能删除' })
  async deleteDraft(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return editing.deleteDraft(ctx, id);
  }

  @Mutation(() => CatalogueType, { description: '发布草稿：版本冻结，不能再改' })
  async publishCatalogue(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Catalogue> {
    return editing.publishCatalogue(ctx, id);
  }

  @Mutation(() => CatalogueType, {
    description: '提交审批：把草稿交给本机关的部门审批人发布或退回（提交后再修改草稿即撤回提交）',
  })
  async submitCatalogueDraft(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Catalogue> {
    return editing.submitCatalogueDraft(ctx, id);
  }

  @Mutation(() => CatalogueType, { description: '退回提交审批的草稿，须写明退回意见（提交人不能退回自己的提交）' })
  async returnCatalogueDraft(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('comment', { description: '退回意见' }) comment: string,
  ): Promise<Catalogue> {
    return editing.returnCatalogueDraft(ctx, id, comment);
  }

  @Mutation(() => RequirementType, {
    description: '保存一行；expectedVersion 是读到的版本号，期间被他人修改则返回 CONFLICT（注明被改的字段），不会覆盖',
  })
  async updateRequirement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => RequirementInput) input: RequirementInput,
    @Arg('base', () => RequirementInput, {
      nullable: true,
      description: '开始编辑时读到的值，用于冲突时指出他人改了哪些字段',
    })
    base?: RequirementInput | null,
  ): Promise<Requirement> {
    return editing.updateRequirement(ctx, id, expectedVersion, input, base);
  }

  @Mutation(() => RequirementType, { description: '在事项下新增一行（空行，草稿可以先保存）' })
  async addRequirement(@Ctx() ctx: Context, @Arg('itemId', () => ID) itemId: string): Promise<Requirement> {
    return editing.addRequirement(ctx, itemId);
  }

  @Mutation(() => Boolean, { description: '删除一行' })
  async deleteRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return editing.deleteRequirement(ctx, id);
  }

  @Mutation(() => CatalogueItemType, { description: '新增事项：parentId 为空时是一级事项' })
  async addItem(
    @Ctx() ctx: Context,
    @Arg('catalogueId', () => ID) catalogueId: string,
    @Arg('name') name: string,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
    @Arg('position', () => Int, { nullable: true }) position?: number | null,
  ): Promise<CatalogueItem> {
    return editing.addItem(ctx, catalogueId, name, parentId, position);
  }

  @Mutation(() => CatalogueItemType, { description: '重命名事项（带读到的版本号）' })
  async renameItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('name') name: string,
  ): Promise<CatalogueItem> {
    return editing.renameItem(ctx, id, expectedVersion, name);
  }

  @Mutation(() => CatalogueItemType, { description: '移动事项（调整顺序或换上级；下级随之移动）' })
  async moveItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
  ): Promise<CatalogueItem> {
    return editing.moveItem(ctx, id, position, parentId);
  }

  @Mutation(() => Boolean, { description: '删除事项及其下级事项和行' })
  async deleteItem(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return editing.deleteItem(ctx, id);
  }

  @Mutation(() => ImportFindingType, {
    description:
      '对「科室名称合并」的导入问题作决定：CONFIRM 确认合并；UNDO 撤销（别名恢复为独立科室，本草稿中写的是它的行改回它）',
  })
  async resolveOfficeAliasFinding(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('action') action: string,
  ): Promise<unknown> {
    return editing.resolveOfficeAliasFinding(ctx, id, action);
  }
}

@Resolver(() => CatalogueType)
export class CatalogueSubmissionResolver {
  @FieldResolver(() => CatalogueSubmissionType, {
    nullable: true,
    description: '提交审批情况（草稿；已发布的版本为空）；只对登录用户显示',
  })
  submission(@Root() catalogue: Catalogue, @Ctx() ctx: Context): CatalogueSubmissionType | null {
    return editing.submissionOf(ctx, catalogue);
  }
}
