import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AuditLog } from '@gongkai/db';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import { AuditLogPageType } from '../graphql-types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogPageType, { description: '审计日志（新的在前）；平台管理员看全部，政务公开办看本级政府各机关' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('agencyCode', () => String, { nullable: true }) agencyCode?: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<AuditLogPageType> {
    if (limit < 1 || limit > 500) throw badUserInput('limit：应在 1 到 500 之间', { field: 'limit' });
    if (offset < 0) throw badUserInput('offset：不能为负数', { field: 'offset' });
    let where = {};
    if (agencyCode) {
      const agency = await agencyByCode(ctx.em, agencyCode);
      where = { agency };
    }
    const [entries, total] = await ctx.em.findAndCount(AuditLog, where, {
      orderBy: { at: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return { total, entries };
  }
}
