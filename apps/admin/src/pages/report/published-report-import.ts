/**
 * Importing published annual reports (PDF, Word, web page, text) as historical reports recorded as printed: the
 * per-file state of the dialog (ImportPublishedReportDialog.vue) and the small rules it follows. The server reads the
 * file (packages/exchange report-read.ts → domain report-text-read.ts) and decides; this only shows.
 * Each file is one request (one transaction): first read (dryRun) to show the year, the findings and the rule
 * failures, then recorded; a file the server asks to confirm (another agency's title, replacing an earlier import)
 * waits for the user's tick.
 */
import {
  MAX_UPLOAD_BYTES,
  REPORT_FILE_EXTENSIONS,
  isReportFileName,
  reportFileKindMessage,
  uploadTooLargeMessage,
} from '@gongkai/domain';
import { hasRole, type Principal } from '../../roles';

/**
 * May import published reports for the agency (shown only; the server decides — policy.ts importPublishedReport):
 * the agency's own editors and approvers, the office for the departments it oversees, the platform administrator.
 */
export function canImportPublished(p: Principal | null | undefined, agencyId: string): boolean {
  if (!p || p.disabled || p.mustChangePassword) return false;
  return (
    hasRole(p, 'PLATFORM_ADMIN', 'CITY_REVIEWER') ||
    (hasRole(p, 'DEPT_EDITOR', 'DEPT_APPROVER') && p.agency?.id === agencyId)
  );
}

/** File kinds the reader takes (packages/exchange reportFileKind). */

export const PUBLISHED_REPORT_ACCEPT =
  REPORT_FILE_EXTENSIONS.map((e) => `.${e}`).join(',') +
  ',application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain';
/** The server's limit (one limit, in the domain: upload-limits.ts). */
export const MAX_PUBLISHED_REPORT_BYTES = MAX_UPLOAD_BYTES;

export type FindingLevel = 'info' | 'warning' | 'error';
export interface ReadFinding {
  level: string;
  code: string;
  message: string;
  cell?: string | null;
}

export type FileStage = 'waiting' | 'reading' | 'read' | 'saving' | 'saved' | 'failed' | 'skipped';
export type Confirmation = 'confirmAgency' | 'confirmReplace';

export interface FileRow {
  key: string;
  name: string;
  size: number;
  stage: FileStage;
  year: number | null;
  format: string | null;
  title: string | null;
  cellsRead: number;
  cellsTotal: number;
  findings: ReadFinding[];
  ruleErrors: number;
  ruleWarnings: number;
  message: string | null;
  /** What the server asks the user to confirm before recording. */
  needs: Confirmation | null;
  confirmed: boolean;
  /** Confirmations the user gave before the server asked for another one (a file may need both). */
  given: Confirmation[];
  replaced: boolean;
}

export const STAGE_LABELS: Record<FileStage, string> = {
  waiting: '待读取',
  reading: '读取中',
  read: '已读取',
  saving: '录入中',
  saved: '已录入',
  failed: '失败',
  skipped: '不支持',
};
export const STAGE_TAGS: Record<FileStage, 'info' | 'primary' | 'success' | 'warning' | 'danger'> = {
  waiting: 'info',
  reading: 'primary',
  read: 'primary',
  saving: 'primary',
  saved: 'success',
  failed: 'danger',
  skipped: 'warning',
};
export const LEVEL_LABELS: Record<string, string> = { info: '说明', warning: '注意', error: '问题' };
export const LEVEL_TAGS: Record<string, 'info' | 'warning' | 'danger'> = {
  info: 'info',
  warning: 'warning',
  error: 'danger',
};
export const CONFIRM_LABELS: Record<Confirmation, string> = {
  confirmAgency: '标题中的机关与所选机关不同，仍然录入',
  confirmReplace: '替换此前按原文录入的同年报告',
};

