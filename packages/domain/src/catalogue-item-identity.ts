/**
 * Which 一级事项 a catalogue row belongs to, from the names it prints (序号, 一级/二级/三级事项). The importer
 * (catalogue-import.ts) reads the cells; this decides whether a row starts a new 一级事项 or stays in the one above.
 *
 * Two things a row's names can mean, seen in real catalogues:
 * - 序号 numbers the 一级事项 (「1 社会救助 最低生活保障」, then rows without 序号 under it), or it numbers every row
 *   (「1 机构信息 机构职能」「2 ⟨merged or blank⟩ 领导信息」). In the second case a row with a new 序号 under a merged
 *   or blank 一级 cell is one more 二级事项 of the 一级事项 above, not an unnamed 一级事项. Which case a table is, is
 *   decided once for the table ({@link serialNumbersRows}).
 * - A 一级 name repeated on consecutive rows (a PDF that prints 序号 and 一级目录 again instead of merging, text that
 *   writes the 信息类别 on every row) is the same 一级事项.
 */

/** The name cells of one row, cleaned. */
export interface RowNames {
  serial: string;
  l1: string;
  l2: string;
  l3: string;
}

const NUMBER = /^\d+$/u;

/**
 * Whether 序号 numbers rows rather than 一级事项: every row that names a 二级 (or 三级) 事项 has its own numeric 序号,
 * and at least one of them, below a named 一级事项, leaves the 一级 cell blank (merged) or repeats the name above.
 */
export function serialNumbersRows(rows: readonly RowNames[]): boolean {
  const named = rows.filter((r) => r.l2 !== '' || r.l3 !== '');
  if (named.length < 2 || !named.every((r) => NUMBER.test(r.serial))) return false;
  let l1 = '';
  let seen = false;
  for (const r of rows) {
    if (r.l1 !== '') {
      if (r.l1 === l1 && (r.l2 !== '' || r.l3 !== '')) seen = true;
      l1 = r.l1;
    } else if (l1 !== '' && NUMBER.test(r.serial) && (r.l2 !== '' || r.l3 !== '')) seen = true;
  }
  return seen;
}

/**
 * What a row does to the 一级事项: 'new' starts one, 'same' stays in the current one (its names go below it),
 * 'none' names no 一级事项 (a row of a 二级事项 or a continuation).
 */
export function level1Step(
  names: RowNames,
  current: { name: string } | undefined,
  rowsNumbered: boolean,
): 'new' | 'same' | 'none' {
  const numbered = NUMBER.test(names.serial);
  if (names.l1 !== '') return current !== undefined && current.name === names.l1 ? 'same' : 'new';
  if (!numbered) return 'none';
  // A new 序号 under a merged/blank 一级 cell: a further row of the 一级事项 above when 序号 numbers rows.
  if (rowsNumbered && current !== undefined && current.name !== '' && (names.l2 !== '' || names.l3 !== ''))
    return 'same';
  return 'new';
}
