/**
 * Rows of text whose cells do not line up with the header, as a web table copied in a browser gives them:
 * - a bare line break inside a cell splits its row over two lines (「…办理程序、」 / 「保障标准 → 信息形成… → …」);
 * - rows under a rowspan have fewer cells, the missing ones at the left (the merged 序号 / 一级目录).
 * The importer (catalogue-import.ts) calls these for sources that know no merges (text, CSV); a spreadsheet's or a
 * document's rows keep their positions.
 */
import type { Role } from './catalogue-headers.js';

const blank = (c: string | undefined): boolean => c === undefined || c.trim() === '';

/**
 * Joins rows split by a bare line break inside a cell: from a row of a width no layout has, the following rows are
 * joined (the last cell of one with the first cell of the next, with a line break) while the cells stay below a
 * layout's width, and joined only when they reach one exactly. Both sides of each break hold text (a row broken
 * inside a cell; a continuation row that starts with empty cells is another thing). Rows joined into the one above
 * become empty (rows keep their numbers). Returns each joined row and the rows joined into it (0-based).
 */
export function joinBrokenRows(
  rows: string[][],
  from: number,
  widths: ReadonlySet<number>,
  isHeader: (cells: string[]) => boolean,
): Array<{ row: number; parts: number[] }> {
  const maxWidth = Math.max(...widths);
  const joined: Array<{ row: number; parts: number[] }> = [];
  for (let i = from; i < rows.length; i++) {
    const first = rows[i]!;
    if (first.length < 2 || widths.has(first.length) || first.length >= maxWidth || blank(first[first.length - 1]))
      continue;
    let cells = [...first];
    const parts: number[] = [];
    for (let j = i + 1; j < rows.length && j <= i + 4; j++) {
      const next = rows[j]!;
      if (next.every((c) => blank(c)) || isHeader(next) || blank(next[0]) || blank(cells[cells.length - 1])) break;
      const width = cells.length + next.length - 1;
      if (width > maxWidth) break;
      cells = [...cells.slice(0, -1), `${cells[cells.length - 1]!}\n${next[0]!}`, ...next.slice(1)];
      parts.push(j);
      if (widths.has(width)) {
        rows[i] = cells;
        for (const k of parts) rows[k] = [];
        joined.push({ row: i, parts });
        i = j;
        break;
      }
    }
  }
  return joined;
}

/** Columns whose cells a rowspan leaves out of the rows below it: the 序号 and the item names. */
const MERGEABLE: ReadonlySet<Role> = new Set(['serial', 'l1', 'l2', 'l3']);

/**
 * How many header columns at the left a short row leaves out, when it reads right-aligned: the header starts with
 * 序号, the row's first cell is text (not a number, so it is no 序号), and the columns left out are 序号 and item-name
 * columns only. 0 when the row does not read so.
 */
export function missingAtLeft(header: readonly Role[], cells: readonly string[]): number {
  const missing = header.length - cells.length;
  if (missing <= 0 || header[0] !== 'serial') return 0;
  const first = (cells[0] ?? '').trim();
  if (first === '' || /^\d+[.、．]?$/u.test(first)) return 0;
  if (!header.slice(0, missing).every((r) => MERGEABLE.has(r))) return 0;
  // The first cell lands on an item-name column (the row names its item).
  return MERGEABLE.has(header[missing]!) && header[missing] !== 'serial' ? missing : 0;
}
