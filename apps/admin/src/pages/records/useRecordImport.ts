/**
 * 导入公开记录: choose a file, preview it (dryRun: the mapping the server guessed, every row's errors, the lines it
 * could not match to a catalogue item), adjust the mapping and preview again, then import — all rows, or only the
 * rows without problems. Unmatched lines are offered to a person to place (the entry form, prefilled).
 */
import { computed, reactive, ref } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage } from 'element-plus';
import type { RecordColumn } from '@gongkai/domain';
import { bytesToBase64 } from '../../base64';
import { describeError } from '../../errors';
import type { ImportPublicationRecordsMutation as ImportResult } from '../../gql/graphql';
import { ImportPublicationRecordsMutation } from './records-queries';
import { csvHeader, readMapping, recordFileKind, recordFileProblem } from './record-import';

export function useRecordImport(props: { code: string }, onImported: () => void) {
  const open = ref(false);
  const file = ref<{ name: string; base64: string } | null>(null);
  const header = ref<string[]>([]);
  const mapping = reactive<Partial<Record<RecordColumn, number>>>({});
  const status = ref<'PUBLISHED' | 'DRAFT'>('PUBLISHED');
  const preview = ref<ImportResult['importPublicationRecords'] | null>(null);
  const error = ref<string | null>(null);
  const mutation = useMutation(ImportPublicationRecordsMutation);
  const busy = computed(() => mutation.fetching.value);
  const isJson = computed(() => !!file.value && recordFileKind(file.value.name) === 'json');

  function reset(): void {
    file.value = null;
    header.value = [];
    for (const k of Object.keys(mapping)) delete mapping[k as RecordColumn];
    preview.value = null;
    error.value = null;
  }

  function start(): void {
    reset();
    open.value = true;
  }

  async function run(dryRun: boolean, skipInvalid = false) {
    if (!file.value) return null;
    error.value = null;
    const res = await mutation.executeMutation({
      code: props.code,
      fileName: file.value.name,
      contentBase64: file.value.base64,
      mapping: isJson.value || Object.keys(mapping).length === 0 ? null : { ...mapping },
      status: status.value,
      dryRun,
      skipInvalid,
    });
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '导入失败';
      return null;
    }
    return res.data.importPublicationRecords;
  }

  async function choose(raw: File): Promise<void> {
    reset();
    const problem = recordFileProblem(raw);
    if (problem) {
      error.value = problem;
      return;
    }
    const bytes = new Uint8Array(await raw.arrayBuffer());
    if (recordFileKind(raw.name) === 'csv') header.value = csvHeader(new TextDecoder().decode(bytes.subarray(0, 8192)));
    file.value = { name: raw.name, base64: bytesToBase64(bytes) };
    await refresh();
  }

  /** Preview again with the mapping as adjusted (the first preview takes the server's guess). */
  async function refresh(): Promise<void> {
    const r = await run(true);
    if (!r) return;
    preview.value = r;
    const m = readMapping(r.mapping);
    for (const k of Object.keys(mapping)) delete mapping[k as RecordColumn];
    Object.assign(mapping, m);
  }

  function setColumn(column: RecordColumn, index: number | null | undefined): void {
    if (index === null || index === undefined || index < 0) delete mapping[column];
    else mapping[column] = index;
  }

  async function commit(skipInvalid: boolean): Promise<void> {
    const r = await run(false, skipInvalid);
    if (!r) return;
    preview.value = r;
    if (r.created > 0 || (r.errors.length === 0 && r.unmatched.length === 0)) {
      ElMessage.success(`已导入 ${r.created} 条记录`);
      onImported();
      if (r.unmatched.length === 0) open.value = false;
    }
  }

  return {
    open,
    file,
    header,
    mapping,
    status,
    preview,
    error,
    busy,
    isJson,
    start,
    choose,
    refresh,
    setColumn,
    commit,
  };
}

export type RecordImportState = ReturnType<typeof useRecordImport>;
