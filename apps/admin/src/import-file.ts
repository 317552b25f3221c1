/**
 * Reading a catalogue text file in the browser for 导入目录: a .txt file in UTF-8 (the table copied out of
 * the PDF, tab-separated). Files saved as GBK by older Windows tools are refused with a hint rather than
 * imported as mojibake.
 */

/** The server refuses texts longer than this (characters). */
export const MAX_TEXT_CHARS = 2_000_000;
/** UTF-8 takes at most 4 bytes a character; anything bigger cannot be a text the server accepts. */
export const MAX_FILE_BYTES = MAX_TEXT_CHARS * 4;

export function isTxtFileName(name: string): boolean {
  return /\.txt$/iu.test(name.trim());
}

/** Why the file cannot be imported, before reading it; null when it looks fine. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!isTxtFileName(file.name)) return `「${file.name}」不是 .txt 文本文件。请从 PDF 中复制目录表格，另存为 UTF-8 编码的 .txt 文件。`;
  if (file.size === 0) return `「${file.name}」是空文件。`;
  if (file.size > MAX_FILE_BYTES) return `「${file.name}」过大（${formatBytes(file.size)}），不像是一份目录文本。`;
  return null;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a file's bytes as UTF-8 (a byte order mark is dropped); refuses other encodings. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: '文件不是 UTF-8 编码（可能是 GBK）。请用记事本等工具「另存为」UTF-8 编码后再导入。' };
  }
  if (text.includes('\u0000')) return { ok: false, message: '文件含有二进制内容，不是纯文本文件。' };
  if (text.trim() === '') return { ok: false, message: '文件中没有文字。' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, message: `文件过长（${text.length} 个字符，上限 ${MAX_TEXT_CHARS}）。` };
  return { ok: true, text };
}

/** 「12.3 KB」 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A 版本 label guess from a file name such as 「根河市司法局2025版.txt」; '' when there is none. */
export function versionFromFileName(name: string): string {
  const m = /(\d{4})\s*(?:年)?\s*版/u.exec(name);
  return m ? `${m[1]}版` : '';
}
