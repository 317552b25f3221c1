/**
 * 目录内搜索: narrows the rows of the 主动公开目录表 already on the page to those whose 一级/二级/三级事项 name or
 * whose requirement text contains the words typed, and merges the 序号 / 事项 cells again over the rows left (a merged
 * cell of the full table stays one cell over its remaining rows). Pure functions, no Vue.
 */
import type { CatalogueRow, SpanColumn, TreeRequirement } from './catalogue-table';

const SPAN_COLUMNS: readonly SpanColumn[] = ['serial', 'level1', 'level2', 'level3'];

/** The words of a search: split on white space, lower-cased; empty when nothing but spaces was typed. */
export function searchTerms(query: string): string[] {
  return query
    .trim()
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/**
 * The rows matching every word (each word in an item name of the row or in its requirement's text, as `text`
 * gives it), with the merged cells' spans recomputed over the rows kept. All rows when there are no words.
 */
export function filterCatalogueRows<R extends TreeRequirement>(
  rows: readonly CatalogueRow<R>[],
  query: string,
  text: (requirement: R) => string,
): CatalogueRow<R>[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...rows];

  // The first row of the merged cell each row lies in, per column, in the full table.
  const start = SPAN_COLUMNS.map(() => new Array<number>(rows.length));
  SPAN_COLUMNS.forEach((column, c) => {
    let first = 0;
    rows.forEach((row, i) => {
      if (row.spans[column] > 0) first = i;
      start[c]![i] = first;
    });
  });

  const kept: number[] = [];
  rows.forEach((row, i) => {
    const haystack = [
      row.level1?.name,
      row.level2?.name,
      row.level3?.name,
      row.requirement ? text(row.requirement) : '',
    ]
      .filter((s): s is string => !!s)
      .join('\n')
      .toLowerCase();
    if (terms.every((t) => haystack.includes(t))) kept.push(i);
  });

  const out: CatalogueRow<R>[] = kept.map((i) => ({
    ...rows[i]!,
    spans: { serial: 1, level1: 1, level2: 1, level3: 1 },
  }));
  SPAN_COLUMNS.forEach((column, c) => {
    let k = 0;
    while (k < kept.length) {
      let end = k + 1;
      while (end < kept.length && start[c]![kept[end]!] === start[c]![kept[k]!]) end++;
      out[k]!.spans[column] = end - k;
      for (let m = k + 1; m < end; m++) out[m]!.spans[column] = 0;
      k = end;
    }
  });
  return out;
}
