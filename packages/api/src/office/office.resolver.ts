/**
 * A department's offices (责任科室): add, rename (the old name stays as an alias that later imports still
 * recognise), merge, delete when unused. Access is checked by the request plugin (policy.ts); the work is in
 * office.service.ts. Each resolver calls one service function and returns.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Office } from '@gongkai/db';
import type { Context } from '../context.js';
import { OfficeType } from '../graphql-types.js';
import * as offices from './office.service.js';

@Resolver()
export class OfficeResolver {
  @Mutation(() => OfficeType, { description: '新增责任科室（编辑行时就地添加）' })
  async addOffice(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('name') name: string,
  ): Promise<Office> {
    return offices.addOffice(ctx, agencyCode, name);
  }

  @Mutation(() => OfficeType, { description: '重命名责任科室；旧名称记为别名，以后导入时仍能识别' })
  async renameOffice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Office> {
    return offices.renameOffice(ctx, id, name);
  }

  @Mutation(() => Boolean, {
    description: '删除没有任何行在用的责任科室（任何版本）；在用时拒绝并列出在用的行——请先改行或合并科室',
  })
  async deleteOffice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return offices.deleteOffice(ctx, id);
  }

  @Mutation(() => OfficeType, { description: '把一个科室合并到另一个：行转到目标科室，原名称记为别名' })
  async mergeOffices(
    @Ctx() ctx: Context,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('targetId', () => ID) targetId: string,
  ): Promise<Office> {
    return offices.mergeOffices(ctx, sourceId, targetId);
  }
}
