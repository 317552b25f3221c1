/**
 * Unpacking a zip archive (an .xlsx is one) within limits, so that an upload of a few hundred KB cannot make the
 * server inflate gigabytes (a "zip bomb"). Two walls:
 *
 * 1. Before a byte is inflated, the central directory — every entry's name, compressed size and declared
 *    uncompressed size — is checked: the archive's size, the number of entries, each entry's declared size, their
 *    sum, and each large entry's compression ratio.
 * 2. While inflating, the bytes that actually come out are counted: an entry that yields more than it declared is
 *    stopped at once (declared sizes can lie), and so is an archive whose real total passes the limit.
 *
 * Library: yauzl (thejoshwolfe/yauzl, maintained since 2014, the unzipper under extract-zip and much of the npm
 * tooling). It reads the central directory first, so wall 1 needs no inflating, and with `validateEntrySizes` its
 * inflating stream (Node's native zlib) errors as soon as an entry passes its declared size — wall 2 without any
 * zip parsing of ours. The other candidate, fflate, has no such check: `unzipSync` inflates into a buffer of the
 * declared size and silently drops what does not fit (the CPU work of the whole bomb is still done), and its
 * streaming `Unzip` reads local headers only, finding the end of entries with data descriptors by scanning for
 * signatures. fflate is used for the opposite direction only: {@link storedZip} writes the checked entries back
 * into an uncompressed archive, so that exceljs (which unzips with JSZip and inflates every entry, whatever its size)
 * only ever reads bytes that passed both walls.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { zipSync, type Zippable } from 'fflate';

export interface ZipLimits {
  /** The archive itself (compressed). */
  maxArchiveBytes: number;
  /** Entries in the central directory (directories included). */
  maxEntries: number;
  /** One entry, uncompressed (declared, and actually inflated). */
  maxEntryBytes: number;
  /** All entries together, uncompressed (declared, and actually inflated). */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, for entries larger than `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

const MiB = 1024 * 1024;

/**
 * Limits for catalogue workbooks. A 10,000-row catalogue written by our own export is a 0.9 MB .xlsx whose sheet
 * inflates to 11 MB at a ratio of 13; real catalogues are a few hundred rows. Excel sheets full of identical styled
 * empty cells reach ratios near 100.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 20 * MiB,
  maxEntries: 1_000,
  maxEntryBytes: 50 * MiB,
  maxTotalBytes: 100 * MiB,
  maxRatio: 200,
  ratioFromBytes: 1 * MiB,
};

/** A limit was passed: the message (Chinese) names the entry and the limit. */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    /** Bytes inflated before the archive was refused (0: refused from the central directory alone). */
    readonly inflatedBytes: number,
  ) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

/** The archive is not a zip file yauzl can read (message from yauzl, in English). */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export const formatBytes = (n: number): string =>
  n >= MiB
    ? `${(n / MiB).toFixed(n % MiB === 0 ? 0 : 1)} MB`
    : n >= 1024
      ? `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`
      : `${n} 字节`;

export interface UnpackedZip {
  /** Entry name → its bytes, in the order of the central directory; directories left out. */
  entries: Map<string, Uint8Array>;
  inflatedBytes: number;
}

/** Unpacks `data` if it stays within `limits`; throws {@link ZipLimitError} or {@link ZipFormatError}. */
export async function unpackZip(data: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<UnpackedZip> {
  if (data.byteLength > limits.maxArchiveBytes) {
    throw new ZipLimitError(
      `文件过大（${formatBytes(data.byteLength)}，上限 ${formatBytes(limits.maxArchiveBytes)}）`,
      0,
    );
  }
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
      decodeStrings: false,
    });
  } catch (e) {
    throw new ZipFormatError((e as Error).message);
  }
  try {
    // Wall 1: the central directory, before inflating anything.
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipLimitError(`压缩包内文件过多（${zip.entryCount} 个，上限 ${limits.maxEntries} 个）`, 0);
    }
    const listed: Array<{ entry: yauzl.Entry; name: string }> = [];
    const names = new Set<string>();
    let declaredTotal = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entryName(entry);
        if (names.has(name)) throw new ZipLimitError(`压缩包内有两个同名文件「${name}」，文件已损坏或被篡改`, 0);
        names.add(name);
        if (entry.uncompressedSize > limits.maxEntryBytes) {
          throw new ZipLimitError(
            `压缩包内「${name}」解压后过大（${formatBytes(entry.uncompressedSize)}，单个文件上限 ${formatBytes(limits.maxEntryBytes)}）`,
            0,
          );
        }
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > limits.ratioFromBytes && ratio > limits.maxRatio) {
          throw new ZipLimitError(
            `压缩包内「${name}」的压缩比异常（${Math.round(ratio)} 倍，上限 ${limits.maxRatio} 倍），疑似压缩炸弹`,
            0,
          );
        }
        declaredTotal += entry.uncompressedSize;
        if (declaredTotal > limits.maxTotalBytes) {
          throw new ZipLimitError(`压缩包解压后总大小过大（超过 ${formatBytes(limits.maxTotalBytes)} 的上限）`, 0);
        }
        listed.push({ entry, name });
      }
    } catch (e) {
      if (e instanceof ZipLimitError) throw e;
      throw new ZipFormatError((e as Error).message);
    }

    // Wall 2: count what actually comes out; yauzl stops an entry that yields more than it declared.
    const entries = new Map<string, Uint8Array>();
    let inflated = 0;
    for (const { entry, name } of listed) {
      if (name.endsWith('/')) continue;
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (e) {
        throw new ZipFormatError((e as Error).message);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          inflated += chunk.length;
          if (size > limits.maxEntryBytes || inflated > limits.maxTotalBytes) {
            stream.destroy();
            throw new ZipLimitError(
              `压缩包内「${name}」解压后超过上限（单个文件 ${formatBytes(limits.maxEntryBytes)}，合计 ${formatBytes(limits.maxTotalBytes)}）`,
              inflated,
            );
          }
          chunks.push(chunk);
        }
      } catch (e) {
        if (e instanceof ZipLimitError) throw e;
        const message = (e as Error).message;
        if (/^too many bytes in the stream/u.test(message)) {
          throw new ZipLimitError(
            `压缩包内「${name}」解压后的实际大小超过它声明的 ${formatBytes(entry.uncompressedSize)}，文件已损坏或被篡改（疑似压缩炸弹）`,
            inflated,
          );
        }
        throw new ZipFormatError(`${name}: ${message}`);
      }
      entries.set(name, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    }
    return { entries, inflatedBytes: inflated };
  } finally {
    zip.close();
  }
}

/**
 * An entry's name as its maker meant it: UTF-8 when the archive says so (flag bit 11), or when the bytes are valid
 * UTF-8 (macOS and most current tools); otherwise GB18030 — what Windows in Chinese (资源管理器「发送到压缩文件夹」, WinRAR,
 * 360压缩) writes without the flag, which yauzl's CP437 would turn into 「╕╜╝■」.
 */
export function entryName(entry: Pick<yauzl.Entry, 'fileName' | 'generalPurposeBitFlag'>): string {
  const raw = entry.fileName as unknown as Buffer | string;
  if (typeof raw === 'string') return raw;
  if ((entry.generalPurposeBitFlag & 0x800) !== 0) return raw.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}

/** The entries as an uncompressed (stored) zip archive: reading it back inflates nothing. */
export function storedZip(entries: Map<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of entries) files[name] = [bytes, { level: 0 }];
  return zipSync(files, { level: 0 });
}
