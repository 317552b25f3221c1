/**
 * The audit log. Access is checked by the request plugin (policy.ts); the work is in audit.service.ts.
 */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { AuditLogPageType } from '../graphql-types.js';
import * as audit from './audit.service.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogPageType, { description: '审计日志（新的在前）；平台管理员看全部，政务公开办看本级政府各机关' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('agencyCode', () => String, { nullable: true }) agencyCode?: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<AuditLogPageType> {
    return audit.auditLog(ctx, agencyCode, limit, offset);
  }
}
