/**
 * Old Word and Excel files (.doc, .xls) and their WPS Office counterparts (.wps, .et), still common in government
 * offices, converted with LibreOffice headless (Debian's libreoffice-writer-nogui and libreoffice-calc-nogui) to
 * .docx or .xlsx, which the platform's own readers then read. No JavaScript library reads the binary Word format's
 * tables with their merged cells; LibreOffice's filters are the ones WPS and every other office suite measure
 * themselves against.
 *
 * Before anything is launched the bytes are looked at, since a file's name often lies (government sites serve web
 * pages and RTF as .doc, and export systems write HTML tables or tab text as .xls):
 * - an OLE2 compound file (D0 CF 11 E0 …) is converted when it holds a Word document or an Excel workbook; an
 *   encrypted .docx/.xlsx (also OLE2) or an OLE file of any other kind is refused with what it is;
 * - RTF, Word 2003 XML and Excel 2003 XML (SpreadsheetML) are converted too;
 * - a web page is handed on as .html, a zip as .docx/.xlsx (by what it holds), a PDF as .pdf, a table as plain text
 *   as .txt (tabs, pipes) or .csv (commas): each to its own reader, without LibreOffice;
 * - anything else is refused, naming the file.
 * A .docx/.xlsx that is really an old binary file is converted as well. Every other file passes unchanged.
 *
 * Each conversion runs `soffice` without a shell, in a private temporary directory (mode 0700: the input,
 * the output and a LibreOffice profile of its own, since profiles are not safe to share between running instances)
 * that is removed afterwards whatever happens; it is killed with its whole process group after a timeout; at most
 * {@link OFFICE_CONVERT_CONCURRENCY} run at a time in one thread (a parse worker runs one parse at a time, so the
 * server runs at most one per worker). The profile turns macros off and formula recalculation on load off (so no
 * WEBSERVICE() call is made while converting).
 */
import { spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MAX_UPLOAD_BYTES,
  catalogueFileKind,
  converterMissingMessage,
  fileExtension,
  oldCatalogueFileKind,
  uploadTooLargeMessage,
  type ImportResult,
} from '@gongkai/domain';

export type OfficeConvertResult = { ok: true; fileName: string; data: Uint8Array } | { ok: false; message: string };

export interface OfficeConvertOptions {
  /** The soffice program; null: none (as on a server without LibreOffice); default: {@link findSoffice}. */
  soffice?: string | null;
  /** Milliseconds before LibreOffice is killed; default {@link OFFICE_CONVERT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Largest input in bytes; default MAX_UPLOAD_BYTES (20 MB). */
  maxBytes?: number;
}

/**
 * Under the parse pool's 30 s per parse (parse-pool.ts), which terminates a worker past it: a conversion must end
 * first, and a worker so terminated cannot kill LibreOffice itself, so coreutils `timeout` watches it as well.
 */
export const OFFICE_CONVERT_TIMEOUT_MS = 20_000;
/** Conversions at a time in one thread (GONGKAI_SOFFICE_CONCURRENCY overrides); each has its own profile. */
export const OFFICE_CONVERT_CONCURRENCY = 2;
/** Largest converted file read back (a .docx/.xlsx is compressed; the readers check their zips again). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

// ---- finding LibreOffice ----

let sofficeCache: { path: string | null } | undefined;

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, fsConstants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The LibreOffice program: GONGKAI_SOFFICE when set (a path; empty or 「none」 means none), else `soffice` or
 * `libreoffice` on PATH, else Debian's /usr/lib/libreoffice/program/soffice; null when there is none. Looked up once.
 */
