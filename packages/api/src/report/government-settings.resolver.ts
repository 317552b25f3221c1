/**
 * A government's settings (职责分离设置): whether a catalogue draft needs a second person — its publisher may not be
 * its only editor where the agency has a 部门审批人 (default on). Read and changed by the
 * office (政务公开办审核员) of that government or a platform administrator; access rules in policy.ts.
 */
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Agency, governmentSettings, setGovernmentSettings } from '@gongkai/db';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { agencyByCode } from '../lookups.js';

@ObjectType('GovernmentSettings', { description: '人民政府的职责分离设置' })
export class GovernmentSettingsType {
  @Field({ description: '目录草稿须由编辑以外的人发布：部门有审批人时，草稿唯一的编辑者不能自己发布（默认开启）' })
  catalogueSecondPerson!: boolean;
}

async function government(ctx: Context, code: string): Promise<Agency> {
  const g = await agencyByCode(ctx.em, code, 'governmentCode');
  if (g.kind !== 'GOVERNMENT') throw badUserInput(`「${g.name}」不是人民政府，没有职责分离设置`, { field: 'governmentCode' });
  return g;
}

@Resolver()
export class GovernmentSettingsResolver {
  @Query(() => GovernmentSettingsType, { description: '人民政府的职责分离设置' })
  async governmentSettings(@Ctx() ctx: Context, @Arg('governmentCode') governmentCode: string): Promise<GovernmentSettingsType> {
    return governmentSettings(ctx.em, (await government(ctx, governmentCode)).id);
  }

  @Mutation(() => GovernmentSettingsType, { description: '修改人民政府的职责分离设置（政务公开办、平台管理员）' })
  async setGovernmentSettings(@Ctx() ctx: Context, @Arg('governmentCode') governmentCode: string, @Arg('catalogueSecondPerson') catalogueSecondPerson: boolean): Promise<GovernmentSettingsType> {
    const g = await government(ctx, governmentCode);
    const before = await governmentSettings(ctx.em, g.id);
    const after = await setGovernmentSettings(ctx.em, g, { catalogueSecondPerson }, ctx.principal.kind === 'user' ? ctx.principal.login : null);
    ctx.audit.push({ operation: 'setGovernmentSettings', objectType: 'GovernmentSetting', objectId: g.code, agencyId: g.id, before: { ...before }, after: { ...after } });
    return after;
  }
}
