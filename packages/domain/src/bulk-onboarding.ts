/**
 * Limits of a batch the office onboards at once (issue 12 item 5): many files, or one .zip of them. The admin
 * expands a .zip in the browser and the CLI on disk; both check its central directory against these limits before
 * inflating a byte (a "zip bomb" is refused from the sizes it declares), and each file then goes to the server on its
 * own, within the one-file limit {@link MAX_UPLOAD_BYTES}.
 */
import { MAX_UPLOAD_BYTES, formatFileSize } from './upload-limits.js';

export const BULK_IMPORT_LIMITS = {
  /** Files in one batch (a .zip's entries, directories not counted). */
  maxFiles: 200,
  /** One file, uncompressed. */
  maxFileBytes: MAX_UPLOAD_BYTES,
  /** All files of a batch together, uncompressed. */
  maxTotalBytes: 100 * 1024 * 1024,
} as const;

/** One entry of a .zip's central directory, as declared (nothing inflated yet). */
export interface ZipDirectoryEntry {
  name: string;
  /** Declared uncompressed size. */
  originalSize: number;
}

/** Entries that are not files of the batch: directories, macOS resource forks, hidden files. */
export function isBatchFileEntry(name: string): boolean {
  if (name.endsWith('/')) return false;
  const parts = name.split('/');
  return !parts.some((p) => p === '__MACOSX' || p.startsWith('.'));
}

/** The file name of an entry (without its folders): 「目录/附件1：民政局.docx」 → 「附件1：民政局.docx」. */
export function batchEntryFileName(name: string): string {
  return name.split('/').pop() ?? name;
}

/**
 * What is wrong with a batch (a .zip's declared entries, or the files chosen), in Chinese naming the archive and
 * the limit; null when it may be expanded. Checked before inflating anything.
 */
export function batchProblem(archiveName: string, entries: readonly ZipDirectoryEntry[]): string | null {
  const files = entries.filter((e) => isBatchFileEntry(e.name));
  if (files.length === 0) return `「${archiveName}」中没有文件`;
  if (files.length > BULK_IMPORT_LIMITS.maxFiles)
    return `「${archiveName}」有 ${files.length} 个文件，一次最多 ${BULK_IMPORT_LIMITS.maxFiles} 个：请分批导入`;
  const big = files.find((e) => !(e.originalSize >= 0) || e.originalSize > BULK_IMPORT_LIMITS.maxFileBytes);
  if (big)
    return `「${archiveName}」中的「${batchEntryFileName(big.name)}」解压后 ${formatFileSize(big.originalSize)}，超过单个文件上限 ${formatFileSize(BULK_IMPORT_LIMITS.maxFileBytes)}：已拒绝，未解压`;
  const total = files.reduce((s, e) => s + e.originalSize, 0);
  if (total > BULK_IMPORT_LIMITS.maxTotalBytes)
    return `「${archiveName}」解压后共 ${formatFileSize(total)}，超过上限 ${formatFileSize(BULK_IMPORT_LIMITS.maxTotalBytes)}：已拒绝，未解压`;
  return null;
}