export async function findSoffice(): Promise<string | null> {
  if (sofficeCache) return sofficeCache.path;
  const override = process.env['GONGKAI_SOFFICE'];
  let found: string | null = null;
  if (override !== undefined) {
    found =
      override.trim() === '' || override.trim() === 'none' ? null : (await executable(override)) ? override : null;
  } else {
    const dirs = (process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
    const candidates = [
      ...['soffice', 'libreoffice'].flatMap((name) => dirs.map((d) => join(d, name))),
      '/usr/lib/libreoffice/program/soffice',
    ];
    for (const c of candidates) {
      if (await executable(c)) {
        found = c;
        break;
      }
    }
  }
  sofficeCache = { path: found };
  return found;
}

let timeoutCache: { path: string | null } | undefined;

/** coreutils `timeout`, which kills LibreOffice's process group even when the thread that started it is gone. */
async function findTimeout(): Promise<string | null> {
  if (timeoutCache) return timeoutCache.path;
  let found: string | null = null;
  for (const c of [
    ...(process.env['PATH'] ?? '')
      .split(delimiter)
      .filter((d) => d !== '')
      .map((d) => join(d, 'timeout')),
    '/usr/bin/timeout',
  ]) {
    if (await executable(c)) {
      found = c;
      break;
    }
  }
  timeoutCache = { path: found };
  return found;
}

/** Forgets the looked-up program (tests that change GONGKAI_SOFFICE or PATH). */
export function resetSofficeCache(): void {
  sofficeCache = undefined;
  timeoutCache = undefined;
}

// ---- what a file really is ----

/** How a file is read: converted by LibreOffice, handed to another reader under another name, or refused. */
export type OfficeSniff =
  | { route: 'convert'; target: 'docx' | 'xlsx'; inputExtension: string; what: string }
  | { route: 'as'; fileName: string }
  | { route: 'refuse'; message: string }
  | { route: 'unchanged' };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (data.length < at + bytes.length) return false;
  return bytes.every((b, i) => data[at + i] === b);
}

export function isOle2(data: Uint8Array): boolean {
  return startsWith(data, OLE_MAGIC);
}

/**
 * The names of the streams and storages of an OLE2 compound file (its directory), or null when the file is not a
 * well-formed one. Only the directory chain is followed, with bounds on every count.
 */
export function oleEntryNames(data: Uint8Array): string[] | null {
  if (!isOle2(data) || data.length < 512) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorOffset = (n: number): number => (n + 1) * size;
  const ENDCHAIN = 0xfffffffe;
  // The FAT's sectors: 109 in the header, then chained DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s < 0xfffffffa) fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat < 0xfffffffa && hops < 10_000; hops++) {
    const off = sectorOffset(difat);
    if (off + size > data.length) return null;
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = view.getUint32(off + i * 4, true);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
    difat = view.getUint32(off + size - 4, true);
  }
  const perFat = size / 4;
  const next = (sector: number): number | null => {
    const fat = fatSectors[Math.floor(sector / perFat)];
    if (fat === undefined) return null;
    const off = sectorOffset(fat) + (sector % perFat) * 4;
    return off + 4 <= data.length ? view.getUint32(off, true) : null;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  let sector = view.getUint32(0x30, true);
  while (sector !== ENDCHAIN) {
    if (seen.has(sector) || seen.size > 100_000) return null;
    seen.add(sector);
    const off = sectorOffset(sector);
    if (off + size > data.length) return null;
    for (let e = off; e < off + size; e += 128) {
      const type = data[e + 0x42];
      const nameBytes = view.getUint16(e + 0x40, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(e + i, true));
      names.push(name);
    }
    const n = next(sector);
    if (n === null) return null;
    sector = n;
  }
  return names;
}

function replaceExtension(name: string, ext: string): string {
  const trimmed = name.trim();
  const dot = trimmed.lastIndexOf('.');
  return `${dot > 0 ? trimmed.slice(0, dot) : trimmed}.${ext}`;
}

/** The first 64 KB as text: UTF-16 with a byte order mark, else Latin-1 (enough to see ASCII markup in GBK or UTF-8). */
function headText(data: Uint8Array, n = 65_536): string {
  const head = data.subarray(0, n);
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head.subarray(2));
  const skip = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return new TextDecoder('latin1').decode(head.subarray(skip));
}

function asciiIncludes(data: Uint8Array, s: string): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(s, 0, 'latin1');
}

const WORD_NAME = '旧版 Word 或 WPS 文字文件';
const EXCEL_NAME = '旧版 Excel 或 WPS 表格文件';

/**
 * What a file named as an old Office/WPS file (or a .docx/.xlsx) really holds, and so how it is read. Pure: looks at
 * the bytes only.
 */
