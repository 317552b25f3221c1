/**
 * The audit log. Access is checked by the request plugin (policy.ts); the work is in audit.service.ts.
 */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { auditObjectNameFromSnapshot, auditObjectTypeLabel, auditOperationLabel } from '@gongkai/domain';
import type { Context } from '../context.js';
import { AuditEntryType, AuditLogPageType } from '../graphql-types.js';
import * as audit from './audit.service.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogPageType, { description: '审计日志（新的在前）；平台管理员看全部，政务公开办看本级政府各机关' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('agencyCode', () => String, { nullable: true }) agencyCode?: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
    @Arg('user', () => String, { nullable: true, description: '操作人登录名或姓名的一部分' }) user?: string | null,
    @Arg('operation', () => String, { nullable: true, description: '操作（如 approveAnnualReport）' })
    operation?: string | null,
    @Arg('from', () => String, { nullable: true, description: '开始日期（含），YYYY-MM-DD，北京时间' })
    from?: string | null,
    @Arg('to', () => String, { nullable: true, description: '结束日期（含），YYYY-MM-DD，北京时间' })
    to?: string | null,
  ): Promise<AuditLogPageType> {
    return audit.auditLog(ctx, { agencyCode, user, operation, from, to }, limit, offset);
  }

  @Query(() => String, {
    description: '按同样的筛选条件导出审计日志为 CSV（UTF-8，带 BOM，新的在前；一次最多 20000 条）',
  })
  async auditLogCsv(
    @Ctx() ctx: Context,
    @Arg('agencyCode', () => String, { nullable: true }) agencyCode?: string | null,
    @Arg('user', () => String, { nullable: true }) user?: string | null,
    @Arg('operation', () => String, { nullable: true }) operation?: string | null,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
  ): Promise<string> {
    return audit.auditLogCsv(ctx, { agencyCode, user, operation, from, to });
  }
}

/** What the audit log page shows of an entry besides the stored fields (names resolved by the service). */
interface Named {
  objectType: string;
  operation: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  objectName?: string | null;
  userName?: string | null;
  agencyName?: string | null;
}

@Resolver(() => AuditEntryType)
export class AuditEntryFieldResolver {
  @FieldResolver(() => String, { description: '操作的中文名称' })
  operationLabel(@Root() e: Named): string {
    return auditOperationLabel(e.operation);
  }

  @FieldResolver(() => String, { description: '对象类型的中文名称' })
  objectTypeLabel(@Root() e: Named): string {
    return auditObjectTypeLabel(e.objectType);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '对象的名称（如「根河市司法局 2025 年度报告」）；无从得知时为 null',
  })
  objectName(@Root() e: Named): string | null {
    return 'objectName' in e
      ? (e.objectName ?? null)
      : auditObjectNameFromSnapshot(e.objectType, e.objectId, e.before, e.after);
  }

  @FieldResolver(() => String, { nullable: true, description: '操作人（姓名和登录名）' })
  userName(@Root() e: Named): string | null {
    return e.userName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: '所属机关名称' })
  agencyName(@Root() e: Named): string | null {
    return e.agencyName ?? null;
  }
}
