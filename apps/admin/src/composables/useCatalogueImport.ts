/**
 * 导入目录's state and actions (issue 12, item 3): choose a file → 预览 (previewCatalogueFile: the file read into a
 * grid on the server, nothing written) → the detected table with a choice per column, interpreted in the browser by
 * the domain's `interpretCatalogueGrid` on every change (no round trip) → 导入为新草稿 (importCatalogueFile with the
 * changed columns; the server remembers them for the agency and the layout). 直接导入 skips the preview.
 * Long steps (reading, the server's preview, the import) show the file's size and the time they have taken.
 */
import { computed, nextTick, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { useMutation } from '@urql/vue';
import { describeCatalogueGrid, interpretCatalogueGrid, type CatalogueGrid, type CatalogueJson, type ColumnChoice, type GridLayout, type ImportResult } from '@gongkai/domain';
import { ImportCatalogueFileMutation, PreviewCatalogueFileMutation } from '../queries';
import type { ImportCatalogueFileMutation as ImportedResult } from '../gql/graphql';
import { base64OfDataUrl, contentProblem, fileProblem, importErrorText, importKind, versionFromFileName, type ImportKind } from '../import-file';
import { describeError, type RequestError } from '../errors';
import { versionLabelProblem } from '../versions';
import { agencyMismatchOf } from '../import-guards';
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

export interface ChosenFile {
  name: string;
  size: number;
  kind: ImportKind;
  base64: string;
}

export type ImportStep = 'choose' | 'preview';
export type BusyWith = 'reading' | 'preview' | 'import';

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

export interface UseCatalogueImportOptions {
  agencyCode: () => string;
  existingLabels: () => readonly string[];
  /** Asks whether to import a file that names another agency (the server's AGENCY_MISMATCH); true to go on. */
  confirmMismatch: (message: string) => Promise<boolean>;
}

/** The server's message for a failed upload (sheet, row and cell; or the line of a text file). */
export function uploadErrorText(error: RequestError): string {
  const first = error.graphQLErrors[0];
  if (first && first.extensions?.['code'] === 'BAD_USER_INPUT') return importErrorText(first.message, first.extensions['line']);
  return describeError(error);
}

/** The file as base64, read with a FileReader (a data: URL without its prefix). */
function readBase64(raw: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64OfDataUrl(String(reader.result ?? '')));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(raw);
  });
}