export function sniffOfficeFile(fileName: string, data: Uint8Array): OfficeSniff {
  const old = oldCatalogueFileKind(fileName);
  const kind = catalogueFileKind(fileName);
  if (!old && kind !== 'docx' && kind !== 'xlsx') return { route: 'unchanged' };
  const claimed: 'docx' | 'xlsx' = old === 'doc' || kind === 'docx' ? 'docx' : 'xlsx';

  if (isOle2(data)) {
    const names = oleEntryNames(data);
    if (!names)
      return {
        route: 'refuse',
        message: `「${fileName}」已损坏：文件开头是 Office 文件的标志，但其内部目录无法读取。请在 Word、Excel 或 WPS 中打开后「另存为」.${claimed} 再导入。`,
      };
    const has = (n: string): boolean => names.some((x) => x.toLowerCase() === n.toLowerCase());
    if (has('EncryptedPackage'))
      return {
        route: 'refuse',
        message: `「${fileName}」设置了打开密码，无法读取：请在 Word、Excel 或 WPS 中取消密码后再导入。`,
      };
    if (has('WordDocument')) return { route: 'convert', target: 'docx', inputExtension: 'doc', what: WORD_NAME };
    if (has('Workbook') || has('Book'))
      return { route: 'convert', target: 'xlsx', inputExtension: 'xls', what: EXCEL_NAME };
    if (has('PowerPoint Document'))
      return {
        route: 'refuse',
        message: `「${fileName}」是 PowerPoint 演示文稿，不是目录表格：请导入 Word 或 Excel 文件。`,
      };
    // Other OLE layouts (e.g. a WPS file of an old version): LibreOffice may know them by their content.
    if (old)
      return {
        route: 'convert',
        target: claimed,
        inputExtension: fileExtension(fileName),
        what: claimed === 'docx' ? WORD_NAME : EXCEL_NAME,
      };
    return {
      route: 'refuse',
      message: `「${fileName}」不是 Word 或 Excel 文件（其中没有文档或工作表），可能已损坏或改了扩展名。`,
    };
  }
  // .docx/.xlsx: anything but the OLE case above is for their own readers (which name their own errors).
  if (!old) return { route: 'unchanged' };

  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    // A .docx or .xlsx under an old name (WPS saves so when asked): by what the archive holds.
    const target = asciiIncludes(data, 'xl/workbook')
      ? 'xlsx'
      : asciiIncludes(data, 'word/document')
        ? 'docx'
        : claimed;
    return { route: 'as', fileName: replaceExtension(fileName, target) };
  }
  const head = headText(data);
  if (head.includes('%PDF-')) return { route: 'as', fileName: replaceExtension(fileName, 'pdf') };
  const text = head.replace(/^[\s\u0000]+/u, '');
  if (/^\{\\rtf/u.test(text)) return { route: 'convert', target: 'docx', inputExtension: 'rtf', what: 'RTF 文件' };
  const lower = text.toLowerCase();
  if (lower.startsWith('<?xml') && !/<html[\s>]/u.test(lower)) {
    if (/excel\.sheet|urn:schemas-microsoft-com:office:spreadsheet/u.test(lower))
      return { route: 'convert', target: 'xlsx', inputExtension: 'xml', what: 'Excel 2003 XML 表格' };
    if (/word\.document|<w:worddocument/u.test(lower))
      return { route: 'convert', target: 'docx', inputExtension: 'xml', what: 'Word 2003 XML 文档' };
    return {
      route: 'refuse',
      message: `「${fileName}」是 XML 文件，不是 Word 或 Excel 文件：请在 Word、Excel 或 WPS 中打开后「另存为」.${claimed} 再导入。`,
    };
  }
  if (/^(?:mime-version:|content-type:\s*multipart\/related|from:)/u.test(lower)) {
    return {
      route: 'refuse',
      message: `「${fileName}」是单个网页文件（MHT），不是 Word 或 Excel 文件：请在浏览器中打开后「另存为」网页（.html），或在 Word、WPS 中「另存为」.${claimed} 再导入。`,
    };
  }
  // A web page: Word's and Excel's 「网页」 saves (<html xmlns:o=…>), exports that are a bare <table>, XHTML.
  if (
    /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|table[\s>]|meta[\s>]|style[\s>]|!--)/u.test(lower) ||
    (lower.startsWith('<') && /<(?:html|table)[\s>]/u.test(lower))
  ) {
    return { route: 'as', fileName: replaceExtension(fileName, 'html') };
  }
  // A table as plain text (what export systems write as .xls): no control characters in the first 8 KB (UTF-16 with a
  // byte order mark aside) and cells split by tabs, pipes or commas: tabs and pipes as .txt, commas as .csv.
  const sample = data.subarray(0, 8192);
  const utf16 = startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff]);
  const control = sample.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c);
  if (sample.length > 0 && (utf16 || !control) && /[\t|,]/u.test(text)) {
    const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
    return {
      route: 'as',
      fileName: replaceExtension(
        fileName,
        !firstLine.includes('\t') && !firstLine.includes('|') && firstLine.includes(',') ? 'csv' : 'txt',
      ),
    };
  }
  const label = claimed === 'docx' ? 'Word' : 'Excel';
  return {
    route: 'refuse',
    message: `「${fileName}」不是 ${label} 文件（文件开头不是 ${label} 97–2003 文件的标志，也不是网页、RTF 或文本），可能已损坏或改了扩展名：请在 ${label === 'Word' ? 'Word' : 'Excel'} 或 WPS 中打开后「另存为」.${claimed} 再导入。`,
  };
}

