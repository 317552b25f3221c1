/**
 * 批量导入目录's state and actions: files (or a .zip) are added → each is read on the server one by one
 * (matchCatalogueFile: title, rows, the suggested department with its reason; nothing written) → the person checks
 * or changes each department → 全部导入 imports them one by one (onboardCatalogueFile, one transaction each), with
 * progress and a result per file. One at a time: the server runs one import per user at once.
 */
import { computed, ref, shallowRef } from 'vue';
import { useMutation } from '@urql/vue';
import { describeError, type RequestError } from '../../errors';
import { importErrorText } from '../../import-file';
import { MatchCatalogueFileMutation, OnboardCatalogueFileMutation } from './onboarding-queries';
import {
  batchFileProblem,
  choose,
  expandZip,
  importable,
  isZipName,
  newRow,
  progressOf,
  resultSummary,
  toBase64,
  type BatchFile,
  type BatchRow,
} from './bulk-import';
import { BULK_IMPORT_LIMITS } from '@gongkai/domain';

/** The server's message for a refused file, with the line when it names one; whether it asks for a confirmation. */
function refusal(error: RequestError): { message: string; mismatch: boolean } {
  const first = error.graphQLErrors[0];
  if (!first || first.extensions?.['code'] !== 'BAD_USER_INPUT')
    return { message: describeError(error), mismatch: false };
  return {
    message: importErrorText(first.message, first.extensions?.['line']),
    mismatch: first.extensions?.['reason'] === 'AGENCY_MISMATCH',
  };
}

export function useBulkImport() {
  const rows = shallowRef<BatchRow[]>([]);
  /** Problems of what was added that made no row (a refused .zip, too many files). */
  const notices = ref<string[]>([]);
  const phase = ref<'idle' | 'reading' | 'importing'>('idle');
  const versionLabel = ref(`${new Date().getFullYear()}版`);
  const finishedImport = ref(false);
  let nextId = 1;

  const match = useMutation(MatchCatalogueFileMutation);
  const onboard = useMutation(OnboardCatalogueFileMutation);

  // A new array each time: el-table notices a changed array, not a changed row of the same one.
  const touch = (): void => {
    rows.value = [...rows.value];
  };
  const update = (row: BatchRow, patch: Partial<BatchRow>): void => {
    Object.assign(row, patch);
    touch();
  };

  /** Adds chosen or dropped files; a .zip is expanded (its directory checked first). */
  async function addFiles(files: readonly File[]): Promise<void> {
    notices.value = [];
    const batch: BatchFile[] = [];
    for (const file of files) {
      const data = new Uint8Array(await file.arrayBuffer());
      if (isZipName(file.name)) {
        const expanded = expandZip(file.name, data);
        if ('error' in expanded) notices.value.push(expanded.error);
        else batch.push(...expanded.files);
      } else batch.push({ label: file.name, fileName: file.name, data });
    }
    const room = BULK_IMPORT_LIMITS.maxFiles - rows.value.length;
    if (batch.length > room) {
      notices.value.push(
        `一次最多 ${BULK_IMPORT_LIMITS.maxFiles} 个文件：其余 ${batch.length - Math.max(0, room)} 个未加入，请分批导入`,
      );
      batch.splice(Math.max(0, room));
    }
    const added = batch.map((f) => newRow(nextId++, f));
    for (const row of added) {
      const problem = batchFileProblem(row);
      if (problem) Object.assign(row, { status: 'unreadable', message: problem });
    }
    rows.value = [...rows.value, ...added];
    finishedImport.value = false;
    await readWaiting();
  }

  /** Reads the files not read yet, one by one. */
  async function readWaiting(): Promise<void> {
    if (phase.value !== 'idle') return;
    phase.value = 'reading';
    try {
      for (const row of rows.value) {
        if (row.status !== 'waiting') continue;
        update(row, { status: 'reading' });
        const r = await match.executeMutation({ fileName: row.fileName, contentBase64: toBase64(row.data) });
        const m = r.data?.matchCatalogueFile;
        if (r.error || !m) {
          update(row, { status: 'unreadable', message: r.error ? refusal(r.error).message : '服务器没有返回结果' });
          continue;
        }
        if (m.error) {
          update(row, { status: 'unreadable', message: importErrorText(m.error, m.errorLine) });
          continue;
        }
        update(row, {
          status: 'ready',
          title: m.title ?? null,
          rowCount: m.rowCount,
          findingCount: m.findingCount,
          warningCount: m.warningCount,
          suggestion: m.agency ? { code: m.agency.code, name: m.agency.name, reason: m.agency.reason } : null,
          candidates: m.candidates.map((c) => c.code),
          confidence: m.confidence as BatchRow['confidence'],
          note: m.note ?? null,
          agencyCode: m.agency?.code ?? null,
          confirmed: false,
        });
      }
    } finally {
      phase.value = 'idle';
    }
  }

  /** 全部导入: each ready row with a department, one by one. */
  async function importAll(): Promise<void> {
    if (phase.value !== 'idle') return;
    phase.value = 'importing';
    try {
      for (const row of importable(rows.value)) await importRow(row);
    } finally {
      phase.value = 'idle';
      finishedImport.value = true;
    }
  }

  async function importRow(row: BatchRow): Promise<void> {
    if (row.agencyCode === null) return;
    update(row, { status: 'importing', message: null, needsConfirmation: false });
    const r = await onboard.executeMutation({
      agencyCode: row.agencyCode,
      fileName: row.fileName,
      contentBase64: toBase64(row.data),
      versionLabel: versionLabel.value.trim() || null,
      confirmAgency: row.confirmed,
    });
    const c = r.data?.onboardCatalogueFile;
    if (r.error || !c) {
      const why = r.error ? refusal(r.error) : { message: '服务器没有返回结果', mismatch: false };
      update(row, { status: 'failed', message: why.message, needsConfirmation: why.mismatch });
      return;
    }
    update(row, {
      status: 'done',
      catalogueId: c.id,
      message: `已导入为草稿「${c.title}」${c.versionLabel}（公开要求 ${c.requirementCount} 条）`,
    });
  }

  /** The person confirms the department of a file the server found naming another agency, and imports it. */
  async function confirmAndImport(row: BatchRow): Promise<void> {
    if (phase.value !== 'idle') return;
    update(row, { confirmed: true, needsConfirmation: false, status: 'ready' });
    phase.value = 'importing';
    try {
      await importRow(row);
    } finally {
      phase.value = 'idle';
    }
  }

  function setAgency(row: BatchRow, code: string | null): void {
    choose(row, code);
    touch();
  }

  function remove(row: BatchRow): void {
    rows.value = rows.value.filter((r) => r !== row);
  }

  function clear(): void {
    rows.value = [];
    notices.value = [];
    finishedImport.value = false;
  }

  const readingProgress = computed(() => progressOf(rows.value, 'reading'));
  const importProgress = computed(() => progressOf(rows.value, 'importing'));
  const toImport = computed(() => importable(rows.value).length);
  const summary = computed(() => resultSummary(rows.value));

  return {
    rows,
    notices,
    phase,
    versionLabel,
    finishedImport,
    readingProgress,
    importProgress,
    toImport,
    summary,
    addFiles,
    importAll,
    confirmAndImport,
    setAgency,
    remove,
    clear,
  };
}
