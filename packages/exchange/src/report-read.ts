/**
 * Reading a PUBLISHED annual report file — PDF, Word (.docx), a saved web page (.html/.htm) or text (.txt) — into
 * lines for the one interpreter in @gongkai/domain (`readReportText`), which gives the report JSON and findings.
 *
 * Each container becomes lines; a table row becomes one line whose cells are separated by runs of spaces (so
 * numbers of adjacent columns never run together):
 * - PDF (pdfjs-dist, as catalogue-pdf-read.ts: legacy build, parser in this thread, no font evaluation, CJK CMaps
 *   from the package): text runs grouped into lines by baseline, left to right; a gap wider than a third of the font
 *   size becomes spaces in proportion to its width (like `pdftotext -layout`). One array of lines per page, so the
 *   interpreter can drop page numbers and running headers.
 * - .docx (saxes over word/document.xml, unpacked within the zip limits of zip-limits.ts): paragraphs in order, a
 *   table row as its cells' texts (a cell's paragraphs joined); vertically merged continuation cells are blank.
 * - .html (parse5): block elements as lines, tables through `tableGrid` of catalogue-html-read.ts (spans expanded;
 *   a position covered by a rowspan from above is blank); scripts, styles and navigation lists skipped.
 * - .txt: decoded (UTF-8, UTF-16, GB18030), form feeds as page breaks (`pdftotext -layout` output reads as is).
 * A scan (a PDF without text), an encrypted or broken file are refused with a Chinese message.
 */
import {
  MAX_UPLOAD_BYTES,
  readReportText,
  reportFileKind,
  reportFileKindMessage,
  reportTextPages,
  uploadTooLargeMessage,
  type ReportFileKind,
  type ReportReadFinding,
  type ReportTextResult,
} from '@gongkai/domain';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { tableGrid } from './catalogue-html-read.js';
import { decodeText } from './text-decode.js';
import { convertIfOldFormat } from './office-convert.js';
import { openPdf, textRuns, type PdfjsDocument, type TextRun } from './pdf-engine.js';
import { ZipFormatError, ZipLimitError, unpackZip } from './zip-limits.js';

/** A published report file may be this large: the platform's one upload limit (domain upload-limits.ts). */
export const REPORT_FILE_MAX_BYTES = MAX_UPLOAD_BYTES;
const MAX_PAGES = 60;

export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

// ---------------------------------------------------------------- PDF

type Run = TextRun;

/** Text runs of a page as layout lines (top first), gaps as spaces in proportion. */
export function runsToLines(runs: Run[]): string[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0]!.y - r.y) < Math.min(g[0]!.size, r.size) * 0.5) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((p, q) => p.x - q.x);
    let s = '';
    let end = -Infinity;
    for (const r of g) {
      const gap = r.x - end;
      if (s !== '') {
        if (gap > r.size * 0.9) s += ' '.repeat(Math.min(40, Math.max(2, Math.round(gap / (r.size * 0.5)))));
        else if (gap > r.size * 0.3 && !/\s$/u.test(s)) s += ' ';
      }
      s += r.str;
      end = Math.max(end, r.x + r.w);
    }
    return s.replace(/\s+$/u, '');
  });
}

export async function reportPdfPages(data: Uint8Array): Promise<string[][]> {
  if (!(data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46))
    throw new ReportFileError('不是 PDF 文件（文件头不是 %PDF）');
  let doc: PdfjsDocument;
  try {
    doc = await openPdf(data);
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ReportFileError('PDF 已加密（需要密码），无法读取');
    throw new ReportFileError(`PDF 文件已损坏，无法读取（${(e as Error).message}）`);
  }
  try {
    if (doc.numPages > MAX_PAGES)
      throw new ReportFileError(`PDF 有 ${doc.numPages} 页，年度报告不应超过 ${MAX_PAGES} 页`);
    const pages: string[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      const runs = textRuns(items);
      for (const r of runs) chars += r.str.length;
      pages.push(runsToLines(runs));
      page.cleanup();
    }
    if (chars === 0)
      throw new ReportFileError('PDF 中没有可提取的文字（可能是扫描件）：请使用带文字层的 PDF，或 Word、网页版本');
    return pages;
  } finally {
    await doc.destroy();
  }
}

// ---------------------------------------------------------------- Word

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

function wAttr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes) as SaxesAttributeNS[])
    if (a.local === local && (W_NS.has(a.uri) || a.uri === '')) return a.value;
  return undefined;
}

