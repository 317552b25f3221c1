/**
 * What to tell a user whose .docx/.xlsx could not be unpacked. Such a file is a zip archive; when the bytes start like
 * one (a local file header, 「PK\x03\x04」) but the archive cannot be read — most often its end (the central directory)
 * is missing because the upload or download was cut off — the message says the file is incomplete or damaged rather
 * than passing on the zip library's English error.
 */
import type { ZipFormatError } from './zip-limits.js';

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const END_RECORD = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Whether the archive's end-of-central-directory record is in its last 64 KB (where a complete zip has it). */
export function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (
      bytes[i] === END_RECORD[0] &&
      bytes[i + 1] === END_RECORD[1] &&
      bytes[i + 2] === END_RECORD[2] &&
      bytes[i + 3] === END_RECORD[3]
    )
      return true;
  }
  return false;
}

/**
 * The message for a zip that cannot be read: 「不是有效的 xlsx 文件：文件不完整或已损坏（…截断）…」 for an archive that
 * starts as one, else 「不是有效的 xlsx 文件（reason）」 as before.
 */
export function zipFailureMessage(ext: 'docx' | 'xlsx', bytes: Uint8Array, error: ZipFormatError): string {
  const app = ext === 'docx' ? 'Word' : 'Excel';
  if (startsWith(bytes, LOCAL_HEADER)) {
    const cut = !hasZipEnd(bytes);
    return cut
      ? `不是有效的 ${ext} 文件：文件不完整（压缩包的结尾缺失，文件可能在下载、复制或上传时被截断，现有 ${bytes.length} 字节）：请重新下载，或在 ${app} 中打开后重新保存再导入`
      : `不是有效的 ${ext} 文件：文件已损坏（压缩包内容无法读取：${error.message}）：请在 ${app} 中打开后重新保存再导入`;
  }
  return `不是有效的 ${ext} 文件（${error.message}）`;
}