export function useCatalogueImport(options: UseCatalogueImportOptions) {
  const step = ref<ImportStep>('choose');
  const file = ref<ChosenFile | null>(null);
  const fileError = ref<string | null>(null);
  const versionLabel = ref('');
  const versionError = ref('');
  const serverError = ref<string | null>(null);
  /** What the server refused last: the title of the error shown. */
  const failed = ref<'preview' | 'import' | null>(null);
  const serverErrorTitle = computed(() => (failed.value === 'preview' ? '预览失败，未作任何改动' : '导入失败，未作任何改动'));

  // ---- progress: what runs, since when (a ticking clock while something runs) ----
  const busy = ref<{ what: BusyWith; startedAt: number; size: number } | null>(null);
  const now = ref(Date.now());
  let clock: ReturnType<typeof setInterval> | null = null;
  function startBusy(what: BusyWith, size: number): void {
    busy.value = { what, startedAt: Date.now(), size };
    now.value = Date.now();
    clock ??= setInterval(() => (now.value = Date.now()), 500);
  }
  function stopBusy(): void {
    busy.value = null;
    if (clock) clearInterval(clock);
    clock = null;
  }
  onBeforeUnmount(stopBusy);
  const elapsedMs = computed(() => (busy.value ? Math.max(0, now.value - busy.value.startedAt) : 0));

  // ---- the preview ----
  const preview = shallowRef<PreviewData | null>(null);
  const selection = ref<ColumnSelection[]>([]);
  /** Columns the remembered mapping set (marked 「已按上次的对应关系」) — until the user changes them. */
  const rememberedColumns = ref<number[]>([]);
  const detected = computed<GridLayout | null>(() => (preview.value?.grid ? describeCatalogueGrid(preview.value.grid) : null));
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
  const problem = computed(() => (interpreted.value.result && !interpreted.value.result.ok ? interpreted.value.result.error : null));
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

  function reset(): void {
    step.value = 'choose';
    file.value = null;
    fileError.value = null;
    versionLabel.value = '';
    versionError.value = '';
    serverError.value = null;
    preview.value = null;
    selection.value = [];
    rememberedColumns.value = [];
    renderMs.value = null;
    stopBusy();
  }

  async function chooseFile(raw: File): Promise<void> {
    serverError.value = null;
    fileError.value = null;
    const problemText = fileProblem({ name: raw.name, size: raw.size });
    const kind = importKind(raw.name);
    if (problemText || !kind) {
      file.value = null;
      fileError.value = problemText ?? `「${raw.name}」不是可导入的目录文件。`;
      return;
    }
    startBusy('reading', raw.size);
    try {
      const bad = contentProblem(kind, new Uint8Array(await raw.arrayBuffer()));
      if (bad) {
        file.value = null;
        fileError.value = `「${raw.name}」：${bad}`;
        return;
      }
      file.value = { name: raw.name, size: raw.size, kind, base64: await readBase64(raw) };
      preview.value = null;
      step.value = 'choose';
      if (versionLabel.value.trim() === '') versionLabel.value = versionFromFileName(raw.name);
    } catch {
      file.value = null;
      fileError.value = `无法读取「${raw.name}」。`;
    } finally {
      stopBusy();
    }
  }

  const previewMutation = useMutation(PreviewCatalogueFileMutation);
  const importMutation = useMutation(ImportCatalogueFileMutation);

  function needFile(): ChosenFile | null {
    if (!file.value) fileError.value = '请选择要导入的目录文件（.docx、.xlsx、.pdf、.html、.csv、.json 或 .txt）';
    return file.value;
  }

  /** 预览: the server reads the file (nothing is written); the remembered mapping is preselected. */
  async function runPreview(): Promise<void> {
    serverError.value = null;
    const f = needFile();
    if (!f) return;
    startBusy('preview', f.size);
    try {
      const r = await previewMutation.executeMutation({ agencyCode: options.agencyCode(), fileName: f.name, contentBase64: f.base64 });
      if (r.error || !r.data) {
        serverError.value = r.error ? uploadErrorText(r.error) : '预览失败，服务器没有返回结果';
        failed.value = 'preview';
        return;
      }
      const p = r.data.previewCatalogueFile;
      const data: PreviewData = {
        fileName: p.fileName,
        grid: (p.grid ?? null) as CatalogueGrid | null,
        layoutKey: p.layoutKey ?? null,
        remembered: p.rememberedColumns ?? null,
        rememberedAt: (p.rememberedAt as string | null | undefined) ?? null,
        rememberedBy: p.rememberedBy ?? null,
        catalogue: (p.catalogue ?? null) as CatalogueJson | null,
        note: p.note ?? null,
      };
      const layout = data.grid ? describeCatalogueGrid(data.grid) : null;
      const applied = layout ? applyRemembered(layout.columns, data.remembered) : { selection: [], applied: [] };
      markChange();
      preview.value = data;
      selection.value = applied.selection;
      rememberedColumns.value = applied.applied;
      step.value = 'preview';
    } finally {
      stopBusy();
    }
  }

  function setChoice(column: number, choice: ColumnChoice): void {
    const d = detected.value?.columns.find((c) => c.column === column);
    markChange();
    selection.value = selection.value.map((s) =>
      s.column !== column ? s : { column, choice, tickLabel: isTickChoice(choice) ? (s.tickLabel ?? (d?.choice === choice ? d.tickLabel : null)) : null },
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

  function backToFile(): void {
    step.value = 'choose';
    serverError.value = null;
  }

  /**
   * Imports the file as a new draft: from the preview with the changed columns (the server remembers them), or
   * directly (the columns as detected, nothing remembered). Returns the new draft, or null (the error is shown).
   */
  async function submit(): Promise<ImportedResult['importCatalogueFile'] | null> {
    serverError.value = null;
    const f = needFile();
    if (!f) return null;
    const label = versionLabel.value.trim();
    versionError.value = label === '' ? '' : (versionLabelProblem(label, options.existingLabels()) ?? '');
    if (versionError.value) return null;
    const fromPreview = step.value === 'preview' && preview.value?.grid != null;
    if (fromPreview && problem.value) {
      serverError.value = problem.value.message;
      failed.value = 'import';
      return null;
    }
    // Columns go along (and are remembered) only when some were changed, or a remembered mapping is being dropped ([]
    // forgets it); otherwise the server reads the file once, as detected, and remembers nothing.
    const changed = overrides.value.length > 0 || (preview.value?.remembered?.length ?? 0) > 0;
    const columns = fromPreview && changed ? overrides.value.map((o) => ({ column: o.column, choice: o.choice, tickLabel: o.tickLabel ?? null })) : null;
    const variables = { agencyCode: options.agencyCode(), fileName: f.name, contentBase64: f.base64, versionLabel: label === '' ? null : label, columns };
    startBusy('import', f.size);
    try {
      let result = await importMutation.executeMutation(variables);
      const mismatch = agencyMismatchOf(result.error);
      if (mismatch) {
        stopBusy();
        if (!(await options.confirmMismatch(mismatch.message))) return null;
        startBusy('import', f.size);
        result = await importMutation.executeMutation({ ...variables, confirmAgency: true });
      }
      if (result.error || !result.data) {
        serverError.value = result.error ? uploadErrorText(result.error) : '导入失败，服务器没有返回结果';
        failed.value = 'import';
        return null;
      }
      return result.data.importCatalogueFile;
    } finally {
      stopBusy();
    }
  }

  return {
    step,
    file,
    fileError,
    versionLabel,
    versionError,
    serverError,
    serverErrorTitle,
    busy,
    elapsedMs,
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
    reset,
    chooseFile,
    runPreview,
    setChoice,
    setTickLabel,
    useDetected,
    backToFile,
    submit,
  };
}

export type CatalogueImport = ReturnType<typeof useCatalogueImport>;