/** Paragraphs and table rows of word/document.xml, in order. */
export function docxXmlLines(xml: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  let para: string[] | null = null;
  let inText = false;
  let skip = 0;
  /** Open table cells' paragraphs, and open rows' cells (nested tables flatten into their cell). */
  const cellStack: string[][] = [];
  const rowStack: string[][] = [];
  const SKIP = new Set(['del', 'moveFrom', 'Fallback', 'txbxContent', 'instrText']);
  const parser = new SaxesParser({ xmlns: true });
  parser.on('doctype', () => {
    throw new ReportFileError('文档含有 DOCTYPE 声明，拒绝读取');
  });
  parser.on('error', (e) => {
    throw new ReportFileError(`word/document.xml 不是有效的 XML（${e.message}）`);
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.local);
    if (stack.length > 200) throw new ReportFileError('文档 XML 嵌套过深');
    if (skip > 0 || SKIP.has(tag.local)) {
      skip++;
      return;
    }
    const w = W_NS.has(tag.uri);
    if (!w) return;
    switch (tag.local) {
      case 'p':
        para = [];
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        para?.push(' ');
        break;
      case 'br':
      case 'cr':
        para?.push(cellStack.length ? '' : ' ');
        break;
      case 'tr':
        rowStack.push([]);
        break;
      case 'tc':
        cellStack.push([]);
        break;
      case 'vMerge':
        // A continuation of a vertical merge is a blank cell here.
        if (wAttr(tag, 'val') !== 'restart' && cellStack.length) cellStack[cellStack.length - 1]!.push('\u0000merged');
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && skip === 0 && para) para.push(t);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (skip > 0) {
      skip--;
      return;
    }
    if (!W_NS.has(tag.uri)) return;
    switch (tag.local) {
      case 't':
        inText = false;
        break;
      case 'p': {
        const text = (para ?? []).join('');
        para = null;
        if (cellStack.length) cellStack[cellStack.length - 1]!.push(text);
        else out.push(text);
        break;
      }
      case 'tc': {
        const parts = cellStack.pop() ?? [];
        const merged = parts.includes('\u0000merged');
        const text = merged
          ? ''
          : parts
              .filter((p) => p !== '\u0000merged')
              .map((p) => p.trim())
              .join('');
        rowStack[rowStack.length - 1]?.push(text.replace(/\s+/gu, ' '));
        break;
      }
      case 'tr': {
        const cells = rowStack.pop() ?? [];
        const line = cells.filter((c) => c !== '').join('    ');
        if (cellStack.length) cellStack[cellStack.length - 1]!.push(line);
        else out.push(line);
        break;
      }
    }
  });
  parser.write(xml).close();
  return out;
}

export async function reportDocxLines(data: Uint8Array): Promise<string[]> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = (await unpackZip(data)).entries;
  } catch (e) {
    if (e instanceof ZipLimitError) throw new ReportFileError(`Word 文件超出限制：${e.message}`);
    if (e instanceof ZipFormatError)
      throw new ReportFileError('不是有效的 Word（.docx）文件；旧版 .doc 请另存为 .docx');
    throw e;
  }
  const doc = entries.get('word/document.xml');
  if (!doc) throw new ReportFileError('Word 文件中没有正文（word/document.xml）');
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(doc);
  } catch {
    throw new ReportFileError('Word 正文不是有效的 UTF-8 编码');
  }
  return docxXmlLines(xml);
}

// ---------------------------------------------------------------- HTML

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
const isElement = (n: Node): n is Element => 'tagName' in n;
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'select',
  'option',
  'button',
  'iframe',
  'svg',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'form',
  'fieldset',
  'hr',
  'address',
  'figure',
  'figcaption',
  'caption',
  'body',
]);

export function reportHtmlLines(html: string): string[] {
  const doc = parse(html);
  const out: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur.replace(/[ \t\r\n\f]+/gu, ' ').trim();
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: Node): void => {
    if (n.nodeName === '#text') {
      cur += (n as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!isElement(n)) {
      if ('childNodes' in n) for (const c of n.childNodes as Node[]) walk(c);
      return;
    }
    if (SKIP_TAGS.has(n.tagName)) return;
    const style = n.attrs.find((a) => a.name === 'style')?.value ?? '';
    if (/display\s*:\s*none/iu.test(style) || n.attrs.some((a) => a.name === 'hidden')) return;
    if (n.tagName === 'br') {
      flush();
      return;
    }
    if (n.tagName === 'table') {
      flush();
      const grid = tableGrid(n);
      grid.rows.forEach((row, r) => {
        const cells = row
          .map((c, k) => (grid.coveredFromAbove[r]?.[k] ? '' : c.replace(/\s+/gu, ' ').trim()))
          .filter((c) => c !== '');
        out.push(cells.join('    '));
      });
      return;
    }
    const block = BLOCKS.has(n.tagName);
    if (block) flush();
    const children = n.tagName === 'template' ? [] : (n.childNodes as Node[]);
    for (const c of children) walk(c);
    if (block) flush();
  };
  walk(doc);
  flush();
  return out;
}

// ---------------------------------------------------------------- any file

export interface ReportFileResult {
  fileName: string;
  kind: ReportFileKind;
  result: ReportTextResult;
}

/** Reads a published report file into the report JSON and findings; refuses what it cannot read with a {@link ReportFileError}. */
export async function readReportFile(fileName: string, original: Uint8Array): Promise<ReportFileResult> {
  if (original.byteLength === 0) throw new ReportFileError(`「${fileName}」是空文件`);
  if (original.byteLength > REPORT_FILE_MAX_BYTES)
    throw new ReportFileError(uploadTooLargeMessage(fileName, original.byteLength));
  // An old Word/WPS file is converted with LibreOffice (or refused saying so); a web page or PDF saved as .doc is read as such.
  const converted = await convertIfOldFormat(fileName, original);
  if (!converted.ok) throw new ReportFileError(converted.message);
  const data = converted.data;
  const kind = reportFileKind(converted.fileName);
  if (!kind) throw new ReportFileError(reportFileKindMessage(fileName));
  let result: ReportTextResult;
  if (kind === 'pdf') result = readReportText({ pages: await reportPdfPages(data), fileName });
  else if (kind === 'docx')
    result = readReportText({ pages: [await reportDocxLines(data)], paragraphs: true, fileName });
  else if (kind === 'html')
    result = readReportText({ pages: [reportHtmlLines(decodeText(data))], paragraphs: true, fileName });
  else result = readReportText({ pages: reportTextPages(decodeText(data)), fileName });
  return { fileName, kind, result };
}

export type { ReportReadFinding };
