/**
 * Moving through and filling the report's tables: keyboard moves between cells (the grid of report-layout), pasted
 * blocks from a spreadsheet placed from the cell pasted into, 「采用计算值」 for one cell or all, and showing the cells
 * of a rule result clicked in the panel (highlighted for a few seconds).
 */
import { computed, nextTick, ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { RuleResult } from '@gongkai/domain';
import { cellGrid, isBlock, moveInGrid, parsePasteBlock, placeBlock, type Move } from './report-layout';
import { totalsToAdopt } from './data';
import type { AnnualReportState } from './useAnnualReport';

/** Brings a cell into view; its input (when editable) gets the focus with the text selected. */
export function focusCell(id: string): void {
  const el = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(id)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (el instanceof HTMLInputElement) {
    el.focus();
    el.select();
  }
}

export function useReportGrid(
  state: Pick<AnnualReportState, 'format' | 'totals' | 'data' | 'texts' | 'sections' | 'onInput' | 'activeTab'>,
) {
  const grid = computed(() => cellGrid(state.format.value));
  const highlighted = ref<Set<string>>(new Set());

  function onMove(id: string, move: Move): void {
    const target = moveInGrid(grid.value, id, move);
    if (target) focusCell(target);
  }

  function onPaste(id: string, text: string, event: ClipboardEvent): void {
    const block = parsePasteBlock(text);
    if (!isBlock(block)) return;
    event.preventDefault();
    const placement = placeBlock(grid.value, id, block);
    for (const c of placement.cells) state.onInput(c.id, c.text);
    ElMessage.success(
      `已粘贴 ${placement.cells.length} 个单元格${placement.dropped ? `，${placement.dropped} 个超出表格未填入` : ''}`,
    );
  }

  function adopt(id: string): void {
    const v = state.totals.value[id];
    if (v !== undefined) state.onInput(id, v);
  }

  /** 「全部采用计算值」: every computed total that differs. */
  function adoptAll(): void {
    for (const [id, v] of Object.entries(totalsToAdopt(state.data.value, state.texts))) state.onInput(id, v);
  }

  /** Whether any stated total differs from the computed one (「全部采用计算值」 shows then). */
  const anyTotalDiffers = computed(() =>
    Object.keys(state.totals.value).some((id) => (state.texts[id] ?? '').trim() !== state.totals.value[id]),
  );

  function showResult(r: RuleResult & { unfilled?: boolean }): void {
    state.activeTab.value = 'form';
    const cells = r.cells;
    highlighted.value = r.unfilled ? new Set() : new Set(cells);
    void nextTick(() => {
      const first = cells[0];
      if (!first) return;
      if (first in state.sections) {
        document.querySelector<HTMLElement>(`[data-section="${first}"] textarea`)?.focus();
        document.querySelector<HTMLElement>(`[data-section="${first}"]`)?.scrollIntoView({ block: 'center' });
      } else focusCell(first);
      setTimeout(() => {
        if (highlighted.value.size > 0 && [...highlighted.value].every((c) => cells.includes(c)))
          highlighted.value = new Set();
      }, 6000);
    });
  }

  return { highlighted, onMove, onPaste, adopt, adoptAll, anyTotalDiffers, showResult };
}
