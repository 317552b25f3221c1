/**
 * The checks the admin makes before uploading a record's attachment — the server's own rules from the domain (the
 * number of files per record, the stored-file size, then type by extension and by content), so a refusal comes at
 * once, in the same Chinese words, without sending megabytes for nothing.
 */
import { MAX_RECORD_FILES, MAX_STORED_FILE_BYTES, formatFileSize, storedFileProblem } from '@gongkai/domain';

/** Why a file cannot be attached before reading it (count, size), or null. */
export function recordFileRefusalBeforeReading(fileName: string, size: number, existing: number): string | null {
  if (existing >= MAX_RECORD_FILES) return `每条公开记录最多 ${MAX_RECORD_FILES} 个附件：请先删除不需要的附件`;
  if (size > MAX_STORED_FILE_BYTES)
    return `「${fileName}」过大（${formatFileSize(size)}，附件上限 ${formatFileSize(MAX_STORED_FILE_BYTES)}）`;
  return null;
}

/** Why the read content cannot be attached (name, type, emptiness, disguise), or null. */
export function recordFileRefusal(fileName: string, bytes: Uint8Array): string | null {
  const checked = storedFileProblem(fileName, bytes);
  return checked.ok ? null : checked.message;
}