/** Why a picked file cannot be sent, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!isReportFileName(file.name)) return reportFileKindMessage(file.name);
  if (file.size === 0) return '空文件';
  if (file.size > MAX_PUBLISHED_REPORT_BYTES) return uploadTooLargeMessage(file.name, file.size);
  return null;
}

/** Rows for picked files (a folder's files in name order; hidden files such as .DS_Store left out). */
export function rowsFor(files: ReadonlyArray<{ name: string; size: number; webkitRelativePath?: string }>): FileRow[] {
  return [...files]
    .filter((f) => !f.name.startsWith('.') && !f.name.startsWith('~$'))
    .sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name, 'zh-CN'))
    .map((f, i) => {
      const problem = fileProblem(f);
      return {
        key: `${i}:${f.webkitRelativePath || f.name}`,
        name: f.name,
        size: f.size,
        stage: problem ? 'skipped' : 'waiting',
        year: null,
        format: null,
        title: null,
        cellsRead: 0,
        cellsTotal: 0,
        findings: [],
        ruleErrors: 0,
        ruleWarnings: 0,
        message: problem,
        needs: null,
        confirmed: false,
        given: [],
        replaced: false,
      };
    });
}

export { bytesToBase64 } from '../../base64';

interface ImportResult {
  year: number;
  format: string;
  title?: string | null;
  cellsRead: number;
  cellsTotal: number;
  replaced: boolean;
  findings: ReadFinding[];
  ruleResults: Array<{ severity: string }>;
}

/** A row after the server read (or recorded) its file. */
export function withResult(row: FileRow, r: ImportResult, stage: 'read' | 'saved'): FileRow {
  return {
    ...row,
    stage,
    year: r.year,
    format: r.format,
    title: r.title ?? null,
    cellsRead: r.cellsRead,
    cellsTotal: r.cellsTotal,
    findings: r.findings,
    ruleErrors: r.ruleResults.filter((x) => x.severity === 'error').length,
    ruleWarnings: r.ruleResults.filter((x) => x.severity === 'warning').length,
    replaced: r.replaced,
    message: null,
    needs: r.replaced && !row.confirmed && stage === 'read' ? 'confirmReplace' : row.needs,
  };
}

interface GqlErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** A row after the server refused its file: the message, and what to confirm when the refusal asks for it. */
export function withError(row: FileRow, errors: readonly GqlErrorLike[], fallback: string): FileRow {
  const e = errors[0];
  const field = e?.extensions?.['field'];
  const needs: Confirmation | null = field === 'confirmAgency' || field === 'confirmReplace' ? field : null;
  if (!needs) return { ...row, stage: 'failed', message: e?.message ?? fallback };
  // Another confirmation asked for: the one given stays given, the new one starts unticked.
  const given = row.needs && row.confirmed && row.needs !== needs ? [...new Set([...row.given, row.needs])] : row.given;
  return {
    ...row,
    stage: 'read',
    message: e?.message ?? fallback,
    needs,
    confirmed: needs === row.needs ? row.confirmed : false,
    given,
  };
}

/** The confirmation flags to send with a row's file: those given earlier and the one ticked now. */
export function confirmationsOf(row: Pick<FileRow, 'needs' | 'confirmed' | 'given'>): Record<Confirmation, boolean> {
  const has = (c: Confirmation): boolean => row.given.includes(c) || (row.needs === c && row.confirmed);
  return { confirmAgency: has('confirmAgency'), confirmReplace: has('confirmReplace') };
}

/** Whether a row may be recorded now: read, and confirmed where the server asks. */
export function readyToRecord(row: FileRow): boolean {
  return row.stage === 'read' && (row.needs === null || row.confirmed);
}

export function cellsText(row: FileRow): string {
  return row.cellsTotal ? `${row.cellsRead} / ${row.cellsTotal}` : '—';
}

export function formatLabel(format: string | null): string {
  return format === '2021' ? '2021 年格式' : format === '2019' ? '2019 年试行格式' : '—';
}

export function summary(rows: readonly FileRow[]): string {
  const n = (s: FileStage) => rows.filter((r) => r.stage === s).length;
  const parts = [`共 ${rows.length} 个文件`];
  if (n('read')) parts.push(`已读取待录入 ${n('read')} 个`);
  if (n('saved')) parts.push(`已录入 ${n('saved')} 个`);
  if (n('failed')) parts.push(`失败 ${n('failed')} 个`);
  if (n('skipped')) parts.push(`不支持 ${n('skipped')} 个`);
  return parts.join('，');
}
