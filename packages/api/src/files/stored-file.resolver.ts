/**
 * Attachments of a 依申请公开 case (the reply letter, 答复书): list, upload (base64 at /graphql/upload, like every
 * file mutation — UPLOAD_OPERATIONS in domain upload-limits.ts), delete. Download is GET /files/<id> (apps/server).
 * Access: policy.ts; each resolver calls one service function (stored-file.service.ts) and returns.
 */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import * as files from './stored-file.service.js';
import { StoredFileType } from './stored-file.type.js';

@Resolver()
export class StoredFileResolver {
  @Query(() => [StoredFileType], { description: '一件申请的附件（答复书等）；只有本机关的部门用户可以查看' })
  async applicationFiles(@Ctx() ctx: Context, @Arg('caseId', () => ID) caseId: string): Promise<StoredFileType[]> {
    return files.applicationFiles(ctx, caseId);
  }

  @Mutation(() => StoredFileType, {
    description: '为一件申请上传答复书等附件（PDF、OFD、Word、PNG、JPEG，不超过 10 MB；按内容识别类型）',
  })
  async attachApplicationFile(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
  ): Promise<StoredFileType> {
    return files.attachApplicationFile(ctx, caseId, fileName, contentBase64);
  }

  @Mutation(() => Boolean, { description: '删除一件申请的一个附件' })
  async deleteApplicationFile(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('fileId', () => ID) fileId: string,
  ): Promise<boolean> {
    return files.deleteApplicationFile(ctx, caseId, fileId);
  }
}
