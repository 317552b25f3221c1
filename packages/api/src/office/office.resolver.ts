/**
 * A department's offices (责任科室): add, rename (the old name stays as an alias that later imports still
 * recognise), merge, delete when unused. Access is checked by the request plugin (policy.ts).
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { nameProblem, officeNameClash } from '@gongkai/domain';
import { Office, deleteOffice, mergeOffices } from '@gongkai/db';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import { OfficeType } from '../graphql-types.js';

@Resolver()
export class OfficeResolver {
  @Mutation(() => OfficeType, { description: '新增责任科室（编辑行时就地添加）' })
  async addOffice(@Ctx() ctx: Context, @Arg('agencyCode') agencyCode: string, @Arg('name') name: string): Promise<Office> {
    const agency = await agencyByCode(ctx.em, agencyCode);
    const problem = nameProblem('officeName', name);
    if (problem) throw badUserInput(problem, { field: 'name' });
    const newName = name.trim();
    const offices = await ctx.em.find(Office, { agency });
    const clash = officeNameClash(offices, newName);
    if (clash) throw badUserInput(clash, { field: 'name' });
    const office = ctx.em.create(Office, { agency, name: newName, aliases: [], position: offices.length });
    await ctx.em.flush();
    ctx.audit.push({ operation: 'addOffice', objectType: 'Office', objectId: office.id, agencyId: agency.id, after: { name: newName } });
    return office;
  }

  @Mutation(() => OfficeType, { description: '重命名责任科室；旧名称记为别名，以后导入时仍能识别' })
  async renameOffice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Office> {
    assertId(id, 'id');
    const office = await ctx.em.findOne(Office, id);
    if (!office) throw notFound(`未找到 id 为「${id}」的科室`, { field: 'id' });
    const problem = nameProblem('officeName', name);
    if (problem) throw badUserInput(problem, { field: 'name' });
    const newName = name.trim();
    if (newName === office.name) return office;
    // The same checks as adding: no other office has this name or alias.
    const clash = officeNameClash(await ctx.em.find(Office, { agency: office.agency }), newName, office);
    if (clash) throw badUserInput(clash, { field: 'name' });
    const before = { name: office.name, aliases: [...office.aliases] };
    office.aliases = [...new Set([...office.aliases.filter((a) => a !== newName), office.name])];
    office.name = newName;
    await ctx.em.flush();
    ctx.audit.push({ operation: 'renameOffice', objectType: 'Office', objectId: office.id, agencyId: office.agency.id, before, after: { name: office.name, aliases: office.aliases } });
    return office;
  }

  @Mutation(() => Boolean, { description: '删除没有任何行在用的责任科室（任何版本）；在用时拒绝并列出在用的行——请先改行或合并科室' })
  async deleteOffice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    assertId(id, 'id');
    const { office } = await deleteOffice(ctx.em, id);
    ctx.audit.push({ operation: 'deleteOffice', objectType: 'Office', objectId: office.id, agencyId: office.agencyId, before: { name: office.name, aliases: office.aliases } });
    return true;
  }

  @Mutation(() => OfficeType, { description: '把一个科室合并到另一个：行转到目标科室，原名称记为别名' })
  async mergeOffices(@Ctx() ctx: Context, @Arg('sourceId', () => ID) sourceId: string, @Arg('targetId', () => ID) targetId: string): Promise<Office> {
    assertId(sourceId, 'sourceId');
    assertId(targetId, 'targetId');
    const { target, source, rows } = await mergeOffices(ctx.em, sourceId, targetId);
    ctx.audit.push({ operation: 'mergeOffices', objectType: 'Office', objectId: target.id, agencyId: target.agency.id, before: { source, targetName: target.name }, after: { name: target.name, aliases: target.aliases, rowsMoved: rows } });
    return target;
  }
}
