/**
 * Files sent to the server (catalogues, published reports, a batch for onboarding) travel base64 inside a GraphQL
 * mutation. Ordinary GraphQL requests are held to a 3 MB body; the operations named here go to `/graphql/upload`
 * instead, where the body may hold one file of up to {@link MAX_UPLOAD_BYTES} and nothing but these mutations is
 * accepted. The admin's client routes them there by name, and checks a file's size before it reads it.
 */

/** Largest file the platform reads (a 40-page PDF catalogue is 1–5 MB; a scan is refused anyway). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Body limit of `/graphql/upload`: base64 is 4/3 of the file, plus the query and the other arguments. */
export const UPLOAD_BODY_BYTES = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 256 * 1024;

/** Root fields of the mutations that carry a file (only these are accepted at `/graphql/upload`). */
export const UPLOAD_OPERATIONS: readonly string[] = [
  'importCatalogue',
  'importCatalogueFile',
  'previewCatalogueFile',
  'matchCatalogueFile',
  'onboardCatalogueFile',
  'importPublishedReport',
  'importPublicationRecords',
  'importApplicationCases',
];

/** The path of the upload endpoint. */
export const UPLOAD_PATH = '/graphql/upload';

/** Bytes as a reader says them: 「1.5 MB」, 「320 KB」. */
export function formatFileSize(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The refusal of a file over the limit, naming it. */
export function uploadTooLargeMessage(fileName: string, size: number): string {
  return `「${fileName}」过大（${formatFileSize(size)}，上限 ${formatFileSize(MAX_UPLOAD_BYTES)}）：请拆分后再导入`;
}

/** Longest file name kept (stored as a catalogue's source and in the audit log, echoed in messages). */
export const MAX_FILE_NAME_LENGTH = 255;

/** Why a file name cannot be taken, or null. */
export function fileNameProblem(fileName: string): string | null {
  if (fileName.trim() === '' || fileName.length > MAX_FILE_NAME_LENGTH)
    return `文件名：应为 1 到 ${MAX_FILE_NAME_LENGTH} 个字符`;
  return null;
}
