/**
 * Checks a workbook's XML before exceljs reads it, and hands exceljs only what the import needs.
 *
 * exceljs allocates in proportion to the *ranges* a sheet names, not to the cells it holds: a merged range gets one
 * cell object per covered cell when the workbook loads, a data validation or a defined name over A1:XFD1048576
 * is expanded address by address, a `<col max>` creates one column object per column. A few hundred bytes of XML
 * can so ask for billions of objects. Hence, for the sheets the import reads (the first one and 「责任科室」):
 *  - the used range (rows × columns, counted from A1), the number and area of merged ranges and the column
 *    definitions are bounded — errors name the sheet and the limit;
 *  - data validations and defined names, which the import never reads, are removed;
 *  - the other worksheets are left out, so exceljs neither parses nor allocates for them.
 *
 * The XML is scanned with a linear tokenizer (a tag runs from one `<` to the next: XML allows no `<` inside a tag),
 * not with a parser: the scan must stay cheap whatever the input.
 */

export interface SheetLimits {
  /** Last used row. */
  maxRows: number;
  /** Used range, rows × columns counted from A1. */
  maxCells: number;
  /** Merged ranges per sheet. */
  maxMerges: number;
  /** Cells covered by merged ranges, per sheet. */
  maxMergedCells: number;
}

/** A 10,000-row catalogue has 27 columns, i.e. 270,000 cells; real catalogues have a few hundred rows. */
export const SHEET_LIMITS: SheetLimits = {
  maxRows: 100_000,
  maxCells: 1_000_000,
  maxMerges: 20_000,
  maxMergedCells: 1_000_000,
};

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** A sheet passes a limit; the message (Chinese) names the sheet and the limit. */
export class SheetLimitError extends Error {
  override name = 'SheetLimitError';
}

const fmt = (n: number): string => n.toLocaleString('en-US');

export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Throws if a used range of `rows` × `cols` (from A1) passes the limits. */
export function checkUsedRange(sheet: string, rows: number, cols: number, limits: SheetLimits = SHEET_LIMITS): void {
  if (rows > limits.maxRows) {
    throw new SheetLimitError(
      `工作表「${sheet}」的行数过多（用到第 ${fmt(rows)} 行，上限 ${fmt(limits.maxRows)} 行）：请删除表格之外多余的行后再导入`,
    );
  }
  if (rows * cols > limits.maxCells) {
    throw new SheetLimitError(
      `工作表「${sheet}」的已用区域过大（A1:${columnName(cols)}${rows}，${fmt(rows)} 行 × ${fmt(cols)} 列 = ${fmt(rows * cols)} 个单元格，上限 ${fmt(limits.maxCells)} 个）：请删除表格之外多余的内容或格式后再导入`,
    );
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/gu, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Math.min(0x10ffff, parseInt(e.slice(2), 16)));
    if (e.startsWith('#')) return String.fromCodePoint(Math.min(0x10ffff, parseInt(e.slice(1), 10)));
    return ENTITIES[e] ?? m;
  });
}

interface Tag {
  /** Local name (without a namespace prefix). */
  name: string;
  attrs: Map<string, string>;
}

const TAG_NAME = /(?:[\w.-]+:)?([\w.-]+)/uy;
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/**
 * The index of the `>` ending the start tag whose attributes begin at `from`, skipping quoted values (which may hold
 * `>` but never `<`); -1 if there is none before `limit` (the next `<`).
 */
function startTagEnd(xml: string, from: number, limit: number): number {
  let quote = 0;
  for (let j = from; j < limit; j++) {
    const ch = xml.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return j;
  }
  return -1;
}

/** Calls `visit` for every start tag whose local name is in `names`, in document order. Linear in `xml`. */
function eachTag(xml: string, names: ReadonlySet<string>, visit: (tag: Tag) => void): void {
  let i = xml.indexOf('<');
  while (i !== -1) {
    const next = xml.indexOf('<', i + 1);
    TAG_NAME.lastIndex = i + 1;
    const m = TAG_NAME.exec(xml);
    if (m && names.has(m[1]!)) {
      const from = i + 1 + m[0].length;
      const end = startTagEnd(xml, from, next === -1 ? xml.length : next);
      const attrs = new Map<string, string>();
      for (const a of xml.slice(from, end === -1 ? (next === -1 ? xml.length : next) : end).matchAll(ATTR))
        attrs.set(a[1]!, decodeXml(a[2] ?? a[3] ?? ''));
      visit({ name: m[1]!, attrs });
    }
    i = next;
  }
}

