/**
 * A text file cut off in the middle of its last row (an upload or a copy that stopped early): its complete rows are
 * imported and the cut is reported, naming the row. Signs of a cut, read by the text and CSV readers:
 * - a quoted CSV cell that never closes (csv-parse: 「Quote Not Closed」 at the end of the file);
 * - a pipe table whose last row does not close with a bar while the other rows do;
 * - the file ends without a line break and its last row has fewer cells than any other row of the table (a CSV
 *   row has them all; in text copied from a PDF rows differ in width, so only a row shorter than all is a cut).
 */
import type { FindingJson } from '@gongkai/domain';

/** The warning that a row was cut off: 「第N行：文件在此行中途截断（…），该行未导入」. */
export function cutFinding(row: number, why: string): FindingJson {
  return {
    kind: 'unknown-cell',
    severity: 'WARNING',
    line: row,
    column: null,
    message: `第${row}行：文件在此行中途截断（${why}），该行未导入；之前的完整行已导入，请核对原文件是否完整`,
  };
}

/** The most common number of cells of rows with two or more cells (0 when none). */
export function usualWidth(rows: readonly string[][]): number {
  const widths = new Map<number, number>();
  for (const r of rows) if (r.length >= 2) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  let best = 0;
  let count = 0;
  for (const [w, n] of widths) if (n > count || (n === count && w > best)) [best, count] = [w, n];
  return count >= 2 ? best : 0;
}

/**
 * The last row, when it looks cut off: the text does not end with a line break, and the last non-blank row has fewer
 * cells than every other row of three cells or more (so a table whose rows differ in width — text copied from a PDF,
 * where continuation rows are shorter — is judged by its shortest rows), and fewer than the table's usual width. A
 * one-cell row (a note under the table) is not a cut unless it starts like a numbered row. 1-based row.
 */
export function cutLastRow(
  rows: readonly string[][],
  text: string,
): { row: number; cells: number; width: number } | null {
  if (/[\r\n]\s*$/u.test(text) || text.trim() === '') return null;
  let last = rows.length - 1;
  while (last >= 0 && rows[last]!.every((c) => c.trim() === '')) last--;
  if (last < 1) return null;
  const cells = rows[last]!;
  const others = rows.slice(0, last).filter((r) => r.length >= 3);
  const width = usualWidth(others);
  if (width < 3) return null;
  const shortest = Math.min(...others.map((r) => r.length));
  if (cells.length >= shortest || cells.length >= width) return null;
  if (cells.length < 2 && !/^\s*\d/u.test(cells[0] ?? '')) return null;
  return { row: last + 1, cells: cells.length, width };
}