// ---- running LibreOffice ----

let running = 0;
const waiting: Array<() => void> = [];

function concurrency(): number {
  const n = Number(process.env['GONGKAI_SOFFICE_CONCURRENCY']);
  return Number.isInteger(n) && n >= 1 && n <= 16 ? n : OFFICE_CONVERT_CONCURRENCY;
}

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= concurrency()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const TEMP_PREFIX = 'gongkai-office-';
let lastSweep = 0;

/**
 * Removes conversion directories left by a thread that was terminated mid-conversion (its `finally` never ran):
 * those older than ten minutes, at most once a minute.
 */
async function sweepStaleDirectories(): Promise<void> {
  const now = Date.now();
  if (now - lastSweep < 60_000) return;
  lastSweep = now;
  try {
    for (const name of await readdir(tmpdir())) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const path = join(tmpdir(), name);
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory() && now - info.mtimeMs > 10 * 60_000) await rm(path, { recursive: true, force: true });
    }
  } catch {
    // an unreadable temporary directory: nothing to sweep
  }
}

/** The profile's settings: no macros, no recalculation on load (no WEBSERVICE() calls), no links followed. */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

interface RunOutcome {
  timedOut: boolean;
  code: number | null;
  stderr: string;
}

async function runSoffice(
  soffice: string,
  sofficeArgs: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<RunOutcome> {
  // `timeout -s KILL` (its own process group, killed as a whole) a second after our own timer, in case this thread
  // is terminated before its timer fires.
  const watchdog = await findTimeout();
  const [program, args] = watchdog
    ? [watchdog, ['-s', 'KILL', `${Math.ceil(timeoutMs / 1000) + 1}s`, soffice, ...sofficeArgs]]
    : [soffice, sofficeArgs];
  return new Promise((resolve) => {
    let timedOut = false;
    let stderr = '';
    // No shell; detached: LibreOffice (soffice → oosplash → soffice.bin) gets a process group of its own, killed as a
    // whole (execFile does not pass `detached` on, hence spawn).
    const child = spawn(program, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is gone: nothing left running
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    // A process left behind after the wrapper exits (soffice.bin outliving oosplash) is ended too.
    child.on('exit', killGroup);
    let settled = false;
    const done = (code: number | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ timedOut, code, stderr: stderr.slice(0, 4000) });
    };
    child.on('error', () => done(null));
    child.on('close', (code) => done(code));
  });
}

/**
 * Converts an old Word/Excel/WPS file (or RTF, Word/Excel 2003 XML) with LibreOffice to `target`. The result is named
 * like the input with the new extension. Refusals are in Chinese and name the file.
 */
