/**
 * The check the admin makes before reading a record's attachment — the server's own rules from the domain (the number
 * of files per record, the stored-file size), so a refusal comes at once, in the same Chinese words; type and content
 * are checked after reading by the shared flow (composables/useStoredFileUpload.ts).
 */
import { MAX_RECORD_FILES, storedFileSizeProblem } from '@gongkai/domain';

/** Why a file cannot be attached before reading it (count, size), or null. */
export function recordFileRefusalBeforeReading(fileName: string, size: number, existing: number): string | null {
  if (existing >= MAX_RECORD_FILES) return `每条公开记录最多 ${MAX_RECORD_FILES} 个附件：请先删除不需要的附件`;
  return storedFileSizeProblem(fileName, size);
}
