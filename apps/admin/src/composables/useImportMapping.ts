/**
 * The preview's column mapping (issue 12, item 3): the grid the server read (previewCatalogueFile), the choice per
 * column (the mapping remembered for this agency and layout preselected), and what the domain's
 * `interpretCatalogueGrid` makes of the grid as mapped now — in the browser, on every change, no round trip. The
 * time from a change to the re-rendered rows is measured (shown, and read by the browser test).
 * The upload, preview and import actions that fill it: useCatalogueImport.ts.
 */
import { computed, nextTick, ref, shallowRef, watch } from 'vue';
import {
  describeCatalogueGrid,
  interpretCatalogueGrid,
  type CatalogueGrid,
  type CatalogueJson,
  type ColumnChoice,
  type GridLayout,
  type ImportResult,
} from '@gongkai/domain';
import {
  applyRemembered,
  detectedSelection,
  findingsBesideNoRow,
  isTickChoice,
  overridesOf,
  previewCounts,
  previewRows,
  type ColumnSelection,
  type StoredColumn,
} from '../import-preview';

export interface PreviewData {
  fileName: string;
  grid: CatalogueGrid | null;
  layoutKey: string | null;
  remembered: StoredColumn[] | null;
  rememberedAt: string | null;
  rememberedBy: string | null;
  /** A .json catalogue: parsed on the server, no grid. */
  catalogue: CatalogueJson | null;
  note: string | null;
}

export function useImportMapping() {
  const preview = shallowRef<PreviewData | null>(null);
  const selection = ref<ColumnSelection[]>([]);
  /** Columns the remembered mapping set (marked 「已按上次的对应关系」) — until the user changes them. */
  const rememberedColumns = ref<number[]>([]);
  const detected = computed<GridLayout | null>(() =>
    preview.value?.grid ? describeCatalogueGrid(preview.value.grid) : null,
  );
  const overrides = computed(() => (detected.value ? overridesOf(detected.value.columns, selection.value) : []));

  /** The interpretation of the grid as mapped now, and how long it took (ms). */
  const interpreted = computed<{ result: ImportResult | null; layout: GridLayout | null; ms: number }>(() => {
    const p = preview.value;
    if (!p) return { result: null, layout: null, ms: 0 };
    if (!p.grid) return { result: p.catalogue ? { ok: true, catalogue: p.catalogue } : null, layout: null, ms: 0 };
    const started = performance.now();
    const columns = overrides.value;
    const result = interpretCatalogueGrid(p.grid, { columns });
    const layout = describeCatalogueGrid(p.grid, { columns });
    return { result, layout, ms: performance.now() - started };
  });
  const catalogue = computed(() => (interpreted.value.result?.ok ? interpreted.value.result.catalogue : null));
  const problem = computed(() =>
    interpreted.value.result && !interpreted.value.result.ok ? interpreted.value.result.error : null,
  );
  const rows = computed(() => (catalogue.value ? previewRows(catalogue.value) : []));
  const looseFindings = computed(() => (catalogue.value ? findingsBesideNoRow(catalogue.value, rows.value) : []));
  const counts = computed(() => (catalogue.value ? previewCounts(catalogue.value) : null));

  /** Interpretation and the re-render after a change, measured (ms): shown, and read by the browser test. */
  const renderMs = ref<number | null>(null);
  let changedAt: number | null = null;
  watch(rows, async () => {
    const from = changedAt;
    if (from === null) return;
    await nextTick();
    renderMs.value = performance.now() - from;
    changedAt = null;
  });
  const markChange = (): void => {
    changedAt = performance.now();
  };

  /** Shows what the server read, with the remembered mapping preselected where it still fits the grid. */
  function show(data: PreviewData): void {
    const layout = data.grid ? describeCatalogueGrid(data.grid) : null;
    const applied = layout ? applyRemembered(layout.columns, data.remembered) : { selection: [], applied: [] };
    markChange();
    preview.value = data;
    selection.value = applied.selection;
    rememberedColumns.value = applied.applied;
  }

  function clear(): void {
    preview.value = null;
    selection.value = [];
    rememberedColumns.value = [];
    renderMs.value = null;
  }

  function setChoice(column: number, choice: ColumnChoice): void {
    const d = detected.value?.columns.find((c) => c.column === column);
    markChange();
    selection.value = selection.value.map((s) =>
      s.column !== column
        ? s
        : {
            column,
            choice,
            tickLabel: isTickChoice(choice) ? (s.tickLabel ?? (d?.choice === choice ? d.tickLabel : null)) : null,
          },
    );
    rememberedColumns.value = rememberedColumns.value.filter((c) => c !== column);
  }

  function setTickLabel(column: number, tickLabel: string): void {
    markChange();
    selection.value = selection.value.map((s) => (s.column !== column ? s : { ...s, tickLabel }));
    rememberedColumns.value = rememberedColumns.value.filter((c) => c !== column);
  }

  /** 全部按自动识别: forget the choices (and the remembered mapping) for this preview. */
  function useDetected(): void {
    if (!detected.value) return;
    markChange();
    selection.value = detectedSelection(detected.value.columns);
    rememberedColumns.value = [];
  }

  /**
   * The columns to send with the import, or null to send none: only when some were changed, or a remembered mapping
   * is being dropped ([] forgets it); otherwise the server reads the file as detected and remembers nothing.
   */
  function columnsToSend(): Array<{ column: number; choice: ColumnChoice; tickLabel: string | null }> | null {
    const changed = overrides.value.length > 0 || (preview.value?.remembered?.length ?? 0) > 0;
    return changed
      ? overrides.value.map((o) => ({ column: o.column, choice: o.choice, tickLabel: o.tickLabel ?? null }))
      : null;
  }

  return {
    preview,
    detected,
    selection,
    rememberedColumns,
    overrides,
    interpreted,
    catalogue,
    problem,
    rows,
    looseFindings,
    counts,
    renderMs,
    show,
    clear,
    setChoice,
    setTickLabel,
    useDetected,
    columnsToSend,
  };
}

export type ImportMapping = ReturnType<typeof useImportMapping>;
