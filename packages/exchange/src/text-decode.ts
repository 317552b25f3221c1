/**
 * Bytes of an uploaded text file (CSV, a saved web page, copied text) as a string.
 *
 * Departments' files come from Windows machines as often as not: UTF-8 with or without a BOM, UTF-16 (Excel's
 * 「Unicode 文本」), and GBK/GB2312/GB18030 (Excel's default 「CSV（逗号分隔）」 on a Chinese Windows, older CMS
 * pages). Node's TextDecoder knows gb18030 (it is built with full ICU; the WHATWG labels gbk and gb2312 name the same
 * decoder, which reads GBK and GB2312 as the subsets of GB18030 they are), so no decoding package is needed.
 *
 * Order: a BOM decides; otherwise an HTML `<meta charset>` (or `http-equiv` Content-Type) naming a GB encoding
 * decides; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030.
 */

const GB_LABEL = /^(?:gbk|gb2312|gb_2312(?:-80)?|gb18030|x-gbk|cp936|csgb2312|chinese|iso-ir-58|windows-936|ms936)$/iu;

/** The charset an HTML page declares in its first bytes, lower-cased, or null. */
export function declaredCharset(data: Uint8Array): string | null {
  // The meta element must be within the first 1024 bytes (HTML spec); look a little further for sloppy pages.
  const head = new TextDecoder('latin1').decode(data.subarray(0, 4096));
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function hasBom(data: Uint8Array, ...bytes: number[]): boolean {
  return data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
}

export function decodeText(data: Uint8Array): string {
  if (hasBom(data, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (hasBom(data, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (hasBom(data, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const declared = declaredCharset(data);
  if (declared !== null && GB_LABEL.test(declared)) return new TextDecoder('gb18030').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Not UTF-8: the other encoding Chinese files come in. GB18030 maps every byte sequence that GBK can hold; a
    // byte it cannot read becomes U+FFFD, which the importers report.
    return new TextDecoder('gb18030').decode(data);
  }
}