export async function convertOfficeFile(
  fileName: string,
  data: Uint8Array,
  options: OfficeConvertOptions & { target?: 'docx' | 'xlsx'; inputExtension?: string; what?: string } = {},
): Promise<OfficeConvertResult> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (data.length > maxBytes) return { ok: false, message: uploadTooLargeMessage(fileName, data.length) };
  if (data.length === 0) return { ok: false, message: `「${fileName}」是空文件。` };
  const sniff = options.target ? null : sniffOfficeFile(fileName, data);
  if (sniff && sniff.route === 'refuse') return { ok: false, message: sniff.message };
  if (sniff && sniff.route === 'as') return { ok: true, fileName: sniff.fileName, data };
  if (sniff && sniff.route === 'unchanged') return { ok: true, fileName, data };
  const target = options.target ?? (sniff && sniff.route === 'convert' ? sniff.target : 'docx');
  const inputExtension =
    options.inputExtension ??
    (sniff && sniff.route === 'convert' ? sniff.inputExtension : target === 'docx' ? 'doc' : 'xls');
  const what =
    options.what ?? (sniff && sniff.route === 'convert' ? sniff.what : target === 'docx' ? WORD_NAME : EXCEL_NAME);

  const soffice = options.soffice === undefined ? await findSoffice() : options.soffice;
  if (!soffice) return { ok: false, message: converterMissingMessage(fileName, target)! };
  const timeoutMs = options.timeoutMs ?? OFFICE_CONVERT_TIMEOUT_MS;
  const saveAs = target === 'docx' ? 'Word 或 WPS' : 'Excel 或 WPS';
  const cannot = (why: string): OfficeConvertResult => ({
    ok: false,
    message: `「${fileName}」无法转换（${why}）：请在 ${saveAs} 中打开后「另存为」.${target} 再导入。`,
  });

  return withSlot(async () => {
    await sweepStaleDirectories();
    const dir = await mkdtemp(join(tmpdir(), TEMP_PREFIX));
    try {
      const input = join(dir, `input.${inputExtension}`);
      const outDir = join(dir, 'out');
      const profile = join(dir, 'profile');
      await mkdir(join(profile, 'user'), { recursive: true });
      await mkdir(outDir);
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
      await writeFile(input, data);
      const filter = target === 'docx' ? 'docx:MS Word 2007 XML' : 'xlsx:Calc MS Excel 2007 XML';
      const args = [
        '--headless',
        '--norestore',
        '--nologo',
        '--nolockcheck',
        '--nodefault',
        '--nofirststartwizard',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        input,
      ];
      const env: NodeJS.ProcessEnv = {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: dir,
        TMPDIR: dir,
        LANG: 'C.UTF-8',
        SAL_USE_VCLPLUGIN: 'svp',
      };
      const outcome = await runSoffice(soffice, args, env, timeoutMs);
      if (outcome.timedOut)
        return cannot(
          `LibreOffice 在 ${timeoutMs >= 1000 ? Math.round(timeoutMs / 1000) : (timeoutMs / 1000).toFixed(1)} 秒内没有完成转换，文件可能过于复杂或已损坏`,
        );
      let out: Buffer;
      try {
        const outPath = join(outDir, `input.${target}`);
        const size = (await stat(outPath)).size;
        if (size > MAX_OUTPUT_BYTES) return cannot(`转换结果过大（超过 ${MAX_OUTPUT_BYTES / 1024 / 1024} MB）`);
        out = await readFile(outPath);
      } catch {
        // LibreOffice says 「Error: source file could not be loaded」 and exits 0 when it cannot open the file.
        const detail = /could not be loaded/u.test(outcome.stderr)
          ? `LibreOffice 无法打开这份${what}，可能已损坏或设置了密码`
          : `LibreOffice 没有写出结果${outcome.code ? `，退出码 ${outcome.code}` : ''}`;
        return cannot(detail);
      }
      if (out.length === 0) return cannot('转换结果为空');
      return {
        ok: true,
        fileName: replaceExtension(fileName, target),
        data: new Uint8Array(out.buffer, out.byteOffset, out.byteLength),
      };
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
}

/**
 * The file as the platform's readers take it: an old Office/WPS file (or a .docx/.xlsx that is really one) converted
 * to .docx/.xlsx, a disguised web page, PDF or text renamed for its reader; every other file unchanged. Call it before
 * dispatching by extension.
 */
export async function convertIfOldFormat(
  fileName: string,
  data: Uint8Array,
  options: OfficeConvertOptions = {},
): Promise<OfficeConvertResult> {
  const sniff = sniffOfficeFile(fileName, data);
  switch (sniff.route) {
    case 'unchanged':
      return { ok: true, fileName, data };
    case 'as':
      return { ok: true, fileName: sniff.fileName, data };
    case 'refuse':
      return { ok: false, message: sniff.message };
    case 'convert':
      return convertOfficeFile(fileName, data, {
        ...options,
        target: sniff.target,
        inputExtension: sniff.inputExtension,
        what: sniff.what,
      });
  }
}

/** {@link convertIfOldFormat} for a reader that answers with an ImportResult: the refusal as an import error. */
export function conversionError(r: OfficeConvertResult): ImportResult | null {
  return r.ok ? null : { ok: false, error: { line: null, message: r.message } };
}