/** Scans one worksheet's XML; throws {@link SheetLimitError} if it passes `limits`. */
export function checkSheetXml(
  sheet: string,
  xml: string,
  limits: SheetLimits = SHEET_LIMITS,
): { rows: number; cols: number; merges: number; mergedCells: number } {
  let row = 0;
  let col = 0;
  let maxRow = 0;
  let maxCol = 0;
  let merges = 0;
  let mergedCells = 0;
  const outside = (ref: string): SheetLimitError =>
    new SheetLimitError(
      `工作表「${sheet}」的单元格引用「${ref}」无效或超出 Excel 的范围（最多 ${fmt(EXCEL_MAX_ROWS)} 行、${fmt(EXCEL_MAX_COLUMNS)} 列）`,
    );
  const cellRef = (ref: string): { row: number; col: number } => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(ref.trim());
    const r = m ? Number(m[2]) : 0;
    const c = m ? columnNumber(m[1]!) : 0;
    if (r < 1 || r > EXCEL_MAX_ROWS || c < 1 || c > EXCEL_MAX_COLUMNS) throw outside(ref);
    return { row: r, col: c };
  };
  const extend = (r: number, c: number): void => {
    if (r <= maxRow && c <= maxCol) return;
    maxRow = Math.max(maxRow, r);
    maxCol = Math.max(maxCol, c);
    checkUsedRange(sheet, maxRow, maxCol, limits);
  };
  eachTag(xml, new Set(['row', 'c', 'mergeCell', 'col']), (tag) => {
    switch (tag.name) {
      case 'row': {
        const r = tag.attrs.get('r');
        row = r === undefined ? row + 1 : Number(r);
        if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS) throw outside(`第 ${r} 行`);
        col = 0;
        break;
      }
      case 'c': {
        const r = tag.attrs.get('r');
        if (r === undefined) {
          col += 1;
          if (col > EXCEL_MAX_COLUMNS) throw outside(`${columnName(col)}${row}`);
        } else {
          const at = cellRef(r);
          row = at.row;
          col = at.col;
        }
        extend(Math.max(row, 1), col);
        break;
      }
      case 'mergeCell': {
        const ref = tag.attrs.get('ref') ?? '';
        const [a, b = a] = ref.split(':');
        const from = cellRef(a ?? '');
        const to = cellRef(b ?? '');
        const area = (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
        merges += 1;
        mergedCells += area;
        if (merges > limits.maxMerges) {
          throw new SheetLimitError(`工作表「${sheet}」的合并单元格过多（超过 ${fmt(limits.maxMerges)} 处的上限）`);
        }
        if (mergedCells > limits.maxMergedCells) {
          throw new SheetLimitError(
            `工作表「${sheet}」的合并区域过大（合并单元格「${ref}」处累计 ${fmt(mergedCells)} 个单元格，上限 ${fmt(limits.maxMergedCells)} 个）`,
          );
        }
        extend(Math.max(from.row, to.row), Math.max(from.col, to.col));
        break;
      }
      case 'col': {
        const min = Number(tag.attrs.get('min') ?? 1);
        const max = Number(tag.attrs.get('max') ?? min);
        if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max > EXCEL_MAX_COLUMNS || min > max) {
          throw new SheetLimitError(
            `工作表「${sheet}」的列定义无效或超出 Excel 的范围（第 ${min}–${max} 列，最多 ${fmt(EXCEL_MAX_COLUMNS)} 列）`,
          );
        }
        break;
      }
    }
  });
  return { rows: maxRow, cols: maxCol, merges, mergedCells };
}

/**
 * Removes every `<name …>…</name>` (or `<name …/>`) element without a namespace prefix. Throws if one is not closed:
 * exceljs acts on an element's children as they close, before noticing that the document is broken.
 */
