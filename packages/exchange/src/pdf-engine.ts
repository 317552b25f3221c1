/**
 * PDF.js (pdfjs-dist, legacy build), loaded once per thread on first use, for the catalogue and the report readers:
 * the parser runs in the calling thread (the readers run in worker threads of their own), CJK CMaps and standard
 * fonts come from the package's folders.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PdfjsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
export interface PdfjsPage {
  view: number[];
  getTextContent(): Promise<{ items: PdfjsTextItem[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  cleanup(): boolean;
}
export interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}
export interface Pdfjs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
  VerbosityLevel: { ERRORS: number };
}

/**
 * The legacy build's core-js replaces Array.prototype.push and JSON.parse/stringify of the whole thread with
 * polyfills (for engine bugs Node 20 does not have) that are several times slower: a quarter of the time reading a
 * PDF took went to them, and everything the thread did afterwards paid too. The built-ins as this module found them
 * (before PDF.js is loaded, by this module or another) are put back once PDF.js is loaded.
 */
const NATIVES = (
  [
    [Array.prototype, 'push'],
    [JSON, 'parse'],
    [JSON, 'stringify'],
  ] as const
).map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);

let loaded: Promise<{ pdfjs: Pdfjs; cMapUrl: string; standardFontDataUrl: string }> | undefined;
export function pdfjsLib(): Promise<{ pdfjs: Pdfjs; cMapUrl: string; standardFontDataUrl: string }> {
  loaded ??= (async () => {
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    // PDF.js runs its parser in this thread when it finds the worker module here (no Worker, no workerSrc).
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs;
    for (const [owner, key, descriptor] of NATIVES) if (descriptor) Object.defineProperty(owner, key, descriptor);
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs, cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  })();
  return loaded;
}

/** A run of text as PDF.js places it: baseline start in page space (y up), width, font size. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** The page's text items as runs (blank and unplaced items dropped). */
export function textRuns(items: PdfjsTextItem[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const it of items) {
    const str = it.str ?? '';
    const t = it.transform;
    if (str.trim() === '' || !t || t.length < 6) continue;
    const size = Math.hypot(t[2]!, t[3]!) || it.height || 10;
    runs.push({ str, x: t[4]!, y: t[5]!, w: Math.max(0, it.width ?? 0), size });
  }
  return runs;
}

/**
 * Opens a PDF for reading its text and drawing only: no script evaluation, no fonts or images rendered, no XFA. The
 * loading task is destroyed when opening fails; PDF.js's error (PasswordException, InvalidPDFException …) is
 * re-thrown for the caller to say in its own words.
 */
export async function openPdf(data: Uint8Array): Promise<PdfjsDocument> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await pdfjsLib();
  const task = pdfjs.getDocument({
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    maxImageSize: 1,
    enableXfa: false,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw e;
  }
}
