/**
 * Files sent to the server (catalogues, published reports, a batch for onboarding) travel base64 inside a GraphQL
 * mutation. Ordinary GraphQL requests are held to a 3 MB body; the operations named here go to `/graphql/upload`
 * instead, where the body may hold one file of up to {@link MAX_UPLOAD_BYTES} and nothing but these mutations is
 * accepted. The admin's client routes them there by name, and checks a file's size before it reads it.
 */

import { fileExtension } from './catalogue-file-kinds.js';

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
  'attachApplicationFile',
  'attachRecordFile',
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

// ---- stored files (attachments: the reply letter of a 依申请公开 case) ----

/** Largest attachment kept (a scanned reply letter of a few pages is 1–3 MB). */
export const MAX_STORED_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The kinds of attachment kept, each known by its first bytes (the name's extension must agree with them; the media
 * type stored is the one the content shows, never the one a browser claims). OFD is China's fixed-layout format
 * (GB/T 33190) in which many organs issue letters.
 */
export const STORED_FILE_TYPES = [
  { key: 'pdf', label: 'PDF', mediaType: 'application/pdf', extensions: ['pdf'] },
  { key: 'ofd', label: 'OFD', mediaType: 'application/ofd', extensions: ['ofd'] },
  {
    key: 'docx',
    label: 'Word',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  { key: 'doc', label: 'Word 97-2003', mediaType: 'application/msword', extensions: ['doc'] },
  { key: 'png', label: 'PNG 图片', mediaType: 'image/png', extensions: ['png'] },
  { key: 'jpeg', label: 'JPEG 图片', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
] as const;
export type StoredFileType = (typeof STORED_FILE_TYPES)[number];

/** For a file input's `accept`. */
export const STORED_FILE_ACCEPT = STORED_FILE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

function containsAscii(b: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = b.indexOf(first); i !== -1 && i + text.length <= b.length; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (b[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** What the content is, by its magic bytes (a zip is Word only with a word/ part, OFD only with OFD.xml), or null. */
export function sniffStoredFile(bytes: Uint8Array): StoredFileType | null {
  const type = (key: StoredFileType['key']): StoredFileType => STORED_FILE_TYPES.find((t) => t.key === key)!;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return type('pdf'); // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return type('png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return type('jpeg');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return type('doc'); // OLE2 compound file
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, 'word/document')) return type('docx');
    if (containsAscii(bytes, 'OFD.xml')) return type('ofd');
  }
  return null;
}

/** Why a stored file of `size` bytes is refused for its size (checked before its content is read), or null. */
export function storedFileSizeProblem(fileName: string, size: number): string | null {
  return size > MAX_STORED_FILE_BYTES
    ? `「${fileName}」过大（${formatFileSize(size)}，附件上限 ${formatFileSize(MAX_STORED_FILE_BYTES)}）`
    : null;
}

/** Why an attachment cannot be kept (name, size, content), or null; `type` is what the content was found to be. */
export function storedFileProblem(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; type: StoredFileType } | { ok: false; field: 'fileName' | 'contentBase64'; message: string } {
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) return { ok: false, field: 'fileName', message: nameProblem };
  const kinds = STORED_FILE_TYPES.map((t) => t.label).join('、');
  const ext = fileExtension(fileName);
  const declared = STORED_FILE_TYPES.find((t) => (t.extensions as readonly string[]).includes(ext));
  if (!declared)
    return {
      ok: false,
      field: 'fileName',
      message: `「${fileName}」：只能上传 ${kinds} 文件（扩展名 ${STORED_FILE_ACCEPT.replaceAll(',', ' ')}）`,
    };
  if (bytes.length === 0) return { ok: false, field: 'contentBase64', message: `「${fileName}」是空文件` };
  const tooBig = storedFileSizeProblem(fileName, bytes.length);
  if (tooBig) return { ok: false, field: 'contentBase64', message: tooBig };
  const found = sniffStoredFile(bytes);
  if (!found || found.key !== declared.key)
    return {
      ok: false,
      field: 'contentBase64',
      message: `「${fileName}」的内容不是 ${declared.label} 文件${found ? `（看起来是 ${found.label} 文件，请改正扩展名）` : '（文件可能已损坏或类型不符）'}`,
    };
  return { ok: true, type: found };
}
