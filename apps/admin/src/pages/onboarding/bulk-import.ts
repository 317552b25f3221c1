/**
 * 批量导入目录 — the rows of the batch table and what can be said of them, without Vue (tested in
 * bulk-import.test.ts). The page (BulkImportPage.vue) and its state (useBulkImport.ts) build on this.
 *
 * A .zip is expanded here, in the browser, with fflate: its central directory is read first (fflate's `filter` sees
 * every entry's declared `originalSize` before anything is inflated) and checked against the batch limits of
 * packages/domain (bulk-onboarding.ts, the CLI uses the same); only then are the entries inflated, each into a buffer
 * of its declared size. Each file then travels to the server on its own (matchCatalogueFile, onboardCatalogueFile),
 * within the server's one-file limit, so the server never unpacks a batch.
 */
import { unzipSync } from 'fflate';
import {
  AGENCY_MATCH_CONFIDENCE_LABELS,
  BULK_IMPORT_LIMITS,
  batchEntryFileName,
  batchProblem,
  formatFileSize,
  isBatchFileEntry,
  uploadTooLargeMessage,
  type AgencyMatchConfidence,
  type ZipDirectoryEntry,
} from '@gongkai/domain';
import { unreadCatalogueFileMessage } from '@gongkai/domain';

export interface Principal {
  roles: readonly string[];
  mustChangePassword?: boolean | null;
}

/** 批量导入目录 is the office's (and the platform administrator's). */
export function canBulkImport(p: Principal | null | undefined): boolean {
  return !!p && !p.mustChangePassword && p.roles.some((r) => r === 'PLATFORM_ADMIN' || r === 'CITY_REVIEWER');
}

export interface BatchFile {
  /** Where it came from: 「附件1.docx」, or 「目录.zip › 附件1.docx」. */
  label: string;
  fileName: string;
  data: Uint8Array;
}

export type RowStatus = 'waiting' | 'reading' | 'unreadable' | 'ready' | 'importing' | 'done' | 'failed';

export const ROW_STATUS_LABELS: Record<RowStatus, string> = {
  waiting: '等待读取',
  reading: '读取中',
  unreadable: '无法读取',
  ready: '待导入',
  importing: '导入中',
  done: '成功',
  failed: '失败',
};

export const ROW_STATUS_TAGS: Record<RowStatus, 'info' | 'primary' | 'success' | 'warning' | 'danger'> = {
  waiting: 'info',
  reading: 'primary',
  unreadable: 'danger',
  ready: 'info',
  importing: 'primary',
  done: 'success',
  failed: 'danger',
};

export const CONFIDENCE_TAGS: Record<AgencyMatchConfidence, 'success' | 'primary' | 'warning' | 'danger'> = {
  high: 'success',
  medium: 'primary',
  low: 'warning',
  none: 'danger',
};
export { AGENCY_MATCH_CONFIDENCE_LABELS };

export interface Suggestion {
  code: string;
  name: string;
  reason: string;
}

export interface BatchRow {
  id: number;
  label: string;
  fileName: string;
  size: number;
  data: Uint8Array;
  status: RowStatus;
  title: string | null;
  rowCount: number;
  findingCount: number;
  warningCount: number;
  suggestion: Suggestion | null;
  candidates: string[];
  confidence: AgencyMatchConfidence;
  note: string | null;
  /** The department chosen (the suggestion, or the person's choice); null when none yet. */
  agencyCode: string | null;
  /** The person chose or confirmed the department: the server then imports a file naming another agency. */
  confirmed: boolean;
  /** The error (unreadable, failed) in Chinese. */
  message: string | null;
  /** The server refused because the file names another agency: a confirmation imports it. */
  needsConfirmation: boolean;
  catalogueId: string | null;
}

export function newRow(id: number, file: BatchFile): BatchRow {
  return {
    id,
    label: file.label,
    fileName: file.fileName,
    size: file.data.byteLength,
    data: file.data,
    status: 'waiting',
    title: null,
    rowCount: 0,
    findingCount: 0,
    warningCount: 0,
    suggestion: null,
    candidates: [],
    confidence: 'none',
    note: null,
    agencyCode: null,
    confirmed: false,
    message: null,
    needsConfirmation: false,
    catalogueId: null,
  };
}

/** Why a file is not sent at all (kind, size), or null. */
export function batchFileProblem(file: { fileName: string; size: number }): string | null {
  const unread = unreadCatalogueFileMessage(file.fileName);
  if (unread) return unread;
  if (file.size === 0) return `「${file.fileName}」是空文件。`;
  if (file.size > BULK_IMPORT_LIMITS.maxFileBytes) return uploadTooLargeMessage(file.fileName, file.size);
  return null;
}

