/**
 * A government's settings (职责分离设置): whether a catalogue draft needs a second person — its publisher may not be
 * its only editor where the agency has a 部门审批人 (default on). Read and changed by the
 * office (政务公开办审核员) of that government or a platform administrator; access rules in policy.ts, the work in
 * government-settings.service.ts.
 */
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import * as settings from './government-settings.service.js';

@ObjectType('GovernmentSettings', { description: '人民政府的职责分离设置' })
export class GovernmentSettingsType {
  @Field({ description: '目录草稿须由编辑以外的人发布：部门有审批人时，草稿唯一的编辑者不能自己发布（默认开启）' })
  catalogueSecondPerson!: boolean;
}

@Resolver()
export class GovernmentSettingsResolver {
  @Query(() => GovernmentSettingsType, { description: '人民政府的职责分离设置' })
  async governmentSettings(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
  ): Promise<GovernmentSettingsType> {
    return settings.governmentSettings(ctx, governmentCode);
  }

  @Mutation(() => GovernmentSettingsType, { description: '修改人民政府的职责分离设置（政务公开办、平台管理员）' })
  async setGovernmentSettings(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('catalogueSecondPerson') catalogueSecondPerson: boolean,
  ): Promise<GovernmentSettingsType> {
    return settings.setGovernmentSettings(ctx, governmentCode, { catalogueSecondPerson });
  }
}
