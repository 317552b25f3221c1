/**
 * Stored files (issue 15): the reply letter (答复书) of a 依申请公开 case — attached at the case's 答复 step, listed,
 * deleted and downloaded. A reply letter names the applicant, so like the applicant's own row it is the agency's
 * alone: these operations are for the agency's own department users (policy.ts), the service refuses anyone else
 * with a Chinese FORBIDDEN, and row-level security (Migration20261203020000StoredFiles, `gongkai.personal`) keeps the
 * rows from every other scope whatever the query. The size, the accepted types and the content sniffing are the
 * domain's (upload-limits.ts); the media type kept is the one the content shows.
 */
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { STORED_FILE_TYPES, storedFileProblem, MAX_STORED_FILE_BYTES, formatFileSize } from '@gongkai/domain';
import { ApplicationCase, StoredFile } from '@gongkai/db';
import type { Context } from '../context.js';
import { createContext } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { scopeOf, applyScope } from '../scope.js';
import type { CatalogueDownload } from '../catalogue/catalogue-files.js';
import type { StoredFileType } from './stored-file.type.js';

/** Most attachments per case (a reply letter, its annexes, a delivery receipt). */
export const MAX_FILES_PER_CASE = 10;

const login = (ctx: Context): string | null => (ctx.principal.kind === 'user' ? ctx.principal.login : null);

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}

/** The download address of a stored file. */
export const storedFileUrl = (id: string): string => `/files/${id}`;

/** The GraphQL view of a stored file (also a 主动公开 record's attachments, records/record-attachments.ts). */
export function storedFileView(f: StoredFile): StoredFileType {
  return {
    id: f.id,
    fileName: f.fileName,
    mediaType: f.mediaType,
    typeLabel: STORED_FILE_TYPES.find((t) => t.mediaType === f.mediaType)?.label ?? f.mediaType,
    size: f.size,
    sha256: f.sha256,
    createdAt: f.createdAt,
    createdBy: f.createdBy ?? null,
    downloadUrl: storedFileUrl(f.id),
  };
}

/** The case, when the user works inside its agency (the only ones who may see its reply letters). */
async function ownCase(ctx: Context, caseId: string): Promise<ApplicationCase> {
  assertId(caseId, 'caseId');
  const c = await ctx.em.findOne(ApplicationCase, caseId);
  if (!c) throw notFound(`未找到 id 为「${caseId}」的依申请公开登记`, { field: 'caseId' });
  if (!(scopeOf(ctx.principal).personal ?? []).includes(c.agency.id))
    throw forbidden('答复书等附件含申请人的个人信息，只有本机关的部门用户可以查看和上传');
  return c;
}

/** Decoded base64 with the file's name in every refusal (size estimated before any bytes are allocated). */
export function decodeFileContent(fileName: string, contentBase64: string): Buffer {
  if (!/^[A-Za-z0-9+/=\s]*$/u.test(contentBase64))
    throw badUserInput(`「${fileName}」的内容不是 base64 编码`, { field: 'contentBase64' });
  const estimate = Math.floor((contentBase64.replace(/\s/gu, '').length * 3) / 4);
  if (estimate > MAX_STORED_FILE_BYTES + 2)
    throw badUserInput(
      `「${fileName}」过大（${formatFileSize(estimate)}，附件上限 ${formatFileSize(MAX_STORED_FILE_BYTES)}）`,
      { field: 'contentBase64' },
    );
  return Buffer.from(contentBase64, 'base64');
}

export async function applicationFiles(ctx: Context, caseId: string): Promise<StoredFileType[]> {
  const c = await ownCase(ctx, caseId);
  const files = await ctx.em.find(
    StoredFile,
    { ownerKind: 'applicationReply', ownerId: c.id },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return files.map(storedFileView);
}

export async function attachApplicationFile(
  ctx: Context,
  caseId: string,
  fileName: string,
  contentBase64: string,
): Promise<StoredFileType> {
  const c = await ownCase(ctx, caseId);
  const name = fileName.trim();
  const bytes = decodeFileContent(name, contentBase64);
  const checked = storedFileProblem(name, bytes);
  if (!checked.ok) throw badUserInput(checked.message, { field: checked.field });
  const existing = await ctx.em.count(StoredFile, { ownerKind: 'applicationReply', ownerId: c.id });
  if (existing >= MAX_FILES_PER_CASE)
    throw badUserInput(`每件申请最多 ${MAX_FILES_PER_CASE} 个附件：请先删除不需要的附件`, { field: 'caseId' });
  const f = ctx.em.create(StoredFile, {
    agency: c.agency,
    ownerKind: 'applicationReply',
    ownerId: c.id,
    fileName: name,
    mediaType: checked.type.mediaType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    createdBy: login(ctx),
  });
  await ctx.em.flush();
  // The audit log names the file, never its content.
  ctx.audit.push({
    operation: 'attachApplicationFile',
    objectType: 'StoredFile',
    objectId: f.id,
    agencyId: c.agency.id,
    after: { caseId: c.id, fileName: f.fileName, mediaType: f.mediaType, size: f.size, sha256: f.sha256 },
  });
  return storedFileView(f);
}

export async function deleteApplicationFile(ctx: Context, caseId: string, fileId: string): Promise<boolean> {
  const c = await ownCase(ctx, caseId);
  assertId(fileId, 'fileId');
  const f = await ctx.em.findOne(StoredFile, { id: fileId, ownerKind: 'applicationReply', ownerId: c.id });
  if (!f) throw notFound(`这件申请没有 id 为「${fileId}」的附件`, { field: 'fileId' });
  const before = { caseId: c.id, fileName: f.fileName, mediaType: f.mediaType, size: f.size, sha256: f.sha256 };
  ctx.em.remove(f);
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'deleteApplicationFile',
    objectType: 'StoredFile',
    objectId: fileId,
    agencyId: c.agency.id,
    before,
  });
  return true;
}

/**
 * GET /files/<id>: the file, under the principal's scope. A reply letter is for a signed-in user of its agency; a
 * 主动公开 record's attachment for whoever may read the record (anonymous visitors: published records only). Anyone
 * else — another department, the office, an administrator, an anonymous visitor — gets the same 404 as for an id that
 * does not exist (row-level security hides the row), so the answer does not tell whether a file exists.
 */
export async function downloadStoredFile(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  id: string,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  assertId(id, 'id');
  const file = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    return tx.findOne(StoredFile, id, { populate: ['bytes'] });
  });
  if (!file) throw notFound('附件不存在，或您无权下载（答复书只有所属机关的用户可以下载，未公开记录的附件需登录）');
  return { fileName: file.fileName, contentType: file.mediaType, body: Buffer.from(file.bytes) };
}
