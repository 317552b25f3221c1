/**
 * What one cell of the annual report's tables shows and how its keys move: whether a computed total differs from
 * what is stated (「计算值 … 采用计算值」), the cell's tooltip, and which grid move a key means. Used by ReportCell.vue
 * for every cell of tables 二, 三 and 四.
 */
import type { CellDef } from '@gongkai/domain';
import type { Move } from './report-layout';

/** A computed total that differs from what is stated (or is not stated yet); 「/」 means not applicable. */
export function differsFromTotal(stated: string | undefined, computed: string | undefined): boolean {
  if (computed === undefined) return false;
  const v = (stated ?? '').trim();
  if (v === '/' || v === '／') return false;
  return v === '' || Number(v.replace(/[，,]/gu, '')) !== Number(computed);
}

/** The cell's tooltip: row｜column, then its input error and the reviewer's comment. */
export function cellTitle(
  id: string,
  cell: Pick<CellDef, 'row' | 'column'> | undefined,
  error?: string,
  comment?: string,
): string {
  const parts = [cell ? `${cell.row}｜${cell.column}` : id];
  if (error) parts.push(`错误：${error}`);
  if (comment) parts.push(`审核意见：${comment}`);
  return parts.join('\n');
}

/** The caret in the cell's input when the key went down. */
export interface Caret {
  start: number | null;
  end: number | null;
  length: number;
}

/**
 * The grid move a key means: Tab / Shift+Tab next / previous, Enter / Shift+Enter down / up, the arrows up and down
 * always, left and right only at the start / end of the text (or with all of it selected); null for any other key
 * and while an input method is composing.
 */
export function moveForKey(e: { key: string; shiftKey: boolean; isComposing: boolean }, caret: Caret): Move | null {
  if (e.isComposing) return null;
  const atStart = caret.start === 0 && caret.end === 0;
  const atEnd = caret.start === caret.length && caret.end === caret.length;
  const allSelected = caret.start === 0 && caret.end === caret.length;
  if (e.key === 'Tab') return e.shiftKey ? 'prev' : 'next';
  if (e.key === 'Enter') return e.shiftKey ? 'up' : 'down';
  if (e.key === 'ArrowUp') return 'up';
  if (e.key === 'ArrowDown') return 'down';
  if (e.key === 'ArrowLeft' && (atStart || allSelected)) return 'left';
  if (e.key === 'ArrowRight' && (atEnd || allSelected)) return 'right';
  return null;
}