function removeElement(xml: string, name: string, where: string): string {
  const open = `<${name}`;
  const close = `</${name}`;
  let out = '';
  let from = 0;
  for (let i = xml.indexOf(open); i !== -1; i = xml.indexOf(open, from)) {
    const after = xml.charAt(i + open.length);
    if (!/[\s/>]/u.test(after)) {
      out += xml.slice(from, i + open.length);
      from = i + open.length;
      continue;
    }
    const next = xml.indexOf('<', i + 1);
    const tagEnd = startTagEnd(xml, i + open.length, next === -1 ? xml.length : next);
    if (tagEnd === -1) throw new SheetLimitError(`${where}的 XML 已损坏（<${name}> 没有结束）`);
    out += xml.slice(from, i);
    if (xml.charAt(tagEnd - 1) === '/') {
      from = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    const endGt = end === -1 ? -1 : xml.indexOf('>', end);
    if (endGt === -1) throw new SheetLimitError(`${where}的 XML 已损坏（<${name}> 没有结束）`);
    from = endGt + 1;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** The path exceljs gives a worksheet entry, and the test it uses to treat an entry as a worksheet. */
const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/u;
export const OFFICE_SHEET = '责任科室';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export interface PreparedWorkbook {
  entries: Map<string, Uint8Array>;
  /** The sheets kept, in workbook order: the first one (or the first `maxSheets`), and 「责任科室」 if present. */
  sheets: Array<{ name: string; path: string; rows: number; cols: number }>;
}

export interface PrepareOptions {
  /** Sheets to keep from the start of the workbook (default 1: the first; the catalogue reader looks at several). */
  maxSheets?: number;
}

/**
 * The entries of an unpacked .xlsx, checked and trimmed for exceljs (see the top of this file). Throws
 * {@link SheetLimitError}.
 */
export function prepareWorkbook(
  unpacked: Map<string, Uint8Array>,
  limits: SheetLimits = SHEET_LIMITS,
  options: PrepareOptions = {},
): PreparedWorkbook {
  const maxSheets = Math.max(1, options.maxSheets ?? 1);
  // exceljs drops one leading "/" from entry names; two entries that become one name would be read twice.
  const entries = new Map<string, Uint8Array>();
  for (const [raw, bytes] of unpacked) {
    const name = raw.startsWith('/') ? raw.slice(1) : raw;
    if (entries.has(name)) throw new SheetLimitError(`压缩包内有两个同名文件「${name}」，文件已损坏或被篡改`);
    entries.set(name, bytes);
  }

  const workbookBytes = entries.get('xl/workbook.xml');
  const relsBytes = entries.get('xl/_rels/workbook.xml.rels');
  const sheets: Array<{ name: string; rId: string }> = [];
  const targets = new Map<string, string>();
  if (workbookBytes) {
    const workbookXml = decoder.decode(workbookBytes);
    eachTag(workbookXml, new Set(['sheet']), (t) =>
      sheets.push({ name: t.attrs.get('name') ?? '', rId: t.attrs.get('r:id') ?? '' }),
    );
    // Defined names (print areas, filter ranges …) are expanded cell by cell by exceljs; the import needs none.
    entries.set(
      'xl/workbook.xml',
      encoder.encode(removeElement(workbookXml, 'definedNames', '工作簿（xl/workbook.xml）')),
    );
  }
  if (relsBytes) {
    eachTag(decoder.decode(relsBytes), new Set(['Relationship']), (t) => {
      const id = t.attrs.get('Id');
      const target = t.attrs.get('Target');
      if (id && target) targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/u, '')}`);
    });
  }
  // Worksheets in workbook order, as exceljs finds them.
  const present = sheets
    .map((s) => ({ name: s.name, path: targets.get(s.rId) ?? '' }))
    .filter((s) => entries.has(s.path) && EXCELJS_WORKSHEET.test(s.path));
  // Later sheets (a catalogue behind a 说明 sheet) are kept only while they stay together within one sheet's cell
  // limit; one over its own limits is left out rather than refusing the workbook.
  let budget = limits.maxCells;
  const keep = present.filter((s, i) => {
    if (i === 0 || s.name === OFFICE_SHEET) return true;
    if (i >= maxSheets) return false;
    try {
      const { rows, cols } = checkSheetXml(s.name, decoder.decode(entries.get(s.path)!), limits);
      budget -= rows * cols;
      return budget >= 0;
    } catch (e) {
      if (e instanceof SheetLimitError) return false;
      throw e;
    }
  });
  const keepPaths = new Set(keep.map((s) => s.path));
  for (const name of [...entries.keys()]) {
    if (EXCELJS_WORKSHEET.test(name) && !keepPaths.has(name)) entries.delete(name);
  }

  const kept: PreparedWorkbook['sheets'] = [];
  for (const s of keep) {
    const xml = decoder.decode(entries.get(s.path)!);
    const { rows, cols } = checkSheetXml(s.name, xml, limits);
    entries.set(s.path, encoder.encode(removeElement(xml, 'dataValidations', `工作表「${s.name}」`)));
    kept.push({ name: s.name, path: s.path, rows, cols });
  }
  return { entries, sheets: kept };
}
