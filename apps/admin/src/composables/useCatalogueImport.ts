/**
 * 导入目录's upload, preview and import actions (issue 12, item 3): choose a file → 预览 (previewCatalogueFile: the
 * file read into a grid on the server, nothing written) → the detected table with a choice per column, interpreted in
 * the browser (the mapping state: useImportMapping.ts) → 导入为新草稿 (importCatalogueFile with the changed columns;
 * the server remembers them for the agency and the layout). 直接导入 skips the preview.
 * Long steps (reading, the server's preview, the import) show the file's size and the time they have taken
 * (useBusyClock.ts).
 */
import { computed, ref } from 'vue';
import { useMutation } from '@urql/vue';
import type { CatalogueGrid, CatalogueJson } from '@gongkai/domain';
import { ImportCatalogueFileMutation, PreviewCatalogueFileMutation } from '../queries';
import type { ImportCatalogueFileMutation as ImportedResult } from '../gql/graphql';
import {
  base64OfDataUrl,
  contentProblem,
  fileProblem,
  importErrorText,
  importKind,
  versionFromFileName,
  type ImportKind,
} from '../import-file';
import { describeError, type RequestError } from '../errors';
import { versionLabelProblem } from '../versions';
import { agencyMismatchOf } from '../import-guards';
import { useBusyClock } from './useBusyClock';
import { useImportMapping, type PreviewData } from './useImportMapping';

export type { BusyWith } from './useBusyClock';
export type { PreviewData } from './useImportMapping';

export interface ChosenFile {
  name: string;
  size: number;
  kind: ImportKind;
  base64: string;
}

export type ImportStep = 'choose' | 'preview';

export interface UseCatalogueImportOptions {
  agencyCode: () => string;
  existingLabels: () => readonly string[];
  /** Asks whether to import a file that names another agency (the server's AGENCY_MISMATCH); true to go on. */
  confirmMismatch: (message: string) => Promise<boolean>;
}

/** The server's message for a failed upload (sheet, row and cell; or the line of a text file). */
export function uploadErrorText(error: RequestError): string {
  const first = error.graphQLErrors[0];
  if (first && first.extensions?.['code'] === 'BAD_USER_INPUT')
    return importErrorText(first.message, first.extensions['line']);
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
  const serverErrorTitle = computed(() =>
    failed.value === 'preview' ? '预览失败，未作任何改动' : '导入失败，未作任何改动',
  );

  const { busy, elapsedMs, startBusy, stopBusy } = useBusyClock();
  const mapping = useImportMapping();
  const { preview, problem } = mapping;

  function reset(): void {
    step.value = 'choose';
    file.value = null;
    fileError.value = null;
    versionLabel.value = '';
    versionError.value = '';
    serverError.value = null;
    mapping.clear();
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
      const r = await previewMutation.executeMutation({
        agencyCode: options.agencyCode(),
        fileName: f.name,
        contentBase64: f.base64,
      });
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
      mapping.show(data);
      step.value = 'preview';
    } finally {
      stopBusy();
    }
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
    const columns = fromPreview ? mapping.columnsToSend() : null;
    const variables = {
      agencyCode: options.agencyCode(),
      fileName: f.name,
      contentBase64: f.base64,
      versionLabel: label === '' ? null : label,
      columns,
    };
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
    ...mapping,
    step,
    file,
    fileError,
    versionLabel,
    versionError,
    serverError,
    serverErrorTitle,
    busy,
    elapsedMs,
    reset,
    chooseFile,
    runPreview,
    backToFile,
    submit,
  };
}

export type CatalogueImport = ReturnType<typeof useCatalogueImport>;
