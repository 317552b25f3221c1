/**
 * Attachments of 主动公开 records (issue 16): the published document itself, its annexes — stored files
 * (`stored_file`, owner kind 'publicationRecord'), kept in the database beside the record. Listed by whoever may read
 * the record (anonymous visitors: published records only), attached and deleted by the department's writers
 * (policy.ts). The decoding, size, accepted types and content sniffing are the stored files' (files/stored-file.service
 * and domain upload-limits.ts); row-level security (Migration20261203050000RecordFiles) follows the owning record.
 * Download: GET /files/<id>.
 */
import { createHash } from 'node:crypto';
import { MAX_RECORD_FILES, storedFileProblem } from '@gongkai/domain';
import { PublicationRecord, StoredFile } from '@gongkai/db';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { decodeFileContent, storedFileView } from '../files/stored-file.service.js';
import type { StoredFileType } from '../files/stored-file.type.js';

const OWNER = 'publicationRecord' as const;

/** The record, when visible to the principal (row-level security decides). */
async function visibleRecord(ctx: Context, recordId: string): Promise<PublicationRecord> {
  assertId(recordId, 'recordId');
  const r = await ctx.em.findOne(PublicationRecord, recordId);
  if (!r) throw notFound(`未找到 id 为「${recordId}」的公开记录`, { field: 'recordId' });
  return r;
}

const fileFacts = (recordId: string, f: StoredFile) => ({
  recordId,
  fileName: f.fileName,
  mediaType: f.mediaType,
  size: f.size,
  sha256: f.sha256,
});

/** A record's files, oldest first. */
export async function recordFiles(ctx: Context, recordId: string): Promise<StoredFileType[]> {
  const r = await visibleRecord(ctx, recordId);
  const files = await ctx.em.find(
    StoredFile,
    { ownerKind: OWNER, ownerId: r.id },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return files.map(storedFileView);
}

export async function attachRecordFile(
  ctx: Context,
  recordId: string,
  fileName: string,
  contentBase64: string,
): Promise<StoredFileType> {
  const r = await visibleRecord(ctx, recordId);
  const name = fileName.trim();
  const bytes = decodeFileContent(name, contentBase64);
  const checked = storedFileProblem(name, bytes);
  if (!checked.ok) throw badUserInput(checked.message, { field: checked.field });
  const existing = await ctx.em.count(StoredFile, { ownerKind: OWNER, ownerId: r.id });
  if (existing >= MAX_RECORD_FILES)
    throw badUserInput(`每条公开记录最多 ${MAX_RECORD_FILES} 个附件：请先删除不需要的附件`, { field: 'recordId' });
  const f = ctx.em.create(StoredFile, {
    agency: r.agency,
    ownerKind: OWNER,
    ownerId: r.id,
    fileName: name,
    mediaType: checked.type.mediaType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    createdBy: ctx.principal.kind === 'user' ? ctx.principal.login : null,
  });
  await ctx.em.flush();
  // The audit log names the file, never its content.
  ctx.audit.push({
    operation: 'attachRecordFile',
    objectType: 'StoredFile',
    objectId: f.id,
    agencyId: r.agency.id,
    after: fileFacts(r.id, f),
  });
  return storedFileView(f);
}

export async function deleteRecordFile(ctx: Context, recordId: string, fileId: string): Promise<boolean> {
  const r = await visibleRecord(ctx, recordId);
  assertId(fileId, 'fileId');
  const f = await ctx.em.findOne(StoredFile, { id: fileId, ownerKind: OWNER, ownerId: r.id });
  if (!f) throw notFound(`这条公开记录没有 id 为「${fileId}」的附件`, { field: 'fileId' });
  const before = fileFacts(r.id, f);
  ctx.em.remove(f);
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'deleteRecordFile',
    objectType: 'StoredFile',
    objectId: fileId,
    agencyId: r.agency.id,
    before,
  });
  return true;
}