/**
 * Entry names as the archive wrote them. fflate reads names without the UTF-8 flag as Latin-1; Chinese Windows
 * writes them in GBK, so such a name is decoded again (UTF-8 when it is valid UTF-8, else GB18030).
 */
export function entryName(name: string): string {
  if (![...name].some((c) => c.charCodeAt(0) >= 0x80) || [...name].some((c) => c.charCodeAt(0) > 0xff)) return name;
  const bytes = Uint8Array.from([...name].map((c) => c.charCodeAt(0)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return name;
    }
  }
}

export const isZipName = (name: string): boolean => /\.zip$/iu.test(name);

/**
 * The files of a .zip, or the reason it is refused — checked from its central directory before anything is
 * inflated (a zip bomb declares its size there; an entry that lies about its size is cut at what it declared).
 */
export function expandZip(archiveName: string, data: Uint8Array): { files: BatchFile[] } | { error: string } {
  if (data.byteLength > BULK_IMPORT_LIMITS.maxTotalBytes) {
    return {
      error: `「${archiveName}」过大（${formatFileSize(data.byteLength)}，上限 ${formatFileSize(BULK_IMPORT_LIMITS.maxTotalBytes)}）`,
    };
  }
  const listed: ZipDirectoryEntry[] = [];
  try {
    unzipSync(data, {
      filter: (f) => {
        listed.push({ name: entryName(f.name), originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    return { error: `「${archiveName}」不是有效的 .zip 压缩包（${(e as Error).message}）` };
  }
  const problem = batchProblem(archiveName, listed);
  if (problem) return { error: problem };
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(data, { filter: (f) => isBatchFileEntry(entryName(f.name)) });
  } catch (e) {
    return { error: `「${archiveName}」解压失败（${(e as Error).message}）` };
  }
  const files = Object.entries(unpacked).map(([raw, bytes]) => {
    const name = entryName(raw);
    return { label: `${archiveName} › ${name}`, fileName: batchEntryFileName(name), data: bytes };
  });
  return { files };
}

export { bytesToBase64 as toBase64 } from '../../base64';

/** The rows 全部导入 imports: read, with a department, not yet imported. */
export function importable(rows: readonly BatchRow[]): BatchRow[] {
  return rows.filter(
    (r) =>
      (r.status === 'ready' || (r.status === 'failed' && !r.needsConfirmation && r.catalogueId === null)) &&
      r.agencyCode !== null,
  );
}

export interface BatchProgress {
  total: number;
  finished: number;
  percent: number;
  text: string;
}

/** Progress of reading or importing: how many of the rows it concerns are finished. */
export function progressOf(rows: readonly BatchRow[], phase: 'reading' | 'importing'): BatchProgress {
  const concerned =
    phase === 'reading'
      ? rows
      : rows.filter(
          (r) => r.status === 'importing' || r.status === 'done' || r.status === 'failed' || r.status === 'ready',
        );
  const finished =
    phase === 'reading'
      ? rows.filter((r) => r.status !== 'waiting' && r.status !== 'reading').length
      : rows.filter((r) => r.status === 'done' || r.status === 'failed').length;
  const total = concerned.length;
  const percent = total === 0 ? 0 : Math.round((finished / total) * 100);
  const verb = phase === 'reading' ? '已读取' : '已处理';
  return { total, finished, percent, text: `${verb} ${finished} / ${total}` };
}

/** 成功 n 个，失败 m 个 … after an import run. */
export function resultSummary(rows: readonly BatchRow[]): string {
  const done = rows.filter((r) => r.status === 'done').length;
  const failed = rows.filter((r) => r.status === 'failed').length;
  const unreadable = rows.filter((r) => r.status === 'unreadable').length;
  const waiting = rows.filter((r) => r.status === 'ready').length;
  return [
    `成功 ${done} 个`,
    failed > 0 ? `失败 ${failed} 个` : '',
    unreadable > 0 ? `无法读取 ${unreadable} 个` : '',
    waiting > 0 ? `待导入 ${waiting} 个` : '',
  ]
    .filter(Boolean)
    .join('，');
}

/**
 * The person picked a department. Picking is not confirming: when the file names another department the server
 * refuses (AGENCY_MISMATCH) and the row asks for an explicit confirmation, so a slip in the select cannot put one
 * department's catalogue under another.
 */
export function choose(row: BatchRow, code: string | null): void {
  row.agencyCode = code;
  row.confirmed = false;
  if (row.status === 'failed' && row.needsConfirmation) {
    row.status = 'ready';
    row.needsConfirmation = false;
    row.message = null;
  }
}
